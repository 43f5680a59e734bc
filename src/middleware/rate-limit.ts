/**
 * Per-role request budgets with the Workers Rate Limiting binding: anonymous callers by a keyed
 * pseudonym of their network (IPv4 /24, IPv6 /64) (reports have the smallest budget), keys by key id; admins are not
 * limited. Over budget → 429 problem+json with Retry-After.
 *
 * Keyed budgets are large (6,000 and 100,000 a minute) and every binding call is a round trip to
 * the limiter, so keyed callers are accounted in units of KEYED_UNIT requests: the binding is
 * asked once per unit (its configured limit in wrangler.toml is the budget ÷ KEYED_UNIT) and the
 * unit's other requests in this isolate ride on that answer. Accounting stays conservative: a
 * unit is charged in full when it starts. Anonymous budgets are small and exact (one call each).
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../lib/context";
import { hmacHex } from "../lib/crypto";
import { reporterNetwork } from "../domain/network";
import { ApiError } from "../lib/errors";
import { TtlCache } from "../cache/memory-cache";

/** Routes that do no work worth limiting (the benchmark baseline and health probes). */
export const UNLIMITED = new Set(["/api/v1/ping", "/api/v1/health", "/api/v1/openapi.json"]);

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

/** Requests per binding call for keyed callers (see the module comment). */
export const KEYED_UNIT = 10;
/** After a refusal, a key is refused in this isolate for this long before the binding is asked again. */
export const BLOCK_MS = 10_000;

/** Hands out requests from units bought with one binding call each; state is per isolate. */
export class UnitRateLimiter {
  readonly #state = new TtlCache<string, { remaining: number; blockedUntil: number }>(10_000, 120_000);

  constructor(readonly unit: number) {}

  /** Resolves to 0 when allowed, else the seconds until the key may try again. */
  async take(limiter: RateLimit, key: string, now = Date.now()): Promise<number> {
    let state = this.#state.get(key, now);
    if (!state) {
      state = { remaining: 0, blockedUntil: 0 };
      this.#state.set(key, state, now);
    }
    if (now < state.blockedUntil) return Math.ceil((state.blockedUntil - now) / 1000);
    if (state.remaining > 0) {
      state.remaining--;
      return 0;
    }
    const { success } = await limiter.limit({ key });
    if (!success) {
      state.blockedUntil = now + BLOCK_MS;
      return Math.ceil(BLOCK_MS / 1000);
    }
    // += : concurrent requests that each bought a unit keep all of it (the binding counted each).
    state.remaining += this.unit - 1;
    return 0;
  }
}

const keyedLimiter = new UnitRateLimiter(KEYED_UNIT);

const rateLimited = (retryAfterSeconds: number) =>
  new ApiError("rate_limited", "Too many requests; slow down and retry after the indicated time.", { headers: { "Retry-After": String(retryAfterSeconds) } });

/** Applies the caller's budget; throws 429 when it is spent. */
export async function enforceRateLimit(env: Env, principal: { role: string; keyId: string | null }, clientAddress: string, isReport: boolean): Promise<void> {
  const limiter = limiterFor(env, principal.role, isReport);
  if (!limiter) return;
  if (principal.keyId) {
    const retryAfter = await keyedLimiter.take(limiter, principal.keyId);
    if (retryAfter > 0) throw rateLimited(retryAfter);
    return;
  }
  // Per network (IPv4 /24, IPv6 /64), as reporters are counted: more addresses buy no more budget.
  const key = (await hmacHex(env.REPORTER_KEY, `rate:${reporterNetwork(clientAddress)}`)).slice(0, 32);
  const { success } = await limiter.limit({ key: isReport ? `report:${key}` : key });
  if (!success) throw rateLimited(60);
}

export const rateLimit: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNLIMITED.has(c.req.path)) return next();
  const isReport = c.req.method === "POST" && c.req.path === "/api/v1/reports";
  await enforceRateLimit(c.env, c.get("principal"), c.req.header("cf-connecting-ip") ?? "unknown", isReport);
  return next();
};
