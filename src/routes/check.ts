import { withReadSession } from "../db/session";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { checkMessage } from "../services/check";
import type { AppEnv } from "../lib/context";
import { normaliseDomainInput } from "../domain/links";
import { normaliseSender } from "../domain/phone";
import { AUDIENCES } from "../domain/score";
import { TYPOLOGY_IDS } from "../domain/typologies";
import { ApiError } from "../lib/errors";
import { CampaignMatchSchema } from "../schemas/campaigns";
import { jsonBody, pickErrors, ReasonSchema, ReputationSchema, SignalSchema } from "../schemas/common";
import { MAX_TEXT_CHARS } from "../schemas/reports";

const CheckInputSchema = z
  .object({
    sender: z.string().trim().min(1).max(64).optional().openapi({ example: "+8613800138000" }),
    text: z.string().min(1).max(MAX_TEXT_CHARS * 2).optional().openapi({ example: "【中信金融】您的账户已逾期，请回复验证码处理，否则将起诉。" }),
    url: z.string().min(1).max(2048).optional().openapi({ example: "http://xx-example.top/abc" }),
    audience: z.enum(AUDIENCES).default("app"),
    maxAgeDays: z.number().int().min(1).max(365).default(90),
  })
  .refine((value) => value.sender !== undefined || value.text !== undefined || value.url !== undefined, {
    message: "Send at least one of sender, text or url.",
    path: ["sender"],
  })
  .openapi("CheckInput");

const CheckResultSchema = z
  .object({
    verdict: z.enum(["unknown", "suspicious", "scam", "trusted"]),
    score: z.number().int().min(0).max(100),
    reasons: z.array(ReasonSchema),
    sender: ReputationSchema.nullable(),
    domains: z.array(ReputationSchema),
    campaign: CampaignMatchSchema.nullable(),
    signals: z.array(SignalSchema),
    typology: z.enum(TYPOLOGY_IDS).nullable().openapi({ description: "The fraud typology the text fits best (docs/scoring.md), or null." }),
    claimedInstitution: z.string().nullable(),
    impersonatesInstitution: z.boolean(),
  })
  .openapi("CheckResult");

const route = createRoute({
  method: "post",
  path: "/api/v1/check",
  operationId: "checkMessage",
  tags: ["Lookups"],
  summary: "One verdict for a message an app is about to show",
  description:
    "Combines sender and link-domain reputation, the campaign (message template) the text matches, content signals and an impersonation flag when the text names an institution whose official senders do not include this sender.",
  request: jsonBody(CheckInputSchema),
  responses: {
    200: { description: "Verdict", content: { "application/json": { schema: CheckResultSchema } } },
    ...pickErrors(400, 401, 413, 415, 422, 429),
  },
});

export function registerCheckRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const sender = body.sender === undefined ? null : normaliseSender(body.sender);
    if (body.sender !== undefined && !sender) {
      throw new ApiError("invalid_sender", "sender is not a phone number, SMS port or sender name.", { errors: [{ path: "sender", message: "Not a sender." }] });
    }
    if (body.url !== undefined && !normaliseDomainInput(body.url)) {
      throw new ApiError("invalid_domain", "url has no valid domain.", { errors: [{ path: "url", message: "Not a URL or domain." }] });
    }
    const result = await withReadSession(c, (db, useCache) =>
      checkMessage(db, { sender, text: body.text ?? null, url: body.url ?? null, audience: body.audience, maxAgeDays: body.maxAgeDays }, Date.now(), useCache),
    );
    return c.json(result, 200);
  });
}
