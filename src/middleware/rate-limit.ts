/**
 * Per-role request budgets with the Workers Rate Limiting binding: anonymous callers by a keyed
 * pseudonym of their address (reports have the smallest budget), keys by key id; admins are not
 * limited. Over budget → 429 problem+json with Retry-After.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context";
import { hmacHex } from "../crypto";
import { ApiError } from "../errors";

/** Routes that do no work worth limiting (the benchmark baseline and health probes). */
const UNLIMITED = new Set(["/api/v1/ping", "/api/v1/health", "/api/v1/openapi.json"]);

export function limiterFor(env: Env, role: string, isReport: boolean): RateLimit | null {
  switch (role) {
    case "admin":
      return null;
    case "carrier":
      return env.CARRIER_LIMITER;
    case "app":
    case "regulator":
      return env.APP_LIMITER;
    default:
      return isReport ? env.ANON_REPORT_LIMITER : env.ANON_LOOKUP_LIMITER;
  }
}

/** Applies the caller's budget; throws 429 when it is spent. */
export async function enforceRateLimit(env: Env, principal: { role: string; keyId: string | null }, clientAddress: string, isReport: boolean): Promise<void> {
  const limiter = limiterFor(env, principal.role, isReport);
  if (!limiter) return;
  const key = principal.keyId ?? (await hmacHex(env.REPORTER_KEY, `rate:${clientAddress}`)).slice(0, 32);
  const { success } = await limiter.limit({ key: isReport && !principal.keyId ? `report:${key}` : key });
  if (!success) throw new ApiError("rate_limited", "Too many requests; slow down and retry after the indicated time.", { headers: { "Retry-After": "60" } });
}

export const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNLIMITED.has(c.req.path)) return next();
  const isReport = c.req.method === "POST" && c.req.path === "/api/v1/reports";
  await enforceRateLimit(c.env, c.get("principal"), c.req.header("cf-connecting-ip") ?? "unknown", isReport);
  return next();
};
