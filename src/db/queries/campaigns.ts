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

/** Campaign candidates for a text: exact fingerprint hit, then LSH band hits (≤ 32 keys). */
export function campaignMatchStatements(db: Db, fingerprint: string, bands: number[]): D1PreparedStatement[] {
  const keys = bands.slice(0, 32);
  return [
    db
      .prepare(
        "SELECT c.id AS id, c.report_count AS reportCount, c.reporter_count AS reporterCount, c.last_seen AS lastSeen FROM campaign_fingerprints f JOIN campaigns c ON c.id = f.campaign_id WHERE f.fingerprint = ?",
      )
      .bind(fingerprint),
    keys.length > 0
      ? db
          .prepare(
            `SELECT c.id AS id, c.signature AS signature, c.report_count AS reportCount, c.reporter_count AS reporterCount, c.last_seen AS lastSeen, count(*) AS hits
             FROM campaign_bands b JOIN campaigns c ON c.id = b.campaign_id
             WHERE b.band_key IN (${keys.map(() => "?").join(",")})
             GROUP BY c.id ORDER BY hits DESC, c.reporter_count DESC LIMIT 24`,
          )
          .bind(...keys)
      : db.prepare("SELECT NULL AS id WHERE 0"),
  ];
}
