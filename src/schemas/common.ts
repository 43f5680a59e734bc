/** Shared API schemas. Written for the API (not derived from tables) so storage can change freely. */
import { z } from "@hono/zod-openapi";
import { CATEGORIES, CARRIERS, SENDER_KINDS, SIGNALS } from "../domain/types";
import { ERROR_CODES } from "../lib/errors";
import { AUDIENCES } from "../domain/score";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(Object.keys(ERROR_CODES) as [keyof typeof ERROR_CODES, ...(keyof typeof ERROR_CODES)[]]),
    detail: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem", { description: "RFC 9457 problem details with a stable machine `code`." });

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

/** Error responses shared by routes; spread the ones a route can produce. */
export const errorResponses = {
  400: problem("Malformed or invalid input; `errors` lists each field."),
  401: problem("Missing, unknown or revoked API key."),
  403: problem("The key's role may not call this endpoint."),
  404: problem("Not found."),
  413: problem("Body over the size limit."),
  415: problem("Unsupported content type."),
  422: problem("Input that is well-formed but not a sender/domain."),
  429: problem("Rate limited; see Retry-After."),
  503: problem("Storage unavailable."),
} as const;

export function pickErrors<K extends keyof typeof errorResponses>(...codes: K[]) {
  return Object.fromEntries(codes.map((code) => [code, errorResponses[code]])) as Pick<typeof errorResponses, K>;
}

export const NormalisedSenderSchema = z
  .object({
    input: z.string().openapi({ example: "+86 138-0013-8000" }),
    normalized: z.string().openapi({ example: "+8613800138000" }),
    kind: z.enum(SENDER_KINDS),
    country: z.string().nullable().openapi({ example: "CN" }),
  })
  .openapi("NormalisedSender");

export const SignalSchema = z.enum(SIGNALS).openapi("Signal");
export const CategorySchema = z.enum(CATEGORIES).openapi("Category");
export const CarrierSchema = z.enum(CARRIERS).openapi("Carrier");

export const ReasonSchema = z
  .object({ code: z.string(), message: z.string().openapi({ description: "In the language of ?lang= or Accept-Language (zh-CN, zh-TW, en; zh-CN by default)." }) })
  .openapi("Reason");

export const OfficialContactSchema = z
  .object({
    institution: z.string().openapi({ example: "中国农业银行" }),
    type: z.enum(["number", "domain"]),
    value: z.string().openapi({ example: "95599" }),
  })
  .openapi("OfficialContact", { description: "An official number or domain of a registry institution, to verify a message with." });

/** ?lang= on every route with human-readable text; an unsupported value falls back to Accept-Language. */
export const LangQuerySchema = z
  .string()
  .max(20)
  .optional()
  .openapi({ description: "Language of messages: zh-CN (default), zh-TW or en; overrides Accept-Language." });

export const ReputationSchema = z
  .object({
    target: z.object({ type: z.enum(["sender", "domain"]), value: z.string(), kind: z.string().optional() }),
    score: z.number().int().min(0).max(100).openapi({ description: "Likelihood of fraud, 0–100 (docs/scoring.md)." }),
    verdict: z.enum(["unknown", "suspicious", "scam", "trusted"]),
    confidence: z.number().min(0).max(1),
    reports: z.object({ total: z.number().int(), distinctReporters: z.number().int(), last30Days: z.number().int() }),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    categories: z.record(z.string(), z.number().int()).openapi({ description: "Reports per category: the reporter's, or inferred from the text when they gave none." }),
    categoriesInferred: z.record(z.string(), z.number().int()).openapi({ description: "Of `categories`, how many were inferred from the text (docs/scoring.md)." }),
    categoryInferredShare: z.number().min(0).max(1).openapi({ description: "Share of the categorised reports whose category was inferred, rounded to 2 decimals." }),
    claimedInstitutions: z.array(z.object({ name: z.string(), count: z.number().int() })),
    official: z.object({ institution: z.string() }).nullable(),
    votes: z
      .object({ legit: z.number().int(), distinctVoters: z.number().int() })
      .openapi({ description: '"This is a genuine sender / site" votes inside the window (POST /api/v1/votes); they lower the score (docs/scoring.md).' }),
    campaigns: z.array(z.string()),
    relatedDomains: z.array(z.string()),
    relatedSenders: z.array(z.string()),
    reasons: z.array(ReasonSchema),
    officialContacts: z
      .array(OfficialContactSchema)
      .optional()
      .openapi({ description: "Official contacts of the registry institution this target is, or that its reports claim to be (GET /senders, /domains)." }),
    inputs: z.record(z.string(), z.unknown()).optional().openapi({ description: "verbose=true: every scoring input (docs/scoring.md)." }),
    samples: z
      .array(z.object({ id: z.string(), text: z.string().nullable(), createdAt: z.string() }))
      .optional()
      .openapi({ description: "verbose=true: recent redacted texts." }),
  })
  .openapi("Reputation");

const booleanQuery = z
  .enum(["true", "false", "1", "0"])
  .optional()
  .transform((v) => v === "true" || v === "1");

export const LookupQuerySchema = z.object({
  maxAgeDays: z.coerce.number().int().min(1).max(365).default(90).openapi({ description: "Evidence window in days (1–365)." }),
  verbose: booleanQuery.openapi({ description: "Add scoring inputs and recent redacted samples." }),
  audience: z.enum(AUDIENCES).default("app").openapi({ description: "Verdict thresholds: app, carrier (strictest) or regulator." }),
  lang: LangQuerySchema,
});

/** A required JSON request body for createRoute. */
export const jsonBody = <T extends z.ZodTypeAny>(schema: T) => ({ body: { required: true, content: { "application/json": { schema } } } });
