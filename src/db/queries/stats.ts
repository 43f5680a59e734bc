/**
 * Statistics from the rollup tables (stats_cells and stats_member_repeats, their stats_domain_*
 * twins; member rows are read only by the repeats triggers), never from reports. Two statements: the grouped rows, then exact distinct counts
 * of the `other` row that folds every cell with fewer than 3 distinct reporters (small-cell
 * suppression). Distinct counts come from each cell's count of first rows plus the group's
 * repeats (migration 0015), not COUNT(DISTINCT) over every member row: the cost is a sum over the
 * period's cells plus a DISTINCT over its few repeats. Closed buckets
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

/** Member types of the rollups and the names of their distinct counts (domain rollups have no "d"). */
const MEMBER_TYPES = [
  ["r", "reporters"],
  ["s", "senders"],
  ["d", "domains"],
] as const;

/**
 * Distinct members of a set of groups, from first rows and repeats (stats_member_repeats): every
 * member has one first row per period, so a member of the groups is either counted by its first
 * row (when that row is in them: the cells' `<type>_first_<period>` counters) or found among their
 * repeat rows whose first row lies outside.
 */
export async function queryStats(db: Db, q: StatsQuery): Promise<StatsRow[]> {
  const byDomain = q.dimensions.includes("domain");
  const columns = byDomain ? ["domain"] : q.dimensions.map((d) => CATEGORICAL_DIMENSIONS[d as CategoricalDimension]);
  const memberTypes = byDomain ? MEMBER_TYPES.slice(0, 2) : MEMBER_TYPES;
  const cells = byDomain ? "stats_domain_cells" : "stats_cells";
  const repeats = byDomain ? "stats_domain_member_repeats" : "stats_member_repeats";
  const bucket = bucketSql(q.bucket);
  const dims = columns.map((c, i) => `${c} AS d${i}`).join(", ");
  const groupKeys = ["bucket", ...columns.map((_, i) => `d${i}`)].join(", ");
  const select = (table: string, aggregates: string, where = "") =>
    `SELECT ${bucket} AS bucket${dims ? `, ${dims}` : ""}, ${aggregates} FROM ${table} WHERE day BETWEEN ?1 AND ?2${where} GROUP BY ${groupKeys}`;
  const on = [`c.bucket = x.bucket`, ...columns.map((_, i) => `c.d${i} = x.d${i}`)].join(" AND ");
  // Counter columns are named by member type and period (q.bucket is one of three fixed names).
  const firstCounts = memberTypes.map(([type, name]) => `sum(${type}_first_${q.bucket}) AS ${name}_first`).join(", ");
  // A repeat's first row is in the same group when it agrees on every grouped column.
  const firstInGroup = columns.map((c) => `first_${c} = ${c}`).join(" AND ") || "1";
  const elsewhereCounts = memberTypes
    .map(([type, name]) => `count(DISTINCT CASE WHEN member_type = '${type}' AND NOT (${firstInGroup}) THEN member END) AS ${name}_elsewhere`)
    .join(", ");
  const elsewhere = memberTypes.map(([, name]) => `coalesce(x.${name}_elsewhere, 0) AS ${name}_elsewhere`).join(", ");
  const grouped = `WITH c AS (${select(cells, `sum(reports) AS reports, ${firstCounts}`)}),
    x AS (${select(repeats, elsewhereCounts, " AND period = ?3")})
    SELECT c.*, ${elsewhere} FROM c LEFT JOIN x ON ${on} ORDER BY c.bucket, c.reports DESC`;
  const { results } = await db.prepare(grouped).bind(q.from, q.to, q.bucket).all<Record<string, string | number>>();

  const distinct = (row: Record<string, string | number>, name: string) => Number(row[`${name}_first`] ?? 0) + Number(row[`${name}_elsewhere`] ?? 0);
  const rows: StatsRow[] = [];
  const smallKeys: string[] = [];
  const folded = new Map<string, { reports: number; groups: number; firsts: Record<string, number> }>();
  for (const row of results) {
    const values = Object.fromEntries(q.dimensions.map((d, i) => [d, String(row[`d${i}`] ?? "") || "unknown"]));
    const reporters = distinct(row, "reporters");
    if (reporters < MIN_REPORTERS_PER_CELL) {
      const bucketStart = String(row.bucket);
      smallKeys.push(keyOf(bucketStart, columns.map((_, i) => String(row[`d${i}`] ?? ""))));
      const other = folded.get(bucketStart) ?? { reports: 0, groups: 0, firsts: {} };
      other.reports += Number(row.reports);
      other.groups += 1;
      for (const [, name] of memberTypes) other.firsts[name] = (other.firsts[name] ?? 0) + Number(row[`${name}_first`] ?? 0);
      folded.set(bucketStart, other);
      continue;
    }
    rows.push({
      bucket: String(row.bucket),
      values,
      reports: Number(row.reports),
      distinctReporters: reporters,
      distinctSenders: distinct(row, "senders"),
      distinctDomains: byDomain ? 1 : distinct(row, "domains"),
    });
  }
  if (smallKeys.length > 0) {
    // Exact distinct counts over the folded groups of each bucket (a person in two folded groups
    // counts once): their first rows, plus members of their repeats whose first row is not folded.
    const key = (prefix: string) => `${bucket}${columns.map((c) => ` || char(31) || ${prefix}${c}`).join("")}`;
    const distinctMembers = memberTypes.map(([type, name]) => `count(DISTINCT CASE WHEN member_type = '${type}' THEN member END) AS ${name}`).join(", ");
    const other = `SELECT bucket, ${distinctMembers} FROM (
        SELECT ${bucket} AS bucket, ${key("")} AS k, ${key("first_")} AS first_k, member_type, member FROM ${repeats} WHERE day BETWEEN ?1 AND ?2 AND period = ?3)
      WHERE k IN (SELECT value FROM json_each(?4)) AND first_k NOT IN (SELECT value FROM json_each(?4)) GROUP BY bucket`;
    const { results: others } = await db.prepare(other).bind(q.from, q.to, q.bucket, JSON.stringify(smallKeys)).all<Record<string, string | number>>();
    const elsewhereByBucket = new Map(others.map((row) => [String(row.bucket), row]));
    for (const [bucketStart, fold] of folded) {
      const count = (name: string) => fold.firsts[name]! + Number(elsewhereByBucket.get(bucketStart)?.[name] ?? 0);
      // An `other` row that itself has fewer than 3 reporters would single people out: it is dropped.
      if (count("reporters") < MIN_REPORTERS_PER_CELL) continue;
      rows.push({
        bucket: bucketStart,
        values: Object.fromEntries(q.dimensions.map((d) => [d, "other"])),
        reports: fold.reports,
        distinctReporters: count("reporters"),
        distinctSenders: count("senders"),
        distinctDomains: byDomain ? fold.groups : count("domains"),
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
