/**
 * Lookups are answered from the isolate's cache (src/lookup.ts, src/freshness.ts); these tests pin
 * down what users rely on: their own report shows at once, moderation shows at once, another
 * isolate's writes show within the sync interval, and a client that sends its X-D1-Bookmark
 * always reads the database.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SYNC_INTERVAL_MS } from "../../src/cache/freshness";
import { ADMIN, call, createKey, expectProblem, json, SCAM_TEXT } from "../helpers";

const senderPath = (number: string) => `/api/v1/senders/${encodeURIComponent(number)}`;

async function report(sender: string, text = SCAM_TEXT) {
  const response = await call("/api/v1/reports", { json: { sender, text, category: "fake_collection" } });
  expect(response.status).toBe(201);
  return json(response);
}

describe("lookup cache", () => {
  it("shows a fresh report at once, for the sender and its link domain, even right after a lookup", async () => {
    expect((await json(await call(senderPath("13811112222")))).reports.total).toBe(0);
    expect((await json(await call("/api/v1/domains/zx-jr.top"))).reports.total).toBe(0);
    await report("13811112222");
    expect((await json(await call(senderPath("13811112222")))).reports.total).toBe(1);
    expect((await json(await call("/api/v1/domains/zx-jr.top"))).reports.total).toBe(1);
    await report("13811112222");
    expect((await json(await call(senderPath("13811112222")))).reports.total).toBe(2);
  });

  it("serves repeated lookups from the isolate, and reads the database when the client sends a bookmark", async () => {
    await report("13811113333");
    const first = await call(senderPath("13811113333"));
    expect((await json(first)).reports.total).toBe(1);
    // A write this isolate did not make (another isolate's report): the cache does not know it yet.
    await env.DB.prepare("UPDATE senders SET report_count = 41 WHERE normalized = '+8613811113333'").run();
    expect((await json(await call(senderPath("13811113333")))).reports.total).toBe(1);
    // A client that needs to read after a write sends the bookmark it got back and bypasses the cache.
    const bookmark = first.headers.get("x-d1-bookmark") ?? "first-primary";
    const fresh = await call(senderPath("13811113333"), { headers: { "x-d1-bookmark": bookmark } });
    expect((await json(fresh)).reports.total).toBe(41);
    // Other options (a different window, verbose) are never served from the cache.
    expect((await json(await call(`${senderPath("13811113333")}?maxAgeDays=30`))).reports.total).toBe(41);
  });

  it("shows moderation at once: a hidden report stops counting on the next lookup", async () => {
    const stored = await report("13811114444");
    expect((await json(await call(senderPath("13811114444")))).reports.distinctReporters).toBe(1);
    const hidden = await call(`/api/v1/admin/reports/${stored.id}/hide`, { method: "POST", key: ADMIN, json: { reason: "test: duplicate submission" } });
    expect(hidden.status).toBeLessThan(300);
    const after = await json(await call(senderPath("13811114444")));
    expect(after.reports).toMatchObject({ total: 0, distinctReporters: 0 });
  });

  it("applies to /check and batch lookups too, with the same invalidation", async () => {
    const check = async () => json(await call("/api/v1/check", { json: { sender: "13811115555", url: "http://pay-zx.top/a" } }));
    expect((await check()).sender.reports.total).toBe(0);
    await report("13811115555", `${SCAM_TEXT} http://pay-zx.top/b`);
    const after = await check();
    expect(after.sender.reports.total).toBe(1);
    expect(after.domains[0].reports.total).toBe(1);
  });
});

/**
 * Another isolate's writes: simulated by writing D1 directly (as that isolate's trigger would),
 * so this isolate learns of them only through its sync (src/freshness.ts), within about a second.
 */
describe("lookup cache across isolates", () => {
  const afterSyncInterval = () => new Promise((resolve) => setTimeout(resolve, SYNC_INTERVAL_MS + 50));
  let n = 0;
  /** The rows another isolate's report adds that the sync reads (plus the aggregate it would change). */
  const reportElsewhere = (sender: string, campaignId: string, aggregate: D1PreparedStatement) =>
    env.DB.batch([
      env.DB.prepare("INSERT INTO reports (id, sender, sender_kind, fingerprint, campaign_id, reporter, created_at) VALUES (?, ?, 'mobile', 'elsewhere', ?, 'elsewhere', ?)").bind(
        `rep_elsewhere_${n++}`,
        sender,
        campaignId,
        Date.now(),
      ),
      aggregate,
    ]);

  it("shows another isolate's report on a cached sender after the sync interval", async () => {
    const stored = await report("13811116666");
    expect((await json(await call(senderPath("13811116666")))).reports.total).toBe(1);
    await reportElsewhere("+8613811116666", stored.campaignId, env.DB.prepare("UPDATE senders SET report_count = 7 WHERE normalized = '+8613811116666'"));
    await afterSyncInterval();
    expect((await json(await call(senderPath("13811116666")))).reports.total).toBe(7);
  });

  it("refreshes a cached /check campaign match when another isolate reports into that campaign", async () => {
    const text = "【东銮金融】您好，您的贷款已严重逾期，今日18点前不还款将移交律师起诉，请添加专员微信处理。";
    const stored = await report("13811117777", text);
    const check = async () => json(await call("/api/v1/check", { json: { sender: "13811118888", text } }));
    expect((await check()).campaign).toMatchObject({ id: stored.campaignId, distinctReporters: 1 });
    await reportElsewhere("+8613811119999", stored.campaignId, env.DB.prepare("UPDATE campaigns SET reporter_count = 9 WHERE id = ?").bind(stored.campaignId));
    await afterSyncInterval();
    expect((await check()).campaign).toMatchObject({ id: stored.campaignId, distinctReporters: 9 });
  });

  it("shows a campaign's new count on a cached sibling sender, and keeps the sender's own evidence", async () => {
    const text = "【民豐銀行】您的信用卡已逾期，明日上门催收并上报征信，请立即联系专员处理。";
    const first = await report("13811120001", text);
    await report("13811120002", text);
    const before = await json(await call(senderPath("13811120001")));
    expect(before.campaigns).toEqual([first.campaignId]);
    expect(JSON.stringify(before.reasons)).toContain("被 2 人举报");
    await reportElsewhere("+8613811120003", first.campaignId, env.DB.prepare("UPDATE campaigns SET reporter_count = 9 WHERE id = ?").bind(first.campaignId));
    await afterSyncInterval();
    await call(senderPath("13811129999")); // some lookup syncs
    const after = await json(await call(senderPath("13811120001")));
    expect(JSON.stringify(after.reasons)).toContain("被 9 人举报");
    expect(after.reports.total).toBe(1);
  });

  it("drops everything when another isolate changes the registry, and a revoked key stops working", async () => {
    const { key, id } = await createKey("carrier");
    const before = await json(await call(senderPath("95123"), { key }));
    expect(before.official).toBeFalsy();
    await env.DB.prepare("INSERT INTO official_senders (number, organization, category, kind, label, source, created_at) VALUES ('95123', '测试银行', 'bank', 'service', '客服', 'admin', 0)").run();
    await env.DB.prepare("UPDATE api_keys SET revoked_at = ? WHERE id = ?").bind(Date.now(), id).run();
    await afterSyncInterval();
    // The first request after the interval syncs; the key cache learns of the revocation from it.
    const anonymous = await json(await call(senderPath("95123")));
    expect(anonymous.official).toBeTruthy();
    await expectProblem(await call(senderPath("95123"), { key }), 401, "unauthorized");
  });
});

/**
 * Never-seen targets are answered from the isolate's known ranges (src/known-ranges.ts) once a
 * neighbouring lookup has read their part of the key space; what users rely on is that the
 * answer is never wrong: a new report, a registry entry or a decision always shows.
 */
describe("never-seen targets", () => {
  it("counts a report on a number right after its never-seen neighbour was looked up", async () => {
    expect((await json(await call(senderPath("13822220001")))).reports.total).toBe(0);
    expect((await json(await call(senderPath("13822220002")))).reports.total).toBe(0);
    await report("13822220002");
    expect((await json(await call(senderPath("13822220002")))).reports.total).toBe(1);
    expect((await json(await call("/api/v1/domains/never-seen-example.top"))).reports.total).toBe(0);
    await report("13822220003", `${SCAM_TEXT} http://never-seen-example.top/x`);
    expect((await json(await call("/api/v1/domains/never-seen-example.top"))).reports.total).toBe(1);
  });

  it("still shows an official number that nobody reported as official", async () => {
    await call(senderPath("95587"));
    const official = await json(await call(senderPath("95588")));
    expect(official.official).toBeTruthy();
    expect(official.verdict).toBe("trusted");
  });

  it("shows another isolate's report on a never-seen number after the sync interval", async () => {
    expect((await json(await call(senderPath("13822220010")))).reports.total).toBe(0);
    await env.DB.batch([
      env.DB.prepare("INSERT INTO reports (id, sender, sender_kind, fingerprint, campaign_id, reporter, created_at) VALUES ('rep_elsewhere_new', '+8613822220011', 'mobile', 'f', 'cmp_x', 'elsewhere', ?)").bind(Date.now()),
      env.DB.prepare("INSERT INTO senders (normalized, kind, country, report_count, reporter_count, first_seen, last_seen) VALUES ('+8613822220011', 'mobile', 'CN', 1, 1, 0, 0)"),
    ]);
    await new Promise((resolve) => setTimeout(resolve, SYNC_INTERVAL_MS + 50));
    expect((await json(await call(senderPath("13822220011")))).reports.total).toBe(1);
  });
});
