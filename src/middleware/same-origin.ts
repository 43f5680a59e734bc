/**
 * Cross-site posts refused: a hidden form on any web page could otherwise make its visitors file
 * reports (with their real addresses) or appeals. Browsers let another site send a form-encoded,
 * multipart or text/plain body without asking first, and mark it with `Origin` and
 * `Sec-Fetch-Site`; such a request from another origin is 403 `forbidden` before anything is read
 * or stored. JSON bodies need a CORS preflight, so JSON API clients keep working from anywhere,
 * and clients that send neither header (curl, servers, apps) are not browsers on another site.
 */
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../lib/context";
import { ApiError } from "../lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Content types a page on another site can post without a CORS preflight. */
const SIMPLE_BODY = /^\s*(?:application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\b/i;

/**
 * Whether the browser says this request comes from a page on another origin. Sec-Fetch-Site, where
 * sent, decides (a same-origin post may carry `Origin: null` under a strict referrer policy);
 * otherwise an Origin other than ours — "null" included: a sandboxed frame or a redirect through
 * another site — is another site.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite !== "same-origin" && fetchSite !== "none";
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  return origin !== new URL(request.url).origin;
}

export const refuseCrossSitePosts: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  const type = c.req.header("content-type") ?? "";
  if (type !== "" && !SIMPLE_BODY.test(type)) return next();
  if (isCrossSiteRequest(c.req.raw)) {
    throw new ApiError("forbidden", "Form posts from another site are refused; submit on this site's own page or send JSON.");
  }
  return next();
};
