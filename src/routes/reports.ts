import { withWriteSession } from "../db/session";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../lib/context";
import { ApiError, issuesFromZod } from "../lib/errors";
import { pickErrors } from "../schemas/common";
import { ReportCreatedSchema, ReportInputSchema, type ReportInput } from "../schemas/reports";
import { submitReport, type Submitter } from "../services/submit";
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
    }),
    body: {
      content: {
        "application/json": { schema: ReportInputSchema },
        "application/x-www-form-urlencoded": { schema: ReportInputSchema },
      },
    },
  },
  responses: {
    201: { description: "Stored (or acknowledged as a duplicate)", content: { "application/json": { schema: ReportCreatedSchema } } },
    ...pickErrors(400, 401, 403, 413, 415, 422, 429),
    409: { description: "Idempotency-Key reused with another body", content: { "application/problem+json": { schema: z.any() } } },
  },
});

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
  if (!parsed.success) throw new ApiError("invalid_body", "The report is incomplete or malformed.", { errors: issuesFromZod(parsed.error) });
  return parsed.data;
}

export function registerReportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const input = validatedInput(c, c.req.valid("json"), c.req.valid("form"));
    const submitter = submitterOf(c);
    if (submitter.role === "anonymous") await verifyHuman(c.env, c.req.header("cf-turnstile-response"), submitter.clientAddress);
    const result = await withWriteSession(c, (db) => submitReport(c.env, db, submitter, input, c.req.valid("header")["idempotency-key"]));
    if (result.replayed) c.header("Idempotent-Replayed", "true");
    return c.json(result.body, 201);
  });
}
