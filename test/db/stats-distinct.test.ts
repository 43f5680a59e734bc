/**
 * Distinct counts in statistics come from first rows and repeats (migration 0015) instead of a
 * COUNT(DISTINCT) over every member row. Checked against a plain recount in JavaScript for every
 * grouping (all 32 combinations of the categorical dimensions, and domain) and every bucket, with
 * members that recur across cells, days, weeks and months, rows arriving in random day order,
 * small-cell folding included — and again after rebuilding the repeats with the migration's
 * backfill statement (how a database that predates 0015 gets them), and after the Cron Trigger has
 * deleted the member rows of closed months.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { queryStats } from "../../src/db/queries/stats";
import { bucketEnd, bucketStart } from "../../src/domain/calendar";
import { memberRowsKeptFrom, runScheduledMaintenance } from "../../src/services/maintenance";
import { BUCKETS, canonical, groupings, insert, random, recount, reports, type SyntheticReport } from "./stats-fixtures";

async function expectEveryGroupingToMatch(stored: SyntheticReport[]) {
  const days = stored.map((r) => r.day).sort();
  let compared = 0;
  for (const bucket of BUCKETS) {
    const from = bucketStart(days[0]!, bucket);
    const to = bucketEnd(bucketStart(days.at(-1)!, bucket), bucket);
    for (const dimensions of groupings) {
      const answer = await queryStats(env.DB, { from, to, bucket, dimensions });
      expect(canonical(answer), `${bucket} × ${dimensions.join(",") || "(none)"}`).toEqual(canonical(recount(stored, bucket, dimensions)));
      compared += answer.length;
    }
  }
  return compared;
}

// Each test recounts every grouping and bucket (≈ 4 s on a quiet 2-core machine): more than
// vitest's default 5 s once the machine is shared.
describe("distinct counts from first rows and repeats", { timeout: 60_000 }, () => {
  // Rows arrive in random day order: a member's first row in a period is simply the first stored.
  const shuffled = [...reports].sort(() => random() - 0.5);

  beforeAll(async () => {
    await insert(shuffled.slice(0, 210));
  });

  it("match a recount for every grouping and bucket while rows keep arriving", async () => {
    expect(await expectEveryGroupingToMatch(shuffled.slice(0, 210))).toBeGreaterThan(500);
    await insert(shuffled.slice(210));
    expect(await expectEveryGroupingToMatch(shuffled)).toBeGreaterThan(500);
    const repeats = await env.DB.prepare("SELECT period, count(*) AS n FROM stats_member_repeats GROUP BY period ORDER BY period").all<{ period: string; n: number }>();
    // The data does exercise the repeats in every period (a month holds more of them than a day).
    const byPeriod = Object.fromEntries(repeats.results.map((r) => [r.period, r.n]));
    expect(byPeriod.day).toBeGreaterThan(50);
    expect(byPeriod.month).toBeGreaterThan(byPeriod.week!);
    expect(byPeriod.week).toBeGreaterThan(byPeriod.day!);
  });

  it("match it again after the repeats are rebuilt by the migration's backfill", async () => {
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0015_"))!;
    // The repeats first, then the cells' first-row counters computed from them.
    const backfills = migration.queries.filter((sql) => /^\s*(--[^\n]*\n\s*)*(INSERT INTO stats_(domain_)?member_repeats|UPDATE stats_(domain_)?cells)/.test(sql));
    expect(backfills).toHaveLength(4);
    const before = await env.DB.prepare("SELECT (SELECT count(*) FROM stats_member_repeats) + (SELECT count(*) FROM stats_domain_member_repeats) AS n").first<number>("n");
    await env.DB.batch([env.DB.prepare("DELETE FROM stats_member_repeats"), env.DB.prepare("DELETE FROM stats_domain_member_repeats")]);
    for (const sql of backfills) await env.DB.prepare(sql).run();
    const after = await env.DB.prepare("SELECT (SELECT count(*) FROM stats_member_repeats) + (SELECT count(*) FROM stats_domain_member_repeats) AS n").first<number>("n");
    // Same number of repeats (one first row per member and period), possibly other rows chosen first.
    expect(after).toBe(before);
    expect(await expectEveryGroupingToMatch(shuffled)).toBeGreaterThan(500);
  });

  it("stay exact after the member rows of months before the previous one are deleted, as new rows keep arriving", async () => {
    // 2026-12-20 in China: member rows before 2026-11-01 are no longer read by anything.
    const now = Date.UTC(2026, 11, 20, 4);
    expect(memberRowsKeptFrom(now)).toBe("2026-11-01");
    expect(memberRowsKeptFrom(Date.UTC(2026, 11, 31, 16, 30))).toBe("2026-12-01"); // 00:30 on 1 January in China
    const older = () => env.DB.prepare("SELECT (SELECT count(*) FROM stats_members WHERE day < '2026-11-01') + (SELECT count(*) FROM stats_domain_members WHERE day < '2026-11-01') AS n").first<number>("n");
    const olderRows = await older();
    expect(olderRows).toBeGreaterThan(100);
    const result = await runScheduledMaintenance(env, now);
    expect(result.prunedMemberRows).toBe(olderRows);
    expect(await older()).toBe(0);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM stats_members").first<number>("n")).toBeGreaterThan(0);
    expect(await expectEveryGroupingToMatch(shuffled)).toBeGreaterThan(500);

    // Later reports (the same people, senders and domains) from the kept days on.
    const later = Array.from({ length: 120 }, (_, i) => ({ ...shuffled[i]!, day: `2026-12-${String(1 + (i % 20)).padStart(2, "0")}` }));
    await insert(later);
    expect(await expectEveryGroupingToMatch([...shuffled, ...later])).toBeGreaterThan(500);
  });
});
