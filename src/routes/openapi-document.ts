/**
 * What every /api route can answer besides its own responses, added to the generated OpenAPI
 * document in one place so no route can forget it: the middleware's errors (401 from
 * authentication, 429 from rate limits, 413 from the body limit, 400 from validation, 500, 503),
 * the headers every response or a family of routes carries (X-Request-Id, Retry-After,
 * X-D1-Bookmark), and the default security (anonymous or an optional key). A route that needs a
 * key declares `security: [{ apiKey: [] }]` itself.
 */
import { UNLIMITED } from "../middleware/rate-limit";

// biome-ignore lint/suspicious/noExplicitAny: the generated document is walked as plain JSON
type Json = Record<string, any>;

const PROBLEM = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };

const COMMON_RESPONSES: Record<string, string> = {
  "401": "The API key is unknown or revoked (requests without a key are anonymous).",
  "500": "A fault on our side; the `requestId` helps the operator find it.",
  "503": "Storage or a dependency is unavailable, or the deployment is misconfigured; retry later.",
};

const HEADERS = {
  RequestId: { description: "Identifies this request in logs; also `requestId` in problem bodies.", schema: { type: "string" } },
  RetryAfter: { description: "Seconds to wait before retrying.", schema: { type: "integer", minimum: 0 } },
  D1Bookmark: {
    description: "The D1 session bookmark after this request; send it back as a request header to read your own writes.",
    schema: { type: "string" },
  },
};

/** Routes that read or write through a D1 session (src/db/session.ts) and so carry a bookmark. */
const SESSION_PATHS = ["/api/v1/reports", "/api/v1/senders/", "/api/v1/domains/", "/api/v1/campaigns/", "/api/v1/check", "/api/v1/lookup/", "/api/v1/feeds/"];
const usesSession = (path: string) => SESSION_PATHS.some((prefix) => path === prefix || path.startsWith(prefix));

const header = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

function addResponse(responses: Json, status: string, description: string): void {
  responses[status] ??= { description, content: PROBLEM };
}

/** Completes the generated document in place and returns it. */
export function completeOpenApiDocument(document: Json): Json {
  document.components ??= {};
  document.components.headers = { ...document.components.headers, ...HEADERS };
  document.security ??= [{}, { apiKey: [] }];
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      // Every route's body is required. A route with two media types cannot tell zod-openapi so
      // (it would then run both validators on every request) and checks its body itself.
      if (operation.requestBody) operation.requestBody.required = true;
      const responses: Json = (operation.responses ??= {});
      const hasInput = Boolean(operation.requestBody) || (operation.parameters?.length ?? 0) > 0;
      if (hasInput) addResponse(responses, "400", "Malformed or invalid input; `errors` lists each field.");
      if (operation.requestBody) addResponse(responses, "413", "Body over the size limit.");
      if (!UNLIMITED.has(path)) addResponse(responses, "429", "Rate limited; wait `Retry-After` seconds.");
      for (const [status, description] of Object.entries(COMMON_RESPONSES)) addResponse(responses, status, description);
      const session = usesSession(path);
      for (const [status, response] of Object.entries<Json>(responses)) {
        response.headers = { "X-Request-Id": header("RequestId"), ...response.headers };
        if (status === "429") response.headers["Retry-After"] = header("RetryAfter");
        if (status === "503") response.headers["Retry-After"] = header("RetryAfter");
        if (session && status.startsWith("2")) response.headers["X-D1-Bookmark"] = header("D1Bookmark");
      }
      if (session && method === "get") {
        operation.parameters = [
          ...(operation.parameters ?? []),
          { name: "X-D1-Bookmark", in: "header", required: false, description: "A bookmark from an earlier response: read at least that recent.", schema: { type: "string" } },
        ];
      }
    }
  }
  return document;
}
