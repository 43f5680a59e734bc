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
import { CATEGORICAL_DIMENSIONS, MIN_REPORTERS_PER_CELL, queryStats, type CategoricalDimension, type StatsRow } from "../../src/db/queries/stats";
import { bucketEnd, bucketStart, type TimeBucket } from "../../src/domain/calendar";
import { memberRowsKeptFrom, runScheduledMaintenance } from "../../src/maintenance";
import { mulberry32 } from "../../scripts/lib/synthetic";

interface SyntheticReport {
  day: string;
  cell: Record<CategoricalDimension, string>;
  reporter: string;
  sender: string;
  domains: string[];
}

const random = mulberry32(7);
const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
const START = Date.UTC(2026, 9, 24); // 2026-10-24: the days cross weeks and two month ends.
const dayOf = (i: number) => new Date(START + i * 86_400_000).toISOString().slice(0, 10);

// Few people and many cells, so the same member recurs across cells, days, weeks and months.
const reports: SyntheticReport[] = Array.from({ length: 420 }, () => ({
  day: dayOf(Math.floor(random() * 45)),
  cell: {
    institution: pick(["中信金融", "众安", "东銮金融", ""]),
    senderKind: pick(["mobile", "port_106"]),
    carrier: pick(["china_mobile", "china_unicom", ""]),
    region: pick(["11", "31", "44"]),
    category: pick(["fake_collection", "phishing"]),
  },
  reporter: `r${Math.floor(random() ** 2 * 40)}`,
  sender: `s${Math.floor(random() * 30)}`,
  domains: [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => `d${Math.floor(random() * 9)}.top`))],
}));

const CELL = "day, institution, sender_kind, carrier, region, category";

async function insert(batch: SyntheticReport[]) {
  const statements = batch.flatMap((r) => {
    const cell = [r.day, r.cell.institution, r.cell.senderKind, r.cell.carrier, r.cell.region, r.cell.category];
    const members = [["r", r.reporter], ["s", r.sender], ...r.domains.map((d) => ["d", d])];
    return [
      env.DB.prepare(`INSERT INTO stats_cells (${CELL}, reports) VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET reports = reports + 1`).bind(...cell),
      ...members.map(([type, member]) => env.DB.prepare(`INSERT OR IGNORE INTO stats_members (${CELL}, member_type, member) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).bind(...cell, type, member)),
      ...r.domains.flatMap((domain) => [
        env.DB.prepare("INSERT INTO stats_domain_cells (day, domain, reports) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET reports = reports + 1").bind(r.day, domain),
        ...[["r", r.reporter], ["s", r.sender]].map(([type, member]) =>
          env.DB.prepare("INSERT OR IGNORE INTO stats_domain_members (day, domain, member_type, member) VALUES (?, ?, ?, ?)").bind(r.day, domain, type, member),
        ),
      ]),
    ];
  });
  for (let i = 0; i < statements.length; i += 200) await env.DB.batch(statements.slice(i, i + 200));
}

/** The statistics recounted from the reports themselves, with the same suppression rule. */
function recount(stored: SyntheticReport[], bucket: TimeBucket, dimensions: (CategoricalDimension | "domain")[]): StatsRow[] {
  interface Group { bucket: string; values: Record<string, string>; reports: number; reporters: Set<string>; senders: Set<string>; domains: Set<string> }
  const groups = new Map<string, Group>();
  for (const r of stored) {
    const instances: Record<string, string>[] = dimensions[0] === "domain" ? r.domains.map((domain) => ({ domain })) : [r.cell];
    for (const instance of instances) {
      const start = bucketStart(r.day, bucket);
      const values = Object.fromEntries(dimensions.map((d) => [d, instance[d]! || "unknown"]));
      const key = JSON.stringify([start, values]);
      const group = groups.get(key) ?? { bucket: start, values, reports: 0, reporters: new Set(), senders: new Set(), domains: new Set() };
      group.reports += 1;
      group.reporters.add(r.reporter);
      group.senders.add(r.sender);
      for (const d of dimensions[0] === "domain" ? [instance.domain!] : r.domains) group.domains.add(d);
      groups.set(key, group);
    }
  }
  const rows: StatsRow[] = [];
  const folded = new Map<string, Group>();
  for (const g of groups.values()) {
    if (g.reporters.size >= MIN_REPORTERS_PER_CELL) {
      rows.push({ bucket: g.bucket, values: g.values, reports: g.reports, distinctReporters: g.reporters.size, distinctSenders: g.senders.size, distinctDomains: g.domains.size });
      continue;
    }
    const other = folded.get(g.bucket) ?? { bucket: g.bucket, values: {}, reports: 0, reporters: new Set(), senders: new Set(), domains: new Set() };
    other.reports += g.reports;
    for (const k of ["reporters", "senders", "domains"] as const) for (const m of g[k]) other[k].add(m);
    folded.set(g.bucket, other);
  }
  for (const o of folded.values()) {
    if (o.reporters.size < MIN_REPORTERS_PER_CELL) continue;
    const values = Object.fromEntries(dimensions.map((d) => [d, "other"]));
    rows.push({ bucket: o.bucket, values, reports: o.reports, distinctReporters: o.reporters.size, distinctSenders: o.senders.size, distinctDomains: o.domains.size, other: true });
  }
  return rows;
}

const canonical = (rows: StatsRow[]) => rows.map((r) => JSON.stringify(r)).sort();
const dimensionSets: CategoricalDimension[][] = Array.from({ length: 32 }, (_, mask) =>
  (Object.keys(CATEGORICAL_DIMENSIONS) as CategoricalDimension[]).filter((_, bit) => mask & (1 << bit)),
);
const groupings: (CategoricalDimension | "domain")[][] = [...dimensionSets, ["domain"]];
const BUCKETS: TimeBucket[] = ["day", "week", "month"];

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

describe("distinct counts from first rows and repeats", () => {
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
