import { withReadSession } from "../db/session";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { normaliseSender } from "../domain/phone";
import { ApiError } from "../lib/errors";
import { lookupTarget } from "../services/lookup";
import { withOfficialContacts } from "../services/contacts";
import { requestLang } from "../lib/lang";
import { LookupQuerySchema, pickErrors, ReputationSchema } from "../schemas/common";

const route = createRoute({
  method: "get",
  path: "/api/v1/senders/{number}",
  operationId: "lookupSender",
  tags: ["Lookups"],
  summary: "Reputation of a sender number or name",
  description:
    "Normalises the number (spaces, +86/0086, full-width digits, landline trunk 0 …) and returns its score, verdict and reasons. An unknown number is 200 with verdict `unknown`.",
  request: {
    params: z.object({ number: z.string().min(1).max(64).openapi({ example: "+8613800138000" }) }),
    query: LookupQuerySchema,
  },
  responses: {
    200: { description: "Reputation", content: { "application/json": { schema: ReputationSchema } } },
    ...pickErrors(400, 401, 422, 429),
  },
});

export function registerSenderRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { number } = c.req.valid("param");
    const query = c.req.valid("query");
    const sender = normaliseSender(number);
    if (!sender) throw new ApiError("invalid_sender", `"${number.slice(0, 64)}" is not a phone number, SMS port or sender name.`);
    const lang = requestLang(c);
    const now = Date.now();
    const view = await withReadSession(c, async (db, useCache) =>
      (await withOfficialContacts(db, [await lookupTarget(db, { type: "sender", sender }, { now, ...query, lang }, useCache)], now, useCache, lang))[0],
    );
    return c.json(view, 200);
  });
}
