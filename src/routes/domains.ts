import { withReadSession } from "../db/session";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context";
import { normaliseDomainInput } from "../domain/links";
import { ApiError } from "../lib/errors";
import { lookupTarget } from "../services/lookup";
import { withOfficialContacts } from "../services/contacts";
import { requestLang } from "../lib/lang";
import { LookupQuerySchema, pickErrors, ReputationSchema } from "../schemas/common";

const route = createRoute({
  method: "get",
  path: "/api/v1/domains/{domain}",
  operationId: "lookupDomain",
  tags: ["Lookups"],
  summary: "Reputation of a link domain",
  description:
    "Accepts a registrable domain, a host or a whole URL (also obfuscated forms like hxxp and [.]); reputation is kept per registrable domain (Public Suffix List, private section included).",
  request: {
    params: z.object({ domain: z.string().min(1).max(2048).openapi({ example: "xx-example.top" }) }),
    query: LookupQuerySchema,
  },
  responses: {
    200: { description: "Reputation", content: { "application/json": { schema: ReputationSchema } } },
    ...pickErrors(400, 401, 422, 429),
  },
});

export function registerDomainRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(route, async (c) => {
    const { domain: input } = c.req.valid("param");
    const query = c.req.valid("query");
    const parsed = normaliseDomainInput(input);
    if (!parsed) throw new ApiError("invalid_domain", `"${input.slice(0, 80)}" is not a domain name.`);
    const lang = requestLang(c);
    const now = Date.now();
    const view = await withReadSession(c, async (db, useCache) =>
      (await withOfficialContacts(db, [await lookupTarget(db, { type: "domain", domain: parsed.domain }, { now, ...query, lang }, useCache)], now, useCache))[0],
    );
    return c.json(view, 200);
  });
}
