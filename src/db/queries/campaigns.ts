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
  /** A stored (redacted) text of the campaign's most common template among its recent reports, with its sender. */
  commonSample: { text: string; sender: string } | null;
}

/** Reports of a campaign that decide its public sample: the most recent ones, so the read stays bounded. */
const SAMPLE_WINDOW = 500;

export function campaignStatements(db: Db, id: string): D1PreparedStatement[] {
  return [
    db
      .prepare(
        "SELECT id, report_count AS reportCount, reporter_count AS reporterCount, first_seen AS firstSeen, last_seen AS lastSeen, sample_text AS sampleText FROM campaigns WHERE id = ?",
      )
      .bind(id),
    db.prepare("SELECT facet, value, count FROM target_facets WHERE target_type = 'campaign' AND target = ? ORDER BY count DESC LIMIT 300").bind(id),
    // The public sample: a text of the campaign's most common exact template among its recent
    // visible reports (not the first report's text, which may be one person's odd variant).
    db
      .prepare(
        `WITH recent AS (
           SELECT fingerprint, text, sender, created_at FROM reports WHERE campaign_id = ?1 AND hidden = 0 ORDER BY created_at DESC LIMIT ${SAMPLE_WINDOW}
         ), common AS (
           SELECT fingerprint FROM recent GROUP BY fingerprint ORDER BY count(*) DESC, max(created_at) DESC LIMIT 1
         )
         SELECT text, sender FROM recent WHERE fingerprint = (SELECT fingerprint FROM common) AND text IS NOT NULL ORDER BY created_at DESC LIMIT 1`,
      )
      .bind(id),
  ];
}

export function parseCampaign(results: D1Result[]): CampaignRecord | null {
  const row = results[0]?.results[0] as Omit<CampaignRecord, "facets" | "commonSample"> | undefined;
  if (!row) return null;
  const sample = results[2]?.results[0] as { text: string; sender: string } | undefined;
  return { ...row, facets: (results[1]?.results ?? []) as CampaignRecord["facets"], commonSample: sample ?? null };
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
  const candidate = "json_object('id', c.id, 'signature', c.signature, 'reportCount', c.report_count, 'reporterCount', c.reporter_count, 'lastSeen', c.last_seen)";
  const candidates =
    keys.length > 0
      ? `(SELECT json_group_array(json(m.row)) FROM (
           SELECT ${candidate} AS row FROM campaign_bands b JOIN campaigns c ON c.id = b.campaign_id
           WHERE b.band_key IN (${keys.map(() => "?").join(",")})
           GROUP BY c.id ORDER BY count(*) DESC, c.reporter_count DESC LIMIT 24) m)`
      : "'[]'";
  return {
    sql: `(SELECT ${candidate} FROM campaign_fingerprints f JOIN campaigns c ON c.id = f.campaign_id WHERE f.fingerprint = ?) AS exact, ${candidates} AS candidates`,
    keys,
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
