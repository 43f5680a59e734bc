/** Reports in storage order for the raw archive (src/services/archive.ts): a rowid range scan. */
import { sql } from "drizzle-orm";
import { compiled } from "../orm";
import { reportDomains, reports } from "../schema";
import type { Db } from "../session";

/** A report as archived: its columns (the reporter pseudonym left out) with its rowid and links. */
export type ArchivedReport = Pick<
  typeof reports.$inferSelect,
  "id" | "createdAt" | "receivedAt" | "sender" | "senderKind" | "text" | "fingerprint" | "campaignId" | "carrier" | "region" | "category" | "claimedInstitution" | "signals" | "callbackNumbers"
> & {
  rowid: number;
  /** JSON array of [host, domain]. */
  links: string;
  /** As stored, 0 or 1: read without Drizzle's boolean mapping. */
  hidden: number;
};

const r = reports;
const nextReports = compiled<{ after: number; limit: number }, ArchivedReport>(
  sql`SELECT ${r}.rowid AS rowid, ${r.id} AS id, ${r.createdAt} AS createdAt, ${r.receivedAt} AS receivedAt, ${r.sender} AS sender, ${r.senderKind} AS senderKind,
        ${r.text} AS text, ${r.fingerprint} AS fingerprint, ${r.campaignId} AS campaignId, ${r.carrier} AS carrier, ${r.region} AS region, ${r.category} AS category,
        ${r.claimedInstitution} AS claimedInstitution, ${r.signals} AS signals, ${r.callbackNumbers} AS callbackNumbers, ${r.hidden} AS hidden,
        (SELECT json_group_array(json_array(${reportDomains.host}, ${reportDomains.domain})) FROM ${reportDomains} WHERE ${reportDomains.reportId} = ${r.id}) AS links
      FROM ${r} WHERE ${r}.rowid > ${sql.placeholder("after")} ORDER BY ${r}.rowid LIMIT ${sql.placeholder("limit")}`,
);

/** The next reports after a rowid, oldest first. The reporter pseudonym is left out on purpose. */
export async function reportsAfter(db: Db, afterRowid: number, limit: number): Promise<ArchivedReport[]> {
  return nextReports.all(db, { after: afterRowid, limit });
}
