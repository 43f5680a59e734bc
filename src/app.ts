/**
 * Builds the API: request id, body limit, one error handler producing problem+json,
 * one sub-app per resource, the generated OpenAPI document and interactive docs.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { ApiError, issuesFromZod, problemResponse } from "./lib/errors";
import { authenticate, forgetVerifiedKeys } from "./middleware/auth";
import { forgetAllEvidence } from "./services/lookup";
import { rateLimit } from "./middleware/rate-limit";
import { rejectUnsafeText } from "./middleware/text-safety";
import { replayIdempotentReport } from "./middleware/idempotent-replay";
import type { AppEnv } from "./lib/context";
import { registerAdminRoutes } from "./routes/admin";
import { registerAppealRoutes } from "./routes/appeals";
import { registerCampaignRoutes } from "./routes/campaigns";
import { registerCheckRoutes } from "./routes/check";
import { registerDomainRoutes } from "./routes/domains";
import { registerFeedRoutes } from "./routes/feeds";
import { registerHealthRoutes } from "./routes/health";
import { registerStatsRoutes } from "./routes/stats";
import { registerLookupRoutes } from "./routes/lookups";
import { registerPageRoutes } from "./routes/pages";
import { registerReportRoutes } from "./routes/reports";
import { registerSenderRoutes } from "./routes/senders";

/** Largest request body accepted anywhere (a report is ≤ 2,000 characters; batch lookups are bigger). */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The origin the OpenAPI document names as its server: PUBLIC_ORIGIN when configured; else the
 * request's own origin only when it is loopback (local development); else "/" (relative to the
 * document). Never the Host header of a public request, which anyone can set.
 */
export function documentedOrigin(env: Env, requestUrl: string): string {
  if (env.PUBLIC_ORIGIN) return new URL(env.PUBLIC_ORIGIN).origin;
  const url = new URL(requestUrl);
  const loopback = url.hostname === "localhost" || url.hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(url.hostname);
  return loopback ? url.origin : "/";
}

export function createOpenApiApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const target = (result as { target?: string }).target;
        const code = target === "query" || target === "param" ? "invalid_query" : "invalid_body";
        throw new ApiError(code, "The request did not match the schema; see errors for each field.", {
          errors: issuesFromZod(result.error),
        });
      }
    },
  });
}

export function buildApp() {
  const app = createOpenApiApp();

  app.use("*", requestId({ headerName: "X-Request-Id" }));
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError("payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`);
      },
    }),
  );
  app.use("/api/*", authenticate);
  app.use("/api/*", replayIdempotentReport);
  app.use("/api/*", rateLimit);
  app.use("/api/*", rejectUnsafeText);
  // Moderation, appeals, the registry and keys change what many lookups answer: after any such
  // write, this isolate's cached evidence and verified keys are dropped.
  for (const path of ["/api/v1/admin/*", "/api/v1/appeals", "/api/v1/appeals/*"]) {
    app.use(path, async (c, next) => {
      await next();
      if (c.req.method !== "GET") {
        forgetAllEvidence();
        forgetVerifiedKeys();
      }
    });
  }

  app.onError((error, c) => {
    if (error instanceof ApiError) return problemResponse(c, error);
    if (error instanceof HTTPException) {
      if (error.status === 415) return problemResponse(c, new ApiError("unsupported_media_type", "Send application/json or application/x-www-form-urlencoded."));
      if (error.status === 413) return problemResponse(c, new ApiError("payload_too_large"));
      if (/json/i.test(error.message)) return problemResponse(c, new ApiError("invalid_json", "The body is not valid JSON."));
      return problemResponse(c, new ApiError("invalid_body", error.message));
    }
    if (error instanceof Error && error.name === "ZodError") {
      return problemResponse(c, new ApiError("invalid_body", "Invalid input.", { errors: issuesFromZod(error as never) }));
    }
    console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), message: String(error) }));
    return problemResponse(c, new ApiError("internal", "Something went wrong on our side; the request id helps us find it."));
  });

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return problemResponse(c, new ApiError("not_found", `No route for ${c.req.method} ${c.req.path}.`));
    return c.env.ASSETS.fetch(c.req.raw);
  });

  registerHealthRoutes(app);
  registerReportRoutes(app);
  registerLookupRoutes(app);
  registerSenderRoutes(app);
  registerDomainRoutes(app);
  registerCampaignRoutes(app);
  registerCheckRoutes(app);
  registerFeedRoutes(app);
  registerStatsRoutes(app);
  registerAppealRoutes(app);
  registerAdminRoutes(app);
  registerPageRoutes(app);

  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", { type: "http", scheme: "bearer", description: "API key (app, carrier, regulator or admin role)" });
  app.doc31("/api/v1/openapi.json", (c) => ({
    openapi: "3.1.0",
    info: {
      title: "反诈短信 report & reputation API",
      version: "1.0.0",
      description:
        "Public reports of fraudulent debt-collection SMS turned into reputation data for senders, link domains and message templates (campaigns). Errors are RFC 9457 problem+json with a stable `code`.",
      license: { name: "MIT" },
    },
    servers: [{ url: documentedOrigin(c.env, c.req.url) }],
  }));
  app.get("/docs", Scalar({ url: "/api/v1/openapi.json", pageTitle: "反诈短信 API" }));
  return app;
}
