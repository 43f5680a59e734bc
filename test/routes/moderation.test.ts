import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, call, expectProblem, json, SCAM_TEXT } from "../helpers";

async function reportFrom(ip: string, sender: string, text = SCAM_TEXT) {
  const response = await call("/api/v1/reports", { ip, json: { sender, text } });
  expect(response.status).toBe(201);
  return json(response);
}

describe("official-sender registry", () => {
  it("lets admins add a number: it becomes trusted and reports against it show as possible spoofing", async () => {
    await reportFrom("10.9.0.1", "10655123456");
    await reportFrom("10.9.0.2", "10655123456");
    const added = await call("/api/v1/admin/official-senders", { key: ADMIN, json: { number: "1065 5123 456", organization: "招商银行", reason: "port listed on cmbchina.com" } });
    expect(added.status).toBe(201);
    const body = await json(await call("/api/v1/senders/10655123456"));
    expect(body).toMatchObject({ verdict: "trusted", official: { institution: "招商银行" } });
    expect(body.reasons.map((r: { code: string }) => r.code)).toContain("possible_spoofing");

    const removed = await call("/api/v1/admin/official-senders/10655123456?reason=wrong%20entry", { method: "DELETE", key: ADMIN });
    expect(removed.status).toBe(204);
    expect((await json(await call("/api/v1/senders/10655123456"))).official).toBeNull();
  });

  it("answers 404 for removing a number that is not registered, and logs nothing", async () => {
    const before = await env.DB.prepare("SELECT count(*) AS n FROM audit_log").first<number>("n");
    await expectProblem(await call("/api/v1/admin/official-senders/13800000000?reason=cleanup", { method: "DELETE", key: ADMIN }), 404, "not_found");
    expect(await env.DB.prepare("SELECT count(*) AS n FROM audit_log").first<number>("n")).toBe(before);
  });
});

describe("appeals", () => {
  it("takes an appeal, shows its status only with the token, and an upheld decision clears the verdict", async () => {
    for (let i = 0; i < 5; i++) await reportFrom(`10.8.0.${i + 1}`, "13811112222", SCAM_TEXT.replace("35", String(40 + i)));
    expect((await json(await call("/api/v1/senders/13811112222"))).verdict).toBe("scam");

    const created = await call("/api/v1/appeals", { json: { target: { type: "sender", value: "+86 138 1111 2222" }, statement: "This is our shop's number; a competitor reported it." } });
    expect(created.status).toBe(202);
    const { id, token, status } = await json(created);
    expect(status).toBe("open");

    await expectProblem(await call(`/api/v1/appeals/${id}`, { headers: { "x-appeal-token": "wrong-token-123" } }), 404, "not_found");
    const view = await json(await call(`/api/v1/appeals/${id}`, { headers: { "x-appeal-token": token } }));
    expect(view).toMatchObject({ id, status: "open", target: { type: "sender", value: "+8613811112222" } });

    const decided = await call(`/api/v1/admin/appeals/${id}`, { method: "PATCH", key: ADMIN, json: { decision: "upheld", reason: "Business licence checked" } });
    expect(decided.status).toBe(200);
    const after = await json(await call("/api/v1/senders/13811112222"));
    expect(after.verdict).toBe("unknown");
    expect(after.score).toBe(0);
    expect(after.reasons[0]).toMatchObject({ code: "appeal_upheld" });
    expect(after.reasons[0].message).toContain("Business licence checked");

    expect((await json(await call(`/api/v1/appeals/${id}`, { headers: { "x-appeal-token": token } }))).status).toBe("upheld");
    // Never in the URL, where it would land in logs.
    await expectProblem(await call(`/api/v1/appeals/${id}?token=${token}`), 400, "invalid_query");
    await expectProblem(await call(`/api/v1/admin/appeals/${id}`, { method: "PATCH", key: ADMIN, json: { decision: "rejected", reason: "second thoughts" } }), 409, "conflict");
  });

  it.each([
    [{ target: { type: "sender", value: "???" }, statement: "This is my number, please remove it." }, 422, "invalid_sender"],
    [{ target: { type: "domain", value: "not a domain" }, statement: "This is my domain, please remove it." }, 422, "invalid_domain"],
    [{ target: { type: "phone", value: "13800138000" }, statement: "This is my number, please remove it." }, 400, "invalid_body"],
    [{ target: { type: "sender", value: "13800138000" }, statement: "short" }, 400, "invalid_body"],
  ])("rejects a bad appeal %#", async (payload, status, code) => {
    const before = await env.DB.prepare("SELECT count(*) AS n FROM appeals").first<number>("n");
    await expectProblem(await call("/api/v1/appeals", { json: payload }), status, code);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM appeals").first<number>("n")).toBe(before);
  });
});

describe("hiding reports and the audit log", () => {
  it("hides a report so it stops counting, keeps it stored, and logs who did it and why", async () => {
    const first = await reportFrom("10.7.0.1", "13922223333");
    await reportFrom("10.7.0.2", "13922223333");
    const hidden = await call(`/api/v1/admin/reports/${first.id}/hide`, { key: ADMIN, json: { reason: "reporter admitted a mistake" } });
    expect(hidden.status).toBe(204);
    const body = await json(await call("/api/v1/senders/13922223333"));
    expect(body.reports).toMatchObject({ total: 1, distinctReporters: 1 });
    const stored = await env.DB.prepare("SELECT hidden FROM reports WHERE id = ?").bind(first.id).first<number>("hidden");
    expect(stored).toBe(1);

    const audit = await json(await call("/api/v1/admin/audit", { key: ADMIN }));
    const entry = audit.entries.find((e: { action: string }) => e.action === "report.hide");
    expect(entry).toMatchObject({ actor: "admin-token", target: { type: "report", value: first.id }, reason: "reporter admitted a mistake" });
    expect(Date.parse(entry.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    await expectProblem(await call(`/api/v1/admin/reports/${first.id}/hide`, { key: ADMIN, json: { reason: "again" } }), 404, "not_found");
  });

  it("logs key creation and revocation with the acting key", async () => {
    const created = await json(await call("/api/v1/admin/keys", { key: ADMIN, json: { name: "ops", role: "admin" } }));
    await call("/api/v1/admin/keys", { key: created.key, json: { name: "made by ops", role: "app" } });
    const audit = await json(await call("/api/v1/admin/audit?limit=500", { key: ADMIN }));
    const byOps = audit.entries.find((e: { action: string; actor: string }) => e.action === "key.create" && e.actor === created.id);
    expect(byOps.details).toMatchObject({ name: "made by ops", role: "app" });
  });

  it("pages through entries written in the same millisecond without losing or repeating one", async () => {
    const at = Date.UTC(2026, 0, 1);
    await env.DB.batch(
      Array.from({ length: 5 }, (_, i) =>
        env.DB.prepare("INSERT INTO audit_log (id, actor, action, target_type, target, reason, details, created_at) VALUES (?, 'admin-token', 'test.tie', 'report', ?, NULL, NULL, ?)").bind(`aud_tie_${i}`, `r${i}`, at),
      ),
    );
    const seen: string[] = [];
    let query = `before=${encodeURIComponent(new Date(at + 1).toISOString())}&limit=2`;
    for (let page = 0; page < 10; page++) {
      const body = await json(await call(`/api/v1/admin/audit?${query}`, { key: ADMIN }));
      seen.push(...body.entries.filter((e: { action: string }) => e.action === "test.tie").map((e: { id: string }) => e.id));
      if (!body.next) break;
      query = `cursor=${encodeURIComponent(body.next)}&limit=2`;
    }
    expect(seen).toEqual(["aud_tie_4", "aud_tie_3", "aud_tie_2", "aud_tie_1", "aud_tie_0"]);
  });
});
