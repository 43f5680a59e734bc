/** Webhook subscriptions (Standard Webhooks) and their delivery log; deliveries: src/services/webhooks.ts. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { deleteSubscription, deliveriesOf, liveSubscription, subscriptionsOfKey, WEBHOOK_EVENTS } from "../db/queries/webhooks";
import type { AppEnv } from "../lib/context";
import { ApiError } from "../lib/errors";
import { requireRole } from "../middleware/auth";
import { jsonBody, pickErrors } from "../schemas/common";
import { CHANGE_CAUSES, createSubscription } from "../services/webhooks";

const roles = requireRole("app", "carrier", "regulator");
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const SubscriptionSchema = z
  .object({ id: z.string(), url: z.string(), events: z.array(z.enum(WEBHOOK_EVENTS)), minScore: z.number().int(), createdAt: z.string() })
  .openapi("WebhookSubscription");

const DeliverySchema = z
  .object({
    webhookId: z.string(),
    messageId: z.string().openapi({ description: "The webhook-id header of the delivery (the same on every attempt)." }),
    event: z.enum(WEBHOOK_EVENTS),
    attempt: z.number().int(),
    status: z.enum(["succeeded", "failed", "pending"]),
    responseCode: z.number().int().nullable(),
    at: z.string(),
    nextRetryAt: z.string().nullable(),
  })
  .openapi("WebhookDelivery");

const VERDICTS = ["unknown", "suspicious", "scam", "trusted"] as const;

/** What a receiver gets: the body of a delivery (signed per Standard Webhooks), one schema per event. */
const deliveryBody = (type: string, data: z.ZodType) => z.object({ type: z.literal(type), timestamp: z.string().openapi({ description: "When the event was detected (ISO 8601)." }), data });

const VerdictChangedSchema = deliveryBody(
  "target.verdict_changed",
  z.object({
    target: z.object({ type: z.enum(["sender", "domain"]), value: z.string().openapi({ example: "+8617100009999" }) }),
    from: z.enum(VERDICTS).openapi({ description: "The verdict last announced (`unknown` if none was)." }),
    to: z.enum(VERDICTS),
    score: z.number().int().min(0).max(100).openapi({ description: "The score now (app audience, 90 days)." }),
    cause: z.enum(CHANGE_CAUSES).openapi({
      description:
        "What changed the verdict: `report` (new reports, also bulk uploads), `moderation` (a moderator hid a report or changed the official registry), `appeal` (an appeal upheld, or an upheld one reopened), `withdrawal` (a reporter withdrew a report), `vote` (a \"genuine\" vote cast or withdrawn), `ageing` (evidence decayed or left the 90-day window; announced by the next cron run, every 10 minutes). When several happened since the last announcement, the latest. Receivers should accept values added later.",
    }),
  }),
).openapi("WebhookVerdictChanged");

const CampaignCreatedSchema = deliveryBody(
  "campaign.created",
  z.object({ id: z.string().openapi({ example: "cmp_3f2a9c0d1e2b4a5c" }), sample: z.string().nullable().openapi({ description: "A redacted sample text." }), firstSeen: z.string() }),
).openapi("WebhookCampaignCreated");

const webhookHeaders = z.object({
  "webhook-id": z.string().openapi({ description: "The message id, the same on every attempt: deduplicate on it." }),
  "webhook-timestamp": z.string().openapi({ description: "Unix seconds of this attempt." }),
  "webhook-signature": z.string().openapi({ description: "`v1,<base64 HMAC-SHA256 of \"id.timestamp.body\">` keyed with the subscription's secret." }),
});

const EVENT_DOCS = [
  { event: "target.verdict_changed", schema: VerdictChangedSchema, summary: "A sender's or domain's verdict changed (whatever caused it)" },
  { event: "campaign.created", schema: CampaignCreatedSchema, summary: "A campaign reached 3 distinct reporters" },
] as const;

const create = createRoute({
  method: "post",
  path: "/api/v1/webhooks",
  operationId: "createWebhook",
  tags: ["Webhooks"],
  summary: "Subscribe a URL to events (Standard Webhooks signatures)",
  description:
    "Events (payloads under `webhooks` in this document): `target.verdict_changed` (a sender's or domain's app-audience verdict changed, whatever the `cause`; only when the higher of the old and new score ≥ minScore) and `campaign.created` (a campaign reached 3 distinct reporters). Only https: URLs on public addresses.",
  security: [{ apiKey: [] }],
  middleware: [roles],
  request: {
    ...jsonBody(
      z
        .object({
          url: z.string().min(1).max(2048).openapi({ example: "https://hooks.example.com/fanzha" }),
          events: z.array(z.enum(WEBHOOK_EVENTS)).min(1).max(WEBHOOK_EVENTS.length),
          minScore: z.number().int().min(0).max(100).default(0),
        })
        .openapi("WebhookInput"),
    ),
  },
  responses: {
    201: {
      description: "Created; the secret is shown once",
      content: { "application/json": { schema: z.object({ id: z.string(), secret: z.string().openapi({ example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }) }).openapi("WebhookCreated") } },
    },
    ...pickErrors(400, 401, 403, 415, 422, 429),
  },
});

const list = createRoute({
  method: "get",
  path: "/api/v1/webhooks",
  operationId: "listWebhooks",
  tags: ["Webhooks"],
  summary: "This key's subscriptions (without secrets)",
  security: [{ apiKey: [] }],
  middleware: [roles],
  responses: {
    200: { description: "Subscriptions", content: { "application/json": { schema: z.object({ webhooks: z.array(SubscriptionSchema) }) } } },
    ...pickErrors(401, 403, 429),
  },
});

const idParam = z.object({ id: z.string().min(1).max(64) });

const deliveries = createRoute({
  method: "get",
  path: "/api/v1/webhooks/{id}/deliveries",
  operationId: "listWebhookDeliveries",
  tags: ["Webhooks"],
  summary: "Delivery attempts of a subscription, newest first",
  security: [{ apiKey: [] }],
  middleware: [roles],
  request: { params: idParam, query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }) },
  responses: {
    200: { description: "Attempts", content: { "application/json": { schema: z.object({ deliveries: z.array(DeliverySchema) }) } } },
    ...pickErrors(400, 401, 403, 404, 429),
  },
});

const remove = createRoute({
  method: "delete",
  path: "/api/v1/webhooks/{id}",
  operationId: "deleteWebhook",
  tags: ["Webhooks"],
  summary: "Stop a subscription",
  security: [{ apiKey: [] }],
  middleware: [roles],
  request: { params: idParam },
  responses: { 204: { description: "Stopped" }, ...pickErrors(401, 403, 404, 429) },
});

const notFound = () => new ApiError("not_found", "No webhook with this id for this key.");

export function registerWebhookRoutes(app: OpenAPIHono<AppEnv>) {
  for (const { event, schema, summary } of EVENT_DOCS) {
    app.openAPIRegistry.registerWebhook({
      method: "post",
      path: event,
      operationId: `webhook.${event}`,
      tags: ["Webhooks"],
      summary,
      request: { headers: webhookHeaders, body: { content: { "application/json": { schema } } } },
      responses: { 200: { description: "Any 2xx within 10 s ends the delivery; anything else is retried." } },
    });
  }
  const keyOf = (principal: { keyId: string | null }) => principal.keyId ?? "admin-token";

  app.openapi(create, async (c) => {
    const input = c.req.valid("json");
    const created = await createSubscription(c.env, c.env.DB, keyOf(c.get("principal")), input);
    if (!created.ok) throw new ApiError("invalid_body", `This URL cannot receive webhooks: ${created.reason}`, { status: 422, errors: [{ path: "url", message: created.reason }] });
    return c.json({ id: created.id, secret: created.secret }, 201);
  });

  app.openapi(list, async (c) => {
    const subscriptions = await subscriptionsOfKey(c.env.DB, keyOf(c.get("principal")));
    return c.json({ webhooks: subscriptions.map((s) => ({ id: s.id, url: s.url, events: s.events, minScore: s.minScore, createdAt: iso(s.createdAt) as string })) }, 200);
  });

  app.openapi(deliveries, async (c) => {
    const { id } = c.req.valid("param");
    const subscription = await liveSubscription(c.env.DB, id);
    if (!subscription || subscription.keyId !== keyOf(c.get("principal"))) throw notFound();
    const records = await deliveriesOf(c.env.DB, id, c.req.valid("query").limit);
    return c.json({ deliveries: records.map((r) => ({ ...r, at: iso(r.at) as string, nextRetryAt: iso(r.nextRetryAt) })) }, 200);
  });

  app.openapi(remove, async (c) => {
    const deleted = await deleteSubscription(c.env.DB, c.req.valid("param").id, keyOf(c.get("principal")), Date.now());
    if (!deleted) throw notFound();
    return c.body(null, 204);
  });
}
