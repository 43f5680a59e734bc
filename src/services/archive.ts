/**
 * The raw report archive: every stored report (redacted, as in D1, without the reporter
 * pseudonym) is appended by the Cron Trigger to `archive/reports/<CST day>.ndjson.gz` in R2, so D1
 * can prune texts past retention without losing the record.
 *
 * R2 objects cannot be appended to, so a run rewrites a day's object: its old lines, decompressed
 * as a stream, then the new ones, compressed again into one gzip stream uploaded part by part
 * (src/lib/gzip-object.ts) — one ordinary .ndjson.gz that any gzip reader (also the Web's
 * DecompressionStream) reads whole, never held in memory. Each day object records the last rowid
 * it holds, so a run that failed between writing a day and moving the watermark never archives a
 * report twice.
 */
import { type ArchivedReport, reportsAfter } from "../db/queries/archive";
import type { Db } from "../db/session";
import { cstDay } from "../domain/calendar";
import { GzipObjectWriter } from "../lib/gzip-object";

/** Reports archived per run at most; the rest waits for the next run. */
export const ARCHIVE_BATCH = 5000;
export const ARCHIVE_STATE_KEY = "archive/state.json";
export const archiveKey = (day: string) => `archive/reports/${day}.ndjson.gz`;

export interface ArchiveRun {
  archived: number;
  days: string[];
  throughRowid: number;
}

/** One archive line: what a researcher needs, in the shape of the API's report. */
function archiveLine(report: ArchivedReport): string {
  return JSON.stringify({
    id: report.id,
    createdAt: new Date(report.createdAt).toISOString(),
    receivedAt: report.receivedAt === null ? null : new Date(report.receivedAt).toISOString(),
    sender: report.sender,
    senderKind: report.senderKind,
    text: report.text,
    fingerprint: report.fingerprint,
    campaignId: report.campaignId,
    links: (JSON.parse(report.links) as [string, string][]).map(([host, domain]) => ({ host, domain })),
    carrier: report.carrier,
    region: report.region,
    category: report.category,
    claimedInstitution: report.claimedInstitution,
    signals: JSON.parse(report.signals) as string[],
    callbackNumbers: JSON.parse(report.callbackNumbers) as string[],
    hidden: report.hidden === 1,
  });
}

export async function archiveReports(env: Env, db: Db): Promise<ArchiveRun> {
  const bucket = env.DATA_BUCKET;
  const state = await bucket.get(ARCHIVE_STATE_KEY);
  const after = state ? ((await state.json()) as { throughRowid: number }).throughRowid : 0;
  const reports = await reportsAfter(db, after, ARCHIVE_BATCH);
  if (reports.length === 0) return { archived: 0, days: [], throughRowid: after };

  const byDay = new Map<string, ArchivedReport[]>();
  for (const report of reports) {
    const day = cstDay(report.createdAt);
    const list = byDay.get(day) ?? [];
    list.push(report);
    byDay.set(day, list);
  }
  let archived = 0;
  for (const [day, list] of byDay) {
    const key = archiveKey(day);
    const existing = await bucket.get(key);
    const heldThrough = Number(existing?.customMetadata?.throughRowid ?? 0);
    const fresh = list.filter((report) => report.rowid > heldThrough);
    if (fresh.length === 0) {
      await existing?.body.cancel();
      continue;
    }
    const metadata = {
      throughRowid: String(fresh.at(-1)!.rowid),
      reports: String(Number(existing?.customMetadata?.reports ?? 0) + fresh.length),
    };
    const writer = new GzipObjectWriter(bucket, key, metadata, "application/x-ndjson");
    try {
      if (existing) {
        const reader = existing.body.pipeThrough(new DecompressionStream("gzip")).getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) await writer.write(read.value);
      }
      await writer.write(fresh.map((report) => `${archiveLine(report)}\n`).join(""));
      await writer.close();
    } catch (error) {
      await writer.abort();
      throw error;
    }
    archived += fresh.length;
  }
  const throughRowid = reports.at(-1)!.rowid;
  await bucket.put(ARCHIVE_STATE_KEY, JSON.stringify({ throughRowid }));
  return { archived, days: [...byDay.keys()], throughRowid };
}
