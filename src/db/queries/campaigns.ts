/** Campaign reads: the campaign row and its facet counters in one round trip. */

import { sql, type SQL } from "drizzle-orm";
import { alias, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import { compiled, type CompiledStatement } from "../orm";
import { campaignBands, campaignFingerprints, campaigns, reports, targetFacets, targetReporters } from "../schema";
import type { Db } from "../session";

type CampaignRow = Pick<typeof campaigns.$inferSelect, "id" | "reportCount" | "reporterCount" | "firstSeen" | "lastSeen" | "sampleText">;
type CommonSample = Pick<typeof reports.$inferSelect, "sender"> & { text: string };

export type CampaignRecord = CampaignRow & {
  facets: Pick<typeof targetFacets.$inferSelect, "facet" | "value" | "count">[];
  /** A stored (redacted) text of the campaign's most common template among its recent reports, with its sender. */
  commonSample: CommonSample | null;
};

const campaignById = compiled<{ id: string }, CampaignRow>(
  sql`SELECT ${campaigns.id} AS id, ${campaigns.reportCount} AS reportCount, ${campaigns.reporterCount} AS reporterCount,
        ${campaigns.firstSeen} AS firstSeen, ${campaigns.lastSeen} AS lastSeen, ${campaigns.sampleText} AS sampleText
      FROM ${campaigns} WHERE ${campaigns.id} = ${sql.placeholder("id")}`,
);
const campaignFacets = compiled<{ id: string }, CampaignRecord["facets"][number]>(
  sql`SELECT ${targetFacets.facet} AS facet, ${targetFacets.value} AS value, ${targetFacets.count} AS count FROM ${targetFacets}
      WHERE ${targetFacets.targetType} = 'campaign' AND ${targetFacets.target} = ${sql.placeholder("id")} ORDER BY ${targetFacets.count} DESC LIMIT 300`,
);
/** Reports of a campaign that decide its public sample: the most recent ones, so the read stays bounded. */
const SAMPLE_WINDOW = 500;
/**
 * The public sample: a text of the campaign's most common exact template among its recent visible
 * reports (not the first report's text, which may be one person's odd variant), with its sender.
 */
const campaignCommonSample = compiled<{ id: string }, CommonSample>(
  sql`WITH recent AS (
        SELECT ${reports.fingerprint} AS fingerprint, ${reports.text} AS text, ${reports.sender} AS sender, ${reports.createdAt} AS created_at
        FROM ${reports} WHERE ${reports.campaignId} = ${sql.placeholder("id")} AND ${reports.hidden} = 0
        ORDER BY ${reports.createdAt} DESC LIMIT ${sql.raw(String(SAMPLE_WINDOW))}
      ), common AS (
        SELECT fingerprint FROM recent GROUP BY fingerprint ORDER BY count(*) DESC, max(created_at) DESC LIMIT 1
      )
      SELECT text, sender FROM recent WHERE fingerprint = (SELECT fingerprint FROM common) AND text IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
);

export function campaignStatements(db: Db, id: string): D1PreparedStatement[] {
  return [campaignById.bind(db, { id }), campaignFacets.bind(db, { id }), campaignCommonSample.bind(db, { id })];
}
export function parseCampaign(results: D1Result[]): CampaignRecord | null {
  const row = results[0]?.results[0] as CampaignRow | undefined;
  if (!row) return null;
  const sample = results[2]?.results[0] as CommonSample | undefined;
  return { ...row, facets: (results[1]?.results ?? []) as CampaignRecord["facets"], commonSample: sample ?? null };
}

export async function readCampaign(db: Db, id: string): Promise<CampaignRecord | null> {
  return parseCampaign(await db.batch(campaignStatements(db, id)));
}

/** A campaign a text may join, as the match statement returns it. */
export type CampaignCandidate = Pick<typeof campaigns.$inferSelect, "id" | "signature" | "reportCount" | "reporterCount" | "lastSeen"> & {
  /** Independent sources among its reporters, counted up to 3 (only when asked for). */
  sources?: number;
};

/**
 * The independent sources among a campaign's reporters, counted up to 3 (all the campaign
 * threshold needs: src/domain/score.ts). A source brings at most two pseudonyms (an untrusted
 * key's two groups), so 5 or more reporters are at least 3 sources without reading them.
 * `campaign`: the campaigns table or an alias of it in the enclosing statement.
 */
export function campaignSources(campaign: { id: SQLiteColumn; reporterCount: SQLiteColumn }): SQL {
  const tr = targetReporters;
  return sql`(CASE WHEN ${campaign.reporterCount} >= 5 THEN 3 ELSE (SELECT count(*) FROM (SELECT DISTINCT substr(${tr.reporter}, 1, 8) FROM ${tr}
    WHERE ${tr.targetType} = 'campaign' AND ${tr.target} = ${campaign.id} AND ${tr.hidden} = 0 LIMIT 3)) END)`;
}

/** Band keys are bound as parameters; D1 allows ≤ 100 per statement. */
export const MAX_BAND_KEYS = 32;

/**
 * SQL columns `exact` (the campaign of this exact normalised text, JSON or null) and `candidates`
 * (JSON array of up to 24 campaigns sharing LSH band keys, most shared first), for embedding in one
 * SELECT so a report or /check reads its campaign match in the same statement as everything else.
 * Values: `fingerprint` and `band0`… (campaignMatchValues), so the SQL depends only on how many
 * band keys there are and each shape is compiled once.
 */
export function campaignMatchColumns(keyCount: number, withSources = false): SQL {
  const keys = Array.from({ length: Math.min(keyCount, MAX_BAND_KEYS) }, (_, i) => sql.placeholder(`band${i}`));
  const match = campaignMatchExpressions(sql.placeholder("fingerprint"), keys.length > 0 ? sql.join(keys, sql`,`) : null, withSources);
  return sql`${match.exact} AS exact, ${match.candidates} AS candidates`;
}

/**
 * The two match subqueries over SQL expressions: `fingerprint` the exact fingerprint, `bandKeys`
 * the inside of an IN (…) list of band keys — placeholders, or a SELECT over JSON when many texts
 * are matched in one statement (bulk uploads) — or null for none.
 */
export function campaignMatchExpressions(fingerprint: SQL | SQL.Aliased | ReturnType<typeof sql.placeholder>, bandKeys: SQL | null, withSources = false): { exact: SQL; candidates: SQL } {
  // An aliased table renders as its alias alone: FROM names the table, then the alias.
  const c = alias(campaigns, "c");
  const b = alias(campaignBands, "b");
  const f = alias(campaignFingerprints, "f");
  // /check also needs the campaign's independent sources.
  const sources = withSources ? sql`, 'sources', ${campaignSources(c)}` : sql``;
  const candidate = sql`json_object('id', ${c.id}, 'signature', ${c.signature}, 'reportCount', ${c.reportCount}, 'reporterCount', ${c.reporterCount}, 'lastSeen', ${c.lastSeen}${sources})`;
  const candidates = bandKeys
    ? sql`(SELECT json_group_array(json(m.row)) FROM (
         SELECT ${candidate} AS row FROM ${campaignBands} ${b} JOIN ${campaigns} ${c} ON ${c.id} = ${b.campaignId}
         WHERE ${b.bandKey} IN (${bandKeys})
         GROUP BY ${c.id} ORDER BY count(*) DESC, ${c.reporterCount} DESC LIMIT 24) m)`
    : sql`'[]'`;
  return {
    exact: sql`(SELECT ${candidate} FROM ${campaignFingerprints} ${f} JOIN ${campaigns} ${c} ON ${c.id} = ${f.campaignId} WHERE ${f.fingerprint} = ${fingerprint})`,
    candidates,
  };
}

/** The values campaignMatchColumns binds. */
export function campaignMatchValues(fingerprint: string, bands: number[]): Record<string, string | number> {
  return Object.fromEntries([["fingerprint", fingerprint], ...bands.slice(0, MAX_BAND_KEYS).map((key, i) => [`band${i}`, key])]);
}

/** A statement whose SQL depends on the number of band keys: compiled once per key count. */
export function perBandCount<Values extends Record<string, unknown>, Row>(build: (keyCount: number) => SQL): (bands: number[]) => CompiledStatement<Values, Row> {
  const shapes = new Map<number, CompiledStatement<Values, Row>>();
  return (bands) => {
    const count = Math.min(bands.length, MAX_BAND_KEYS);
    let statement = shapes.get(count);
    if (!statement) shapes.set(count, (statement = compiled<Values, Row>(build(count))));
    return statement;
  };
}

type CampaignMatchRow = { exact: string | null; candidates: string | null };
const campaignMatch = perBandCount<Record<string, string | number>, CampaignMatchRow>((count) => sql`SELECT ${campaignMatchColumns(count, true)}`);

/** Campaign candidates for a text in one statement: exact fingerprint hit, then LSH band hits. */
export function campaignMatchStatement(db: Db, fingerprint: string, bands: number[]): D1PreparedStatement {
  return campaignMatch(bands).bind(db, campaignMatchValues(fingerprint, bands));
}

export function parseCampaignMatch(row: { exact?: string | null; candidates?: string | null } | undefined): { exact: CampaignCandidate | null; candidates: CampaignCandidate[] } {
  return {
    exact: row?.exact ? (JSON.parse(row.exact) as CampaignCandidate) : null,
    candidates: row?.candidates ? (JSON.parse(row.candidates) as CampaignCandidate[]) : [],
  };
}
