/**
 * Authentication: `Authorization: Bearer <key>`. No header → anonymous; the ADMIN_TOKEN secret →
 * admin; otherwise the SHA-256 of the key must match a live row in api_keys. Unknown or revoked
 * keys are 401 (never silently anonymous, so a client learns its key stopped working).
 *
 * Verified keys are remembered per isolate for KEY_CACHE_TTL_MS (as Unkey's API does), so a
 * carrier's lookups do not spend a D1 round trip on the key every time. Revoking a key clears
 * the cache of the isolate that handled the revocation at once; other isolates stop accepting
 * it at their next sync (about a second, src/cache/freshness.ts) and never later than
 * KEY_CACHE_TTL_MS. Unknown keys are never cached (a new key works at once).
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv, Role } from "../lib/context";
import { constantTimeEqual, sha256Hex } from "../lib/crypto";
import { findLiveKeyByHash } from "../db/queries/keys";
import { ApiError } from "../lib/errors";
import { subscribe } from "../cache/freshness";
import { TtlCache } from "../cache/memory-cache";



export const KEY_CACHE_TTL_MS = 30_000;
const verifiedKeys = new TtlCache<string, VerifiedKey>(10_000, KEY_CACHE_TTL_MS);

interface VerifiedKey {
  id: string;
  role: Role;
  trustedReporter: boolean;
}

/** Forgets every verified key (after a revocation or any other key change). */
export function forgetVerifiedKeys(): void {
  verifiedKeys.clear();
}

// A revocation anywhere bumps the admin counter (migration 0012): isolates that sync drop their keys.
subscribe({ changed: () => {}, reset: forgetVerifiedKeys });

/** Keyed by the presented token itself (memory only, like the request that carried it), so a hit costs no hashing. */
async function verifyKey(db: D1Database, token: string): Promise<VerifiedKey | null> {
  const cached = verifiedKeys.get(token);
  if (cached) return cached;
  const row = await findLiveKeyByHash(db, await sha256Hex(token));
  if (!row) return null;
  const key = { id: row.id, role: row.role as Role, trustedReporter: Number(row.trustedReporter) === 1 };
  verifiedKeys.set(token, key);
  return key;
}

export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header("authorization");
  if (!header) {
    c.set("principal", { role: "anonymous", keyId: null });
    return next();
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new ApiError("unauthorized", "Use `Authorization: Bearer <api key>`.");
  const token = match[1];
  if (c.env.ADMIN_TOKEN && constantTimeEqual(token, c.env.ADMIN_TOKEN)) {
    c.set("principal", { role: "admin", keyId: "admin-token", trustedReporter: true });
    return next();
  }
  const key = await verifyKey(c.env.DB, token);
  if (!key) throw new ApiError("unauthorized", "This API key is unknown or has been revoked.");
  c.set("principal", { role: key.role, keyId: key.id, trustedReporter: key.trustedReporter });
  return next();
};

/** Guard for routes limited to some roles; admin may do everything. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { role } = c.get("principal");
    if (role === "admin" || roles.includes(role)) return next();
    if (role === "anonymous") throw new ApiError("unauthorized", `This endpoint needs an API key with role ${roles.join(" or ")}.`);
    throw new ApiError("forbidden", `Role ${role} may not call this endpoint; it needs ${roles.join(" or ")}.`);
  };
}
