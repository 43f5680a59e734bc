import { describe, expect, it } from "vitest";
import { ERROR_DOCS } from "../../src/lib/error-docs";
import { ERROR_CODES } from "../../src/lib/errors";
import { BASE, call, expectProblem, json } from "../helpers";

/** Every URL a page refers to (src, href, url(...)) that leaves our own origin. */
function foreignUrls(page: string): string[] {
  const urls = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
  return urls.filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith("https://www.rfc-editor.org/"));
}

describe("developer documentation on our own origin", () => {
  it("GET /api/v1 is an index linking the docs, the OpenAPI document, the errors and health", async () => {
    const response = await call("/api/v1");
    expect(response.status).toBe(200);
    const index = await json(response);
    expect(index.links).toMatchObject({ docs: "/docs", openapi: "/api/v1/openapi.json", errors: "/docs/errors", health: "/api/v1/health" });
    for (const link of [index.links.openapi, index.links.health, index.links.errors]) {
      expect((await call(link)).status, link).toBe(200);
    }
  });

  it("/docs loads the pinned reference from this origin only, under a Content-Security-Policy", async () => {
    const response = await call("/docs");
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:/);
    const page = await response.text();
    expect(page).toContain('src="/vendor/swagger-ui/swagger-ui-bundle.js"');
    expect(page).toContain('data-openapi-url="/api/v1/openapi.json"');
    expect(page).not.toMatch(/<script>(?!<)/); // no inline script: the CSP would refuse it
    expect(foreignUrls(page)).toEqual([]);
  });

  it("/docs/errors explains every error code with its meaning and what to do, each at its own anchor", async () => {
    const response = await call("/docs/errors");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await response.text();
    for (const code of Object.keys(ERROR_CODES) as (keyof typeof ERROR_CODES)[]) {
      expect(page, code).toContain(`id="${code}"`);
      expect(ERROR_DOCS[code].meaning.length, code).toBeGreaterThan(20);
      expect(ERROR_DOCS[code].action.length, code).toBeGreaterThan(20);
    }
    expect(foreignUrls(page)).toEqual([]);
  });

  it("every problem's type points at its entry in the catalogue", async () => {
    const problem = await expectProblem(await call("/api/v1/no-such-route"), 404, "not_found");
    expect(problem.type).toBe(`${BASE}/docs/errors#not_found`);
    const invalid = await expectProblem(await call("/api/v1/check", { json: { sender: 42 } }), 400, "invalid_body");
    expect(new URL(invalid.type).pathname).toBe("/docs/errors");
  });
});
