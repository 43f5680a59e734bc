import type { Db } from "../session";
import { auditStatement, type AuditEntry } from "./moderation";

export async function findLiveKeyByHash(db: Db, hash: string): Promise<{ id: string; role: string; trustedReporter: number } | null> {
  return db
    .prepare("SELECT id, role, trusted_reporter AS trustedReporter FROM api_keys WHERE hash = ? AND revoked_at IS NULL")
    .bind(hash)
    .first<{ id: string; role: string; trustedReporter: number }>();
}

export async function insertKey(
  db: Db,
  row: { id: string; prefix: string; hash: string; name: string; role: string; createdAt: number; trustedReporter?: boolean },
  audit: AuditEntry,
): Promise<void> {
  await db.batch([
    db
      .prepare("INSERT INTO api_keys (id, prefix, hash, name, role, created_at, trusted_reporter) VALUES (?, ?, ?, ?, ?, ?, ?)")
      .bind(row.id, row.prefix, row.hash, row.name, row.role, row.createdAt, row.trustedReporter ? 1 : 0),
    auditStatement(db, audit),
  ]);
}

/** Revokes a key at once; false when no live key had that id. */
export async function revokeKey(db: Db, id: string, at: number, audit: AuditEntry): Promise<boolean> {
  const [revoked] = await db.batch([
    db.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL RETURNING id").bind(at, id),
    auditStatement(db, audit),
  ]);
  if ((revoked?.results.length ?? 0) === 0) {
    await db.prepare("DELETE FROM audit_log WHERE id = ?").bind(audit.id).run();
    return false;
  }
  return true;
}
