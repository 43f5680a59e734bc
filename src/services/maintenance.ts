/**
 * Work of the Cron Trigger, in bounded chunks so one invocation stays far below D1's per-invocation
 * query limit and CPU budget; whatever is left is picked up by the next run.
 *  - prune redacted report texts older than REPORT_RETENTION_DAYS (aggregates, fingerprints,
 *    campaigns and statistics are kept, so verdicts and stats do not change);
 *  - drop expired Idempotency-Key records;
 *  - delete statistics member rows (reporter pseudonyms, senders, domains per cell) of days before
 *    the previous CST month: answers come from the cells' first-row counters and the repeats, and
 *    the only reader of member rows, the repeats trigger, looks at the day, week and month of a new
 *    row — never further back than the previous month (docs/statistics.md);
 *  - delete statistics day partials (and their markers) of days before the current CST week and
 *    month: they are read only while the bucket that holds them is open.
 */
import { bucketStart, cstDay } from "../domain/calendar";

const DAY_MS = 86_400_000;
const IDEMPOTENCY_TTL_MS = DAY_MS;
export const PRUNE_CHUNK = 500;
export const MAX_PRUNE_CHUNKS_PER_RUN = 10;
export const DEFAULT_RETENTION_DAYS = 180;
export const MEMBER_PRUNE_CHUNK = 5000;
export const MAX_MEMBER_PRUNE_CHUNKS_PER_RUN = 4;

/** The first day whose statistics member rows a new report can still need: the 1st of the previous CST month. */
export function memberRowsKeptFrom(now: number): string {
  const monthStart = bucketStart(cstDay(now), "month");
  return bucketStart(cstDay(Date.parse(`${monthStart}T00:00:00+08:00`) - DAY_MS), "month");
}

/** The first day whose statistics day partials a query can still read: the start of the current week or month, whichever is earlier. */
export function dayPartialsKeptFrom(now: number): string {
  const today = cstDay(now);
  const week = bucketStart(today, "week");
  const month = bucketStart(today, "month");
  return week < month ? week : month;
}

/** Member-row tables and their primary keys (rows are deleted by key, a chunk at a time). */
const MEMBER_TABLES = {
  stats_members: "day, institution, sender_kind, carrier, region, category, member_type, member",
  stats_domain_members: "day, domain, member_type, member",
} as const;

/**
 * Runs a chunked statement (its last parameter is the chunk size) until a chunk comes back short
 * or maxChunks have run; returns the rows changed. What is left waits for the next run.
 */
async function runInChunks(statement: D1PreparedStatement, chunkSize: number, maxChunks: number): Promise<number> {
  let changed = 0;
  for (let chunk = 0; chunk < maxChunks; chunk++) {
    const result = await statement.run();
    const rows = result.meta.changes ?? 0;
    changed += rows;
    if (rows < chunkSize) break;
  }
  return changed;
}

/** Deletes up to MAX_MEMBER_PRUNE_CHUNKS_PER_RUN chunks per table of member rows no new report can need. */
export async function pruneStatsMemberRows(db: D1Database, now: number): Promise<number> {
  const keptFrom = memberRowsKeptFrom(now);
  let pruned = 0;
  for (const [table, key] of Object.entries(MEMBER_TABLES)) {
    const chunk = db.prepare(`DELETE FROM ${table} WHERE (${key}) IN (SELECT ${key} FROM ${table} WHERE day < ? LIMIT ?)`).bind(keptFrom, MEMBER_PRUNE_CHUNK);
    pruned += await runInChunks(chunk, MEMBER_PRUNE_CHUNK, MAX_MEMBER_PRUNE_CHUNKS_PER_RUN);
  }
  return pruned;
}

/** Deletes day partials of buckets that have closed, with the stats_frozen markers of their days. */
export async function pruneStatsDayPartials(db: D1Database, now: number): Promise<number> {
  const keptFrom = dayPartialsKeptFrom(now);
  const key = "shape, day, d0, d1, d2, d3, d4";
  const rows = db.prepare(`DELETE FROM stats_day_partials WHERE (${key}) IN (SELECT ${key} FROM stats_day_partials WHERE day < ? LIMIT ?)`).bind(keptFrom, MEMBER_PRUNE_CHUNK);
  const pruned = await runInChunks(rows, MEMBER_PRUNE_CHUNK, MAX_MEMBER_PRUNE_CHUNKS_PER_RUN);
  // Days before keptFrom are never read again: rows left for the next run do no harm without their marker.
  await db.prepare("DELETE FROM stats_frozen WHERE shape LIKE '%|days' AND bucket < ?").bind(keptFrom).run();
  return pruned;
}

export function retentionDays(env: Env): number {
  const days = Number(env.REPORT_RETENTION_DAYS);
  return Number.isFinite(days) && days >= 1 ? Math.floor(days) : DEFAULT_RETENTION_DAYS;
}

export interface MaintenanceResult {
  prunedTexts: number;
  prunedSamples: number;
  expiredIdempotencyKeys: number;
  prunedMemberRows: number;
  prunedDayPartials: number;
}

export async function runScheduledMaintenance(env: Env, scheduledTime: number): Promise<MaintenanceResult> {
  const cutoff = scheduledTime - retentionDays(env) * DAY_MS;
  const prunedTexts = await runInChunks(
    env.DB.prepare(
      "UPDATE reports SET text = NULL WHERE id IN (SELECT id FROM reports WHERE created_at < ? AND text IS NOT NULL ORDER BY created_at LIMIT ?)",
    ).bind(cutoff, PRUNE_CHUNK),
    PRUNE_CHUNK,
    MAX_PRUNE_CHUNKS_PER_RUN,
  );
  const samples = await env.DB.prepare(
    "UPDATE campaigns SET sample_text = NULL WHERE id IN (SELECT id FROM campaigns WHERE last_seen < ? AND sample_text IS NOT NULL LIMIT ?)",
  )
    .bind(cutoff, PRUNE_CHUNK)
    .run();
  const expired = await env.DB.prepare(
    "DELETE FROM idempotency_keys WHERE key_hash IN (SELECT key_hash FROM idempotency_keys WHERE created_at < ? LIMIT 5000)",
  )
    .bind(scheduledTime - IDEMPOTENCY_TTL_MS)
    .run();
  const prunedMemberRows = await pruneStatsMemberRows(env.DB, scheduledTime);
  const prunedDayPartials = await pruneStatsDayPartials(env.DB, scheduledTime);
  const outcome = { prunedTexts, prunedSamples: samples.meta.changes ?? 0, expiredIdempotencyKeys: expired.meta.changes ?? 0, prunedMemberRows, prunedDayPartials };
  console.log(JSON.stringify({ level: "info", event: "maintenance", ...outcome }));
  return outcome;
}
