/** Feed pages: targets changed after a cursor, in change order (an index range scan on change_seq). */

import type { Db } from "../session";
export interface FeedRow {
  value: string;
  kind: string | null;
  country: string | null;
  changeSeq: number;
}

export async function changedTargets(db: Db, type: "sender" | "domain", since: number, limit: number): Promise<FeedRow[]> {
  const sql =
    type === "sender"
      ? "SELECT normalized AS value, kind, country, change_seq AS changeSeq FROM senders WHERE change_seq > ? ORDER BY change_seq LIMIT ?"
      : "SELECT domain AS value, NULL AS kind, NULL AS country, change_seq AS changeSeq FROM domains WHERE change_seq > ? ORDER BY change_seq LIMIT ?";
  const { results } = await db.prepare(sql).bind(since, limit).all<FeedRow>();
  return results;
}

export async function latestChange(db: Db): Promise<number> {
  return (await db.prepare("SELECT value FROM counters WHERE name = 'change'").first<number>("value")) ?? 0;
}

/**
 * Fixes a feed page before any of it is read: the change sequence of its last row (the `next`
 * cursor) and whether more changes follow, so headers (ETag, X-Next-Cursor) can be sent before
 * the body streams. One statement: an index walk of at most `limit` entries.
 */
export function pageBoundaryStatement(db: Db, type: "sender" | "domain", since: number, limit: number): D1PreparedStatement {
  const table = type === "sender" ? "senders" : "domains";
  return db
    .prepare(
      `SELECT (SELECT value FROM counters WHERE name = 'change') AS latest,
         (SELECT max(change_seq) FROM (SELECT change_seq FROM ${table} WHERE change_seq > ?1 ORDER BY change_seq LIMIT ?2)) AS last,
         (SELECT count(*) FROM (SELECT 1 FROM ${table} WHERE change_seq > ?1 ORDER BY change_seq LIMIT ?2 + 1)) AS counted`,
    )
    .bind(since, limit);
}

export async function pageBoundary(db: Db, type: "sender" | "domain", since: number, limit: number): Promise<{ latest: number; next: number; hasMore: boolean }> {
  const row = await pageBoundaryStatement(db, type, since, limit).first<{ latest: number | null; last: number | null; counted: number }>();
  return { latest: row?.latest ?? 0, next: row?.last ?? since, hasMore: (row?.counted ?? 0) > limit };
}

/** Rows of a fixed page range (after, upTo], in change order. */
export async function changedTargetsUpTo(db: Db, type: "sender" | "domain", after: number, upTo: number, limit: number): Promise<FeedRow[]> {
  const sql =
    type === "sender"
      ? "SELECT normalized AS value, kind, country, change_seq AS changeSeq FROM senders WHERE change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?"
      : "SELECT domain AS value, NULL AS kind, NULL AS country, change_seq AS changeSeq FROM domains WHERE change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?";
  const { results } = await db.prepare(sql).bind(after, upTo, limit).all<FeedRow>();
  return results;
}
