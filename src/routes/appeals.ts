import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { newId, sha256Hex } from "../lib/crypto";
import { findAppeal, insertAppeal } from "../db/queries/moderation";
import { normaliseDomainInput } from "../domain/links";
import { normaliseSender } from "../domain/phone";
import { redactText } from "../domain/redact";
import { ApiError } from "../lib/errors";
import { jsonBody, pickErrors } from "../schemas/common";

export const AppealTargetSchema = z
  .object({ type: z.enum(["sender", "domain"]), value: z.string().trim().min(1).max(2048) })
  .openapi("AppealTarget");

const AppealStatusSchema = z
  .object({
    id: z.string(),
    status: z.enum(["open", "upheld", "rejected"]),
    target: z.object({ type: z.enum(["sender", "domain"]), value: z.string() }),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
  })
  .openapi("AppealStatus");

const createAppeal = createRoute({
  method: "post",
  path: "/api/v1/appeals",
  operationId: "createAppeal",
  tags: ["Appeals"],
  summary: "Appeal a listing of your number or domain",
  description: "Returns a token; keep it to read the appeal's status. Moderators decide; an upheld appeal clears the verdict.",
  request: {
    ...jsonBody(
          z
            .object({
              target: AppealTargetSchema,
              statement: z.string().trim().min(10).max(4000).openapi({ example: "This is our company's customer-service line; we never send collection texts." }),
              contact: z.string().trim().min(3).max(200).optional().openapi({ description: "How moderators can reach you (email or phone)." }),
            })
            .openapi("AppealInput")),
  },
  responses: {
    202: {
      description: "Appeal received",
      content: { "application/json": { schema: z.object({ id: z.string(), status: z.literal("open"), token: z.string() }).openapi("AppealCreated") } },
    },
    ...pickErrors(400, 413, 415, 422, 429),
  },
});

const getAppeal = createRoute({
  method: "get",
  path: "/api/v1/appeals/{id}",
  operationId: "getAppeal",
  tags: ["Appeals"],
  summary: "Status of an appeal (needs its token)",
  request: {
    params: z.object({ id: z.string().min(1).max(64) }),
    headers: z.object({ "x-appeal-token": z.string().min(10).max(200).optional().openapi({ description: "The token returned when the appeal was made; only in this header (a query string lands in logs)." }) }),
  },
  responses: {
    200: { description: "Status", content: { "application/json": { schema: AppealStatusSchema } } },
    ...pickErrors(400, 404),
  },
});

/** Normalises an appeal or decision target exactly as lookups do, so decisions apply to the same key. */
export function normaliseTarget(target: { type: "sender" | "domain"; value: string }): { type: "sender" | "domain"; value: string } {
  if (target.type === "sender") {
    const sender = normaliseSender(target.value);
    if (!sender) throw new ApiError("invalid_sender", "target.value is not a sender.", { errors: [{ path: "target.value", message: "Not a sender." }] });
    return { type: "sender", value: sender.normalized };
  }
  const domain = normaliseDomainInput(target.value);
  if (!domain) throw new ApiError("invalid_domain", "target.value is not a domain.", { errors: [{ path: "target.value", message: "Not a domain." }] });
  return { type: "domain", value: domain.domain };
}

export function appealView(row: NonNullable<Awaited<ReturnType<typeof findAppeal>>>) {
  return {
    id: row.id,
    status: row.status as "open" | "upheld" | "rejected",
    target: { type: row.targetType as "sender" | "domain", value: row.target },
    createdAt: new Date(row.createdAt).toISOString(),
    decidedAt: row.decidedAt === null ? null : new Date(row.decidedAt).toISOString(),
    decisionReason: row.decisionReason,
  };
}

export function registerAppealRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createAppeal, async (c) => {
    const body = c.req.valid("json");
    const target = normaliseTarget(body.target);
    const id = newId("apl");
    const token = `${crypto.randomUUID()}${crypto.randomUUID()}`.replaceAll("-", "");
    await insertAppeal(c.env.DB, {
      id,
      targetType: target.type,
      target: target.value,
      // Appeal statements are public-facing evidence too: personal data is redacted like report texts.
      statement: redactText(body.statement, {}).text,
      contact: body.contact ?? null,
      tokenHash: await sha256Hex(token),
      createdAt: Date.now(),
    });
    return c.json({ id, status: "open" as const, token }, 202);
  });

  app.openapi(getAppeal, async (c) => {
    const { id } = c.req.valid("param");
    if (c.req.query("token") !== undefined) {
      throw new ApiError("invalid_query", "Send the appeal token in the X-Appeal-Token header, never in the URL (URLs are logged).", {
        errors: [{ path: "token", message: "Use the X-Appeal-Token header." }],
      });
    }
    const token = c.req.valid("header")["x-appeal-token"];
    const row = await findAppeal(c.env.DB, id);
    // Same answer for "no such appeal" and "wrong token": ids cannot be probed.
    if (!row || !token || row.tokenHash !== (await sha256Hex(token))) throw new ApiError("not_found", "No appeal with that id and token.");
    return c.json(appealView(row), 200);
  });
}
