import { and, eq, isNull, sql } from "drizzle-orm";
import { apiKeys, auditLog } from "../schema";
import { compiled, orm } from "../orm";
import type { Db } from "../session";
import { auditInsert, type AuditEntry } from "./moderation";

// Every authenticated request reads this: compiled once per isolate, only bound per request.
type LiveKey = Pick<typeof apiKeys.$inferSelect, "id" | "role">;
const liveKeyByHash = compiled<{ hash: string }, LiveKey>(
  sql`SELECT ${apiKeys.id} AS id, ${apiKeys.role} AS role FROM ${apiKeys} WHERE ${apiKeys.hash} = ${sql.placeholder("hash")} AND ${apiKeys.revokedAt} IS NULL`,
);

export async function findLiveKeyByHash(db: Db, hash: string): Promise<LiveKey | null> {
  return liveKeyByHash.first(db, { hash });
}

export async function insertKey(
  db: Db,
  row: { id: string; prefix: string; hash: string; name: string; role: string; createdAt: number },
  audit: AuditEntry,
): Promise<void> {
  const q = orm(db);
  await q.batch([q.insert(apiKeys).values(row), auditInsert(db, audit)]);
}

/** Revokes a key at once; false when no live key had that id. */
export async function revokeKey(db: Db, id: string, at: number, audit: AuditEntry): Promise<boolean> {
  const q = orm(db);
  const [revoked] = await q.batch([
    q.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).returning({ id: apiKeys.id }),
    auditInsert(db, audit),
  ]);
  if (revoked.length === 0) {
    await q.delete(auditLog).where(eq(auditLog.id, audit.id));
    return false;
  }
  return true;
}
