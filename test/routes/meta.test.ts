import { describe, expect, it } from "vitest";
import { call, json } from "../helpers";

describe("health, request ids, OpenAPI and docs", () => {
  it("reports healthy with a working database", async () => {
    const response = await call("/api/v1/health");
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ status: "ok", db: "ok" });
  });

  it("puts an X-Request-Id on every response, success or error", async () => {
    for (const path of ["/api/v1/health", "/api/v1/senders/13800138000", "/api/v1/missing", "/api/v1/openapi.json"]) {
      const response = await call(path);
      expect(response.headers.get("x-request-id"), path).toMatch(/\S{8,}/);
    }
  });

  it("generates an OpenAPI 3.1 document that lists every contract route", async () => {
    const doc = await json(await call("/api/v1/openapi.json"));
    expect(doc.openapi).toBe("3.1.0");
    for (const path of ["/api/v1/reports", "/api/v1/senders/{number}", "/api/v1/domains/{domain}", "/api/v1/health", "/api/v1/campaigns/{id}", "/api/v1/check", "/api/v1/admin/keys"]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.components.schemas.Problem).toBeDefined();
    expect(doc.paths["/api/v1/reports"].post.requestBody.content).toHaveProperty("application/x-www-form-urlencoded");
  });
});
