/**
 * Lookups are answered from the isolate's cache for a few seconds (src/lookup.ts); these tests
 * pin down what users rely on: their own report shows at once, moderation shows at once, and a
 * client that sends its X-D1-Bookmark always reads the database.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ADMIN, call, json, SCAM_TEXT } from "../helpers";

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
