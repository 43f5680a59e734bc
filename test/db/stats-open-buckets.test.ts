/**
 * The week or month that holds today is answered from its closed days' stored partials plus today
 * counted live (statsWithFrozenBuckets), so a month-to-date query costs one day's rows. Checked as
 * days pass: for every grouping, at several "today"s and while today's rows keep arriving, the
 * answer equals counting the whole bucket live (queryStats, same rows in the same order) and a
 * recount from the reports. Rows arrive in day order, as reports do (they are bucketed by arrival).
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { queryStats, statsWithFrozenBuckets, type StatsQuery } from "../../src/db/queries/stats";
import { bucketEnd, bucketStart, type TimeBucket } from "../../src/domain/calendar";
import { dayPartialsKeptFrom, runScheduledMaintenance } from "../../src/services/maintenance";
import { canonical, groupings, insert, recount, reports, type SyntheticReport } from "./stats-fixtures";

const inArrivalOrder = [...reports].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
const days = [...new Set(inArrivalOrder.map((r) => r.day))];
// Todays in the middle of weeks and months, near a month's end, and on a week's first day.
const todays = days.filter((_, i) => i % 9 === 4);
const OPEN_BUCKETS: TimeBucket[] = ["week", "month"];

async function expectLiveAnswers(stored: SyntheticReport[], today: string) {
  let compared = 0;
  for (const bucket of OPEN_BUCKETS) {
    const current = bucketStart(today, bucket);
    for (const dimensions of groupings) {
      const label = `${bucket} × ${dimensions.join(",") || "(none)"} on ${today}`;
      // Closed buckets (stored answers) followed by the open one.
      const q: StatsQuery = { from: bucketStart(days[0]!, bucket), to: bucketEnd(current, bucket), bucket, dimensions };
      const answer = await statsWithFrozenBuckets(env.DB, q, today);
      expect(answer, label).toEqual(await queryStats(env.DB, q));
      expect(canonical(answer), label).toEqual(canonical(recount(stored, bucket, dimensions)));
      compared += answer.length;
    }
  }
  return compared;
}

describe("an open week or month from stored day partials and today's rows", () => {
  const stored: SyntheticReport[] = [];
  const arrive = async (batch: SyntheticReport[]) => {
    await insert(batch);
    stored.push(...batch);
  };

  beforeAll(() => {
    expect(todays.length).toBeGreaterThanOrEqual(4);
  });

  it("matches counting the whole bucket live, as days close and today's reports keep arriving", async () => {
    for (const today of todays) {
      await arrive(inArrivalOrder.filter((r) => r.day < today && !stored.includes(r)));
      const arriving = inArrivalOrder.filter((r) => r.day === today);
      await arrive(arriving.slice(0, arriving.length >> 1));
      expect(await expectLiveAnswers(stored, today)).toBeGreaterThan(100);
      // Today's later reports change today's share only; the stored partials still hold.
      await arrive(arriving.slice(arriving.length >> 1));
      expect(await expectLiveAnswers(stored, today)).toBeGreaterThan(100);
    }
    const partials = await env.DB.prepare("SELECT count(*) AS n FROM stats_frozen WHERE shape LIKE '%|days'").first<number>("n");
    expect(partials).toBeGreaterThan(todays.length * 33);
  }, 60_000);

  it("stay exact after the Cron Trigger deletes the partials of buckets that have closed", async () => {
    const today = todays.at(-1)!;
    expect(dayPartialsKeptFrom(Date.UTC(2026, 11, 3, 4))).toBe("2026-11-30"); // Thursday 3 December: the week began in November
    expect(dayPartialsKeptFrom(Date.UTC(2026, 11, 9, 4))).toBe("2026-12-01");
    const now = Date.parse(`${today}T12:00:00+08:00`);
    const keptFrom = dayPartialsKeptFrom(now);
    const older = () => env.DB.prepare("SELECT count(*) AS n FROM stats_day_partials WHERE day < ?").bind(keptFrom).first<number>("n");
    const olderRows = await older();
    expect(olderRows).toBeGreaterThan(100);
    const result = await runScheduledMaintenance(env, now);
    expect(result.prunedDayPartials).toBe(olderRows);
    expect(await older()).toBe(0);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM stats_frozen WHERE shape LIKE '%|days' AND bucket < ?").bind(keptFrom).first<number>("n")).toBe(0);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM stats_day_partials").first<number>("n")).toBeGreaterThan(0);
    expect(await expectLiveAnswers(stored, today)).toBeGreaterThan(100);
  });

  it("reads a closed day's share from its stored partial, not from the rollups", async () => {
    const today = todays.at(-1)!;
    const q: StatsQuery = { from: bucketStart(today, "month"), to: bucketEnd(bucketStart(today, "month"), "month"), bucket: "month", dimensions: ["institution"] };
    const yesterday = days.filter((day) => day < today).at(-1)!;
    expect(yesterday >= q.from).toBe(true);
    const before = await statsWithFrozenBuckets(env.DB, q, today);
    // A closed day cannot receive reports (they are bucketed by arrival); if its rollups changed
    // anyway, the unchanged answer shows the stored partial is what the query read.
    await env.DB.prepare("UPDATE stats_cells SET reports = reports + 1000 WHERE day = ?").bind(yesterday).run();
    expect(await statsWithFrozenBuckets(env.DB, q, today)).toEqual(before);
    expect(await queryStats(env.DB, q)).not.toEqual(before);
  });
});
