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
import { sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { columnNames, constant, numbered, sqlText, sqlTextOnce } from "../orm";
import {
  statsCells,
  statsDayPartials,
  statsDomainCells,
  statsDomainMemberRepeats,
  statsDomainMembers,
  statsFrozen,
  statsMemberRepeats,
  statsMembers,
} from "../schema";
import type { Db } from "../session";
import { addDays, bucketEnd, bucketStartsBetween, type TimeBucket } from "../../domain/calendar";

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
  /** Of `reports`, those whose category was inferred from the text (always 0 grouped by domain). */
  categoryInferred: number;
  distinctReporters: number;
  distinctSenders: number;
  distinctDomains: number;
  other?: true;
}

/**
 * A column by its bare name. These statements read one rollup table per FROM (or its alias) and
 * name CTE columns after them; the rollup tables and their domain twins share these names.
 */
const bare = (column: SQLiteColumn): SQL => sql`${sql.identifier(column.name)}`;
const [day, period, memberType, member] = [statsCells.day, statsMemberRepeats.period, statsMemberRepeats.memberType, statsMemberRepeats.member].map(bare) as [SQL, SQL, SQL, SQL];
/** ?1 … ?6: the statements' parameters, numbered because each is used in several places. */
const [p1, p2, p3, p4, p5, p6] = [1, 2, 3, 4, 5, 6].map(numbered) as [SQL, SQL, SQL, SQL, SQL, SQL];

/** Each dimension's column in the rollups and, in the repeats, the column of the member's first row. */
const DIMENSION_COLUMNS: Record<CategoricalDimension | "domain", [SQLiteColumn, SQLiteColumn]> = {
  institution: [statsCells.institution, statsMemberRepeats.firstInstitution],
  senderKind: [statsCells.senderKind, statsMemberRepeats.firstSenderKind],
  carrier: [statsCells.carrier, statsMemberRepeats.firstCarrier],
  region: [statsCells.region, statsMemberRepeats.firstRegion],
  category: [statsCells.category, statsMemberRepeats.firstCategory],
  domain: [statsDomainCells.domain, statsDomainMemberRepeats.firstDomain],
};

/** SQL for the first day of the bucket containing `day` (weeks start on Monday). */
function bucketSql(bucket: TimeBucket): SQL {
  if (bucket === "day") return day;
  if (bucket === "month") return sql`substr(${day}, 1, 7) || '-01'`;
  return sql`date(${day}, '-' || ((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7) || ' days')`;
}

/** Member types of the rollups and the names of their distinct counts (domain rollups have no "d"). */
const MEMBER_TYPES = [
  ["r", "reporters"],
  ["s", "senders"],
  ["d", "domains"],
] as const;

type MemberType = (typeof MEMBER_TYPES)[number][0];
/** The grouped columns' names in a query (and stats_day_partials' columns holding them). */
type GroupKey = "d0" | "d1" | "d2" | "d3" | "d4";

/** What a grouping reads: its rollup tables, its grouped columns, its member types. */
interface Shape {
  byDomain: boolean;
  /** Each grouped column, and the repeats' column of the first row's value. */
  columns: { column: SQL; first: SQL }[];
  cells: typeof statsCells | typeof statsDomainCells;
  members: typeof statsMembers | typeof statsDomainMembers;
  repeats: typeof statsMemberRepeats | typeof statsDomainMemberRepeats;
  /** `<column> AS d0, …, ` for a SELECT list ("" without dimensions). */
  dims: SQL;
  /** The grouped columns as d0, d1, … */
  keys: GroupKey[];
  /** A repeat's first row is in the same group when it agrees on every grouped column. */
  firstInGroup: SQL;
}

function shapeOf(q: StatsQuery): Shape {
  const byDomain = q.dimensions.includes("domain");
  const dimensions = byDomain ? (["domain"] as const) : q.dimensions;
  const columns = dimensions.map((d) => ({ column: bare(DIMENSION_COLUMNS[d][0]), first: bare(DIMENSION_COLUMNS[d][1]) }));
  const keys = columns.map((_, i) => `d${i}` as GroupKey);
  return {
    byDomain,
    columns,
    cells: byDomain ? statsDomainCells : statsCells,
    members: byDomain ? statsDomainMembers : statsMembers,
    repeats: byDomain ? statsDomainMemberRepeats : statsMemberRepeats,
    dims: sql.join(columns.map(({ column }, i) => sql`${column} AS ${sql.raw(keys[i]!)}, `)),
    keys,
    firstInGroup: columns.length > 0 ? sql.join(columns.map(({ column, first }) => sql`${first} = ${column}`), sql` AND `) : sql`1`,
  };
}

/** Per member type (0 reporters, 1 senders, 2 domains) an expression, or 0 where the rollup has no such type. */
const perMemberType = (shape: Shape, expression: (type: MemberType, i: number) => SQL, alias: string) =>
  sql.join(
    MEMBER_TYPES.map(([type], i) => sql`${shape.byDomain && type === "d" ? sql`0` : expression(type, i)} AS ${sql.raw(`${alias}${i}`)}`),
    sql`, `,
  );
/** A member type as an SQL string literal (one of MEMBER_TYPES). */
const typeLiteral = (type: MemberType) => sql.raw(`'${type}'`);
// Counter columns are named by member type and period; the domain rollup's have the same names.
const firstCounts = (shape: Shape, bucket: TimeBucket) => perMemberType(shape, (type) => sql`sum(${bare(statsCells[`${type}First_${bucket}`])})`, "f");
const noCounts = (shape: Shape, alias: string) => perMemberType(shape, () => sql`0`, alias);
/** Distinct members per type (as e0…e2) among rows that also meet `condition`. */
const distinctMembers = (shape: Shape, condition = sql``) =>
  perMemberType(shape, (type) => sql`count(DISTINCT CASE WHEN ${memberType} = ${typeLiteral(type)}${condition} THEN ${member} END)`, "e");
/** The group columns and counts of `c` with the elsewhere counts of its LEFT JOINed `x`. */
const cellsWithElsewhere = (shape: Shape) =>
  sql.raw(`${shape.keys.map((k) => `c.${k}, `).join("")}c.reports, c.inferred, c.f0, c.f1, c.f2, ${[0, 1, 2].map((i) => `coalesce(x.e${i}, 0) AS e${i}`).join(", ")}`);
/** Reports and inferred-category reports of a shape's cells (domain cells have no category). */
const reportSums = (shape: Shape) =>
  sql`sum(${bare(shape.cells.reports)}) AS reports, ${shape.byDomain ? sql`0` : sql`sum(${bare(statsCells.inferredReports)})`} AS inferred`;
/** GROUP BY names of the query's own (CTE) columns, or table columns. */
const groupBy = (...keys: (string | SQL)[]) =>
  keys.length > 0 ? sql` GROUP BY ${sql.join(keys.map((k) => (typeof k === "string" ? sql.raw(k) : k)), sql`, `)}` : sql``;
const joinOn = (left: string, right: string, keys: string[]) => sql.raw(keys.map((k) => `${left}.${k} = ${right}.${k}`).join(" AND ") || "1");
const COUNTS = ["reports", "inferred", "f0", "f1", "f2", "e0", "e1", "e2"] as const;
/** A stats_day_partials column list: the shape's group keys, then the counts. */
const partialColumns = (shape: Shape) => columnNames(statsDayPartials, [...shape.keys, ...COUNTS]);

/**
 * Small-cell suppression in SQL over `g` (bucket, d0…, reports, f0…f2, e0…e2, one row per group):
 * the groups with at least 3 distinct reporters (f0 + e0), and per bucket one row summing the rest,
 * so the Worker reads the published groups only, however many single-report groups a bucket has.
 */
const suppressed = (shape: Shape) => sql`SELECT 0 AS folded, 1 AS groups, * FROM g WHERE f0 + e0 >= ${constant(MIN_REPORTERS_PER_CELL)}
  UNION ALL
  SELECT 1, count(*), bucket, ${sql.raw(shape.keys.map((k) => `NULL AS ${k}, `).join(""))}sum(reports), sum(inferred), sum(f0), sum(f1), sum(f2), 0, 0, 0
  FROM g WHERE f0 + e0 < ${constant(MIN_REPORTERS_PER_CELL)} GROUP BY bucket`;

/**
 * Distinct members of a set of groups, from first rows and repeats (stats_member_repeats): every
 * member has one first row per period, so a member of the groups is either counted by its first
 * row (when that row is in them: the cells' `<type>_first_<period>` counters) or found among their
 * repeat rows whose first row lies outside. `from` and `to` cover whole buckets.
 */
export async function queryStats(db: Db, q: StatsQuery): Promise<StatsRow[]> {
  const shape = shapeOf(q);
  const text = sqlTextOnce(`stats|grouped|${shapeKeyOf(q)}`, () => {
    const bucket = bucketSql(q.bucket);
    const elsewhere = distinctMembers(shape, sql` AND NOT (${shape.firstInGroup})`);
    return sql`WITH c AS (
      SELECT ${bucket} AS bucket, ${shape.dims}${reportSums(shape)}, ${firstCounts(shape, q.bucket)} FROM ${shape.cells}
      WHERE ${day} BETWEEN ${p1} AND ${p2}${groupBy("bucket", ...shape.keys)}),
    x AS (
      SELECT ${bucket} AS bucket, ${shape.dims}${elsewhere} FROM ${shape.repeats}
      WHERE ${day} BETWEEN ${p1} AND ${p2} AND ${period} = ${p3}${groupBy("bucket", ...shape.keys)}),
    g AS (
      SELECT c.bucket, ${cellsWithElsewhere(shape)}
      FROM c LEFT JOIN x ON ${joinOn("c", "x", ["bucket", ...shape.keys])})
    ${suppressed(shape)}`;
  });
  const { results } = await db.prepare(text).bind(q.from, q.to, q.bucket).all<SuppressedRow>();
  return publish(db, q, shape, results);
}

/** A row of `suppressed`: a published group, or (folded = 1) the sum of a bucket's small groups. */
type SuppressedRow = Record<string, string | number | null> & { folded: number; groups: number; bucket: string };

/**
 * Turns suppressed rows into the answer: published groups as they are, and each bucket's folded
 * groups as one `other` row whose distinct counts are exact (a person in two folded groups counts
 * once), dropped when it has fewer than 3 reporters itself. Rows come out by bucket, then by
 * reports (most first, ties by group values), `other` last.
 */
async function publish(db: Db, q: StatsQuery, shape: Shape, results: SuppressedRow[]): Promise<StatsRow[]> {
  const num = (row: SuppressedRow, column: string) => Number(row[column] ?? 0);
  const published = results.filter((row) => row.folded === 0);
  const folds = results.filter((row) => row.folded === 1);
  published.sort((a, b) => {
    if (a.bucket !== b.bucket) return a.bucket < b.bucket ? -1 : 1;
    if (num(a, "reports") !== num(b, "reports")) return num(b, "reports") - num(a, "reports");
    for (const k of shape.keys) if (a[k] !== b[k]) return String(a[k]) < String(b[k]) ? -1 : 1;
    return 0;
  });
  const rows: StatsRow[] = published.map((row) => ({
    bucket: String(row.bucket),
    values: Object.fromEntries(q.dimensions.map((d, i) => [d, String(row[`d${i}`] ?? "") || "unknown"])),
    reports: num(row, "reports"),
    categoryInferred: num(row, "inferred"),
    distinctReporters: num(row, "f0") + num(row, "e0"),
    distinctSenders: num(row, "f1") + num(row, "e1"),
    distinctDomains: shape.byDomain ? 1 : num(row, "f2") + num(row, "e2"),
  }));
  if (folds.length === 0) return rows;
  // Members of a bucket's folded groups found through repeats: a repeat in a folded group with the
  // member's first row outside them. Every group of the bucket is folded or published, so that is
  // a repeat outside the published groups with its first row in one: matched against the
  // published keys, which stay few however many groups fold.
  const publishedKeys = published.map((row) => [row.bucket, ...shape.keys.map((k) => String(row[k] ?? ""))].join("\u001f"));
  const other = sqlTextOnce(`stats|other|${shapeKeyOf(q)}`, () => {
    const bucket = bucketSql(q.bucket);
    const key = (ofFirstRow: boolean) => sql`${bucket}${sql.join(shape.columns.map((c) => sql` || char(31) || ${ofFirstRow ? c.first : c.column}`))}`;
    return sql`SELECT bucket, ${distinctMembers(shape)} FROM (
      SELECT ${bucket} AS bucket, ${key(false)} AS k, ${key(true)} AS first_k, ${memberType}, ${member} FROM ${shape.repeats} WHERE ${day} BETWEEN ${p1} AND ${p2} AND ${period} = ${p3})
    WHERE first_k IN (SELECT value FROM json_each(${p4})) AND k NOT IN (SELECT value FROM json_each(${p4})) GROUP BY bucket`;
  });
  const { results: elsewhere } = await db.prepare(other).bind(q.from, q.to, q.bucket, JSON.stringify(publishedKeys)).all<Record<string, string | number>>();
  const elsewhereByBucket = new Map(elsewhere.map((row) => [String(row.bucket), row]));
  for (const fold of folds) {
    const count = (i: number) => num(fold, `f${i}`) + Number(elsewhereByBucket.get(fold.bucket)?.[`e${i}`] ?? 0);
    // An `other` row that itself has fewer than 3 reporters would single people out: it is dropped.
    if (count(0) < MIN_REPORTERS_PER_CELL) continue;
    rows.push({
      bucket: String(fold.bucket),
      values: Object.fromEntries(q.dimensions.map((d) => [d, "other"])),
      reports: num(fold, "reports"),
      categoryInferred: num(fold, "inferred"),
      distinctReporters: count(0),
      distinctSenders: count(1),
      distinctDomains: shape.byDomain ? num(fold, "groups") : count(2),
      other: true,
    });
  }
  return rows.sort((a, b) => (a.bucket === b.bucket ? Number(Boolean(a.other)) - Number(Boolean(b.other)) : a.bucket < b.bucket ? -1 : 1));
}

/** stats_frozen rows of a shape's buckets (?1, ?2 … ?3) and of its day-partial markers (?4, ?5 … ?6). */
const readFrozen = sqlText(
  sql`SELECT ${statsFrozen.shape}, ${statsFrozen.bucket}, ${statsFrozen.rows} FROM ${statsFrozen}
      WHERE (${statsFrozen.shape} = ${p1} AND ${statsFrozen.bucket} BETWEEN ${p2} AND ${p3}) OR (${statsFrozen.shape} = ${p4} AND ${statsFrozen.bucket} BETWEEN ${p5} AND ${p6})`,
);
/** Stores closed buckets of shape ?1, given as a JSON array ?2 of [bucket, rows JSON]. */
const freezeBuckets = sqlText(
  sql`INSERT OR IGNORE INTO ${statsFrozen} (${columnNames(statsFrozen, ["shape", "bucket", "rows"])})
      SELECT ${p1}, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(${p2})`,
);
/** Marks the days of JSON array ?2 as stored for day-partial shape ?1. */
const markDaysStored = sqlText(
  sql`INSERT OR IGNORE INTO ${statsFrozen} (${columnNames(statsFrozen, ["shape", "bucket", "rows"])}) SELECT ${p1}, value, '' FROM json_each(${p2})`,
);

/** A query's shape as stored in stats_frozen: "<bucket>|<dimensions>", e.g. "month|institution". */
const shapeKeyOf = (q: StatsQuery) => `${q.bucket}|${q.dimensions.join(",")}`;

/** stats_day_partials rows of a shape, and stats_frozen's marker that a day has its rows. */
const partialShape = (shape: string) => `${shape}|days`;

/**
 * Counts and stores the closed days [from, to] of the bucket that starts on `start` into
 * stats_day_partials: per day and group its reports, first rows, and the members whose first
 * repeat in the group (with their first row elsewhere) within the bucket falls on that day. None of
 * it can change once the day is over. One batch: the rows, then the days' markers.
 */
async function storeDayPartials(db: Db, q: StatsQuery, shape: Shape, shapeKey: string, start: string, from: string, to: string) {
  const text = sqlTextOnce(`stats|partials|${shapeKey}`, () => {
    const columns = sql.raw(shape.keys.map((k) => `${k}, `).join(""));
    return sql`WITH c AS (
      SELECT ${day}, ${shape.dims}${reportSums(shape)}, ${firstCounts(shape, q.bucket)} FROM ${shape.cells}
      WHERE ${day} BETWEEN ${p1} AND ${p2}${groupBy(day, ...shape.keys)}),
    firsts AS (
      SELECT min(${day}) AS day, ${shape.dims}${memberType}, ${member} FROM ${shape.repeats}
      WHERE ${period} = ${p3} AND ${day} BETWEEN ${p4} AND ${p2} AND NOT (${shape.firstInGroup})${groupBy(...shape.keys, memberType, member)}),
    x AS (
      SELECT day, ${columns}${perMemberType(shape, (type) => sql`sum(${memberType} = ${typeLiteral(type)})`, "e")} FROM firsts
      WHERE day >= ${p1}${groupBy("day", ...shape.keys)})
    INSERT OR IGNORE INTO ${statsDayPartials} (${columnNames(statsDayPartials, ["shape", "day"])}, ${partialColumns(shape)})
    SELECT ${p5}, c.day, ${cellsWithElsewhere(shape)}
    FROM c LEFT JOIN x ON ${joinOn("c", "x", ["day", ...shape.keys])}`;
  });
  await db.batch([
    db.prepare(text).bind(from, to, q.bucket, start, partialShape(shapeKey)),
    db.prepare(markDaysStored).bind(partialShape(shapeKey), JSON.stringify(bucketStartsBetween(from, to, "day"))),
  ]);
}

/**
 * The bucket that starts on `start` and holds `today`: its closed days' stored partials plus the
 * open days [today, end] counted live — their cells, and the repeats of members whose first row of
 * the period is outside the group and who had no row in the group on the bucket's closed days (the
 * partials counted those; the member index (member_type, member, day) answers it per repeat).
 */
export function openBucketStatement(db: Db, q: StatsQuery, start: string, today: string): D1PreparedStatement {
  const end = bucketEnd(start, q.bucket);
  const text = sqlTextOnce(`stats|open|${shapeKeyOf(q)}`, () => {
    const shape = shapeOf(q);
    const sameGroup = sql.join(shape.columns.map(({ column }) => sql` AND m.${column} = r.${column}`));
    const elsewhere = distinctMembers(shape);
    const dims = sql.raw(shape.keys.map((k) => `${k}, `).join(""));
    return sql`WITH p AS (
      SELECT ${partialColumns(shape)} FROM ${statsDayPartials} WHERE ${bare(statsDayPartials.shape)} = ${p5} AND ${bare(statsDayPartials.day)} BETWEEN ${p4} AND ${p6}),
    lc AS (
      SELECT ${shape.dims}${reportSums(shape)}, ${firstCounts(shape, q.bucket)}, ${noCounts(shape, "e")} FROM ${shape.cells}
      WHERE ${day} BETWEEN ${p1} AND ${p2}${groupBy(...shape.keys)}),
    lx AS (
      SELECT ${shape.dims}0 AS reports, 0 AS inferred, ${noCounts(shape, "f")}, ${elsewhere} FROM ${shape.repeats} r
      WHERE ${period} = ${p3} AND ${day} BETWEEN ${p1} AND ${p2} AND NOT (${shape.firstInGroup})
        AND NOT EXISTS (SELECT 1 FROM ${shape.members} m WHERE m.${memberType} = r.${memberType} AND m.${member} = r.${member} AND m.${day} >= ${p4} AND m.${day} < ${p1}${sameGroup})${groupBy(...shape.keys)}),
    g AS (
      SELECT ${p4} AS bucket, ${dims}sum(reports) AS reports, sum(inferred) AS inferred, ${sql.raw(["f0", "f1", "f2", "e0", "e1", "e2"].map((c) => `sum(${c}) AS ${c}`).join(", "))}
      FROM (SELECT * FROM p UNION ALL SELECT * FROM lc UNION ALL SELECT * FROM lx)${groupBy(...shape.keys)} HAVING sum(reports) > 0)
    ${suppressed(shape)}`;
  });
  return db.prepare(text).bind(today, end, q.bucket, start, partialShape(shapeKeyOf(q)), addDays(today, -1));
}

/**
 * queryStats, with every bucket that closed before `today` (CST day) read from stats_frozen when a
 * previous query already answered it, and stored there otherwise. The bucket that holds today, when
 * it began earlier (this week, this month), is its closed days' stored partials plus today counted
 * live, so its cost follows one day's reports rather than the month's. The answer is identical to
 * queryStats: same rows, same suppression, same order.
 */
export async function statsWithFrozenBuckets(db: Db, q: StatsQuery, today: string): Promise<StatsRow[]> {
  const shapeKey = shapeKeyOf(q);
  const buckets = bucketStartsBetween(q.from, q.to, q.bucket);
  const isClosed = (start: string) => bucketEnd(start, q.bucket) < today;
  const closed = buckets.filter(isClosed);
  // The bucket holding today, counted from day partials when some of its days are over.
  const current = buckets.find((start) => !isClosed(start) && start < today);
  const partialDays = current ? bucketStartsBetween(current, addDays(today, -1), "day") : [];
  const frozen = new Map<string, StatsRow[]>();
  const storedDays = new Set<string>();
  if (closed.length > 0 || current) {
    const { results } = await db
      .prepare(readFrozen)
      .bind(shapeKey, closed[0] ?? "", closed.at(-1) ?? "", partialShape(shapeKey), partialDays[0] ?? "", partialDays.at(-1) ?? "")
      .all<{ shape: string; bucket: string; rows: string }>();
    for (const row of results) {
      if (row.shape === shapeKey) frozen.set(row.bucket, JSON.parse(row.rows) as StatsRow[]);
      else storedDays.add(row.bucket);
    }
  }
  const live = new Map<string, StatsRow[]>();
  const countLive = async (starts: string[]) => {
    if (starts.length === 0) return;
    const counted = await queryStats(db, { ...q, from: starts[0]!, to: bucketEnd(starts.at(-1)!, q.bucket) });
    for (const row of counted) live.set(row.bucket, [...(live.get(row.bucket) ?? []), row]);
  };
  const missing = closed.filter((start) => !frozen.has(start));
  await countLive(missing);
  await countLive(buckets.filter((start) => !isClosed(start) && start !== current));
  if (current) {
    const shape = shapeOf(q);
    const unstored = partialDays.filter((day) => !storedDays.has(day));
    if (unstored.length > 0) await storeDayPartials(db, q, shape, shapeKey, current, unstored[0]!, unstored.at(-1)!);
    const { results } = await openBucketStatement(db, q, current, today).all<SuppressedRow>();
    live.set(current, await publish(db, { ...q, from: current, to: bucketEnd(current, q.bucket) }, shape, results));
  }
  if (missing.length > 0) {
    // One statement whatever the number of buckets: they travel as one JSON parameter.
    await db
      .prepare(freezeBuckets)
      .bind(shapeKey, JSON.stringify(missing.map((start) => [start, JSON.stringify(live.get(start) ?? [])])))
      .run();
  }
  return buckets.flatMap((start) => frozen.get(start) ?? live.get(start) ?? []);
}
