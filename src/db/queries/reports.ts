/**
 * The report write path: one batch of reads, then one `db.batch` of writes (a single D1
 * transaction). Raw prepared statements here because the upserts need correlated subqueries
 * (count a reporter only when it is new to the target) that Drizzle's builder cannot express.
 * Nothing user-supplied is interpolated: every value is a bound parameter.
 */

import type { Db } from "../session";
import { cstDay } from "../../domain/calendar";
import { campaignMatchStatements } from "./campaigns";

export const MERGE_WINDOW_MS = 24 * 3600_000;
export const COOLDOWN_MS = 15 * 60_000;
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/** More reports than this within the window marks the reporter as flooding (see docs/scoring.md). */
export const FLOOD_TARGETS = 20;
export const FLOOD_WINDOW_MS = 3600_000;
export const FLOOD_PENALTY_MS = 7 * 86_400_000;
/** Band keys are bound as parameters; D1 allows ≤ 100 per statement. */
const MAX_BAND_KEYS = 32;
const FACET_ROWS_PER_STATEMENT = 16;

export interface PriorReporterState {
  reporter: string;
  lastAt: number;
  lastFingerprint: string;
  lastReportId: string;
}

export interface CampaignCandidateRow {
  id: string;
  signature: string;
  reporterCount: number;
}

export interface ReportReadState {
  prior: PriorReporterState | null;
  exactCampaignId: string | null;
  candidates: CampaignCandidateRow[];
  idempotent: { requestHash: string; status: number; body: string } | null;
}

/** Everything the write decision needs, read in one round trip. */
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
  const statements: D1PreparedStatement[] = [
    db
      .prepare(
        `SELECT reporter, last_at AS lastAt, last_fingerprint AS lastFingerprint, last_report_id AS lastReportId FROM target_reporters
         WHERE target_type = 'sender' AND target = ? AND reporter IN (?, ?) ORDER BY last_at DESC LIMIT 1`,
      )
      .bind(args.sender, args.reporter, args.previousReporter ?? args.reporter),
    ...campaignMatchStatements(db, args.fingerprint, args.bands),
    args.idempotencyKeyHash
      ? db
          .prepare("SELECT request_hash AS requestHash, status, body FROM idempotency_keys WHERE key_hash = ? AND created_at > ?")
          .bind(args.idempotencyKeyHash, args.now - IDEMPOTENCY_TTL_MS)
      : db.prepare("SELECT NULL AS requestHash WHERE 0"),
  ];
  const [prior, exact, candidates, idempotent] = await db.batch(statements);
  return {
    prior: (prior?.results[0] as PriorReporterState | undefined) ?? null,
    exactCampaignId: (exact?.results[0] as { id: string } | undefined)?.id ?? null,
    candidates: (candidates?.results ?? []) as CampaignCandidateRow[],
    idempotent: (idempotent?.results[0] as ReportReadState["idempotent"] | undefined) ?? null,
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
  category: string | null;
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

/** The statements one report writes, in order; exported so the bench can count them. */
export function reportWriteStatements(db: Db, report: NewReport): D1PreparedStatement[] {
  const now = report.createdAt;
  const reporter = report.reporter;
  const statements: D1PreparedStatement[] = [];
  if (report.guarded) {
    // write_guards never holds a row: inserting one fails its CHECK and rolls the batch back.
    statements.push(
      db
        .prepare(
          `INSERT INTO write_guards (blocked) SELECT 1 WHERE EXISTS (
             SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = ? AND reporter = ? AND last_at > ?)`,
        )
        .bind(report.sender.normalized, reporter, now - MERGE_WINDOW_MS),
    );
  }
  // First, so that a concurrent request with the same key fails the whole transaction.
  if (report.idempotency) {
    const { keyHash, requestHash, status, body } = report.idempotency;
    statements.push(
      db.prepare("DELETE FROM idempotency_keys WHERE key_hash = ? AND created_at <= ?").bind(keyHash, now - IDEMPOTENCY_TTL_MS),
      // A plain INSERT: a live key from a concurrent request makes the whole batch fail.
      db
        .prepare("INSERT INTO idempotency_keys (key_hash, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?)")
        .bind(keyHash, requestHash, status, body, now),
    );
  }
  statements.push(
    db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'change'"),
    // Reporter trust: corroborated when someone else already reported this sender; a flood is more
    // than FLOOD_TARGETS reports inside FLOOD_WINDOW_MS. SET expressions all read the old row.
    db
      .prepare(
        `INSERT INTO reporters (id, first_at, last_at, report_count, corroborated, window_start, window_targets, flood_until)
         VALUES (?1, ?2, ?2, 1, EXISTS (SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = ?3 AND reporter != ?1 AND hidden = 0), ?2, 1, 0)
         ON CONFLICT(id) DO UPDATE SET last_at = max(last_at, excluded.last_at), report_count = report_count + 1,
           corroborated = corroborated + excluded.corroborated,
           window_start = CASE WHEN excluded.last_at - window_start > ?4 THEN excluded.last_at ELSE window_start END,
           window_targets = CASE WHEN excluded.last_at - window_start > ?4 THEN 1 ELSE window_targets + 1 END,
           flood_until = CASE WHEN excluded.last_at - window_start <= ?4 AND window_targets + 1 > ?5 THEN excluded.last_at + ?6 ELSE flood_until END`,
      )
      .bind(reporter, now, report.sender.normalized, FLOOD_WINDOW_MS, FLOOD_TARGETS, FLOOD_PENALTY_MS),
  );

  const domains = uniqueDomains(report.links);
  if (report.campaign.kind === "new") {
    const { id, signature, bands, sampleText } = report.campaign;
    statements.push(
      db
        .prepare(
          "INSERT INTO campaigns (id, signature, fingerprint, report_count, reporter_count, first_seen, last_seen, sample_text) VALUES (?, ?, ?, 0, 0, ?, ?, ?)",
        )
        .bind(id, signature, report.fingerprint, now, now, sampleText),
    );
    const keys = bands.slice(0, MAX_BAND_KEYS);
    if (keys.length > 0) {
      statements.push(
        db
          .prepare(`INSERT OR IGNORE INTO campaign_bands (band_key, campaign_id) VALUES ${keys.map(() => "(?, ?)").join(", ")}`)
          .bind(...keys.flatMap((key) => [key, id])),
      );
    }
  }
  const campaignId = report.campaign.id;
  statements.push(
    db.prepare("INSERT OR IGNORE INTO campaign_fingerprints (fingerprint, campaign_id) VALUES (?, ?)").bind(report.fingerprint, campaignId),
    // Reporter novelty is read inside the transaction, before target_reporters is upserted below.
    db
      .prepare(
        `UPDATE campaigns SET report_count = report_count + 1, first_seen = min(first_seen, ?), last_seen = max(last_seen, ?),
           reporter_count = reporter_count + NOT EXISTS (SELECT 1 FROM target_reporters WHERE target_type = 'campaign' AND target = ? AND reporter = ? AND hidden = 0)
         WHERE id = ?`,
      )
      .bind(now, now, campaignId, reporter, campaignId),
    db
      .prepare(
        `INSERT INTO reports (id, sender, sender_kind, text, fingerprint, campaign_id, reporter, received_at, created_at, carrier, region, category, claimed_institution, signals, callback_numbers)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .bind(
        report.id,
        report.sender.normalized,
        report.sender.kind,
        report.text,
        report.fingerprint,
        campaignId,
        reporter,
        report.receivedAt,
        now,
        report.carrier,
        report.region,
        report.category,
        report.claimedInstitution,
        JSON.stringify(report.signals),
        JSON.stringify(report.callbackNumbers),
      ),
    db
      .prepare(
        `INSERT INTO senders (normalized, kind, country, report_count, reporter_count, first_seen, last_seen, change_seq, sha256)
         VALUES (?, ?, ?, 1, 1, ?, ?, (SELECT value FROM counters WHERE name = 'change'), ?)
         ON CONFLICT(normalized) DO UPDATE SET report_count = report_count + 1,
           reporter_count = reporter_count + NOT EXISTS (SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = excluded.normalized AND reporter = ? AND hidden = 0),
           first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), change_seq = excluded.change_seq`,
      )
      .bind(report.sender.normalized, report.sender.kind, report.sender.country, now, now, report.senderHash, reporter),
  );
  if (domains.length > 0) {
    statements.push(
      db
        .prepare(
          `INSERT INTO report_domains (report_id, host, domain) VALUES ${report.links.map(() => "(?, ?, ?)").join(", ")} ON CONFLICT DO NOTHING`,
        )
        .bind(...report.links.flatMap((link) => [report.id, link.host, link.domain])),
      db
        .prepare(
          `INSERT INTO domains (domain, report_count, reporter_count, shortener, first_seen, last_seen, change_seq)
           VALUES ${domains.map(() => "(?, 1, 1, ?, ?, ?, (SELECT value FROM counters WHERE name = 'change'))").join(", ")}
           ON CONFLICT(domain) DO UPDATE SET report_count = report_count + 1,
             reporter_count = reporter_count + NOT EXISTS (SELECT 1 FROM target_reporters WHERE target_type = 'domain' AND target = excluded.domain AND reporter = ? AND hidden = 0),
             first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), change_seq = excluded.change_seq`,
        )
        .bind(...domains.flatMap((d) => [d.domain, d.shortener ? 1 : 0, now, now]), reporter),
    );
  }

  const targets: [string, string][] = [
    ["sender", report.sender.normalized],
    ["campaign", campaignId],
    ...domains.map((d): [string, string] => ["domain", d.domain]),
  ];
  statements.push(
    db
      .prepare(
        `INSERT INTO target_reporters (target_type, target, reporter, first_at, last_at, report_count, last_report_id, last_fingerprint, strong_signal)
         VALUES ${targets.map(() => "(?, ?, ?, ?, ?, 1, ?, ?, ?)").join(", ")}
         ON CONFLICT(target_type, target, reporter) DO UPDATE SET last_at = max(last_at, excluded.last_at), report_count = report_count + 1,
           last_report_id = excluded.last_report_id, last_fingerprint = excluded.last_fingerprint,
           strong_signal = max(strong_signal, excluded.strong_signal), hidden = 0`,
      )
      .bind(...targets.flatMap(([type, target]) => [type, target, reporter, now, now, report.id, report.fingerprint, report.strongSignal ? 1 : 0])),
  );

  statements.push(...statsStatements(db, report, domains));

  const facets = facetRows(report, campaignId, domains);
  for (let i = 0; i < facets.length; i += FACET_ROWS_PER_STATEMENT) {
    const chunk = facets.slice(i, i + FACET_ROWS_PER_STATEMENT);
    statements.push(
      db
        .prepare(
          `INSERT INTO target_facets (target_type, target, facet, value, count, last_at) VALUES ${chunk.map(() => "(?, ?, ?, ?, 1, ?)").join(", ")}
           ON CONFLICT(target_type, target, facet, value) DO UPDATE SET count = count + 1, last_at = max(last_at, excluded.last_at)`,
        )
        .bind(...chunk.flatMap((row) => [...row, now])),
    );
  }
  return statements;
}

export async function writeReport(db: Db, report: NewReport): Promise<void> {
  await db.batch(reportWriteStatements(db, report));
}

/** Statistics rollups for one report: its finest cell, its distinct members, its domains. */
function statsStatements(db: Db, report: NewReport, domains: { domain: string }[]): D1PreparedStatement[] {
  const day = cstDay(report.createdAt);
  const cell = [day, report.claimedInstitution ?? "", report.sender.kind, report.carrier ?? "", report.region ?? "", report.category ?? "other"];
  const statements = [
    db
      .prepare(
        `INSERT INTO stats_cells (day, institution, sender_kind, carrier, region, category, reports) VALUES (?, ?, ?, ?, ?, ?, 1)
         ON CONFLICT(day, institution, sender_kind, carrier, region, category) DO UPDATE SET reports = reports + 1`,
      )
      .bind(...cell),
    db
      .prepare(
        `INSERT OR IGNORE INTO stats_members (day, institution, sender_kind, carrier, region, category, member_type, member)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'r', ?7), (?1, ?2, ?3, ?4, ?5, ?6, 's', ?8)${domains.map((_, i) => `, (?1, ?2, ?3, ?4, ?5, ?6, 'd', ?${9 + i})`).join("")}`,
      )
      .bind(...cell, report.reporter, report.sender.normalized, ...domains.map((d) => d.domain)),
  ];
  if (domains.length > 0) {
    statements.push(
      db
        .prepare(
          `INSERT INTO stats_domain_cells (day, domain, reports) VALUES ${domains.map(() => "(?, ?, 1)").join(", ")}
           ON CONFLICT(day, domain) DO UPDATE SET reports = reports + 1`,
        )
        .bind(...domains.flatMap((d) => [day, d.domain])),
      db
        .prepare(`INSERT OR IGNORE INTO stats_domain_members (day, domain, member_type, member) VALUES ${domains.map(() => "(?, ?, 'r', ?), (?, ?, 's', ?)").join(", ")}`)
        .bind(...domains.flatMap((d) => [day, d.domain, report.reporter, day, d.domain, report.sender.normalized])),
    );
  }
  return statements;
}

function uniqueDomains(links: NewReport["links"]) {
  const byDomain = new Map<string, { domain: string; shortener: boolean }>();
  for (const link of links) {
    const seen = byDomain.get(link.domain);
    byDomain.set(link.domain, { domain: link.domain, shortener: (seen?.shortener ?? false) || link.shortener });
  }
  return [...byDomain.values()];
}

/** Facet counters: what lookups show per target without reading reports. */
function facetRows(report: NewReport, campaignId: string, domains: { domain: string }[]): [string, string, string, string][] {
  const rows: [string, string, string, string][] = [];
  const describe = (type: string, target: string) => {
    rows.push([type, target, "category", report.category ?? "other"]);
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
