/** Stored responses of idempotent requests (written with the report, src/db/queries/reports.ts). */
import { sql } from "drizzle-orm";
import { compiled } from "../orm";
import { idempotencyKeys } from "../schema";
import type { Db } from "../session";
import { IDEMPOTENCY_TTL_MS } from "./reports";

export type StoredResponse = Pick<typeof idempotencyKeys.$inferSelect, "requestHash" | "status" | "body">;

const storedResponse = compiled<{ keyHash: string; liveSince: number }, StoredResponse>(
  sql`SELECT ${idempotencyKeys.requestHash} AS requestHash, ${idempotencyKeys.status} AS status, ${idempotencyKeys.body} AS body
      FROM ${idempotencyKeys} WHERE ${idempotencyKeys.keyHash} = ${sql.placeholder("keyHash")} AND ${idempotencyKeys.createdAt} > ${sql.placeholder("liveSince")}`,
);

/** The response stored for an Idempotency-Key (its hash) within the last 24 h, or null. */
export function readStoredResponse(db: Db, keyHash: string, now: number): Promise<StoredResponse | null> {
  return storedResponse.first(db, { keyHash, liveSince: now - IDEMPOTENCY_TTL_MS });
}
