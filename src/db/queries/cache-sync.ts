/**
 * The reads that keep the isolate caches (src/cache) true to D1: the sync statement of
 * src/cache/freshness.ts and the registry/decision exceptions of src/cache/known-ranges.ts. Both
 * ride in a lookup's batch (src/services/lookup.ts), so they are statements to bind, compiled once
 * per isolate: the sync runs about once a second per isolate.
 */
import { sql } from "drizzle-orm";
import { compiled } from "../orm";
import { campaigns, counters, officialDomains, officialSenders, reportDomains, reports, targetDecisions } from "../schema";
import type { Db } from "../session";

type Report = typeof reports.$inferSelect;

/** One report stored after the watermark: its rowid, sender, campaign and link domains. */
export type SyncChange = [seq: number, sender: Report["sender"], campaignId: Report["campaignId"], domains: (typeof reportDomains.$inferSelect)["domain"][]];

export interface SyncRow {
  /** The `admin` counter: bumped by registry, decision, moderation and key changes (null before the first). */
  admin: (typeof counters.$inferSelect)["value"] | null;
  /** The greatest rowid of reports and of campaigns (0 when empty). */
  reports_top: number;
  campaigns_top: number;
  /** JSON array of SyncChange, in rowid order. */
  changes: string;
}

const p = sql.placeholder;

const sync = compiled<{ after: number; limit: number }, SyncRow>(
  sql`SELECT (SELECT ${counters.value} FROM ${counters} WHERE ${counters.name} = 'admin') AS admin,
       (SELECT coalesce(max(rowid), 0) FROM ${reports}) AS reports_top,
       (SELECT coalesce(max(rowid), 0) FROM ${campaigns}) AS campaigns_top,
       (SELECT json_group_array(json_array(seq, sender, campaign_id, json(domains))) FROM (
          SELECT ${reports}.rowid AS seq, ${reports.sender} AS sender, ${reports.campaignId} AS campaign_id,
            (SELECT json_group_array(${reportDomains.domain}) FROM ${reportDomains} WHERE ${reportDomains.reportId} = ${reports.id}) AS domains
          FROM ${reports} WHERE ${reports}.rowid > ${p("after")} ORDER BY ${reports}.rowid LIMIT ${p("limit")})) AS changes`,
);

/** The sync statement: counters, tops and up to `limit` reports after rowid `after`, in one row (SyncRow). */
export function changesSinceStatement(db: Db, after: number, limit: number): D1PreparedStatement {
  return sync.bind(db, { after, limit });
}

export interface ExceptionsRow {
  /** Registry numbers and domains plus decided targets, all counted. */
  n: number;
  /** JSON array of registry numbers (official_senders.number) and official domains, at most `limit`. */
  registry: string;
  /** JSON array of `type:target` of target_decisions, at most `limit`. */
  decided: string;
}

const exceptions = compiled<{ limit: number }, ExceptionsRow>(
  sql`SELECT (SELECT count(*) FROM ${officialSenders}) + (SELECT count(*) FROM ${officialDomains}) + (SELECT count(*) FROM ${targetDecisions}) AS n,
       (SELECT json_group_array(value) FROM (SELECT ${officialSenders.number} AS value FROM ${officialSenders} UNION ALL SELECT ${officialDomains.domain} FROM ${officialDomains} LIMIT ${p("limit")})) AS registry,
       (SELECT json_group_array(type || ':' || target) FROM (SELECT ${targetDecisions.targetType} AS type, ${targetDecisions.target} AS target FROM ${targetDecisions} LIMIT ${p("limit")})) AS decided`,
);

/** The registry keys and decided targets a lookup must not answer "nothing known" for (ExceptionsRow). */
export function registryAndDecisionsStatement(db: Db, limit: number): D1PreparedStatement {
  return exceptions.bind(db, { limit });
}
