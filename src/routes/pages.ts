/**
 * Server-rendered pages: the report form (GET /) and its no-JavaScript submission (POST /report).
 * With JavaScript, public/app.js posts to the JSON API instead and renders the same result inline.
 * Pages are not part of the OpenAPI document.
 */
import { withWriteSession } from "../db/session";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../lib/context";
import type { ReputationView } from "../domain/reputation";
import { ApiError, issuesFromZod } from "../lib/errors";
import { lookupTarget } from "../services/lookup";
import { enforceRateLimit } from "../middleware/rate-limit";
import { pickLang, translator } from "../pages/i18n";
import { langHref } from "../pages/layout";
import { adviceFor } from "../domain/advice";
import { withOfficialContacts } from "../services/contacts";
import { type NextSteps, fieldErrorKey, FORM_FIELDS, formErrorKey, isFormField, renderFormPage, renderResultPage, renderWithdrawPage, type FormField, type FormValues } from "../pages/report-form";
import { MAX_TEXT_CHARS, ReportInputSchema, senderIssues } from "../schemas/reports";
import { receiptFor, withdraw } from "../services/counter-evidence";
import { submitReport } from "../services/submit";
import { verifyHuman } from "../lib/turnstile";
import { unsafeTextIssues } from "../lib/text-safety";
import { backgroundOf, submitterOf } from "./reports";
import { publicStats } from "./stats";
import { renderStatsPage } from "../pages/stats-page";

const TURNSTILE_ORIGIN = "https://challenges.cloudflare.com";

/** Headers every page gets: a strict CSP (scripts from self, plus Turnstile), no sniffing, no referrer. */
export function securityHeaders(c: Context<AppEnv>) {
  c.header(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' ${TURNSTILE_ORIGIN}`,
      `frame-src ${TURNSTILE_ORIGIN}`,
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
    ].join("; "),
  );
  c.header("X-Content-Type-Options", "nosniff");
  // Nothing leaves for other sites; our own form posts keep their Origin, which the cross-site check
  // reads where a browser sends no Sec-Fetch-Site (no-referrer would make it "null").
  c.header("Referrer-Policy", "same-origin");
}

function turnstileSiteKey(env: Env): string | null {
  return env.TURNSTILE_SITE_KEY || null;
}

function newToken(): string {
  return crypto.randomUUID();
}

/** The browser sends datetime-local without an offset; the form says it is China Standard Time. */
export function receivedAtToIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(trimmed)) return `${trimmed}:00+08:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(trimmed)) return `${trimmed}+08:00`;
  return trimmed;
}

export function registerPageRoutes(app: OpenAPIHono<AppEnv>) {
  app.get("/", (c) => {
    const lang = pickLang(c.req.query("lang"), c.req.header("accept-language"));
    securityHeaders(c);
    c.header("Vary", "Accept-Language");
    c.header("Cache-Control", "no-store");
    return c.html(renderFormPage(lang, { idempotencyToken: newToken(), turnstileSiteKey: turnstileSiteKey(c.env) }));
  });

  app.get("/stats", async (c) => {
    const lang = pickLang(c.req.query("lang"), c.req.header("accept-language"));
    securityHeaders(c);
    c.header("Vary", "Accept-Language");
    c.header("Cache-Control", "public, max-age=300");
    return c.html(renderStatsPage(lang, await publicStats(c.env.DB, 30, Date.now())));
  });

  // Reloading or bookmarking the result URL: back to the form.
  app.get("/report", (c) => {
    const lang = pickLang(c.req.query("lang"), c.req.header("accept-language"));
    return c.redirect(langHref("/", lang), 303);
  });

  app.get("/report/withdraw", (c) => {
    const lang = pickLang(c.req.query("lang"), c.req.header("accept-language"));
    securityHeaders(c);
    c.header("Cache-Control", "no-store");
    return c.html(renderWithdrawPage(lang, { id: c.req.query("id") ?? "", receipt: c.req.query("receipt") ?? "" }));
  });

  // The no-JavaScript withdrawal: a same-origin form post (cross-site posts are refused by middleware).
  app.post("/report/withdraw", async (c) => {
    const form = await readForm(c);
    const lang = pickLang(form.lang ?? c.req.query("lang"), c.req.header("accept-language"));
    securityHeaders(c);
    c.header("Cache-Control", "no-store");
    const id = (form.id ?? "").slice(0, 64);
    try {
      await withWriteSession(c, (db) => withdraw(c.env, db, id, form.receipt, backgroundOf(c)));
      return c.html(renderWithdrawPage(lang, { id, receipt: "", outcome: "done" }), 200);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return c.html(renderWithdrawPage(lang, { id, receipt: "", outcome: "failed" }), error.status as 403);
    }
  });

  app.post("/report", async (c) => {
    const form = await readForm(c);
    const unsafe = unsafeTextIssues(form);
    const lang = pickLang(form.lang ?? c.req.query("lang"), c.req.header("accept-language"));
    const t = translator(lang);
    const values: FormValues = {};
    for (const field of FORM_FIELDS) if (form[field] !== undefined) values[field] = form[field];
    const token = form.idempotencyToken && /^[\w-]{8,100}$/.test(form.idempotencyToken) ? form.idempotencyToken : undefined;
    securityHeaders(c);
    c.header("Cache-Control", "no-store");

    // The form is always an anonymous submitter (no API key on this path).
    c.set("principal", { role: "anonymous", keyId: null });
    const submitter = submitterOf(c);
    try {
      // Same budget as POST /api/v1/reports for an anonymous caller.
      await enforceRateLimit(c.env, c.get("principal"), submitter.clientAddress, true);
      if (unsafe.length > 0) throw new ApiError("invalid_body", "The report carries characters that are not accepted in text.", { errors: unsafe });
      const candidate = {
        sender: values.sender,
        // Browsers submit textarea line breaks as CRLF; the JSON path (app.js) sends LF.
        text: values.text?.replace(/\r\n?/g, "\n"),
        receivedAt: receivedAtToIso(values.receivedAt),
        carrier: values.carrier,
        region: values.region,
        category: values.category,
        claimedInstitution: values.claimedInstitution,
      };
      const parsed = ReportInputSchema.safeParse(candidate);
      if (!parsed.success) {
        // zod skips the object-level "required" refinement when a field already failed; name both here.
        const missing = (["sender", "text"] as const).filter((field) => !values[field]?.trim()).map((path) => ({ path, message: "Required." }));
        throw new ApiError("invalid_body", "The report is incomplete or malformed.", { errors: [...missing, ...issuesFromZod(parsed.error), ...senderIssues(candidate)] });
      }
      await verifyHuman(c.env, form["cf-turnstile-response"], submitter.clientAddress);
      const result = await withWriteSession(c, (db) => submitReport(c.env, db, submitter, parsed.data, token, backgroundOf(c)));
      let view: ReputationView | null = null;
      let next: NextSteps | null = null;
      try {
        const now = Date.now();
        const found = await lookupTarget(c.env.DB, { type: "sender", sender: result.body.sender }, { now, audience: "app", maxAgeDays: 90, verbose: false, lang });
        const [withContacts] = await withOfficialContacts(c.env.DB, [found], now, true, lang);
        view = withContacts ?? found;
        const officialContacts = withContacts?.officialContacts ?? [];
        next = { officialContacts, advice: adviceFor({ verdict: view.verdict, hasLinks: result.body.domains.length > 0, officialContacts, lang }) };
      } catch (error) {
        // The report is stored; a failed lookup only hides the verdict box.
        console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), message: `page lookup failed: ${String(error)}` }));
      }
      const receipt = await receiptFor(c.env, result.body.id);
      return c.html(renderResultPage(lang, { ...result.body, receipt }, view, next), 200);
    } catch (error) {
      let apiError: ApiError;
      if (error instanceof ApiError) {
        apiError = error;
      } else {
        console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), message: String(error) }));
        apiError = new ApiError("internal");
      }
      const fieldErrors: Partial<Record<FormField, string>> = {};
      for (const issue of apiError.errors ?? []) {
        if (isFormField(issue.path) && !fieldErrors[issue.path]) fieldErrors[issue.path] = t(fieldErrorKey(issue.path, apiError.code, issue.message), { max: MAX_TEXT_CHARS });
      }
      const hasFieldErrors = Object.keys(fieldErrors).length > 0;
      for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value);
      return c.html(
        renderFormPage(lang, {
          values,
          fieldErrors,
          formError: t(formErrorKey(apiError.code, hasFieldErrors)),
          idempotencyToken: token ?? newToken(),
          turnstileSiteKey: turnstileSiteKey(c.env),
        }),
        apiError.status as 400,
      );
    }
  });
}

/** The posted form as plain strings (files and repeated fields ignored). */
async function readForm(c: Context<AppEnv>): Promise<Record<string, string | undefined>> {
  let body: Record<string, unknown> = {};
  try {
    body = await c.req.parseBody();
  } catch {
    body = {};
  }
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === "string") out[key] = value;
  return out;
}
