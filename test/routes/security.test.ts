/** Every protected route: no key → 401, wrong role → 403, revoked or unknown key → 401. */
import { describe, expect, it } from "vitest";
import { ADMIN, call, createKey, expectProblem, tableCounts } from "../helpers";

type Role = "app" | "carrier" | "regulator" | "admin";
const ROUTES: { name: string; method: string; path: string; json?: unknown; allowed: Role[] }[] = [
  { name: "create key", method: "POST", path: "/api/v1/admin/keys", json: { name: "x", role: "app" }, allowed: ["admin"] },
  { name: "revoke key", method: "DELETE", path: "/api/v1/admin/keys/key_missing", allowed: ["admin"] },
  { name: "add official sender", method: "POST", path: "/api/v1/admin/official-senders", json: { number: "95599", organization: "中国农业银行", reason: "published on the bank's site" }, allowed: ["admin"] },
  { name: "remove official sender", method: "DELETE", path: "/api/v1/admin/official-senders/95599?reason=test%20removal", allowed: ["admin"] },
  { name: "decide appeal", method: "PATCH", path: "/api/v1/admin/appeals/apl_missing", json: { decision: "rejected", reason: "no evidence" }, allowed: ["admin"] },
  { name: "hide report", method: "POST", path: "/api/v1/admin/reports/rep_missing/hide", json: { reason: "abusive report" }, allowed: ["admin"] },
  { name: "audit log", method: "GET", path: "/api/v1/admin/audit", allowed: ["admin"] },
  { name: "batch lookup", method: "POST", path: "/api/v1/lookup/batch", json: { senders: ["13800138000"] }, allowed: ["app", "carrier", "admin"] },
  { name: "sender feed", method: "GET", path: "/api/v1/feeds/senders", allowed: ["app", "carrier", "regulator", "admin"] },
  { name: "domain feed", method: "GET", path: "/api/v1/feeds/domains", allowed: ["app", "carrier", "regulator", "admin"] },
  { name: "statistics", method: "GET", path: "/api/v1/stats?from=2026-11-01&to=2026-11-30&groupBy=day", allowed: ["regulator", "admin"] },
];

const ALL_ROLES: Role[] = ["app", "carrier", "regulator", "admin"];

describe.each(ROUTES)("$name ($method $path)", (route) => {
  const request = (key?: string) => call(route.path, { method: route.method, ...(route.json ? { json: route.json } : {}), ...(key ? { key } : {}) });

  it("without a key → 401", async () => {
    await expectProblem(await request(), 401, "unauthorized");
  });

  it("with a wrong role → 403, with an allowed role → not 401/403", async () => {
    for (const role of ALL_ROLES) {
      const { key } = role === "admin" ? { key: ADMIN } : await createKey(role);
      const response = await request(key);
      if (route.allowed.includes(role)) expect([401, 403], `${role} should be allowed`).not.toContain(response.status);
      else await expectProblem(response, 403, "forbidden");
    }
  });

  it("with a revoked or unknown key → 401", async () => {
    const role = route.allowed.find((r) => r !== "admin") ?? "admin";
    const { id, key } = await createKey(role);
    const revoke = await call(`/api/v1/admin/keys/${id}`, { method: "DELETE", key: ADMIN });
    expect(revoke.status).toBe(204);
    await expectProblem(await request(key), 401, "unauthorized");
    await expectProblem(await request("fz_app_notARealKeyAtAll0000000000000000"), 401, "unauthorized");
  });
});

describe("keys", () => {
  it("shows a key once and stores only its hash with a visible prefix", async () => {
    const { id, key } = await createKey("carrier", "carrier A");
    expect(key).toMatch(/^fz_carrier_[A-Za-z0-9]{32}$/);
    const { env } = await import("cloudflare:workers");
    const row = await env.DB.prepare("SELECT prefix, hash FROM api_keys WHERE id = ?").bind(id).first<{ prefix: string; hash: string }>();
    expect(key.startsWith(row!.prefix)).toBe(true);
    expect(row!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.hash).not.toContain(key.slice(-20));
  });

  it("rejects a malformed Authorization header", async () => {
    await expectProblem(await call("/api/v1/senders/13800138000", { headers: { authorization: "Basic abc" } }), 401, "unauthorized");
  });
});

describe("public routes with a key", () => {
  it.each([
    ["GET", "/api/v1/senders/13800138000", undefined],
    ["GET", "/api/v1/domains/example.com", undefined],
    ["POST", "/api/v1/check", { sender: "13800138000" }],
    ["POST", "/api/v1/reports", { sender: "13800138000", text: "逾期请还款" }],
  ] as const)("%s %s with a revoked key → 401, not silently anonymous", async (method, path, body) => {
    const { id, key } = await createKey("app");
    await call(`/api/v1/admin/keys/${id}`, { method: "DELETE", key: ADMIN });
    await expectProblem(await call(path, { method, key, ...(body ? { json: body } : {}) }), 401, "unauthorized");
  });
});

describe("key revocation", () => {
  it("refuses a key at once after revocation, even one that was just used (verified keys are cached)", async () => {
    const { id, key } = await createKey("carrier");
    expect((await call("/api/v1/senders/13800138000", { key })).status).toBe(200);
    expect((await call("/api/v1/senders/13800138000", { key })).status).toBe(200);
    await call(`/api/v1/admin/keys/${id}`, { method: "DELETE", key: ADMIN });
    await expectProblem(await call("/api/v1/senders/13800138000", { key }), 401, "unauthorized");
  });
});

describe("rate limits", () => {
  it("gives an anonymous reporter 10 reports a minute, then 429 with Retry-After and nothing stored", async () => {
    const ip = "192.0.2.222";
    // The limiter counts in fixed one-minute windows: start well inside one so the 11 requests share it.
    const intoWindow = Date.now() % 60_000;
    if (intoWindow > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - intoWindow));
    for (let i = 0; i < 10; i++) {
      const response = await call("/api/v1/reports", { ip, json: { sender: `1350000${String(1000 + i)}`, text: `第${i}条 逾期请还款` } });
      expect(response.status).toBe(201);
    }
    const before = await tableCounts();
    const limited = await call("/api/v1/reports", { ip, json: { sender: "13500009999", text: "再一条 逾期请还款" } });
    await expectProblem(limited, 429, "rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await tableCounts()).toEqual(before);
    // Another network is not affected (addresses of one /24 share one budget).
    expect((await call("/api/v1/reports", { ip: "192.0.3.223", json: { sender: "13500009999", text: "逾期请还款" } })).status).toBe(201);
  }, 30_000);
});
