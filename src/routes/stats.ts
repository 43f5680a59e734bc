/**
 * Statistics for regulators (CSV/JSON) and a coarser public view for the stats page. Every row is
 * a fixed calendar bucket (day, Monday–Sunday week, or month) and from/to must cover whole buckets,
 * so overlapping queries return identical rows for the buckets they share and differencing two
 * queries reveals nothing that either does not show; cells with < 3 distinct reporters fold into
 * an `other` row per bucket (docs/statistics.md).
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { csvDocument } from "../lib/csv";
import { CATEGORICAL_DIMENSIONS, statsWithFrozenBuckets, type CategoricalDimension, type StatsRow } from "../db/queries/stats";
import { alignedToBuckets, bucketEnd, bucketStart, cstDay, daysBetween, isCalendarDay, TIME_BUCKETS, type TimeBucket } from "../domain/calendar";
import { ApiError } from "../lib/errors";
import { TtlCache } from "../cache/memory-cache";
import type { Db } from "../db/session";
import { requireRole } from "../middleware/auth";
import { pickErrors } from "../schemas/common";

const ALL_DIMENSIONS = [...TIME_BUCKETS, ...(Object.keys(CATEGORICAL_DIMENSIONS) as CategoricalDimension[]), "domain"] as const;
const MAX_DAYS = 366;

const StatsRowSchema = z.record(z.string(), z.union([z.string(), z.number()])).openapi("StatsRow", {
  description:
    "The group columns (e.g. day, institution) plus reports, categoryInferred (of those, reports whose category was inferred from the text; not grouped by domain), categoryInferredShare (0–1), distinctReporters, distinctSenders, distinctDomains.",
});

const statsRoute = createRoute({
  method: "get",
  path: "/api/v1/stats",
  operationId: "getStats",
  tags: ["Statistics"],
  summary: "Aggregated statistics (CSV or JSON) with small-cell suppression",
  security: [{ apiKey: [] }],
  middleware: [requireRole("regulator")],
  request: {
    query: z.object({
      from: z.string().refine(isCalendarDay, "A calendar day, YYYY-MM-DD.").openapi({ example: "2026-11-01" }),
      to: z.string().refine(isCalendarDay, "A calendar day, YYYY-MM-DD.").openapi({ example: "2026-11-30" }),
      groupBy: z
        .string()
        .default("day")
        .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
        .pipe(z.array(z.enum(ALL_DIMENSIONS)).min(1).max(6))
        .openapi({ description: `Comma-separated: one of ${TIME_BUCKETS.join("/")} (month if none) and any of institution, senderKind, carrier, region, category — or domain alone.`, example: "day,institution" }),
      format: z.enum(["json", "csv"]).default("json"),
      tz: z.enum(["Asia/Shanghai", "CST", "UTC+8"]).default("Asia/Shanghai").openapi({ description: "Days are China Standard Time calendar days." }),
    }),
  },
  responses: {
    200: {
      description: "Rows per fixed calendar bucket and group",
        headers: { "Content-Disposition": { description: "format=csv: an attachment file name naming the range and grouping.", schema: { type: "string" } } },
      content: {
        "application/json": { schema: z.object({ query: z.record(z.string(), z.unknown()), rows: z.array(StatsRowSchema) }).openapi("StatsResult") },
        "text/csv": { schema: z.string() },
      },
    },
    ...pickErrors(400, 401, 403, 429),
  },
});

const publicRoute = createRoute({
  method: "get",
  path: "/api/v1/stats/public",
  operationId: "getPublicStats",
  tags: ["Statistics"],
  summary: "Public national view for the stats page (suppressed the same way)",
  request: { query: z.object({ days: z.coerce.number().int().min(7).max(90).default(30) }) },
  responses: {
    200: {
      description: "Daily totals, daily split by sender kind, top institutions and domains of the current and previous month",
      content: { "application/json": { schema: z.record(z.string(), z.unknown()).openapi("PublicStats") } },
    },
    ...pickErrors(400, 429),
  },
});

export interface ParsedStatsQuery {
  from: string;
  to: string;
  bucket: TimeBucket;
  dimensions: (CategoricalDimension | "domain")[];
}

export function parseGroupBy(groupBy: string[], from: string, to: string): ParsedStatsQuery {
  const times = groupBy.filter((d): d is TimeBucket => (TIME_BUCKETS as readonly string[]).includes(d));
  const dimensions = [...new Set(groupBy.filter((d): d is CategoricalDimension | "domain" => !(TIME_BUCKETS as readonly string[]).includes(d)))];
  if (times.length > 1) throw new ApiError("invalid_query", "Group by at most one of day, week, month.", { errors: [{ path: "groupBy", message: "More than one time dimension." }] });
  if (dimensions.includes("domain") && dimensions.length > 1) {
    throw new ApiError("invalid_query", "domain can only be combined with a time dimension.", { errors: [{ path: "groupBy", message: "domain with other dimensions." }] });
  }
  const bucket = times[0] ?? "month";
  if (from > to) throw new ApiError("invalid_query", "from must not be after to.", { errors: [{ path: "from", message: "After to." }] });
  if (daysBetween(from, to) > MAX_DAYS) throw new ApiError("invalid_query", `At most ${MAX_DAYS} days per query.`, { errors: [{ path: "to", message: "Range too long." }] });
  if (!alignedToBuckets(from, to, bucket)) {
    const hint = `${bucketStart(from, bucket)} to ${bucketEnd(bucketStart(to, bucket), bucket)}`;
    throw new ApiError("invalid_query", `from and to must cover whole ${bucket}s (fixed calendar buckets), e.g. ${hint}.`, {
      errors: [{ path: "from", message: `Not aligned to ${bucket} buckets.` }],
    });
  }
  return { from, to, bucket, dimensions };
}

/** Counts of a row after the group columns; by category they say how many categories were inferred. */
const countColumns = (q: Pick<ParsedStatsQuery, "dimensions">) => [
  "reports",
  ...(q.dimensions.includes("domain") ? [] : ["categoryInferred", "categoryInferredShare"]),
  "distinctReporters",
  "distinctSenders",
  "distinctDomains",
];

export function rowObject(q: ParsedStatsQuery, row: StatsRow): Record<string, string | number> {
  const counts: Record<string, number> = {
    reports: row.reports,
    categoryInferred: row.categoryInferred,
    categoryInferredShare: row.reports > 0 ? Math.round((row.categoryInferred / row.reports) * 100) / 100 : 0,
    distinctReporters: row.distinctReporters,
    distinctSenders: row.distinctSenders,
    distinctDomains: row.distinctDomains,
  };
  return { [q.bucket]: row.bucket, ...row.values, ...Object.fromEntries(countColumns(q).map((column) => [column, counts[column]!])) };
}

/** Columns whose values came from reports' text or fields: neutralised against formulas in CSV (src/lib/csv.ts). */
const FREE_TEXT_COLUMNS = new Set(["institution", "domain"]);

export function registerStatsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(statsRoute, async (c) => {
    const { from, to, groupBy, format } = c.req.valid("query");
    const q = parseGroupBy(groupBy, from, to);
    const rows = (await statsWithFrozenBuckets(c.env.DB, q, cstDay(Date.now()))).map((row) => rowObject(q, row));
    if (format === "csv") {
      const header = [q.bucket, ...q.dimensions, ...countColumns(q)];
      return c.body(csvDocument(header, rows.map((row) => header.map((h) => row[h])), FREE_TEXT_COLUMNS), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="fanzha-stats-${from}-${to}-${[q.bucket, ...q.dimensions].join("-")}.csv"`,
      });
    }
    return c.json({ query: { from, to, groupBy: [q.bucket, ...q.dimensions], timezone: "Asia/Shanghai", minDistinctReporters: 3 }, rows }, 200);
  });

  app.openapi(publicRoute, async (c) => {
    const { days } = c.req.valid("query");
    c.header("Cache-Control", "public, max-age=300");
    return c.json(await publicStats(c.env.DB, days, Date.now()), 200);
  });
}

/**
 * Anyone may ask for the public view (the /stats page asks on every visit) and it changes slowly:
 * each isolate answers from its last count for a minute, which the response's max-age=300 allows,
 * so page views do not each cost four statistics queries.
 */
export const PUBLIC_VIEW_TTL_MS = 60_000;
const publicViews = new TtlCache<string, PublicStats>(8, PUBLIC_VIEW_TTL_MS);

/** The public, coarser national view (used by the API and the /stats page), suppressed like /stats. */
export async function publicStats(db: Db, days: number, now: number): Promise<PublicStats> {
  const key = `${days}|${cstDay(now)}`;
  const cached = publicViews.get(key, now);
  if (cached) return cached;
  const view = await countPublicStats(db, days, now);
  publicViews.set(key, view, now);
  return view;
}

async function countPublicStats(db: Db, days: number, now: number) {
  const today = cstDay(now);
  const to = today;
  const from = cstDay(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000);
  const monthFrom = bucketStart(cstDay(Date.parse(`${bucketStart(today, "month")}T00:00:00Z`) - 86_400_000), "month");
  const monthTo = bucketEnd(bucketStart(today, "month"), "month");
  const [daily, kinds, institutions, domains] = await Promise.all([
    statsWithFrozenBuckets(db, { from, to, bucket: "day", dimensions: [] }, today),
    statsWithFrozenBuckets(db, { from, to, bucket: "day", dimensions: ["senderKind"] }, today),
    statsWithFrozenBuckets(db, { from: monthFrom, to: monthTo, bucket: "month", dimensions: ["institution"] }, today),
    statsWithFrozenBuckets(db, { from: monthFrom, to: monthTo, bucket: "month", dimensions: ["domain"] }, today),
  ]);
  const shape = (bucket: TimeBucket, dimensions: ParsedStatsQuery["dimensions"], rows: StatsRow[]) =>
    rows.map((row) => rowObject({ from, to, bucket, dimensions }, row));
  return {
    from,
    to,
    timezone: "Asia/Shanghai",
    minDistinctReporters: 3,
    daily: shape("day", [], daily),
    dailyBySenderKind: shape("day", ["senderKind"], kinds),
    topInstitutions: shape("month", ["institution"], institutions.slice(0, 40)),
    topDomains: shape("month", ["domain"], domains.slice(0, 40)),
  };
}

export type PublicStats = Awaited<ReturnType<typeof countPublicStats>>;
