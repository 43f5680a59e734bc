/**
 * Bulk upload jobs. A consumer batch reads everything its rows' decisions need in ONE statement
 * (rows already done, each row's prior report by the same reporter on the same sender, campaign
 * matches of its distinct templates) and writes its reports plus one bookkeeping statement in ONE
 * db.batch, so a row is recorded in bulk_rows in the same transaction as its report: a message
 * delivered twice finds its rows done (or its batch fails on their primary key) and writes nothing.
 * Per-row values travel as JSON parameters.
 */
import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { columnNames, compiled, constant, orm } from "../orm";
import { bulkJobs, bulkRows, targetReporters } from "../schema";
import type { Db } from "../session";
import { type CampaignCandidate, campaignMatchExpressions, MAX_BAND_KEYS } from "./campaigns";
import { type NewReport, type PriorReporterState, reportsWrite } from "./reports";

export type BulkOutcome = "stored" | "duplicate" | "rejected";

export type BulkRowRecord = Omit<typeof bulkRows.$inferSelect, "jobId" | "outcome"> & { outcome: BulkOutcome };

export async function insertBulkJob(db: Db, job: typeof bulkJobs.$inferInsert): Promise<void> {
  await orm(db).insert(bulkJobs).values(job);
}

export async function deleteBulkJob(db: Db, id: string): Promise<void> {
  await orm(db).delete(bulkJobs).where(eq(bulkJobs.id, id));
}

/** Errors listed per job at most (the counts stay exact). */
export const MAX_LISTED_ERRORS = 1000;

type JobRow = Pick<typeof bulkJobs.$inferSelect, "id" | "rows" | "createdAt">;

export type BulkJobState = JobRow & {
  counts: Record<BulkOutcome, number>;
  errors: { row: number; code: string; message: string }[];
};

const j = alias(bulkJobs, "j");
const jobWithCounts = compiled<{ id: string; keyId: string }, JobRow & { counts: string; errors: string }>(
  sql`SELECT ${j.id} AS id, ${j.rows} AS rows, ${j.createdAt} AS createdAt,
        (SELECT json_group_object(o, n) FROM (SELECT ${bulkRows.outcome} AS o, count(*) AS n FROM ${bulkRows} WHERE ${bulkRows.jobId} = ${j.id} GROUP BY ${bulkRows.outcome})) AS counts,
        (SELECT json_group_array(json_array(r, c, m)) FROM (
           SELECT ${bulkRows.row} AS r, ${bulkRows.code} AS c, ${bulkRows.message} AS m FROM ${bulkRows}
           WHERE ${bulkRows.jobId} = ${j.id} AND ${bulkRows.outcome} = 'rejected' ORDER BY ${bulkRows.row} LIMIT ${constant(MAX_LISTED_ERRORS)})) AS errors
      FROM ${bulkJobs} ${j} WHERE ${j.id} = ${sql.placeholder("id")} AND ${j.keyId} = ${sql.placeholder("keyId")}`,
);

/** A job of this key with its counts and first errors, in one statement; null for another key's job. */
export async function readBulkJob(db: Db, id: string, keyId: string): Promise<BulkJobState | null> {
  const row = await jobWithCounts.first(db, { id, keyId });
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

const tr = targetReporters;
const match = campaignMatchExpressions(sql`json_extract(t.value, '$[0]')`, sql`SELECT value FROM json_each(t.value, '$[1]')`);
const chunkState = compiled<{ jobId: string; firstRow: number; lastRow: number; priors: string; templates: string }, { done: string; priors: string; templates: string }>(
  sql`SELECT
        (SELECT json_group_array(${bulkRows.row}) FROM ${bulkRows} WHERE ${bulkRows.jobId} = ${sql.placeholder("jobId")}
           AND ${bulkRows.row} BETWEEN ${sql.placeholder("firstRow")} AND ${sql.placeholder("lastRow")}) AS done,
        (SELECT json_group_array(json(coalesce((
           SELECT json_object('reporter', ${tr.reporter}, 'lastAt', ${tr.lastAt}, 'lastFingerprint', ${tr.lastFingerprint}, 'lastReportId', ${tr.lastReportId})
           FROM ${tr} WHERE ${tr.targetType} = 'sender' AND ${tr.target} = json_extract(p.value, '$[0]')
             AND ${tr.reporter} IN (json_extract(p.value, '$[1]'), json_extract(p.value, '$[2]'))
           ORDER BY ${tr.lastAt} DESC LIMIT 1), 'null'))) FROM json_each(${sql.placeholder("priors")}) p) AS priors,
        (SELECT json_group_array(json_array(json(coalesce(${match.exact}, 'null')), json(${match.candidates}))) FROM json_each(${sql.placeholder("templates")}) t) AS templates`,
);

/** Everything a chunk's decisions read, in one statement with five parameters. */
export async function readBulkChunkState(db: Db, q: BulkChunkQuery): Promise<BulkChunkState> {
  const row = await chunkState.first(db, {
    jobId: q.jobId,
    firstRow: q.firstRow,
    lastRow: q.lastRow,
    priors: JSON.stringify(q.priors),
    templates: JSON.stringify(q.templates.map((t) => [t.fingerprint, t.bands.slice(0, MAX_BAND_KEYS)])),
  });
  return {
    done: new Set(JSON.parse(row?.done ?? "[]") as number[]),
    priors: JSON.parse(row?.priors ?? "[]") as (PriorReporterState | null)[],
    templates: (JSON.parse(row?.templates ?? "[]") as [CampaignCandidate | null, CampaignCandidate[]][]).map(([exact, candidates]) => ({ exact, candidates })),
  };
}

const recordRows = compiled<{ jobId: string; rows: string }, never>(
  sql`INSERT INTO ${bulkRows} (${columnNames(bulkRows, ["jobId", "row", "outcome", "reportId", "code", "message"])})
      SELECT ${sql.placeholder("jobId")}, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]')
      FROM json_each(${sql.placeholder("rows")})`,
);

/**
 * A chunk's writes, for one db.batch (one transaction): its reports in one statement (the
 * report_intake view, src/db/sql/report-intake.sql) and its rows' outcomes. The outcomes are a
 * plain INSERT: if another delivery of the same message recorded any of them first, the whole
 * batch — reports included — rolls back.
 */
export function bulkChunkWrites(db: Db, jobId: string, reports: NewReport[], rows: BulkRowRecord[]): D1PreparedStatement[] {
  const outcomes = recordRows.bind(db, { jobId, rows: JSON.stringify(rows.map((r) => [r.row, r.outcome, r.reportId, r.code, r.message])) });
  if (reports.length === 0) return [outcomes];
  const write = reportsWrite(reports);
  return [db.prepare(write.sql).bind(...write.params), outcomes];
}
