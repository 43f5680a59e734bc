/**
 * The lookup read path. Evidence for any number of targets of one type is read with a fixed set of
 * statements (IN lists, window functions for per-target limits) in one read batch, so a single
 * lookup and a 100-item batch cost the same number of queries — D1 counts every statement of a
 * batch against the per-invocation query limit. Nothing aggregates over all reports: per-target
 * rows are kept current by the write path.
 */

import type { EvidenceInput } from "../../domain/reputation";

export type TargetType = "sender" | "domain";

/** The stored evidence about one target, as the pure reputation module describes it. */
export type TargetEvidence = Required<Omit<EvidenceInput, "samples" | "decision">> & {
  samples: NonNullable<EvidenceInput["samples"]>;
  decision: EvidenceInput["decision"] | null;
};

/** D1 binds ≤ 100 parameters per statement; leave room for the window bounds. */
const VALUES_PER_STATEMENT = 90;
const REPORTER_ROWS_PER_TARGET = 1000;
const FACET_ROWS_PER_TARGET = 200;
const SAMPLES_PER_TARGET = 5;
const DAY_MS = 86_400_000;

export interface EvidenceQuery {
  type: TargetType;
  /** Normalised targets (E.164/bare sender, registrable domain). */
  values: string[];
  /** Registry keys of the sender values (same order); unused for domains. */
  registryKeys?: string[];
  now: number;
  windowStart: number;
  withSamples: boolean;
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(",");

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Statements for one chunk of ≤ 90 targets of one type; STATEMENTS_PER_CHUNK of them. */
function chunkStatements(db: D1Database, q: EvidenceQuery, values: string[], registryKeys: string[]): D1PreparedStatement[] {
  const list = placeholders(values.length);
  const recentSince = q.now - 30 * DAY_MS;
  const isSender = q.type === "sender";
  return [
    isSender
      ? db
          .prepare(`SELECT normalized AS target, report_count AS reportCount, reporter_count AS reporterCount, first_seen AS firstSeen, last_seen AS lastSeen, kind FROM senders WHERE normalized IN (${list})`)
          .bind(...values)
      : db
          .prepare(`SELECT domain AS target, report_count AS reportCount, reporter_count AS reporterCount, first_seen AS firstSeen, last_seen AS lastSeen, shortener FROM domains WHERE domain IN (${list})`)
          .bind(...values),
    db
      .prepare(
        `SELECT target, lastAt, strongSignal, corroborated, floodUntil FROM (
           SELECT t.target AS target, t.last_at AS lastAt, t.strong_signal AS strongSignal, coalesce(r.corroborated, 0) AS corroborated,
             coalesce(r.flood_until, 0) AS floodUntil, row_number() OVER (PARTITION BY t.target ORDER BY t.last_at DESC) AS rank
           FROM target_reporters t LEFT JOIN reporters r ON r.id = t.reporter
           WHERE t.target_type = ? AND t.target IN (${list}) AND t.last_at >= ? AND t.hidden = 0)
         WHERE rank <= ?`,
      )
      .bind(q.type, ...values, q.windowStart, REPORTER_ROWS_PER_TARGET),
    db
      .prepare(
        `SELECT target, facet, value, count FROM (
           SELECT target, facet, value, count, row_number() OVER (PARTITION BY target ORDER BY count DESC) AS rank
           FROM target_facets WHERE target_type = ? AND target IN (${list}))
         WHERE rank <= ?`,
      )
      .bind(q.type, ...values, FACET_ROWS_PER_TARGET),
    db
      .prepare(
        `SELECT f.target AS target, c.id AS id, c.reporter_count AS reporterCount, c.last_seen AS lastSeen
         FROM target_facets f JOIN campaigns c ON c.id = f.value
         WHERE f.target_type = ? AND f.target IN (${list}) AND f.facet = 'campaign'`,
      )
      .bind(q.type, ...values),
    isSender && registryKeys.length > 0
      ? db.prepare(`SELECT number AS target, organization FROM official_senders WHERE number IN (${placeholders(registryKeys.length)})`).bind(...registryKeys)
      : db.prepare("SELECT NULL AS target WHERE 0"),
    isSender
      ? db
          .prepare(`SELECT sender AS target, count(*) AS n FROM reports WHERE sender IN (${list}) AND created_at >= ? AND hidden = 0 GROUP BY sender`)
          .bind(...values, recentSince)
      : db
          .prepare(
            `SELECT d.domain AS target, count(*) AS n FROM report_domains d JOIN reports r ON r.id = d.report_id
             WHERE d.domain IN (${list}) AND r.created_at >= ? AND r.hidden = 0 GROUP BY d.domain`,
          )
          .bind(...values, recentSince),
    !q.withSamples
      ? db.prepare("SELECT NULL AS target WHERE 0")
      : isSender
        ? db
            .prepare(
              `SELECT target, id, text, createdAt FROM (
                 SELECT sender AS target, id, text, created_at AS createdAt, row_number() OVER (PARTITION BY sender ORDER BY created_at DESC) AS rank
                 FROM reports WHERE sender IN (${list}) AND hidden = 0)
               WHERE rank <= ?`,
            )
            .bind(...values, SAMPLES_PER_TARGET)
        : db
            .prepare(
              `SELECT target, id, text, createdAt FROM (
                 SELECT d.domain AS target, r.id AS id, r.text AS text, r.created_at AS createdAt, row_number() OVER (PARTITION BY d.domain ORDER BY r.created_at DESC) AS rank
                 FROM report_domains d JOIN reports r ON r.id = d.report_id WHERE d.domain IN (${list}) AND r.hidden = 0)
               WHERE rank <= ?`,
            )
            .bind(...values, SAMPLES_PER_TARGET),
    db.prepare(`SELECT target, decision, reason FROM target_decisions WHERE target_type = ? AND target IN (${list})`).bind(q.type, ...values),
  ];
}

export const STATEMENTS_PER_CHUNK = 8;

/** All statements for a query (a constant 8 per 90 targets), to run in one batch. */
export function evidenceStatements(db: D1Database, q: EvidenceQuery): D1PreparedStatement[] {
  const unique = [...new Set(q.values)];
  if (unique.length === 0) return [];
  const registryOf = new Map(q.values.map((value, i) => [value, q.registryKeys?.[i] ?? value]));
  return chunk(unique, VALUES_PER_STATEMENT).flatMap((values) =>
    chunkStatements(db, q, values, q.type === "sender" ? [...new Set(values.map((v) => registryOf.get(v) ?? v))] : []),
  );
}

/** Parses the batch results of evidenceStatements into one TargetEvidence per input value (input order). */
export function parseEvidence(q: EvidenceQuery, results: D1Result[]): TargetEvidence[] {
  const byTarget = new Map<string, TargetEvidence>();
  const evidenceOf = (target: string) => {
    let evidence = byTarget.get(target);
    if (!evidence) {
      evidence = { aggregate: null, reporters: [], facets: [], campaign: null, official: null, recentReports: 0, samples: [], decision: null };
      byTarget.set(target, evidence);
    }
    return evidence;
  };
  const officialByKey = new Map<string, { organization: string }>();
  for (let offset = 0; offset < results.length; offset += STATEMENTS_PER_CHUNK) {
    const rows = (i: number) => (results[offset + i]?.results ?? []) as Record<string, unknown>[];
    for (const row of rows(0)) {
      evidenceOf(String(row.target)).aggregate = {
        reportCount: Number(row.reportCount),
        reporterCount: Number(row.reporterCount),
        firstSeen: Number(row.firstSeen),
        lastSeen: Number(row.lastSeen),
        ...(row.kind ? { kind: String(row.kind) } : {}),
        ...(row.shortener !== undefined ? { shortener: Boolean(row.shortener) } : {}),
      };
    }
    for (const row of rows(1)) {
      evidenceOf(String(row.target)).reporters.push({
        lastAt: Number(row.lastAt),
        strongSignal: Number(row.strongSignal),
        corroborated: Number(row.corroborated),
        floodUntil: Number(row.floodUntil),
      });
    }
    for (const row of rows(2)) evidenceOf(String(row.target)).facets.push({ facet: String(row.facet), value: String(row.value), count: Number(row.count) });
    for (const row of rows(3)) {
      const evidence = evidenceOf(String(row.target));
      const candidate = { id: String(row.id), reporterCount: Number(row.reporterCount), lastSeen: Number(row.lastSeen) };
      if (!evidence.campaign || candidate.reporterCount > evidence.campaign.reporterCount) evidence.campaign = candidate;
    }
    for (const row of rows(4)) officialByKey.set(String(row.target), { organization: String(row.organization) });
    for (const row of rows(5)) evidenceOf(String(row.target)).recentReports = Number(row.n);
    for (const row of rows(6)) evidenceOf(String(row.target)).samples.push({ id: String(row.id), text: row.text === null ? null : String(row.text), createdAt: Number(row.createdAt) });
    for (const row of rows(7)) evidenceOf(String(row.target)).decision = { decision: String(row.decision), reason: String(row.reason) };
  }
  return q.values.map((value, i) => {
    const evidence = { ...evidenceOf(value) };
    evidence.official = q.type === "sender" ? (officialByKey.get(q.registryKeys?.[i] ?? value) ?? null) : null;
    return evidence;
  });
}

export async function readEvidence(db: D1Database, q: EvidenceQuery): Promise<TargetEvidence[]> {
  const statements = evidenceStatements(db, q);
  if (statements.length === 0) return [];
  return parseEvidence(q, await db.batch(statements));
}
