/** Senders whose SHA-256 starts with a 5-hex prefix (k-anonymous range lookups). Index range scan. */
import type { Db } from "../session";
export async function sendersInHashRange(db: Db, prefix: string): Promise<{ normalized: string; kind: string; country: string | null; sha256: string }[]> {
  const upper = (parseInt(prefix, 16) + 1).toString(16).padStart(5, "0");
  const { results } = await db
    .prepare("SELECT normalized, kind, country, sha256 FROM senders WHERE sha256 >= ? AND sha256 < ? LIMIT 90")
    .bind(prefix, upper.length > 5 ? "g" : upper)
    .all<{ normalized: string; kind: string; country: string | null; sha256: string }>();
  return results;
}
