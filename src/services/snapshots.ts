/**
 * Snapshots: complete gzip CSV lists of senders and domains in R2, one object per threshold
 * (minScore 0, 50, 80), written by the Cron Trigger and served by GET /api/v1/snapshots/{type}.
 *
 * Streamed: D1 is read a page of SNAPSHOT_PAGE targets at a time (one statement per page, in key
 * order), each target is scored as a default lookup (app audience, 90 days), and its CSV line goes
 * into the gzip streams of the thresholds it meets; compressed bytes go to R2 as multipart parts
 * (src/lib/gzip-object.ts), so memory holds one page and one part per threshold, never the list.
 * An upload becomes visible only when complete: a download is always a whole list.
 *
 * Consistency with the feed: the cursor (the global change sequence) is read before the first
 * page, so every target's row is at least as new as the cursor, and `feeds?since=<cursor>` returns
 * every change after it (a change during the scan may be in both — the feed's row is newer).
 */
import { latestChange } from "../db/queries/feeds";
import { type EvidenceQuery, pageTargets, parseEvidence, readEvidencePage } from "../db/queries/reputation";
import type { Db } from "../db/session";
import { GzipObjectWriter } from "../lib/gzip-object";
import { describeReputation } from "../domain/reputation";

export const SNAPSHOT_TYPES = ["senders", "domains"] as const;
export type SnapshotType = (typeof SNAPSHOT_TYPES)[number];
export const SNAPSHOT_THRESHOLDS = [0, 50, 80] as const;
export const SNAPSHOT_COLUMNS = ["value", "kind", "score", "verdict", "reports", "distinctReporters", "lastSeen"] as const;

/** Targets read per D1 statement. */
export const SNAPSHOT_PAGE = 1000;
const DAY_MS = 86_400_000;
const WINDOW_DAYS = 90;

export const snapshotKey = (type: SnapshotType, minScore: number) => `snapshots/${type}-min${minScore}.csv.gz`;

export interface SnapshotRun {
  type: SnapshotType;
  cursor: number;
  rows: number;
  bytes: number[];
  statements: number;
  skipped: boolean;
}

/** RFC 4180 field without spreadsheet quirks: the values are numbers, domains, verdicts and ISO dates. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Builds the three threshold files of one type, unless nothing changed since the last build. */
export async function writeSnapshot(env: Env, db: Db, type: SnapshotType, now = Date.now(), force = false): Promise<SnapshotRun> {
  const cursor = await latestChange(db);
  const previous = await env.DATA_BUCKET.head(snapshotKey(type, 0));
  if (!force && previous && Number(previous.customMetadata?.cursor) === cursor) return { type, cursor, rows: 0, bytes: [], statements: 1, skipped: true };

  let rows = 0;
  const metadata = { cursor: String(cursor), builtAt: new Date(now).toISOString() };
  const writers = SNAPSHOT_THRESHOLDS.map((minScore) => new GzipObjectWriter(env.DATA_BUCKET, snapshotKey(type, minScore), metadata, "text/csv; charset=utf-8"));
  const target = type === "senders" ? "sender" : "domain";
  const query: Omit<EvidenceQuery, "values" | "registryKeys"> = { type: target, now, windowStart: now - WINDOW_DAYS * DAY_MS, withSamples: false };
  const options = { now, audience: "app" as const, maxAgeDays: WINDOW_DAYS, verbose: false };
  let statements = 1;
  try {
    const header = `${SNAPSHOT_COLUMNS.join(",")}\r\n`;
    await Promise.all(writers.map((writer) => writer.write(header)));
    let after = "";
    for (;;) {
      const result = await readEvidencePage(db, query, after, SNAPSHOT_PAGE);
      statements++;
      const values = pageTargets(result);
      if (values.length === 0) break;
      const evidence = parseEvidence({ ...query, values }, [result]);
      const lines = SNAPSHOT_THRESHOLDS.map(() => [] as string[]);
      values.forEach((value, i) => {
        const found = evidence[i]!;
        const kind = found.aggregate?.kind;
        const view = describeReputation(target === "sender" ? { type: "sender", value, ...(kind ? { kind } : {}) } : { type: "domain", value }, found, options);
        const line = [value, type === "senders" ? (kind ?? "") : "", view.score, view.verdict, view.reports.total, view.reports.distinctReporters, view.lastSeen].map(csvField).join(",");
        SNAPSHOT_THRESHOLDS.forEach((minScore, t) => {
          if (view.score >= minScore) lines[t]!.push(line);
        });
      });
      rows += values.length;
      await Promise.all(
        writers.map((writer, t) => {
          return lines[t]!.length > 0 ? writer.write(`${lines[t]!.join("\r\n")}\r\n`) : Promise.resolve();
        }),
      );
      after = values.reduce((max, v) => (v > max ? v : max), after);
      if (values.length < SNAPSHOT_PAGE) break;
    }
    // The threshold-0 file last: its metadata is what tells the next run whether anything changed.
    for (let t = writers.length - 1; t >= 0; t--) await writers[t]!.close();
  } catch (error) {
    await Promise.all(writers.map((writer) => writer.abort()));
    throw error;
  }
  return { type, cursor, rows, bytes: writers.map((w) => w.bytes), statements, skipped: false };
}
