/**
 * Developer documentation on our own origin: GET /api/v1 (an index of links), /docs (the pinned
 * interactive reference) and /docs/errors (the error catalogue problem `type`s point to).
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../lib/context";
import { DOCS_CSP, renderApiReferencePage, renderErrorCataloguePage } from "../pages/docs-page";
import { pickErrors } from "../schemas/common";

/** The API version, in the index and the OpenAPI document. */
export const API_VERSION = "1.0.0";

const IndexSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    links: z.object({
      docs: z.string().openapi({ example: "/docs" }),
      openapi: z.string().openapi({ example: "/api/v1/openapi.json" }),
      errors: z.string().openapi({ example: "/docs/errors" }),
      health: z.string().openapi({ example: "/api/v1/health" }),
      reports: z.string(),
      check: z.string(),
      senders: z.string(),
      domains: z.string(),
    }),
  })
  .openapi("ApiIndex");

const indexRoute = createRoute({
  method: "get",
  path: "/api/v1",
  operationId: "apiIndex",
  tags: ["Meta"],
  summary: "Index: where the documentation, the OpenAPI document and the health check are",
  security: [{}, { apiKey: [] }],
  responses: {
    200: { description: "Links to the documentation and the main resources", content: { "application/json": { schema: IndexSchema } } },
    ...pickErrors(401, 429),
  },
});

function documentPage(c: Context<AppEnv>, body: string): Response {
  c.header("Content-Security-Policy", DOCS_CSP);
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cache-Control", "public, max-age=300");
  return c.html(body);
}

export function registerDocsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(indexRoute, (c) =>
    c.json(
      {
        name: "反诈短信 report & reputation API",
        version: API_VERSION,
        links: {
          docs: "/docs",
          openapi: "/api/v1/openapi.json",
          errors: "/docs/errors",
          health: "/api/v1/health",
          reports: "/api/v1/reports",
          check: "/api/v1/check",
          senders: "/api/v1/senders/{number}",
          domains: "/api/v1/domains/{domain}",
        },
      },
      200,
    ),
  );
  app.get("/docs", (c) => documentPage(c, renderApiReferencePage()));
  app.get("/docs/", (c) => c.redirect("/docs", 301));
  app.get("/docs/errors", (c) => documentPage(c, renderErrorCataloguePage()));
}
