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
