/** Senders whose SHA-256 starts with a 5-hex prefix (k-anonymous range lookups). Index range scan. */
import { sql } from "drizzle-orm";
import { compiled } from "../orm";
import { senders } from "../schema";
import type { Db } from "../session";

type RangeSender = Pick<typeof senders.$inferSelect, "normalized" | "kind" | "country"> & { sha256: string };

const sendersInRange = compiled<{ from: string; to: string }, RangeSender>(
  sql`SELECT ${senders.normalized} AS normalized, ${senders.kind} AS kind, ${senders.country} AS country, ${senders.sha256} AS sha256
      FROM ${senders} WHERE ${senders.sha256} >= ${sql.placeholder("from")} AND ${senders.sha256} < ${sql.placeholder("to")} LIMIT 90`,
);

export async function sendersInHashRange(db: Db, prefix: string): Promise<RangeSender[]> {
  const upper = (parseInt(prefix, 16) + 1).toString(16).padStart(5, "0");
  return sendersInRange.all(db, { from: prefix, to: upper.length > 5 ? "g" : upper });
}
