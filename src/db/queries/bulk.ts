/**
 * Bulk upload jobs. A consumer batch reads everything its rows' decisions need in ONE statement
 * (rows already done, each row's prior report by the same reporter on the same sender, campaign
 * matches of its distinct templates) and writes its reports plus one bookkeeping statement in ONE
 * db.batch, so a row is recorded in bulk_rows in the same transaction as its report: a message
 * delivered twice finds its rows done (or its batch fails on their primary key) and writes nothing.
 * Per-row values travel as JSON parameters.
 */
import type { Db } from "../session";
import { type CampaignCandidate, campaignMatchExpressions, MAX_BAND_KEYS } from "./campaigns";
import type { PriorReporterState } from "./reports";

export type BulkOutcome = "stored" | "duplicate" | "rejected";

export interface BulkRowRecord {
  row: number;
  outcome: BulkOutcome;
  reportId: string | null;
  code: string | null;
  message: string | null;
}

export async function insertBulkJob(db: Db, job: { id: string; keyId: string; rows: number; createdAt: number }): Promise<void> {
  await db.prepare("INSERT INTO bulk_jobs (id, key_id, rows, created_at) VALUES (?, ?, ?, ?)").bind(job.id, job.keyId, job.rows, job.createdAt).run();
}

export async function deleteBulkJob(db: Db, id: string): Promise<void> {
  await db.prepare("DELETE FROM bulk_jobs WHERE id = ?").bind(id).run();
}

/** Errors listed per job at most (the counts stay exact). */
export const MAX_LISTED_ERRORS = 1000;

export interface BulkJobState {
  id: string;
  rows: number;
  createdAt: number;
  counts: Record<BulkOutcome, number>;
  errors: { row: number; code: string; message: string }[];
}

/** A job of this key with its counts and first errors, in one statement; null for another key's job. */
export async function readBulkJob(db: Db, id: string, keyId: string): Promise<BulkJobState | null> {
  const row = await db
    .prepare(
      `SELECT j.id AS id, j.rows AS rows, j.created_at AS createdAt,
         (SELECT json_group_object(outcome, n) FROM (SELECT outcome, count(*) AS n FROM bulk_rows WHERE job_id = j.id GROUP BY outcome)) AS counts,
         (SELECT json_group_array(json_array(row, code, message)) FROM (
            SELECT row, code, message FROM bulk_rows WHERE job_id = j.id AND outcome = 'rejected' ORDER BY row LIMIT ${MAX_LISTED_ERRORS})) AS errors
       FROM bulk_jobs j WHERE j.id = ? AND j.key_id = ?`,
    )
    .bind(id, keyId)
    .first<{ id: string; rows: number; createdAt: number; counts: string; errors: string }>();
  if (!row) return null;
  const counts = JSON.parse(row.counts) as Partial<Record<BulkOutcome, number>>;
  return {
    id: row.id,
    rows: row.rows,
    createdAt: row.createdAt,
    counts: { stored: counts.stored ?? 0, duplicate: counts.duplicate ?? 0, rejected: counts.rejected ?? 0 },
    errors: (JSON.parse(row.errors) as [number, string, string][]).map(([r, code, message]) => ({ row: r, code, message })),
  };
}

export interface BulkChunkQuery {
  jobId: string;
  firstRow: number;
  lastRow: number;
  /** Per row to decide: [sender, reporter, previous reporter or the same]. */
  priors: [string, string, string][];
  /** Per distinct template: exact fingerprint and band keys. */
  templates: { fingerprint: string; bands: number[] }[];
}

export interface BulkChunkState {
  done: Set<number>;
  priors: (PriorReporterState | null)[];
  templates: { exact: CampaignCandidate | null; candidates: CampaignCandidate[] }[];
}

/** Everything a chunk's decisions read, in one statement with five parameters. */
export async function readBulkChunkState(db: Db, q: BulkChunkQuery): Promise<BulkChunkState> {
  const match = campaignMatchExpressions("json_extract(t.value, '$[0]')", "SELECT value FROM json_each(t.value, '$[1]')");
  const row = await db
    .prepare(
      `SELECT
         (SELECT json_group_array(row) FROM bulk_rows WHERE job_id = ?1 AND row BETWEEN ?2 AND ?3) AS done,
         (SELECT json_group_array(json(coalesce((
            SELECT json_object('reporter', reporter, 'lastAt', last_at, 'lastFingerprint', last_fingerprint, 'lastReportId', last_report_id)
            FROM target_reporters WHERE target_type = 'sender' AND target = json_extract(p.value, '$[0]')
              AND reporter IN (json_extract(p.value, '$[1]'), json_extract(p.value, '$[2]'))
            ORDER BY last_at DESC LIMIT 1), 'null'))) FROM json_each(?4) p) AS priors,
         (SELECT json_group_array(json_array(json(coalesce(${match.exact}, 'null')), json(${match.candidates}))) FROM json_each(?5) t) AS templates`,
    )
    .bind(
      q.jobId,
      q.firstRow,
      q.lastRow,
      JSON.stringify(q.priors),
      JSON.stringify(q.templates.map((t) => [t.fingerprint, t.bands.slice(0, MAX_BAND_KEYS)])),
    )
    .first<{ done: string; priors: string; templates: string }>();
  return {
    done: new Set(JSON.parse(row?.done ?? "[]") as number[]),
    priors: JSON.parse(row?.priors ?? "[]") as (PriorReporterState | null)[],
    templates: (JSON.parse(row?.templates ?? "[]") as [CampaignCandidate | null, CampaignCandidate[]][]).map(([exact, candidates]) => ({ exact, candidates })),
  };
}

/**
 * Records the processed rows of a chunk. A plain INSERT: if another delivery of the same message
 * recorded any of them first, the whole batch (reports included) rolls back.
 */
export function recordBulkRowsStatement(db: Db, jobId: string, rows: BulkRowRecord[]): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO bulk_rows (job_id, row, outcome, report_id, code, message)
       SELECT ?1, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]')
       FROM json_each(?2)`,
    )
    .bind(jobId, JSON.stringify(rows.map((r) => [r.row, r.outcome, r.reportId, r.code, r.message])));
}
