/** Reports in storage order for the raw archive (src/services/archive.ts): a rowid range scan. */
import type { Db } from "../session";

export interface ArchivedReport {
  rowid: number;
  id: string;
  createdAt: number;
  receivedAt: number | null;
  sender: string;
  senderKind: string;
  text: string | null;
  fingerprint: string;
  campaignId: string;
  carrier: string | null;
  region: string | null;
  category: string | null;
  claimedInstitution: string | null;
  signals: string;
  callbackNumbers: string;
  links: string;
  hidden: number;
}

/** The next reports after a rowid, oldest first. The reporter pseudonym is left out on purpose. */
export async function reportsAfter(db: Db, afterRowid: number, limit: number): Promise<ArchivedReport[]> {
  const { results } = await db
    .prepare(
      `SELECT r.rowid AS rowid, r.id AS id, r.created_at AS createdAt, r.received_at AS receivedAt, r.sender AS sender, r.sender_kind AS senderKind,
         r.text AS text, r.fingerprint AS fingerprint, r.campaign_id AS campaignId, r.carrier AS carrier, r.region AS region, r.category AS category,
         r.claimed_institution AS claimedInstitution, r.signals AS signals, r.callback_numbers AS callbackNumbers, r.hidden AS hidden,
         (SELECT json_group_array(json_array(host, domain)) FROM report_domains d WHERE d.report_id = r.id) AS links
       FROM reports r WHERE r.rowid > ? ORDER BY r.rowid LIMIT ?`,
    )
    .bind(afterRowid, limit)
    .all<ArchivedReport>();
  return results;
}
