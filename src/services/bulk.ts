/**
 * Bulk report uploads. The route parses the whole file first (a malformed file queues nothing),
 * stages its rows in R2 as NDJSON and sends one queue message per chunk of ≤ 100 rows; the queue
 * handler decides every row under the rules of a single report (validation, redaction, merge
 * window, cooldown, campaign matching — the same functions as POST /reports) and writes a chunk in
 * two D1 round trips and three statements: one read, then one batch of its reports (one
 * statement for all of them) and its rows' outcomes (src/db/queries/bulk.ts). Exactly once per
 * (job, row) however often a message arrives.
 */
import { type Db, runBatch } from "../db/session";
import { bulkChunkWrites, type BulkRowRecord, deleteBulkJob, insertBulkJob, readBulkChunkState, readBulkJob } from "../db/queries/bulk";
import type { CampaignCandidate } from "../db/queries/campaigns";
import type { NewReport, PriorReporterState } from "../db/queries/reports";
import type { BulkRow } from "../domain/bulk-file";
import { encodeSignature } from "../domain/fingerprint";
import type { Role } from "../lib/context";
import { newId } from "../lib/crypto";
import { ApiError, issuesFromZod } from "../lib/errors";
import { type ReportCreated, ReportInputSchema } from "../schemas/reports";
import { analyseReportText, composeReport, pickCampaign, prepareSubmission, priorDecision, stored, type Submitter } from "./submit";
import { announceChanges } from "./webhooks";
import { campaignOfTemplate } from "../cache/campaign-cache";

/** Rows per queue message: one consumer invocation writes them in one D1 batch. */
export const BULK_CHUNK_ROWS = 100;

export interface BulkChunkMessage {
  type: "bulk";
  jobId: string;
  keyId: string;
  role: Role;
  /**
   * The key's "trustedReporter" when the upload was accepted: its rows' reporterIds are then
   * distinct reporters, as on POST /reports (src/services/reporter.ts). Absent in messages queued
   * before it existed, which count as untrusted.
   */
  trustedReporter?: boolean;
  /** 1-based number of the chunk's first row. */
  firstRow: number;
  rows: number;
  /** Byte range of the chunk's lines in the staged object. */
  offset: number;
  length: number;
}

export const stagedUploadKey = (jobId: string) => `bulk/${jobId}.ndjson`;

/** Stages the parsed rows in R2, records the job and queues its chunks; nothing is left half-queued. */
export async function acceptBulkUpload(env: Env, db: Db, submitter: { role: Role; keyId: string; trustedReporter: boolean }, rows: BulkRow[]): Promise<{ jobId: string; rows: number }> {
  const jobId = newId("job", 12);
  const encoder = new TextEncoder();
  const lines = rows.map((row) => encoder.encode(`${JSON.stringify(row)}\n`));
  const messages: BulkChunkMessage[] = [];
  let offset = 0;
  for (let first = 0; first < lines.length; first += BULK_CHUNK_ROWS) {
    const chunk = lines.slice(first, first + BULK_CHUNK_ROWS);
    const length = chunk.reduce((sum, line) => sum + line.byteLength, 0);
    messages.push({ type: "bulk", jobId, keyId: submitter.keyId, role: submitter.role, trustedReporter: submitter.trustedReporter, firstRow: first + 1, rows: chunk.length, offset, length });
    offset += length;
  }
  const staged = new Uint8Array(offset);
  let at = 0;
  for (const line of lines) {
    staged.set(line, at);
    at += line.byteLength;
  }
  await env.DATA_BUCKET.put(stagedUploadKey(jobId), staged, { httpMetadata: { contentType: "application/x-ndjson" } });
  await insertBulkJob(db, { id: jobId, keyId: submitter.keyId, rows: rows.length, createdAt: Date.now() });
  try {
    // sendBatch takes ≤ 100 messages: 10,000 rows are 100 chunks, one call.
    for (let i = 0; i < messages.length; i += 100) await env.BULK_QUEUE.sendBatch(messages.slice(i, i + 100).map((body) => ({ body })));
  } catch (error) {
    if (messages.length <= 100) {
      await deleteBulkJob(db, jobId);
      await env.DATA_BUCKET.delete(stagedUploadKey(jobId));
      throw new ApiError("unavailable", "The upload could not be queued; nothing was accepted, send it again.", { headers: { "Retry-After": "5" } });
    }
    throw error;
  }
  return { jobId, rows: rows.length };
}

export interface BulkJobView {
  jobId: string;
  status: "queued" | "running" | "done";
  rows: number;
  counts: { stored: number; duplicate: number; rejected: number };
  errors: { row: number; code: string; message: string }[];
}

export async function bulkJobStatus(db: Db, jobId: string, keyId: string): Promise<BulkJobView | null> {
  const job = await readBulkJob(db, jobId, keyId);
  if (!job) return null;
  const processed = job.counts.stored + job.counts.duplicate + job.counts.rejected;
  return {
    jobId: job.id,
    status: processed === 0 ? "queued" : processed >= job.rows ? "done" : "running",
    rows: job.rows,
    counts: job.counts,
    errors: job.errors,
  };
}

/** What one consumer batch did, for logs and measurements. */
export interface ChunkResult {
  processed: number;
  skipped: number;
  statements: number;
  roundTrips: number;
}

interface PreparedRow {
  row: number;
  args: Parameters<typeof composeReport>[0];
  analysis: ReturnType<typeof analyseReportText>;
  /** The template's campaign when this isolate knows it (no read needed), else its index in the read. */
  knownCampaign: string | undefined;
  templateIndex: number;
}

/** A chunk after the work that needs no D1: its rows read from R2, validated and analysed. */
export interface PreparedChunk {
  message: BulkChunkMessage;
  now: number;
  records: BulkRowRecord[];
  rows: PreparedRow[];
  templates: { fingerprint: string; bands: number[] }[];
}

/**
 * The CPU part of a chunk (R2 read, validation, analysis, pseudonyms): the queue handler runs it
 * for the next message while the current one waits on D1. Returns null when the staged rows are gone.
 */
export async function prepareBulkChunk(env: Env, message: BulkChunkMessage): Promise<PreparedChunk | null> {
  const object = await env.DATA_BUCKET.get(stagedUploadKey(message.jobId), { range: { offset: message.offset, length: message.length } });
  if (!object) return null;
  const lines = (await object.text()).split("\n").filter((line) => line !== "");
  const submitter: Submitter = { role: message.role, keyId: message.keyId, trustedReporter: message.trustedReporter === true, clientAddress: "" };
  const now = Date.now();
  const records: BulkRowRecord[] = [];
  const rows: PreparedRow[] = [];
  const templates = new Map<string, { index: number; bands: number[] }>();
  for (let i = 0; i < lines.length; i++) {
    const row = message.firstRow + i;
    const parsed = ReportInputSchema.safeParse(JSON.parse(lines[i] as string));
    if (!parsed.success) {
      const issue = issuesFromZod(parsed.error)[0];
      records.push(rejected(row, "invalid_body", issue ? `${issue.path}: ${issue.message}` : "Invalid report."));
      continue;
    }
    try {
      const { sender, text, reporter, previousReporter } = await prepareSubmission(env, submitter, parsed.data, true);
      const analysis = analyseReportText(text, sender.normalized, parsed.data.claimedInstitution);
      const exact = analysis.fingerprint.exact;
      const knownCampaign = campaignOfTemplate(exact);
      if (!knownCampaign && !templates.has(exact)) templates.set(exact, { index: templates.size, bands: analysis.fingerprint.bands });
      rows.push({
        row,
        args: { sender, text, reporter, previousReporter, details: parsed.data, idempotency: null, now },
        analysis,
        knownCampaign,
        templateIndex: templates.get(exact)?.index ?? -1,
      });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      records.push(rejected(row, error.code, error.message));
    }
  }
  return { message, now, records, rows, templates: [...templates.entries()].map(([fingerprint, t]) => ({ fingerprint, bands: t.bands })) };
}

/** Processes one chunk message: every row not yet done, exactly once. Throws to have it retried. */
export async function processBulkChunk(env: Env, db: Db, message: BulkChunkMessage, waitUntil: (promise: Promise<unknown>) => void): Promise<ChunkResult> {
  const prepared = await prepareBulkChunk(env, message);
  if (!prepared) return { processed: 0, skipped: message.rows, statements: 0, roundTrips: 0 };
  return commitBulkChunk(env, db, prepared, waitUntil);
}

/** The D1 part of a chunk: one read, the decisions row by row, one write batch. */
export async function commitBulkChunk(env: Env, db: Db, chunk: PreparedChunk, waitUntil: (promise: Promise<unknown>) => void): Promise<ChunkResult> {
  const { message, now, rows: prepared } = chunk;
  const records = [...chunk.records];
  const state = await readBulkChunkState(db, {
    jobId: message.jobId,
    firstRow: message.firstRow,
    lastRow: message.firstRow + message.rows - 1,
    priors: prepared.map((p) => [p.args.sender.normalized, p.args.reporter, p.args.previousReporter ?? p.args.reporter]),
    templates: chunk.templates,
  });

  // Rows are decided in order, each seeing the rows before it in this chunk as if already stored.
  const priorsInChunk = new Map<string, PriorReporterState>();
  const newCampaigns: CampaignCandidate[] = [];
  const campaignOfTemplateHere = new Map<string, string>();
  const reports: { body: ReportCreated; report: NewReport; createdCampaign: boolean }[] = [];
  for (const [i, row] of prepared.entries()) {
    const { args, analysis } = row;
    const { fingerprint } = analysis;
    const priorKey = `${args.sender.normalized}\n${args.reporter}`;
    const prior = priorsInChunk.get(priorKey) ?? state.priors[i] ?? null;
    const decision = priorDecision(prior, fingerprint.exact, now);
    if (decision?.kind === "duplicate") {
      records.push({ row: row.row, outcome: "duplicate", reportId: decision.reportId, code: null, message: null });
      continue;
    }
    if (decision) {
      records.push(rejected(row.row, "rate_limited", `This reporter reported this sender less than 15 minutes earlier; retry after ${decision.retryAfterSeconds} s.`));
      continue;
    }
    const match = state.templates[row.templateIndex] ?? { exact: null, candidates: [] };
    const known = campaignOfTemplateHere.get(fingerprint.exact) ?? row.knownCampaign ?? match.exact?.id ?? null;
    const picked = known ? { kind: "existing" as const, id: known } : pickCampaign({ ...emptyState, exactCampaignId: null, candidates: [...match.candidates, ...newCampaigns] }, fingerprint);
    const openedHere = newCampaigns.some((c) => c.id === picked.id);
    const campaign: NewReport["campaign"] =
      picked.kind === "new" && !openedHere
        ? { kind: "new", id: picked.id, signature: encodeSignature(fingerprint.signature), bands: fingerprint.bands, sampleText: analysis.redacted.text }
        : { kind: "existing", id: picked.id };
    if (campaign.kind === "new") newCampaigns.push({ id: campaign.id, signature: campaign.signature, reportCount: 1, reporterCount: 1, lastSeen: now });
    campaignOfTemplateHere.set(fingerprint.exact, campaign.id);
    const reporter = prior?.reporter ?? args.reporter;
    const composed = await composeReport(args, analysis, campaign, reporter);
    reports.push({ ...composed, createdCampaign: campaign.kind === "new" });
    priorsInChunk.set(priorKey, { reporter, lastAt: now, lastFingerprint: fingerprint.exact, lastReportId: composed.body.id });
    records.push({ row: row.row, outcome: "stored", reportId: composed.body.id, code: null, message: null });
  }

  const todo = records.filter((record) => !state.done.has(record.row));
  const storedIds = new Set(todo.filter((r) => r.outcome === "stored").map((r) => r.reportId));
  const toWrite = reports.filter((r) => storedIds.has(r.body.id));
  if (todo.length === 0) return { processed: 0, skipped: records.length, statements: 1, roundTrips: 1 };
  const statements = bulkChunkWrites(db, message.jobId, toWrite.map((r) => r.report), todo);
  await runBatch(db, statements);

  for (const { body, report, createdCampaign } of toWrite) stored(body, report.fingerprint, createdCampaign);
  if (toWrite.length > 0) {
    waitUntil(
      announceChanges(env, {
        senders: [...new Set(toWrite.map((r) => r.body.sender.normalized))],
        domains: [...new Set(toWrite.flatMap((r) => r.body.domains))],
        campaigns: [...new Set(toWrite.map((r) => r.body.campaignId))],
      }),
    );
  }
  return { processed: todo.length, skipped: records.length - todo.length, statements: 1 + statements.length, roundTrips: 2 };
}

const emptyState = { prior: null, idempotent: null } as const;

function rejected(row: number, code: string, message: string): BulkRowRecord {
  return { row, outcome: "rejected", reportId: null, code, message: message.slice(0, 300) };
}
