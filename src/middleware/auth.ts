/**
 * Authentication: `Authorization: Bearer <key>`. No header → anonymous; the ADMIN_TOKEN secret →
 * admin; otherwise the SHA-256 of the key must match a live row in api_keys. Unknown or revoked
 * keys are 401 (never silently anonymous, so a client learns its key stopped working).
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context";
import { sha256Hex } from "../crypto";
import { findLiveKeyByHash } from "../db/queries/keys";
import { ApiError } from "../errors";

export const ROLES = ["anonymous", "app", "carrier", "regulator", "admin"] as const;
export type Role = (typeof ROLES)[number];

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
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
    c.set("principal", { role: "admin", keyId: "admin-token" });
    return next();
  }
  const key = await findLiveKeyByHash(c.env.DB, await sha256Hex(token));
  if (!key) throw new ApiError("unauthorized", "This API key is unknown or has been revoked.");
  c.set("principal", { role: key.role as Role, keyId: key.id });
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
