import { withWriteSession } from "../db/session";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../lib/context";
import { ApiError, issuesFromZod } from "../lib/errors";
import { pickErrors, ProblemSchema } from "../schemas/common";
import { ReportInputSchema, ReportReceiptSchema, senderIssues, type ReportInput } from "../schemas/reports";
import { submitReport, type Submitter } from "../services/submit";
import { receiptFor, withdraw } from "../services/counter-evidence";
import { verifyHuman } from "../lib/turnstile";

/** The two media types a report may come in; anything else (multipart/form-data included) is 415 before the body is read. */
const REPORT_MEDIA_TYPE = /^application\/(?:json|x-www-form-urlencoded)\s*(?:;|$)/i;

const requireReportMediaType: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!REPORT_MEDIA_TYPE.test(c.req.header("content-type") ?? "")) {
    throw new ApiError("unsupported_media_type", "Send application/json or application/x-www-form-urlencoded.");
  }
  return next();
};

const route = createRoute({
  method: "post",
  path: "/api/v1/reports",
  middleware: [requireReportMediaType] as const,
  operationId: "createReport",
  tags: ["Reports"],
  summary: "Report a fraudulent SMS",
  description:
    "JSON or application/x-www-form-urlencoded. Personal data (ID-card and bank-card numbers, names, personal amounts, other phone numbers) is redacted before storage; the reporter is stored only as a keyed pseudonym. Repeats by one reporter on one sender: the same text within 24 h is `duplicate: true`; another report within 15 minutes is 429.",
  request: {
    headers: z.object({
      "idempotency-key": z.string().min(1).max(200).optional().openapi({ description: "Replays the first response for 24 h." }),
      "cf-turnstile-response": z.string().optional().openapi({ description: "Turnstile token; required from anonymous callers when the operator has Turnstile on." }),
    }),
    body: {
      content: {
        "application/json": { schema: ReportInputSchema },
        "application/x-www-form-urlencoded": { schema: ReportInputSchema },
      },
    },
  },
  responses: {
    201: {
      description: "Stored (or acknowledged as a duplicate), with its withdrawal receipt",
      headers: { "Idempotent-Replayed": { description: "`true` when this is the stored response of an earlier request with the same Idempotency-Key.", schema: { type: "string", enum: ["true"] } } },
      content: { "application/json": { schema: ReportReceiptSchema } },
    },
    ...pickErrors(400, 401, 403, 413, 415, 422, 429),
    409: { description: "Idempotency-Key reused with another body, or its first request still in progress", content: { "application/problem+json": { schema: ProblemSchema } } },
  },
});

const withdrawRoute = createRoute({
  method: "delete",
  path: "/api/v1/reports/{id}",
  operationId: "withdrawReport",
  tags: ["Reports"],
  summary: "Withdraw a report with its receipt",
  description:
    "The report then counts nowhere (aggregates, campaigns, statistics' report counts, feeds) and its text is deleted. Unknown or already withdrawn id → 404; missing or wrong receipt → 403.",
  request: {
    params: z.object({ id: z.string().min(1).max(64) }),
    headers: z.object({ "x-report-receipt": z.string().max(200).optional().openapi({ description: "The `receipt` of the report's 201 response." }) }),
  },
  responses: { 204: { description: "Withdrawn" }, ...pickErrors(403, 404) },
});
/** Work to finish after the response (ctx.waitUntil); awaited inline where there is no ExecutionContext (scripts). */
export function backgroundOf(c: Context<AppEnv>): (work: Promise<unknown>) => void {
  return (work) => {
    try {
      c.executionCtx.waitUntil(work);
    } catch {
      void work;
    }
  };
}

export function submitterOf(c: Context<AppEnv>): Submitter {
  const principal = c.get("principal");
  return { ...principal, clientAddress: c.req.header("cf-connecting-ip") ?? "unknown" };
}

/** The validated body, whichever of the two declared content types it came in. */
function validatedInput(c: Context<AppEnv>, json: unknown, form: unknown): ReportInput {
  const type = c.req.header("content-type") ?? "";
  const candidate = /^application\/json/i.test(type) ? json : /^application\/x-www-form-urlencoded/i.test(type) ? form : undefined;
  if (candidate === undefined) throw new ApiError("unsupported_media_type", "Send application/json or application/x-www-form-urlencoded.");
  // The openapi validator already checked it; re-parse to be safe against an empty fallback object.
  const parsed = ReportInputSchema.safeParse(candidate);
  if (!parsed.success) throw new ApiError("invalid_body", "The report is incomplete or malformed.", { errors: [...issuesFromZod(parsed.error), ...senderIssues(candidate)] });
  return parsed.data;
}

/** Like the app's default hook, plus the sender's own check, so every bad field is named at once. */
function reportValidationHook(result: { success: boolean; target: string; error?: unknown; data?: unknown }): undefined {
  if (result.success) return undefined;
  const code = result.target === "query" || result.target === "param" ? "invalid_query" : "invalid_body";
  const issues = issuesFromZod(result.error as Parameters<typeof issuesFromZod>[0]);
  const body = result.target === "json" || result.target === "form" ? senderIssues(result.data) : [];
  throw new ApiError(code, "The request did not match the schema; see errors for each field.", { errors: [...issues, ...body] });
}

export function registerReportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const input = validatedInput(c, c.req.valid("json"), c.req.valid("form"));
    const submitter = submitterOf(c);
    if (submitter.role === "anonymous") await verifyHuman(c.env, c.req.header("cf-turnstile-response"), submitter.clientAddress);
    const result = await withWriteSession(c, (db) => submitReport(c.env, db, submitter, input, c.req.valid("header")["idempotency-key"], backgroundOf(c)));
    if (result.replayed) c.header("Idempotent-Replayed", "true");
    return c.json({ ...result.body, receipt: await receiptFor(c.env, result.body.id) }, 201);
  }, reportValidationHook);

  app.openapi(withdrawRoute, async (c) => {
    const { id } = c.req.valid("param");
    await withWriteSession(c, (db) => withdraw(c.env, db, id, c.req.valid("header")["x-report-receipt"], backgroundOf(c)));
    return c.body(null, 204);
  });
}
