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
import { deleteDayMarkersBefore, deleteDaysBefore, expireIdempotencyKeys, pruneCampaignSamples, pruneReportTexts } from "../db/queries/retention";
import type { Db } from "../db/session";
import { bucketStart, cstDay } from "../domain/calendar";

const DAY_MS = 86_400_000;
const IDEMPOTENCY_TTL_MS = DAY_MS;
const IDEMPOTENCY_EXPIRY_CHUNK = 5000;
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

/** Member-row tables (rows are deleted by primary key, a chunk at a time). */
const MEMBER_TABLES = ["stats_members", "stats_domain_members"] as const;

/**
 * Runs a chunk (at most chunkSize rows; it returns the rows it changed) until one comes back short
 * or maxChunks have run; returns the rows changed. What is left waits for the next run.
 */
async function runInChunks(chunk: () => Promise<number>, chunkSize: number, maxChunks: number): Promise<number> {
  let changed = 0;
  for (let i = 0; i < maxChunks; i++) {
    const rows = await chunk();
    changed += rows;
    if (rows < chunkSize) break;
  }
  return changed;
}

/** Deletes up to MAX_MEMBER_PRUNE_CHUNKS_PER_RUN chunks per table of member rows no new report can need. */
export async function pruneStatsMemberRows(db: Db, now: number): Promise<number> {
  const keptFrom = memberRowsKeptFrom(now);
  let pruned = 0;
  for (const table of MEMBER_TABLES) {
    pruned += await runInChunks(() => deleteDaysBefore(db, table, keptFrom, MEMBER_PRUNE_CHUNK), MEMBER_PRUNE_CHUNK, MAX_MEMBER_PRUNE_CHUNKS_PER_RUN);
  }
  return pruned;
}

/** Deletes day partials of buckets that have closed, with the stats_frozen markers of their days. */
export async function pruneStatsDayPartials(db: Db, now: number): Promise<number> {
  const keptFrom = dayPartialsKeptFrom(now);
  const pruned = await runInChunks(() => deleteDaysBefore(db, "stats_day_partials", keptFrom, MEMBER_PRUNE_CHUNK), MEMBER_PRUNE_CHUNK, MAX_MEMBER_PRUNE_CHUNKS_PER_RUN);
  // Days before keptFrom are never read again: rows left for the next run do no harm without their marker.
  await deleteDayMarkersBefore(db, keptFrom);
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
  const prunedTexts = await runInChunks(() => pruneReportTexts(env.DB, cutoff, PRUNE_CHUNK), PRUNE_CHUNK, MAX_PRUNE_CHUNKS_PER_RUN);
  const prunedSamples = await pruneCampaignSamples(env.DB, cutoff, PRUNE_CHUNK);
  const expiredIdempotencyKeys = await expireIdempotencyKeys(env.DB, scheduledTime - IDEMPOTENCY_TTL_MS, IDEMPOTENCY_EXPIRY_CHUNK);
  const prunedMemberRows = await pruneStatsMemberRows(env.DB, scheduledTime);
  const prunedDayPartials = await pruneStatsDayPartials(env.DB, scheduledTime);
  const outcome = { prunedTexts, prunedSamples, expiredIdempotencyKeys, prunedMemberRows, prunedDayPartials };
  console.log(JSON.stringify({ level: "info", event: "maintenance", ...outcome }));
  return outcome;
}
