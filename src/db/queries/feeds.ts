/** Feed pages: targets changed after a cursor, in change order (an index range scan on change_seq). */
import { eq, sql } from "drizzle-orm";
import { compiled, orm } from "../orm";
import { counters, domains, senders } from "../schema";
import type { Db } from "../session";

type Sender = typeof senders.$inferSelect;
type Domain = typeof domains.$inferSelect;
/** A feed row: a sender with its kind and country, or a domain (neither), keyed `value`. */
type SenderFeedRow = Pick<Sender, "kind" | "country" | "changeSeq"> & { value: Sender["normalized"] };
type DomainFeedRow = Pick<Domain, "changeSeq"> & { value: Domain["domain"]; kind: null; country: null };
export type FeedRow = SenderFeedRow | DomainFeedRow;

/** The change counter now, the change sequence of a page's last row, and how many rows follow the cursor (up to limit + 1). */
type PageBoundaryRow = { latest: (typeof counters.$inferSelect)["value"] | null; last: Sender["changeSeq"] | Domain["changeSeq"] | null; counted: number };

/** One per target type: the page-boundary statement (below), compiled once per isolate. */
const pageBoundaries = {
  sender: pageBoundarySql(senders.changeSeq, senders),
  domain: pageBoundarySql(domains.changeSeq, domains),
};

function pageBoundarySql(changeSeq: typeof senders.changeSeq | typeof domains.changeSeq, table: typeof senders | typeof domains) {
  const since = sql.placeholder("since");
  const limit = sql.placeholder("limit");
  return compiled<{ since: number; limit: number; limitPlusOne: number }, PageBoundaryRow>(
    sql`SELECT (SELECT ${counters.value} FROM ${counters} WHERE ${counters.name} = 'change') AS latest,
      (SELECT max(${sql.identifier(changeSeq.name)}) FROM (SELECT ${changeSeq} FROM ${table} WHERE ${changeSeq} > ${since} ORDER BY ${changeSeq} LIMIT ${limit})) AS last,
      (SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE ${changeSeq} > ${since} ORDER BY ${changeSeq} LIMIT ${sql.placeholder("limitPlusOne")})) AS counted`,
  );
}

/**
 * Fixes a feed page before any of it is read: the change sequence of its last row (the `next`
 * cursor) and whether more changes follow, so headers (ETag, X-Next-Cursor) can be sent before
 * the body streams. One statement: an index walk of at most `limit` entries.
 */
export function pageBoundaryStatement(db: Db, type: "sender" | "domain", since: number, limit: number): D1PreparedStatement {
  return pageBoundaries[type].bind(db, { since, limit, limitPlusOne: limit + 1 });
}

export async function pageBoundary(db: Db, type: "sender" | "domain", since: number, limit: number): Promise<{ latest: number; next: number; hasMore: boolean }> {
  const row = await pageBoundaryStatement(db, type, since, limit).first<PageBoundaryRow>();
  return { latest: row?.latest ?? 0, next: row?.last ?? since, hasMore: (row?.counted ?? 0) > limit };
}

/** One per target type, compiled once per isolate: rows of a fixed page range (after, upTo], in change order. */
const pageRows = {
  sender: compiled<{ after: number; upTo: number; limit: number }, SenderFeedRow>(
    sql`SELECT ${senders.normalized} AS value, ${senders.kind} AS kind, ${senders.country} AS country, ${senders.changeSeq} AS changeSeq FROM ${senders}
        WHERE ${senders.changeSeq} > ${sql.placeholder("after")} AND ${senders.changeSeq} <= ${sql.placeholder("upTo")} ORDER BY ${senders.changeSeq} LIMIT ${sql.placeholder("limit")}`,
  ),
  domain: compiled<{ after: number; upTo: number; limit: number }, DomainFeedRow>(
    sql`SELECT ${domains.domain} AS value, NULL AS kind, NULL AS country, ${domains.changeSeq} AS changeSeq FROM ${domains}
        WHERE ${domains.changeSeq} > ${sql.placeholder("after")} AND ${domains.changeSeq} <= ${sql.placeholder("upTo")} ORDER BY ${domains.changeSeq} LIMIT ${sql.placeholder("limit")}`,
  ),
};

/** Rows of a fixed page range (after, upTo], in change order. */
export async function changedTargetsUpTo(db: Db, type: "sender" | "domain", after: number, upTo: number, limit: number): Promise<FeedRow[]> {
  return pageRows[type].all(db, { after, upTo, limit });
}

/** The change sequence now: a snapshot built after reading it holds every change up to it. */
export async function latestChange(db: Db): Promise<number> {
  const [row] = await orm(db).select({ value: counters.value }).from(counters).where(eq(counters.name, "change"));
  return row?.value ?? 0;
}
