import { and, eq, isNull } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { apiKeys } from "../schema";

export async function findLiveKeyByHash(d1: D1Database, hash: string) {
  const db = drizzle(d1);
  const rows = await db
    .select({ id: apiKeys.id, role: apiKeys.role })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertKey(d1: D1Database, row: typeof apiKeys.$inferInsert) {
  await drizzle(d1).insert(apiKeys).values(row);
}

/** Revokes a key; returns false when no live key had that id. */
export async function revokeKey(d1: D1Database, id: string, at: number): Promise<boolean> {
  const result = await drizzle(d1)
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .run();
  return (result.meta.changes ?? 0) > 0;
}
