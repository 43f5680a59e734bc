/**
 * Strict edges (issue 19): reports only as JSON or urlencoded, no NUL / lone surrogate /
 * non-character anywhere in a body (400 with the field path, nothing stored), appeal tokens only in
 * a header, an OpenAPI server that no Host header can set, and idempotent retries answered with
 * their replay before any rate limit counts them.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { documentedOrigin } from "../../src/app";
import { call, expectProblem, json, tableCounts } from "../helpers";

const REPORT = { sender: "10690000555", text: "【东銮金融】您已逾期，请立即回复验证码处理" };

describe("report media types", () => {
  it.each([
    ["multipart/form-data", () => {
      const form = new FormData();
      form.set("sender", REPORT.sender);
      form.set("text", REPORT.text);
      return { body: form };
    }],
    ["text/plain", () => ({ body: JSON.stringify(REPORT), headers: { "content-type": "text/plain" } })],
    ["application/xml", () => ({ body: "<report/>", headers: { "content-type": "application/xml" } })],
    ["no content type", () => ({ body: new Blob([JSON.stringify(REPORT)]) })],
  ] as const)("%s → 415, nothing stored", async (_type, request) => {
    const before = await tableCounts();
    await expectProblem(await call("/api/v1/reports", { method: "POST", ...request() }), 415, "unsupported_media_type");
    expect(await tableCounts()).toEqual(before);
  });

  it("JSON with a charset and urlencoded are accepted", async () => {
    expect((await call("/api/v1/reports", { json: REPORT, headers: { "content-type": "application/json; charset=utf-8" } })).status).toBe(201);
    expect((await call("/api/v1/reports", { form: { ...REPORT, sender: "10690000556" } })).status).toBe(201);
  });
});

describe("characters that are not text", () => {
  it.each([
    ["NUL in the text", { ...REPORT, text: "逾期\u0000请还款" }, "text"],
    ["a lone high surrogate in the sender", { ...REPORT, sender: "1069\ud800" }, "sender"],
    ["a lone low surrogate in the text", { ...REPORT, text: "\udc00逾期" }, "text"],
    ["a non-character in the claimed institution", { ...REPORT, claimedInstitution: "中信\ufffe" }, "claimedInstitution"],
    ["an astral non-character", { ...REPORT, text: `逾期${String.fromCodePoint(0x1fffe)}` }, "text"],
    ["U+FDD0 in a field name", { ...REPORT, "x\ufdd0": "1" }, "x\ufdd0"],
  ])("%s → 400 naming the field, nothing stored", async (_name, body, path) => {
    const before = await tableCounts();
    const problem = await expectProblem(await call("/api/v1/reports", { json: body }), 400, "invalid_body");
    expect(problem.errors.map((issue: { path: string }) => issue.path)).toContain(path);
    expect(await tableCounts()).toEqual(before);
  });

  it("in nested fields of other routes too (appeals: target.value)", async () => {
    const problem = await expectProblem(
      await call("/api/v1/appeals", { json: { target: { type: "sender", value: "1380013\u00008000" }, statement: "这是我们公司的客服号码，请核实。" } }),
      400,
      "invalid_body",
    );
    expect(problem.errors).toEqual([{ path: "target.value", message: expect.stringContaining("NUL") }]);
  });

  it("in urlencoded bodies and the no-JavaScript form", async () => {
    const before = await tableCounts();
    await expectProblem(await call("/api/v1/reports", { form: { sender: REPORT.sender, text: "逾期\u0000" } }), 400, "invalid_body");
    const page = await call("/report", { form: { sender: REPORT.sender, text: "逾期\u0000请还款" } });
    expect(page.status).toBe(400);
    expect(await tableCounts()).toEqual(before);
  });

  it("keeps well-formed text: emoji (surrogate pairs), CJK extension B, tabs and newlines", async () => {
    const response = await call("/api/v1/reports", { json: { sender: "10690000557", text: "逾期😀\t𠀀\n请还款" } });
    expect(response.status).toBe(201);
  });
});

describe("appeal tokens", () => {
  it("are accepted only in the X-Appeal-Token header, never in the URL", async () => {
    const created = await json(await call("/api/v1/appeals", { json: { target: { type: "sender", value: "13800138123" }, statement: "这是我们公司的客服号码，请核实。" } }));
    expect((await call(`/api/v1/appeals/${created.id}`, { headers: { "x-appeal-token": created.token } })).status).toBe(200);
    const inUrl = await expectProblem(await call(`/api/v1/appeals/${created.id}?token=${created.token}`), 400, "invalid_query");
    expect(JSON.stringify(inUrl)).not.toContain(created.token);
  });
});

describe("OpenAPI servers", () => {
  it("never reflect the Host of a public request", async () => {
    const doc = await json(await call("/api/v1/openapi.json", { headers: { host: "evil.example" } }));
    expect(doc.servers).toEqual([{ url: "/" }]);
  });

  it("come from PUBLIC_ORIGIN when configured, else a loopback request's own origin", () => {
    const configured = { ...env, PUBLIC_ORIGIN: "https://api.fanzha.example/ignored/path" } as Env;
    expect(documentedOrigin(configured, "http://evil.example/api/v1/openapi.json")).toBe("https://api.fanzha.example");
    expect(documentedOrigin(env, "http://127.0.0.1:8787/api/v1/openapi.json")).toBe("http://127.0.0.1:8787");
    expect(documentedOrigin(env, "http://localhost:8787/api/v1/openapi.json")).toBe("http://localhost:8787");
    expect(documentedOrigin(env, "https://fanzha.example/api/v1/openapi.json")).toBe("/");
  });
});

describe("idempotent retries", () => {
  it("50 concurrent anonymous retries with one Idempotency-Key all get the stored answer, none a 429", async () => {
    const ip = "192.0.2.150";
    const before = await tableCounts();
    const send = () => call("/api/v1/reports", { ip, json: { sender: "10690000558", text: REPORT.text }, headers: { "idempotency-key": "retry-storm-1" } });
    const responses = await Promise.all(Array.from({ length: 50 }, send));
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
    const ids = new Set(await Promise.all(responses.map(async (response) => (await json(response)).id)));
    expect(ids.size).toBe(1);
    expect(responses.filter((response) => response.headers.get("idempotent-replayed") === "true")).toHaveLength(49);
    expect((await tableCounts()).reports).toBe(before.reports! + 1);
    // Later retries too, well past the 10-a-minute budget; the budget itself still holds for new reports.
    for (let i = 0; i < 15; i++) expect((await send()).status).toBe(201);
  });

  it("a retry with another body under the same key is 409, not a replay", async () => {
    const ip = "192.0.2.151";
    const headers = { "idempotency-key": "retry-conflict-1" };
    expect((await call("/api/v1/reports", { ip, json: { sender: "10690000559", text: REPORT.text }, headers })).status).toBe(201);
    await expectProblem(await call("/api/v1/reports", { ip, json: { sender: "10690000559", text: `${REPORT.text}！` }, headers }), 409, "conflict");
  });
});

describe("pages the Worker renders", () => {
  it.each([
    ["GET /", () => call("/")],
    ["GET /stats", () => call("/stats")],
    ["POST /report, rejected", () => call("/report", { form: { sender: "", text: "" } })],
  ])("%s has a Content-Security-Policy its own markup obeys", async (_name, request) => {
    const response = await request();
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    // Scripts only from our origin (and Turnstile's when it is configured): no inline script, no CDN.
    expect(policy).toMatch(/script-src 'self'(?: https:\/\/challenges\.cloudflare\.com)?(?:;|$)/);
    const page = await response.text();
    expect(page).not.toMatch(/<script(?![^>]*\b(?:src="\/|type="application\/json"))/);
    expect(page).not.toMatch(/\sstyle="|\son[a-z]+="/);
  });
});
