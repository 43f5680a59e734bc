/**
 * The lookup read path. Evidence for any number of targets of one type is read with a fixed set of
 * statements (IN lists, window functions for per-target limits) in one read batch, so a single
 * lookup and a 100-item batch cost the same number of queries — D1 counts every statement of a
 * batch against the per-invocation query limit. Nothing aggregates over all reports: per-target
 * rows are kept current by the write path.
 */

import { sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { idFloor, REPORT_ID_PREFIX } from "../../lib/crypto";
import { compiled, constant, numbered, sqlTextOnce } from "../orm";
import { campaigns, domains, officialDomains, officialSenders, reportDomains, reporters, reports, senders, targetDecisions, targetFacets, targetReporters, votes } from "../schema";
import type { Db } from "../session";
import type { EvidenceInput } from "../../domain/reputation";
import { campaignSources } from "./campaigns";

export type TargetType = "sender" | "domain";

/** A campaign's counts: shared by every target carrying its texts, so cached apart from them. */
export interface CampaignState {
  id: string;
  reportCount: number;
  reporterCount: number;
  lastSeen: number;
  /** Independent sources among its reporters, up to 3 (campaignSources). */
  sources: number;
}

/** The stored evidence about one target, as the pure reputation module describes it. */
export type TargetEvidence = Required<Omit<EvidenceInput, "samples" | "decision" | "campaignStrongTemplate" | "oldestVoteAt">> & {
  oldestVoteAt?: number | null;
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
  /** Registry keys of the values (same order): a sender's registry number, a host's registrable domain. */
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

const [targetTypeParam, windowStartParam, monthAgoParam, monthIdFloorParam] = [1, 2, 3, 4].map(numbered) as [SQL, SQL, SQL, SQL];

/**
 * One statement for ≤ 45 targets: a VALUES list of (target, registry key) and, per target,
 * correlated subqueries that each read one index range and return JSON. ?1 = target type,
 * ?2 = window start, ?3 = start of the last 30 days, ?4 = the smallest report id of that time.
 * Limits are constants of this module. The text depends only on the type, the options and the
 * number of targets, so each shape is compiled once per isolate.
 */
function chunkStatement(db: Db, q: EvidenceQuery, pairs: [string, string][]): D1PreparedStatement {
  const monthAgo = q.now - 30 * DAY_MS;
  const shape = `evidence|${q.type}|${q.withSamples}|${Boolean(q.withNeighbours)}|${pairs.length}`;
  return db.prepare(sqlTextOnce(shape, () => chunkQuery(q, pairs.length))).bind(q.type, q.windowStart, monthAgo, idFloor(REPORT_ID_PREFIX, monthAgo), ...pairs.flat());
}

function chunkQuery(q: EvidenceQuery, targetCount: number): SQL {
  const values = sql.join(
    Array.from({ length: targetCount }, (_, i) => sql`(${numbered(5 + 2 * i)}, ${numbered(6 + 2 * i)})`),
    sql`, `,
  );
  return evidenceQuery(q, sql`VALUES ${values}`);
}

/**
 * The evidence statement over any source of (target, registry key) rows: a VALUES list of
 * parameters, or a page of a table in key order (readEvidencePage). Source parameters start at ?5.
 */
function evidenceQuery(q: Pick<EvidenceQuery, "type" | "withSamples" | "withNeighbours">, source: SQL): SQL {
  const isSender = q.type === "sender";
  const aggregate = isSender
    ? sql`(SELECT json_array(${senders.reportCount}, ${senders.reporterCount}, ${senders.firstSeen}, ${senders.lastSeen}, ${senders.kind}, 0) FROM ${senders} WHERE ${senders.normalized} = t.target)`
    : sql`(SELECT json_array(${domains.reportCount}, ${domains.reporterCount}, ${domains.firstSeen}, ${domains.lastSeen}, NULL, ${domains.shortener}) FROM ${domains} WHERE ${domains.domain} = t.target)`;
  // An aliased table renders as its alias alone: FROM names the table, then the alias.
  const d = alias(reportDomains, "d");
  const r = alias(reports, "r");
  const recent = isSender
    ? sql`(SELECT count(*) FROM ${reports} WHERE ${reports.sender} = t.target AND ${reports.createdAt} >= ${monthAgoParam} AND ${reports.hidden} = 0)`
    : // A report id starts with its creation time (src/lib/crypto.ts), so a domain's last 30 days are one
      // range of its (domain, report_id) index, counted without reading the reports; hidden reports
      // are few and found through their partial index.
      sql`((SELECT count(*) FROM ${reportDomains} ${d} WHERE ${d.domain} = t.target AND ${d.reportId} >= ${monthIdFloorParam})
        - (SELECT count(*) FROM ${reports} ${r} WHERE ${r.hidden} = 1 AND ${r.id} >= ${monthIdFloorParam} AND EXISTS (
             SELECT 1 FROM ${reportDomains} ${d} WHERE ${d.reportId} = ${r.id} AND ${d.domain} = t.target)))`;
  const samples = !q.withSamples
    ? sql`NULL`
    : isSender
      ? sql`(SELECT json_group_array(json_array(id, text, created_at)) FROM (SELECT ${reports.id}, ${reports.text}, ${reports.createdAt} FROM ${reports} WHERE ${reports.sender} = t.target AND ${reports.hidden} = 0 ORDER BY ${reports.createdAt} DESC LIMIT ${constant(SAMPLES_PER_TARGET)}))`
      : sql`(SELECT json_group_array(json_array(id, text, created_at)) FROM (SELECT ${r.id} AS id, ${r.text} AS text, ${r.createdAt} AS created_at FROM ${reportDomains} ${d} JOIN ${reports} ${r} ON ${r.id} = ${d.reportId} WHERE ${d.domain} = t.target AND ${r.hidden} = 0 ORDER BY ${r.createdAt} DESC LIMIT ${constant(SAMPLES_PER_TARGET)}))`;
  const ownSender = alias(senders, "own");
  const ownDomain = alias(domains, "own");
  const [table, key, own, ownKey, ownFacets] = isSender
    ? [senders, senders.normalized, ownSender, ownSender.normalized, ownSender.facets]
    : [domains, domains.domain, ownDomain, ownDomain.domain, ownDomain.facets];
  // The outer SELECT reads the subquery's column, which has the bare name.
  const keyName = sql.identifier(key.name);
  const neighbours = q.withNeighbours
    ? sql`(SELECT json_group_array(${keyName}) FROM (SELECT ${key} FROM ${table} WHERE ${key} < t.target ORDER BY ${key} DESC LIMIT ${constant(NEIGHBOURS)})) AS lower,
      (SELECT json_group_array(${keyName}) FROM (SELECT ${key} FROM ${table} WHERE ${key} >= t.target ORDER BY ${key} LIMIT ${constant(NEIGHBOURS)})) AS upper`
    : sql`NULL AS lower, NULL AS upper`;
  const tr = alias(targetReporters, "tr");
  const reporter = alias(reporters, "r");
  const c = alias(campaigns, "c");
  return sql`WITH t(target, registry) AS (${source})
    SELECT t.target AS target,
      ${aggregate} AS aggregate,
      (SELECT json_group_array(json_array(last_at, strong_signal, corroborated, flood_until, source)) FROM (
         SELECT ${tr.lastAt} AS last_at, ${tr.strongSignal} AS strong_signal, coalesce(${reporter.corroborated}, 0) AS corroborated, coalesce(${reporter.floodUntil}, 0) AS flood_until,
           substr(${tr.reporter}, 1, 8) AS source
         FROM ${targetReporters} ${tr} LEFT JOIN ${reporters} ${reporter} ON ${reporter.id} = ${tr.reporter}
         WHERE ${tr.targetType} = ${targetTypeParam} AND ${tr.target} = t.target AND ${tr.lastAt} >= ${windowStartParam} AND ${tr.hidden} = 0
         ORDER BY ${tr.lastAt} DESC LIMIT ${constant(REPORTER_ROWS_PER_TARGET)})) AS reporters,
      (SELECT json_group_array(json_array(facet, value, count)) FROM (
         SELECT o.key AS facet, i.key AS value, i.value AS count FROM ${table} ${own}, json_each(${ownFacets}) o, json_each(o.value) i WHERE ${ownKey} = t.target
         UNION ALL SELECT ${targetFacets.facet}, ${targetFacets.value}, ${targetFacets.count} FROM ${targetFacets} WHERE ${targetFacets.targetType} = ${targetTypeParam} AND ${targetFacets.target} = t.target
         ORDER BY count DESC, facet, value LIMIT ${constant(FACET_ROWS_PER_TARGET)})) AS facets,
      (SELECT json_group_array(json_array(${c.id}, ${c.reportCount}, ${c.reporterCount}, ${c.lastSeen}, ${campaignSources(c)})) FROM (
         SELECT i.key AS id FROM ${table} ${own}, json_each(${ownFacets}, '$.campaign') i WHERE ${ownKey} = t.target ORDER BY i.value DESC, i.key LIMIT ${constant(CAMPAIGNS_PER_TARGET)}) f
         JOIN ${campaigns} ${c} ON ${c.id} = f.id) AS campaigns,
      ${
        isSender
          ? sql`(SELECT ${officialSenders.organization} FROM ${officialSenders} WHERE ${officialSenders.number} = t.registry)`
          : // The exact host first, then its registrable domain. Two point reads, not one ORDER BY over the
            // outer row: SQLite 3.51 (Node 22's) rejects an outer column in a subquery's ORDER BY.
            sql`coalesce((SELECT ${officialDomains.organization} FROM ${officialDomains} WHERE ${officialDomains.domain} = t.target),
              (SELECT ${officialDomains.organization} FROM ${officialDomains} WHERE ${officialDomains.domain} = t.registry))`
      } AS official,
      (SELECT json_array(count(*), count(DISTINCT substr(${votes.voter}, 1, 8)), min(${votes.createdAt})) FROM ${votes}
         WHERE ${votes.targetType} = ${targetTypeParam} AND ${votes.target} = t.target AND ${votes.createdAt} >= ${windowStartParam}) AS votes,
      ${recent} AS recent,
      ${samples} AS samples,
      (SELECT json_array(${targetDecisions.decision}, ${targetDecisions.reason}, ${targetDecisions.createdAt}) FROM ${targetDecisions} WHERE ${targetDecisions.targetType} = ${targetTypeParam} AND ${targetDecisions.target} = t.target) AS decision,
      ${neighbours}
    FROM t`;
}

/**
 * Evidence of the next `limit` senders or domains after `after` in key order (a snapshot page):
 * six parameters however many targets, so a complete list costs one statement per page.
 * A sender's registry key is computed as registryKeyOf does (src/domain/phone.ts).
 */
export function readEvidencePage(db: Db, q: Omit<EvidenceQuery, "values" | "registryKeys">, after: string, limit: number): Promise<D1Result> {
  const monthAgo = q.now - 30 * DAY_MS;
  const source =
    q.type === "sender"
      ? sql`SELECT ${senders.normalized}, CASE ${senders.kind} WHEN 'mobile' THEN substr(${senders.normalized}, 4) WHEN 'landline' THEN '0' || substr(${senders.normalized}, 4) ELSE ${senders.normalized} END
            FROM ${senders} WHERE ${senders.normalized} > ${numbered(5)} ORDER BY ${senders.normalized} LIMIT ${numbered(6)}`
      : sql`SELECT ${domains.domain}, ${domains.domain} FROM ${domains} WHERE ${domains.domain} > ${numbered(5)} ORDER BY ${domains.domain} LIMIT ${numbered(6)}`;
  const shape = `evidence-page|${q.type}|${q.withSamples}`;
  return db
    .prepare(sqlTextOnce(shape, () => evidenceQuery({ type: q.type, withSamples: q.withSamples, withNeighbours: false }, source)))
    .bind(q.type, q.windowStart, monthAgo, idFloor(REPORT_ID_PREFIX, monthAgo), after, limit)
    .all();
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
  votes: { legit: 0, distinctVoters: 0 },
});

/** The campaign that counts as evidence: the one with the most distinct reporters. */
export function strongestCampaign(states: CampaignState[]): TargetEvidence["campaign"] {
  let best: CampaignState | null = null;
  for (const state of states) if (!best || state.reporterCount > best.reporterCount) best = state;
  return best ? { id: best.id, reporterCount: best.reporterCount, lastSeen: best.lastSeen, sources: best.sources } : null;
}

const parseStates = (json: unknown): CampaignState[] =>
  (parse<[string, number, number, number, number][]>(json) ?? []).map(([id, reportCount, reporterCount, lastSeen, sources]) => ({
    id,
    reportCount,
    reporterCount,
    lastSeen,
    sources: sources ?? 0,
  }));

/** Current counts of the given campaigns, in one statement (one bound parameter). */
const stateOf = alias(campaigns, "c");
const campaignStates = compiled<{ ids: string }, { states: string }>(
  sql`SELECT json_group_array(json_array(${stateOf.id}, ${stateOf.reportCount}, ${stateOf.reporterCount}, ${stateOf.lastSeen}, ${campaignSources(stateOf)})) AS states
      FROM ${campaigns} ${stateOf} WHERE ${stateOf.id} IN (SELECT value FROM json_each(${sql.placeholder("ids")}))`,
);

export function campaignStatesStatement(db: Db, ids: string[]): D1PreparedStatement {
  return campaignStates.bind(db, { ids: JSON.stringify(ids) });
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
      const decision = parse<[string, string, number]>(row.decision);
      const votes = parse<[number, number, number | null]>(row.votes);
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
        reporters: (parse<[number, number, number, number, string][]>(row.reporters) ?? []).map(([lastAt, strongSignal, corroborated, floodUntil, source]) => ({
          lastAt,
          strongSignal,
          corroborated,
          floodUntil,
          source,
        })),
        facets: (parse<[string, string, number][]>(row.facets) ?? []).map(([facet, value, count]) => ({ facet, value, count })),
        campaign: strongestCampaign(campaignStates),
        campaignStates,
        official: row.official ? { organization: String(row.official) } : null,
        recentReports: Number(row.recent ?? 0),
        samples: (parse<[string, string | null, number][]>(row.samples) ?? []).map(([id, text, createdAt]) => ({ id, text, createdAt })),
        decision: decision ? { decision: decision[0], reason: decision[1], decidedAt: decision[2] } : null,
        votes: { legit: votes?.[0] ?? 0, distinctVoters: votes?.[1] ?? 0 },
        oldestVoteAt: votes?.[2] ?? null,
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
