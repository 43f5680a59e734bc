/**
 * The report write path: one read statement, then one write statement. The write is an INSERT
 * into the `report_intake` view whose INSTEAD OF trigger — defined in one file,
 * src/db/sql/report-intake.sql, read it top to bottom to see what a report writes — updates every
 * aggregate, rollup and facet inside SQLite, in order, as one statement: a report costs D1 one
 * statement however many tables it touches, and the aggregates cannot drift from the reports.
 * Per-report sets (links, domains, targets, facets, band keys) travel as JSON parameters.
 * Nothing user-supplied is interpolated: every value is a bound parameter.
 */

import type { Db } from "../session";
import { type GroupedWrite, groupWrite } from "../group-commit";
import { cstDay } from "../../domain/calendar";
import { sql } from "drizzle-orm";
import { idempotencyKeys, targetReporters } from "../schema";
import { type CampaignCandidate, campaignMatchColumns, campaignMatchValues, MAX_BAND_KEYS, parseCampaignMatch, perBandCount } from "./campaigns";

export const MERGE_WINDOW_MS = 24 * 3600_000;
export const COOLDOWN_MS = 15 * 60_000;
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/** More reports than this within the window marks the reporter as flooding (see docs/scoring.md). */
export const FLOOD_TARGETS = 20;
export const FLOOD_WINDOW_MS = 3600_000;
export const FLOOD_PENALTY_MS = 7 * 86_400_000;

export type PriorReporterState = Pick<typeof targetReporters.$inferSelect, "reporter" | "lastAt" | "lastFingerprint" | "lastReportId">;

export interface ReportReadState {
  prior: PriorReporterState | null;
  exactCampaignId: string | null;
  candidates: CampaignCandidate[];
  idempotent: Pick<typeof idempotencyKeys.$inferSelect, "requestHash" | "status" | "body"> | null;
}

type ReportStateRow = { prior: string | null; idempotent: string | null; exact: string | null; candidates: string | null };

/** The read before a write, compiled once per number of band keys (see campaignMatchColumns). */
const reportState = perBandCount<Record<string, string | number | null>, ReportStateRow>(
  (keyCount) => sql`SELECT
    (SELECT json_object('reporter', ${targetReporters.reporter}, 'lastAt', ${targetReporters.lastAt}, 'lastFingerprint', ${targetReporters.lastFingerprint}, 'lastReportId', ${targetReporters.lastReportId})
     FROM ${targetReporters} WHERE ${targetReporters.targetType} = 'sender' AND ${targetReporters.target} = ${sql.placeholder("sender")}
       AND ${targetReporters.reporter} IN (${sql.placeholder("reporter")}, ${sql.placeholder("previousReporter")}) ORDER BY ${targetReporters.lastAt} DESC LIMIT 1) AS prior,
    (SELECT json_object('requestHash', ${idempotencyKeys.requestHash}, 'status', ${idempotencyKeys.status}, 'body', ${idempotencyKeys.body}) FROM ${idempotencyKeys}
     WHERE ${idempotencyKeys.keyHash} = ${sql.placeholder("idempotencyKeyHash")} AND ${idempotencyKeys.createdAt} > ${sql.placeholder("liveSince")}) AS idempotent,
    ${campaignMatchColumns(keyCount)}`,
);

/** Everything the write decision needs, read in one statement. */
export async function readReportState(
  db: Db,
  args: {
    sender: string;
    reporter: string;
    /** The same reporter's pseudonym under the previous REPORTER_KEY, during a key rotation. */
    previousReporter?: string | null;
    fingerprint: string;
    bands: number[];
    idempotencyKeyHash: string | null;
    now: number;
  },
): Promise<ReportReadState> {
  const row = await reportState(args.bands).first(db, {
    sender: args.sender,
    reporter: args.reporter,
    previousReporter: args.previousReporter ?? args.reporter,
    idempotencyKeyHash: args.idempotencyKeyHash,
    liveSince: args.now - IDEMPOTENCY_TTL_MS,
    ...campaignMatchValues(args.fingerprint, args.bands),
  });
  const campaigns = parseCampaignMatch(row ?? undefined);
  return {
    prior: row?.prior ? (JSON.parse(row.prior) as PriorReporterState) : null,
    exactCampaignId: campaigns.exact?.id ?? null,
    candidates: campaigns.candidates,
    idempotent: row?.idempotent ? (JSON.parse(row.idempotent) as ReportReadState["idempotent"]) : null,
  };
}

export interface NewReport {
  id: string;
  sender: { normalized: string; kind: string; country: string | null };
  /** Hex SHA-256 of sender.normalized (k-anonymous range lookups). */
  senderHash: string;
  text: string;
  fingerprint: string;
  reporter: string;
  receivedAt: number | null;
  createdAt: number;
  carrier: string | null;
  region: string | null;
  /** The effective category: the reporter's, or the one inferred from the text (then categoryInferred). */
  category: string | null;
  categoryInferred: boolean;
  claimedInstitution: string | null;
  signals: string[];
  strongSignal: boolean;
  callbackNumbers: string[];
  links: { host: string; domain: string; shortener: boolean }[];
  campaign:
    | { kind: "existing"; id: string }
    | { kind: "new"; id: string; signature: string; bands: number[]; sampleText: string };
  idempotency: { keyHash: string; requestHash: string; status: number; body: string } | null;
  /**
   * Written without reading first (the fast path): the batch aborts if this reporter reported this
   * sender inside the merge window, so merge and cooldown are decided by the careful path.
   */
  guarded?: boolean;
}

/** Columns of the report_intake view, in the order intakeStatement binds them. */
const INTAKE_COLUMNS = [
  "id", "sender", "sender_kind", "sender_country", "sender_hash", "text", "fingerprint", "campaign_id", "reporter",
  "received_at", "created_at", "carrier", "region", "category", "claimed_institution", "signals", "callback_numbers",
  "strong_signal", "stats_day", "guard_since", "idem_key_hash", "idem_request_hash", "idem_status", "idem_body",
  "idem_expired_before", "flood_window_ms", "flood_targets", "flood_penalty_ms", "new_campaign_signature",
  "new_campaign_bands", "new_campaign_sample", "links", "domains", "targets", "facets", "category_inferred",
] as const;
const INTAKE_SQL = `INSERT INTO report_intake (${INTAKE_COLUMNS.join(", ")}) VALUES (${INTAKE_COLUMNS.map(() => "?").join(", ")})`;
/** Many reports in one statement: the trigger runs once per row, in row order. */
const BULK_INTAKE_SQL = `INSERT INTO report_intake (${INTAKE_COLUMNS.join(", ")}) SELECT ${INTAKE_COLUMNS.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`;

/** The one statement a report writes: an INSERT into report_intake (see the module comment). */
function intakeWrite(report: NewReport): GroupedWrite {
  return { sql: INTAKE_SQL, params: intakeValues(report) };
}

/**
 * Several reports as one statement (bulk uploads, a Queue consumer): all are stored or none, each
 * exactly as if written alone, in order. Decide merge window and cooldown before (readReportState)
 * and leave `guarded` unset: one guard failing would abort them all.
 */
export function reportsWrite(reports: NewReport[]): GroupedWrite {
  return { sql: BULK_INTAKE_SQL, params: [JSON.stringify(reports.map(intakeValues))] };
}

/** Stores several reports with one statement (see reportsWrite); keep each call's JSON under D1's 2 MB value limit. */
export async function writeReports(db: Db, reports: NewReport[]): Promise<void> {
  if (reports.length === 0) return;
  const write = reportsWrite(reports);
  await db.prepare(write.sql).bind(...write.params).run();
}

/** The report_intake row of one report, in INTAKE_COLUMNS order. */
function intakeValues(report: NewReport): (string | number | null)[] {
  const now = report.createdAt;
  const domains = uniqueDomains(report.links);
  const campaignId = report.campaign.id;
  const newCampaign = report.campaign.kind === "new" ? report.campaign : null;
  const targets: [string, string][] = [["sender", report.sender.normalized], ["campaign", campaignId], ...domains.map((d): [string, string] => ["domain", d.domain])];
  const values: Record<(typeof INTAKE_COLUMNS)[number], string | number | null> = {
    id: report.id,
    sender: report.sender.normalized,
    sender_kind: report.sender.kind,
    sender_country: report.sender.country,
    sender_hash: report.senderHash,
    text: report.text,
    fingerprint: report.fingerprint,
    campaign_id: campaignId,
    reporter: report.reporter,
    received_at: report.receivedAt,
    created_at: now,
    carrier: report.carrier,
    region: report.region,
    category: report.category,
    claimed_institution: report.claimedInstitution,
    signals: JSON.stringify(report.signals),
    callback_numbers: JSON.stringify(report.callbackNumbers),
    strong_signal: report.strongSignal ? 1 : 0,
    stats_day: cstDay(now),
    // The fast path: abort (rolling the statement back) if this reporter reported this sender
    // inside the merge window, so merge and cooldown are decided by the careful path.
    guard_since: report.guarded ? now - MERGE_WINDOW_MS : null,
    idem_key_hash: report.idempotency?.keyHash ?? null,
    idem_request_hash: report.idempotency?.requestHash ?? null,
    idem_status: report.idempotency?.status ?? null,
    idem_body: report.idempotency?.body ?? null,
    idem_expired_before: now - IDEMPOTENCY_TTL_MS,
    flood_window_ms: FLOOD_WINDOW_MS,
    flood_targets: FLOOD_TARGETS,
    flood_penalty_ms: FLOOD_PENALTY_MS,
    new_campaign_signature: newCampaign?.signature ?? null,
    new_campaign_bands: newCampaign ? JSON.stringify(newCampaign.bands.slice(0, MAX_BAND_KEYS)) : null,
    new_campaign_sample: newCampaign?.sampleText ?? null,
    links: JSON.stringify(report.links.map((link) => [link.host, link.domain])),
    domains: JSON.stringify(domains.map((d) => [d.domain, d.shortener ? 1 : 0])),
    targets: JSON.stringify(targets),
    facets: JSON.stringify(facetRows(report, campaignId, domains)),
    category_inferred: report.categoryInferred ? 1 : 0,
  };
  return INTAKE_COLUMNS.map((column) => values[column]);
}

/** Stores a report: its one statement joins the isolate's next group commit (src/db/group-commit.ts). */
export async function writeReport(db: Db, report: NewReport): Promise<void> {
  await groupWrite(db, intakeWrite(report));
}

function uniqueDomains(links: NewReport["links"]) {
  const byDomain = new Map<string, { domain: string; shortener: boolean }>();
  for (const link of links) {
    const seen = byDomain.get(link.domain);
    byDomain.set(link.domain, { domain: link.domain, shortener: (seen?.shortener ?? false) || link.shortener });
  }
  return [...byDomain.values()];
}

/**
 * Facet counters: what lookups show per target without reading reports. The trigger
 * (src/db/sql/report-intake.sql) folds a sender's and a domain's into their own row (top 50 values per facet) and keeps
 * the unbounded ones — a campaign's, a domain's senders — as target_facets rows.
 */
function facetRows(report: NewReport, campaignId: string, domains: { domain: string }[]): [string, string, string, string][] {
  const rows: [string, string, string, string][] = [];
  const describe = (type: string, target: string) => {
    rows.push([type, target, "category", report.category ?? "other"]);
    // Lookups show how many of a target's categories were inferred rather than chosen by reporters.
    if (report.categoryInferred) rows.push([type, target, "category_inferred", report.category ?? "other"]);
    if (report.claimedInstitution) rows.push([type, target, "institution", report.claimedInstitution]);
  };
  const sender = report.sender.normalized;
  describe("sender", sender);
  rows.push(["sender", sender, "campaign", campaignId]);
  for (const { domain } of domains) {
    rows.push(["sender", sender, "domain", domain]);
    describe("domain", domain);
    rows.push(["domain", domain, "campaign", campaignId]);
    rows.push(["domain", domain, "sender", sender]);
    rows.push(["campaign", campaignId, "domain", domain]);
  }
  rows.push(["campaign", campaignId, "sender", sender]);
  rows.push(["campaign", campaignId, "sender_kind", report.sender.kind]);
  if (report.claimedInstitution) rows.push(["campaign", campaignId, "institution", report.claimedInstitution]);
  return rows;
}
