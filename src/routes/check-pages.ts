/**
 * The public check page (GET/POST /check — the API's is /api/v1/check) and the shareable
 * reputation pages /n/{number} and /d/{domain}. Server-rendered, so they work without JavaScript;
 * public/check.js enhances /check by posting to /api/v1/check. Both use the same services.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { withReadSession } from "../db/session";
import { adviceFor } from "../domain/advice";
import { normaliseDomainInput } from "../domain/links";
import type { Lang } from "../domain/messages";
import { normaliseSender } from "../domain/phone";
import type { AppEnv } from "../lib/context";
import { ApiError } from "../lib/errors";
import { pickLang, requestLang } from "../lib/lang";
import { enforceRateLimit } from "../middleware/rate-limit";
import { checkTranslator } from "../pages/check-i18n";
import { CHECK_FIELDS, type CheckField, type CheckValues, renderCheckPage, renderTargetPage } from "../pages/check-page";
import { langHref } from "../pages/layout";
import { MAX_TEXT_CHARS } from "../schemas/reports";
import { checkMessage } from "../services/check";
import { withOfficialContacts } from "../services/contacts";
import { type LookupTarget, lookupTarget } from "../services/lookup";
import { securityHeaders } from "./pages";

/** Anonymous lookup budget, as for GET /api/v1/senders: the pages are the same reads. */
async function limitLookups(c: Context<AppEnv>): Promise<void> {
  c.set("principal", { role: "anonymous", keyId: null });
  await enforceRateLimit(c.env, c.get("principal"), c.req.header("cf-connecting-ip") ?? "unknown", false);
}

function pageHeaders(c: Context<AppEnv>, cache: string) {
  securityHeaders(c);
  c.header("Vary", "Accept-Language");
  c.header("Cache-Control", cache);
}

/** An error page in the check layout: the form with a message, with the error's status and headers. */
function errorPage(c: Context<AppEnv>, lang: Lang, error: unknown, values: CheckValues = {}) {
  const apiError = error instanceof ApiError ? error : new ApiError("internal");
  if (!(error instanceof ApiError)) console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), message: String(error) }));
  for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value);
  const say = checkTranslator(lang);
  const fieldErrors: Partial<Record<CheckField, string>> = {};
  if (apiError.code === "invalid_sender") fieldErrors.sender = say("check_invalid_sender");
  if (apiError.code === "invalid_domain") fieldErrors.url = say("check_invalid_url");
  const formError = apiError.code === "invalid_body" ? say("check_need_input") : Object.keys(fieldErrors).length > 0 ? null : say("check_error");
  return c.html(renderCheckPage(lang, { values, fieldErrors, formError }), apiError.status as 400);
}

export function registerCheckPageRoutes(app: OpenAPIHono<AppEnv>) {
  app.get("/check", (c) => {
    const lang = pickLang(c.req.query("lang"), c.req.header("accept-language"));
    pageHeaders(c, "public, max-age=300");
    return c.html(renderCheckPage(lang, {}));
  });

  app.post("/check", async (c) => {
    let form: Record<string, unknown> = {};
    try {
      form = await c.req.parseBody();
    } catch {
      form = {};
    }
    const lang = pickLang(typeof form.lang === "string" ? form.lang : c.req.query("lang"), c.req.header("accept-language"));
    const values: CheckValues = {};
    for (const field of CHECK_FIELDS) {
      const value = form[field];
      if (typeof value === "string" && value.trim() !== "") values[field] = value.slice(0, field === "url" ? 2048 : MAX_TEXT_CHARS * 2);
    }
    pageHeaders(c, "no-store");
    try {
      await limitLookups(c);
      if (!values.text && !values.sender && !values.url) throw new ApiError("invalid_body", "Send at least one of text, sender or url.");
      const sender = values.sender ? normaliseSender(values.sender) : null;
      if (values.sender && !sender) throw new ApiError("invalid_sender");
      if (values.url && !normaliseDomainInput(values.url)) throw new ApiError("invalid_domain");
      const text = values.text?.replace(/\r\n?/g, "\n") ?? null;
      const result = await withReadSession(c, (db, useCache) =>
        checkMessage(db, { sender, text, url: values.url ?? null, audience: "app", maxAgeDays: 90, lang }, Date.now(), useCache),
      );
      return c.html(renderCheckPage(lang, { values, result }));
    } catch (error) {
      return errorPage(c, lang, error, values);
    }
  });

  const targetPage = (type: "sender" | "domain") => async (c: Context<AppEnv>) => {
    const lang = requestLang(c);
    const input = c.req.param("target") ?? "";
    pageHeaders(c, "public, max-age=60");
    try {
      await limitLookups(c);
      let target: LookupTarget | null = null;
      let canonical = "";
      if (type === "sender") {
        const sender = input.length <= 64 ? normaliseSender(input) : null;
        if (sender) {
          target = { type, sender };
          canonical = sender.normalized;
        }
      } else {
        const domain = input.length <= 2048 ? normaliseDomainInput(input) : null;
        if (domain) {
          target = { type, domain: domain.domain };
          canonical = domain.domain;
        }
      }
      if (!target) throw new ApiError("not_found");
      const path = `/${type === "sender" ? "n" : "d"}/${encodeURIComponent(canonical)}`;
      // One address per target: "/n/138 0013 8000" and "/n/+8613800138000" are the same page.
      if (canonical !== input) return c.redirect(c.req.query("lang") ? langHref(path, lang) : path, 301);
      const now = Date.now();
      const view = await withReadSession(c, async (db, useCache) => {
        const found = await lookupTarget(db, target, { now, audience: "app", maxAgeDays: 90, verbose: false, lang }, useCache);
        return (await withOfficialContacts(db, [found], now, useCache, lang))[0]!;
      });
      const advice = adviceFor({ verdict: view.verdict, hasLinks: type === "domain", officialContacts: view.officialContacts, lang });
      return c.html(renderTargetPage(lang, view, advice, path));
    } catch (error) {
      if (error instanceof ApiError && error.code === "not_found") {
        c.header("X-Robots-Tag", "noindex");
        return c.html(renderCheckPage(lang, { formError: checkTranslator(lang)("target_not_found") }), 404);
      }
      return errorPage(c, lang, error);
    }
  };
  app.get("/n/:target", targetPage("sender"));
  app.get("/d/:target", targetPage("domain"));
}
