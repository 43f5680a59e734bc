/**
 * Work of the Cron Trigger, in bounded chunks so one invocation stays far below D1's per-invocation
 * query limit and CPU budget; whatever is left is picked up by the next run.
 *  - prune redacted report texts older than REPORT_RETENTION_DAYS (aggregates, fingerprints,
 *    campaigns and statistics are kept, so verdicts and stats do not change);
 *  - drop expired Idempotency-Key records.
 */

const DAY_MS = 86_400_000;
const IDEMPOTENCY_TTL_MS = DAY_MS;
export const PRUNE_CHUNK = 500;
export const MAX_PRUNE_CHUNKS_PER_RUN = 10;
export const DEFAULT_RETENTION_DAYS = 180;

export function retentionDays(env: Env): number {
  const days = Number(env.REPORT_RETENTION_DAYS);
  return Number.isFinite(days) && days >= 1 ? Math.floor(days) : DEFAULT_RETENTION_DAYS;
}

export interface MaintenanceResult {
  prunedTexts: number;
  prunedSamples: number;
  expiredIdempotencyKeys: number;
}

export async function runScheduledMaintenance(env: Env, scheduledTime: number): Promise<MaintenanceResult> {
  const cutoff = scheduledTime - retentionDays(env) * DAY_MS;
  let prunedTexts = 0;
  for (let chunk = 0; chunk < MAX_PRUNE_CHUNKS_PER_RUN; chunk++) {
    const result = await env.DB.prepare(
      "UPDATE reports SET text = NULL WHERE id IN (SELECT id FROM reports WHERE created_at < ? AND text IS NOT NULL ORDER BY created_at LIMIT ?)",
    )
      .bind(cutoff, PRUNE_CHUNK)
      .run();
    const changed = result.meta.changes ?? 0;
    prunedTexts += changed;
    if (changed < PRUNE_CHUNK) break;
  }
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
  const outcome = { prunedTexts, prunedSamples: samples.meta.changes ?? 0, expiredIdempotencyKeys: expired.meta.changes ?? 0 };
  console.log(JSON.stringify({ level: "info", event: "maintenance", ...outcome }));
  return outcome;
}
