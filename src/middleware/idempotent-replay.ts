/**
 * A retried report (same reporter, same Idempotency-Key) is answered with the first response
 * before any rate limit counts it: a client retrying after a timeout must not be told 429 for a
 * report that was stored. Retries that arrive while the first request is still being written wait
 * for its outcome in this isolate instead of racing it (50 concurrent retries → one write, 50
 * answers); later retries read the stored response. Registered before the rate limit in app.ts.
 */
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../lib/context";
import { sha256Hex } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import { readStoredResponse, type StoredResponse } from "../db/queries/idempotency";
import { ReportInputSchema } from "../schemas/reports";
import { reporterPseudonym } from "../services/submit";
import { parsedBody } from "./text-safety";

/** First requests being written in this isolate, by idempotency key hash; settled with their response (null when not stored). */
const inFlight = new Map<string, Promise<StoredResponse | null>>();

function replayed(c: Context<AppEnv>, stored: StoredResponse, requestHash: string): Response {
  if (stored.requestHash !== requestHash) throw new ApiError("conflict", "This Idempotency-Key was already used with a different request body.");
  c.header("Idempotent-Replayed", "true");
  return c.body(stored.body, stored.status as 201, { "Content-Type": "application/json" });
}

export const replayIdempotentReport: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = c.req.header("idempotency-key");
  if (c.req.method !== "POST" || c.req.path !== "/api/v1/reports" || !key || key.length > 200) return next();
  const input = ReportInputSchema.safeParse(await parsedBody(c));
  if (!input.success) return next();
  const submitter = { ...c.get("principal"), clientAddress: c.req.header("cf-connecting-ip") ?? "unknown" };
  // The same hashes submitReport stores (src/services/submit.ts).
  const reporter = await reporterPseudonym(c.env.REPORTER_KEY, submitter, input.data.reporterId);
  const keyHash = await sha256Hex(`${reporter}\n${key}`);
  const requestHash = await sha256Hex(JSON.stringify(input.data));

  const pending = inFlight.get(keyHash);
  if (pending) {
    const first = await pending;
    return first ? replayed(c, first, requestHash) : next();
  }
  // No await between the lookup above and this: concurrent retries in this isolate find it.
  let settle: (response: StoredResponse | null) => void = () => {};
  inFlight.set(keyHash, new Promise((resolve) => (settle = resolve)));
  try {
    const stored = await readStoredResponse(c.env.DB, keyHash, Date.now());
    if (stored) {
      settle(stored);
      return replayed(c, stored, requestHash);
    }
    await next();
    settle(c.res.status === 201 ? { requestHash, status: 201, body: await c.res.clone().text() } : null);
  } finally {
    settle(null);
    inFlight.delete(keyHash);
  }
};
