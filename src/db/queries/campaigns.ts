/** Campaign reads: the campaign row and its facet counters in one round trip. */

import type { Db } from "../session";
export interface CampaignRecord {
  id: string;
  reportCount: number;
  reporterCount: number;
  firstSeen: number;
  lastSeen: number;
  sampleText: string | null;
  facets: { facet: string; value: string; count: number }[];
}

export function campaignStatements(db: Db, id: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        "SELECT id, report_count AS reportCount, reporter_count AS reporterCount, first_seen AS firstSeen, last_seen AS lastSeen, sample_text AS sampleText FROM campaigns WHERE id = ?",
      )
      .bind(id),
    db.prepare("SELECT facet, value, count FROM target_facets WHERE target_type = 'campaign' AND target = ? ORDER BY count DESC LIMIT 300").bind(id),
  ];
}

export function parseCampaign(results: D1Result[]): CampaignRecord | null {
  const row = results[0]?.results[0] as Omit<CampaignRecord, "facets"> | undefined;
  if (!row) return null;
  return { ...row, facets: (results[1]?.results ?? []) as CampaignRecord["facets"] };
}

export async function readCampaign(db: Db, id: string): Promise<CampaignRecord | null> {
  return parseCampaign(await db.batch(campaignStatements(db, id)));
}

/** A campaign a text may join, as the match statement returns it. */
export interface CampaignCandidate {
  id: string;
  signature: string;
  reportCount: number;
  reporterCount: number;
  lastSeen: number;
}

/** Band keys are bound as parameters; D1 allows ≤ 100 per statement. */
export const MAX_BAND_KEYS = 32;

/**
 * SQL columns `exact` (the campaign of this exact normalised text, JSON or null) and `candidates`
 * (JSON array of up to 24 campaigns sharing LSH band keys, most shared first), for embedding in one
 * SELECT so a report or /check reads its campaign match in the same statement as everything else.
 * The fingerprint is bound first, then the band keys.
 */
export function campaignMatchColumns(bands: number[]): { sql: string; keys: number[] } {
  const keys = bands.slice(0, MAX_BAND_KEYS);
  const match = campaignMatchExpressions("?", keys.length > 0 ? keys.map(() => "?").join(",") : null);
  return { sql: `${match.exact} AS exact, ${match.candidates} AS candidates`, keys };
}

/**
 * The two match subqueries over SQL expressions: `fingerprint` an expression of the exact
 * fingerprint, `bandKeys` the inside of an IN (...) list of band keys (a list of parameters, or a
 * SELECT over JSON when many texts are matched in one statement), or null for none.
 */
export function campaignMatchExpressions(fingerprint: string, bandKeys: string | null): { exact: string; candidates: string } {
  const candidate = "json_object('id', c.id, 'signature', c.signature, 'reportCount', c.report_count, 'reporterCount', c.reporter_count, 'lastSeen', c.last_seen)";
  const candidates = bandKeys
    ? `(SELECT json_group_array(json(m.row)) FROM (
         SELECT ${candidate} AS row FROM campaign_bands b JOIN campaigns c ON c.id = b.campaign_id
         WHERE b.band_key IN (${bandKeys})
         GROUP BY c.id ORDER BY count(*) DESC, c.reporter_count DESC LIMIT 24) m)`
    : "'[]'";
  return {
    exact: `(SELECT ${candidate} FROM campaign_fingerprints f JOIN campaigns c ON c.id = f.campaign_id WHERE f.fingerprint = ${fingerprint})`,
    candidates,
  };
}

/** Campaign candidates for a text in one statement: exact fingerprint hit, then LSH band hits. */
export function campaignMatchStatement(db: Db, fingerprint: string, bands: number[]): D1PreparedStatement {
  const columns = campaignMatchColumns(bands);
  return db.prepare(`SELECT ${columns.sql}`).bind(fingerprint, ...columns.keys);
}

export function parseCampaignMatch(row: { exact?: string | null; candidates?: string | null } | undefined): { exact: CampaignCandidate | null; candidates: CampaignCandidate[] } {
  return {
    exact: row?.exact ? (JSON.parse(row.exact) as CampaignCandidate) : null,
    candidates: row?.candidates ? (JSON.parse(row.candidates) as CampaignCandidate[]) : [],
  };
}
