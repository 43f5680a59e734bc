/** Work of the Cron Trigger: bounded clean-ups that keep storage small. */

const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

export async function runScheduledMaintenance(env: Env, scheduledTime: number): Promise<void> {
  await env.DB.prepare("DELETE FROM idempotency_keys WHERE key_hash IN (SELECT key_hash FROM idempotency_keys WHERE created_at < ? LIMIT 5000)")
    .bind(scheduledTime - IDEMPOTENCY_TTL_MS)
    .run();
}
