/**
 * Rejects a request body that carries NUL, lone surrogates or non-characters (src/lib/text-safety.ts)
 * with 400 and the field path, before any route reads it, so such text is never stored or echoed.
 * JSON and urlencoded bodies are checked; hono caches the parsed body for the route's validator.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../lib/context";
import { ApiError } from "../lib/errors";
import { unsafeTextIssues } from "../lib/text-safety";

export async function parsedBody(c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  try {
    if (/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) return await c.req.json();
    if (/^application\/x-www-form-urlencoded\b/i.test(type)) return await c.req.parseBody();
  } catch {
    // Malformed JSON: the route's validator answers it.
  }
  return undefined;
}

export const rejectUnsafeText: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "DELETE") {
    const issues = unsafeTextIssues(c.req.query());
    if (issues.length > 0) throw new ApiError("invalid_query", "The query carries characters that are not accepted in text.", { errors: issues });
    return next();
  }
  const issues = unsafeTextIssues(await parsedBody(c));
  if (issues.length > 0) throw new ApiError("invalid_body", "The body carries characters that are not accepted in text.", { errors: issues });
  return next();
};
