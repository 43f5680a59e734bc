/**
 * The Cron Trigger's distribution work, each part independent of the others' failures: webhook
 * announcements of verdicts that changed by time alone (src/services/webhooks.ts), snapshots
 * of senders and domains (rebuilt when anything changed), the raw report archive, and removal of
 * staged bulk uploads older than a week (their jobs are done or abandoned by then).
 */
import { archiveReports } from "./archive";
import { SNAPSHOT_TYPES, writeSnapshot } from "./snapshots";
import { announceAgeing } from "./webhooks";

const STAGED_TTL_MS = 7 * 86_400_000;

async function logged(task: string, work: () => Promise<unknown>): Promise<void> {
  try {
    const result = await work();
    console.log(JSON.stringify({ level: "info", task, result }));
  } catch (error) {
    console.error(JSON.stringify({ level: "error", task, message: String(error) }));
  }
}

export async function removeStagedUploads(bucket: R2Bucket, now: number): Promise<number> {
  let removed = 0;
  let cursor: string | undefined;
  do {
    const page = await bucket.list({ prefix: "bulk/", limit: 1000, ...(cursor ? { cursor } : {}) });
    const old = page.objects.filter((object) => now - object.uploaded.getTime() > STAGED_TTL_MS).map((object) => object.key);
    if (old.length > 0) await bucket.delete(old);
    removed += old.length;
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return removed;
}

export async function runDistributionCron(env: Env, now: number): Promise<void> {
  // First: verdicts that changed by time alone reach subscribers within this run.
  await logged("webhook-ageing", () => announceAgeing(env, now));
  for (const type of SNAPSHOT_TYPES) await logged(`snapshot:${type}`, () => writeSnapshot(env, env.DB, type));
  await logged("archive", () => archiveReports(env, env.DB));
  await logged("staged-uploads", () => removeStagedUploads(env.DATA_BUCKET, now));
}
