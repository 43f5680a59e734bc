/**
 * Statistics from the rollup tables (stats_cells / stats_members, stats_domain_*), never from
 * reports. Two statements: the grouped rows, then exact distinct counts of the `other` row that
 * folds every cell with fewer than 3 distinct reporters (small-cell suppression). Closed buckets
 * are answered once and kept in stats_frozen (statsWithFrozenBuckets), so a query's cost follows
 * its open buckets, not the number of reports behind it.
 */
import type { Db } from "../session";
import { bucketEnd, bucketStartsBetween, type TimeBucket } from "../../domain/calendar";

export const CATEGORICAL_DIMENSIONS = {
  institution: "institution",
  senderKind: "sender_kind",
  carrier: "carrier",
  region: "region",
  category: "category",
} as const;
export type CategoricalDimension = keyof typeof CATEGORICAL_DIMENSIONS;

export const MIN_REPORTERS_PER_CELL = 3;

export interface StatsQuery {
  from: string;
  to: string;
  bucket: TimeBucket;
  /** Categorical dimensions, or ["domain"] alone. */
  dimensions: (CategoricalDimension | "domain")[];
}

export interface StatsRow {
  bucket: string;
  values: Record<string, string>;
  reports: number;
  distinctReporters: number;
  distinctSenders: number;
  distinctDomains: number;
  other?: true;
}

/** SQL for the first day of the bucket containing `day` (weeks start on Monday). */
function bucketSql(bucket: TimeBucket): string {
  if (bucket === "day") return "day";
  if (bucket === "month") return "substr(day, 1, 7) || '-01'";
  return "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')";
}

export async function queryStats(db: Db, q: StatsQuery): Promise<StatsRow[]> {
  const byDomain = q.dimensions.includes("domain");
  const columns = byDomain ? ["domain"] : q.dimensions.map((d) => CATEGORICAL_DIMENSIONS[d as CategoricalDimension]);
  const cells = byDomain ? "stats_domain_cells" : "stats_cells";
  const members = byDomain ? "stats_domain_members" : "stats_members";
  const bucket = bucketSql(q.bucket);
  const dims = columns.map((c, i) => `${c} AS d${i}`).join(", ");
  const groupKeys = ["bucket", ...columns.map((_, i) => `d${i}`)].join(", ");
  const select = (table: string, aggregates: string) =>
    `SELECT ${bucket} AS bucket${dims ? `, ${dims}` : ""}, ${aggregates} FROM ${table} WHERE day BETWEEN ?1 AND ?2 GROUP BY ${groupKeys}`;
  const join = columns.map((_, i) => `c.d${i} = m.d${i}`).join(" AND ");
  const distinctDomains = byDomain ? "1" : "count(DISTINCT CASE WHEN member_type = 'd' THEN member END)";
  const grouped = `WITH c AS (${select(cells, "sum(reports) AS reports")}),
    m AS (${select(members, `count(DISTINCT CASE WHEN member_type = 'r' THEN member END) AS reporters, count(DISTINCT CASE WHEN member_type = 's' THEN member END) AS senders, ${distinctDomains} AS domains`)})
    SELECT c.*, m.reporters, m.senders, m.domains FROM c JOIN m ON c.bucket = m.bucket${join ? ` AND ${join}` : ""} ORDER BY c.bucket, c.reports DESC`;
  const { results } = await db.prepare(grouped).bind(q.from, q.to).all<Record<string, string | number>>();

  const rows: StatsRow[] = [];
  const smallKeys: string[] = [];
  const otherReports = new Map<string, number>();
  for (const row of results) {
    const values = Object.fromEntries(q.dimensions.map((d, i) => [d, String(row[`d${i}`] ?? "") || "unknown"]));
    if (Number(row.reporters) < MIN_REPORTERS_PER_CELL) {
      smallKeys.push(keyOf(String(row.bucket), columns.map((_, i) => String(row[`d${i}`] ?? ""))));
      otherReports.set(String(row.bucket), (otherReports.get(String(row.bucket)) ?? 0) + Number(row.reports));
      continue;
    }
    rows.push({
      bucket: String(row.bucket),
      values,
      reports: Number(row.reports),
      distinctReporters: Number(row.reporters),
      distinctSenders: Number(row.senders),
      distinctDomains: Number(row.domains),
    });
  }
  if (smallKeys.length > 0) {
    // Exact distinct counts over the folded cells of each bucket (a person in two folded cells counts once).
    const key = `${bucket}${columns.map((c) => ` || char(31) || ${c}`).join("")}`;
    const other = `SELECT bucket, count(DISTINCT CASE WHEN member_type = 'r' THEN member END) AS reporters,
        count(DISTINCT CASE WHEN member_type = 's' THEN member END) AS senders, ${byDomain ? "count(DISTINCT domain)" : "count(DISTINCT CASE WHEN member_type = 'd' THEN member END)"} AS domains
      FROM (SELECT ${bucket} AS bucket, ${key} AS k, member_type, member${byDomain ? ", domain" : ""} FROM ${members} WHERE day BETWEEN ?1 AND ?2)
      WHERE k IN (SELECT value FROM json_each(?3)) GROUP BY bucket`;
    const { results: others } = await db.prepare(other).bind(q.from, q.to, JSON.stringify(smallKeys)).all<Record<string, string | number>>();
    for (const row of others) {
      // An `other` row that itself has fewer than 3 reporters would single people out: it is dropped.
      if (Number(row.reporters) < MIN_REPORTERS_PER_CELL) continue;
      rows.push({
        bucket: String(row.bucket),
        values: Object.fromEntries(q.dimensions.map((d) => [d, "other"])),
        reports: otherReports.get(String(row.bucket)) ?? 0,
        distinctReporters: Number(row.reporters),
        distinctSenders: Number(row.senders),
        distinctDomains: Number(row.domains),
        other: true,
      });
    }
    rows.sort((a, b) => (a.bucket === b.bucket ? Number(Boolean(a.other)) - Number(Boolean(b.other)) : a.bucket < b.bucket ? -1 : 1));
  }
  return rows;
}

function keyOf(bucket: string, values: string[]): string {
  return [bucket, ...values].join("\u001f");
}

/**
 * queryStats, with every bucket that closed before `today` (CST day) read from stats_frozen when a
 * previous query already answered it, and stored there otherwise. Buckets still open (today's day,
 * week or month) are always counted live. The answer is identical to queryStats: same rows, same
 * suppression, same order.
 */
export async function statsWithFrozenBuckets(db: Db, q: StatsQuery, today: string): Promise<StatsRow[]> {
  const shape = `${q.bucket}|${q.dimensions.join(",")}`;
  const buckets = bucketStartsBetween(q.from, q.to, q.bucket);
  const isClosed = (start: string) => bucketEnd(start, q.bucket) < today;
  const closed = buckets.filter(isClosed);
  const frozen = new Map<string, StatsRow[]>();
  if (closed.length > 0) {
    const { results } = await db
      .prepare("SELECT bucket, rows FROM stats_frozen WHERE shape = ? AND bucket BETWEEN ? AND ?")
      .bind(shape, closed[0], closed.at(-1))
      .all<{ bucket: string; rows: string }>();
    for (const row of results) frozen.set(row.bucket, JSON.parse(row.rows) as StatsRow[]);
  }
  const missing = buckets.filter((start) => !frozen.has(start));
  const live = new Map<string, StatsRow[]>();
  if (missing.length > 0) {
    const counted = await queryStats(db, { ...q, from: missing[0]!, to: bucketEnd(missing.at(-1)!, q.bucket) });
    for (const row of counted) live.set(row.bucket, [...(live.get(row.bucket) ?? []), row]);
    const freeze = missing.filter(isClosed).map((start) => [start, JSON.stringify(live.get(start) ?? [])]);
    if (freeze.length > 0) {
      // One statement whatever the number of buckets: they travel as one JSON parameter.
      await db
        .prepare("INSERT OR IGNORE INTO stats_frozen (shape, bucket, rows) SELECT ?1, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?2)")
        .bind(shape, JSON.stringify(freeze))
        .run();
    }
  }
  return buckets.flatMap((start) => frozen.get(start) ?? live.get(start) ?? []);
}
