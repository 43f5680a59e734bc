/**
 * The lookup read path. Evidence for any number of targets of one type is read with a fixed set of
 * statements (IN lists, window functions for per-target limits) in one read batch, so a single
 * lookup and a 100-item batch cost the same number of queries — D1 counts every statement of a
 * batch against the per-invocation query limit. Nothing aggregates over all reports: per-target
 * rows are kept current by the write path.
 */

import { idFloor, REPORT_ID_PREFIX } from "../../lib/crypto";
import type { Db } from "../session";
import type { EvidenceInput } from "../../domain/reputation";

export type TargetType = "sender" | "domain";

/** A campaign's counts: shared by every target carrying its texts, so cached apart from them. */
export interface CampaignState {
  id: string;
  reportCount: number;
  reporterCount: number;
  lastSeen: number;
}

/** The stored evidence about one target, as the pure reputation module describes it. */
export type TargetEvidence = Required<Omit<EvidenceInput, "samples" | "decision">> & {
  samples: NonNullable<EvidenceInput["samples"]>;
  decision: EvidenceInput["decision"] | null;
  /** The target's campaigns (most reports first, at most CAMPAIGNS_PER_TARGET) with their counts. */
  campaignStates: CampaignState[];
};

/** Campaigns read per target; `campaign` is the one of them with the most reporters. */
const CAMPAIGNS_PER_TARGET = 50;

/** One statement reads up to this many targets: 4 shared parameters + 2 per target ≤ 100 bound parameters. */
const VALUES_PER_STATEMENT = 45;
const REPORTER_ROWS_PER_TARGET = 1000;
const FACET_ROWS_PER_TARGET = 200;
const SAMPLES_PER_TARGET = 5;
/** Neighbours read on each side of a target when asked (src/cache/known-ranges.ts). */
export const NEIGHBOURS = 32;
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
  /** Also read each target's neighbours in key order (src/cache/known-ranges.ts). */
  withNeighbours?: boolean;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * One statement for ≤ 45 targets: a VALUES list of (target, registry key) and, per target,
 * correlated subqueries that each read one index range and return JSON. ?1 = target type,
 * ?2 = window start, ?3 = start of the last 30 days, ?4 = the smallest report id of that time.
 * Limits are constants of this module.
 */
function chunkStatement(db: Db, q: EvidenceQuery, pairs: [string, string][]): D1PreparedStatement {
  const values = pairs.map((_, i) => `(?${5 + 2 * i}, ?${6 + 2 * i})`).join(", ");
  return evidenceStatement(db, q, { sql: `VALUES ${values}`, params: pairs.flat() });
}

/**
 * The evidence statement over any source of (target, registry key) rows: a VALUES list of
 * parameters, or a page of a table in key order (evidencePageStatement). Source parameters start at ?5.
 */
function evidenceStatement(db: Db, q: EvidenceQuery, source: { sql: string; params: unknown[] }): D1PreparedStatement {
  const isSender = q.type === "sender";
  const aggregate = isSender
    ? "(SELECT json_array(report_count, reporter_count, first_seen, last_seen, kind, 0) FROM senders WHERE normalized = t.target)"
    : "(SELECT json_array(report_count, reporter_count, first_seen, last_seen, NULL, shortener) FROM domains WHERE domain = t.target)";
  const recent = isSender
    ? "(SELECT count(*) FROM reports WHERE sender = t.target AND created_at >= ?3 AND hidden = 0)"
    : // A report id starts with its creation time (src/lib/crypto.ts), so a domain's last 30 days are one
      // range of its (domain, report_id) index, counted without reading the reports; hidden reports
      // are few and found through their partial index.
      `((SELECT count(*) FROM report_domains d WHERE d.domain = t.target AND d.report_id >= ?4)
        - (SELECT count(*) FROM reports r WHERE r.hidden = 1 AND r.id >= ?4 AND EXISTS (
             SELECT 1 FROM report_domains d WHERE d.report_id = r.id AND d.domain = t.target)))`;
  const samples = !q.withSamples
    ? "NULL"
    : isSender
      ? `(SELECT json_group_array(json_array(id, text, created_at)) FROM (SELECT id, text, created_at FROM reports WHERE sender = t.target AND hidden = 0 ORDER BY created_at DESC LIMIT ${SAMPLES_PER_TARGET}))`
      : `(SELECT json_group_array(json_array(id, text, created_at)) FROM (SELECT r.id AS id, r.text AS text, r.created_at AS created_at FROM report_domains d JOIN reports r ON r.id = d.report_id WHERE d.domain = t.target AND r.hidden = 0 ORDER BY r.created_at DESC LIMIT ${SAMPLES_PER_TARGET}))`;
  const [table, key] = isSender ? ["senders", "normalized"] : ["domains", "domain"];
  const neighbours = q.withNeighbours
    ? `(SELECT json_group_array(${key}) FROM (SELECT ${key} FROM ${table} WHERE ${key} < t.target ORDER BY ${key} DESC LIMIT ${NEIGHBOURS})) AS lower,
      (SELECT json_group_array(${key}) FROM (SELECT ${key} FROM ${table} WHERE ${key} >= t.target ORDER BY ${key} LIMIT ${NEIGHBOURS})) AS upper`
    : "NULL AS lower, NULL AS upper";
  const sql = `WITH t(target, registry) AS (${source.sql})
    SELECT t.target AS target,
      ${aggregate} AS aggregate,
      (SELECT json_group_array(json_array(last_at, strong_signal, corroborated, flood_until)) FROM (
         SELECT tr.last_at AS last_at, tr.strong_signal AS strong_signal, coalesce(r.corroborated, 0) AS corroborated, coalesce(r.flood_until, 0) AS flood_until
         FROM target_reporters tr LEFT JOIN reporters r ON r.id = tr.reporter
         WHERE tr.target_type = ?1 AND tr.target = t.target AND tr.last_at >= ?2 AND tr.hidden = 0
         ORDER BY tr.last_at DESC LIMIT ${REPORTER_ROWS_PER_TARGET})) AS reporters,
      (SELECT json_group_array(json_array(facet, value, count)) FROM (
         SELECT o.key AS facet, i.key AS value, i.value AS count FROM ${table} own, json_each(own.facets) o, json_each(o.value) i WHERE own.${key} = t.target
         UNION ALL SELECT facet, value, count FROM target_facets WHERE target_type = ?1 AND target = t.target
         ORDER BY count DESC, facet, value LIMIT ${FACET_ROWS_PER_TARGET})) AS facets,
      (SELECT json_group_array(json_array(c.id, c.report_count, c.reporter_count, c.last_seen)) FROM (
         SELECT i.key AS id FROM ${table} own, json_each(own.facets, '$.campaign') i WHERE own.${key} = t.target ORDER BY i.value DESC, i.key LIMIT ${CAMPAIGNS_PER_TARGET}) f
         JOIN campaigns c ON c.id = f.id) AS campaigns,
      ${isSender ? "(SELECT organization FROM official_senders WHERE number = t.registry)" : "NULL"} AS official,
      ${recent} AS recent,
      ${samples} AS samples,
      (SELECT json_array(decision, reason) FROM target_decisions WHERE target_type = ?1 AND target = t.target) AS decision,
      ${neighbours}
    FROM t`;
  const monthAgo = q.now - 30 * DAY_MS;
  return db.prepare(sql).bind(q.type, q.windowStart, monthAgo, idFloor(REPORT_ID_PREFIX, monthAgo), ...source.params);
}

/**
 * Evidence of the next `limit` senders or domains after `after` in key order (a snapshot page):
 * five parameters however many targets, so a complete list costs one statement per page.
 * A sender's registry key is computed as registryKeyOf does (src/domain/phone.ts).
 */
export function evidencePageStatement(db: Db, q: Omit<EvidenceQuery, "values" | "registryKeys">, after: string, limit: number): D1PreparedStatement {
  const source =
    q.type === "sender"
      ? `SELECT normalized, CASE kind WHEN 'mobile' THEN substr(normalized, 4) WHEN 'landline' THEN '0' || substr(normalized, 4) ELSE normalized END
         FROM senders WHERE normalized > ?5 ORDER BY normalized LIMIT ?6`
      : "SELECT domain, domain FROM domains WHERE domain > ?5 ORDER BY domain LIMIT ?6";
  return evidenceStatement(db, { ...q, values: [] }, { sql: source, params: [after, limit] });
}

/** The targets of an evidence page result, in key order. */
export function pageTargets(result: D1Result): string[] {
  return (result.results as { target: string }[]).map((row) => String(row.target));
}

/** Statements a lookup sends: one per 45 targets, in one batch — 1 for a single lookup, 3 for 100. */
export function evidenceStatements(db: Db, q: EvidenceQuery): D1PreparedStatement[] {
  const registryOf = new Map(q.values.map((value, i) => [value, q.registryKeys?.[i] ?? value]));
  const pairs = [...new Set(q.values)].map((value): [string, string] => [value, registryOf.get(value) ?? value]);
  return chunk(pairs, VALUES_PER_STATEMENT).map((part) => chunkStatement(db, q, part));
}

const parse = <T>(json: unknown): T | null => (typeof json === "string" ? (JSON.parse(json) as T) : null);

/** Each target's neighbours in key order, when the query asked for them (input order). */
export function parseNeighbours(q: EvidenceQuery, results: D1Result[]): ({ lower: string[]; upper: string[] } | null)[] {
  const byTarget = new Map<string, { lower: string[]; upper: string[] }>();
  for (const result of results) {
    for (const row of result.results as Record<string, unknown>[]) {
      const lower = parse<string[]>(row.lower);
      const upper = parse<string[]>(row.upper);
      if (lower && upper) byTarget.set(String(row.target), { lower, upper });
    }
  }
  return q.values.map((value) => byTarget.get(value) ?? null);
}

/** What a target nobody reported, decided or registered has: nothing. */
export const noEvidence = (): TargetEvidence => ({
  aggregate: null,
  reporters: [],
  facets: [],
  campaign: null,
  campaignStates: [],
  official: null,
  recentReports: 0,
  samples: [],
  decision: null,
});

/** The campaign that counts as evidence: the one with the most distinct reporters. */
export function strongestCampaign(states: CampaignState[]): TargetEvidence["campaign"] {
  let best: CampaignState | null = null;
  for (const state of states) if (!best || state.reporterCount > best.reporterCount) best = state;
  return best ? { id: best.id, reporterCount: best.reporterCount, lastSeen: best.lastSeen } : null;
}

const parseStates = (json: unknown): CampaignState[] =>
  (parse<[string, number, number, number][]>(json) ?? []).map(([id, reportCount, reporterCount, lastSeen]) => ({ id, reportCount, reporterCount, lastSeen }));

/** Current counts of the given campaigns, in one statement (one bound parameter). */
export function campaignStatesStatement(db: Db, ids: string[]): D1PreparedStatement {
  return db
    .prepare("SELECT json_group_array(json_array(id, report_count, reporter_count, last_seen)) AS states FROM campaigns WHERE id IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(ids));
}

export function parseCampaignStates(result: D1Result | undefined): CampaignState[] {
  return parseStates((result?.results[0] as { states?: unknown } | undefined)?.states);
}

/** Parses the results of evidenceStatements into one TargetEvidence per input value (input order). */
export function parseEvidence(q: EvidenceQuery, results: D1Result[]): TargetEvidence[] {
  const byTarget = new Map<string, TargetEvidence>();
  for (const result of results) {
    for (const row of result.results as Record<string, unknown>[]) {
      const aggregate = parse<[number, number, number, number, string | null, number]>(row.aggregate);
      const campaignStates = parseStates(row.campaigns);
      const decision = parse<[string, string]>(row.decision);
      byTarget.set(String(row.target), {
        aggregate: aggregate
          ? {
              reportCount: aggregate[0],
              reporterCount: aggregate[1],
              firstSeen: aggregate[2],
              lastSeen: aggregate[3],
              ...(aggregate[4] ? { kind: aggregate[4] } : {}),
              ...(q.type === "domain" ? { shortener: Boolean(aggregate[5]) } : {}),
            }
          : null,
        reporters: (parse<[number, number, number, number][]>(row.reporters) ?? []).map(([lastAt, strongSignal, corroborated, floodUntil]) => ({
          lastAt,
          strongSignal,
          corroborated,
          floodUntil,
        })),
        facets: (parse<[string, string, number][]>(row.facets) ?? []).map(([facet, value, count]) => ({ facet, value, count })),
        campaign: strongestCampaign(campaignStates),
        campaignStates,
        official: row.official ? { organization: String(row.official) } : null,
        recentReports: Number(row.recent ?? 0),
        samples: (parse<[string, string | null, number][]>(row.samples) ?? []).map(([id, text, createdAt]) => ({ id, text, createdAt })),
        decision: decision ? { decision: decision[0], reason: decision[1] } : null,
      });
    }
  }
  return q.values.map((value) => byTarget.get(value) ?? noEvidence());
}

export async function readEvidence(db: Db, q: EvidenceQuery): Promise<TargetEvidence[]> {
  const statements = evidenceStatements(db, q);
  if (statements.length === 0) return [];
  return parseEvidence(q, await db.batch(statements));
}
