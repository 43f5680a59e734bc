/**
 * Webhooks in the Workers runtime: subscriptions and their auth, SSRF refusals at creation and at
 * delivery, signatures checked with the independent `standardwebhooks` package, events caused by
 * real reports through the real queue consumer, retries with exponential backoff and their log.
 * Outbound fetch is replaced by a recording receiver (the Worker runs in the test's isolate).
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { type DeliveryMessage, RETRY_FOR_MS, retryDelaySeconds } from "../../src/services/webhooks";
import { call, createKey, expectProblem, json, SCAM_TEXT } from "../helpers";
import { receiver } from "../webhook-receiver";

let app: { id: string; key: string };
let other: { id: string; key: string };

beforeAll(async () => {
  app = await createKey("app");
  other = await createKey("carrier");
});

afterEach(() => {
  vi.restoreAllMocks();
});

const subscribe = async (key: string, body: unknown) => call("/api/v1/webhooks", { key, json: body });

describe("webhook subscriptions", () => {
  it("every route needs a key", async () => {
    await expectProblem(await call("/api/v1/webhooks", { json: { url: "https://hooks.example.com/", events: ["campaign.created"] } }), 401, "unauthorized");
    await expectProblem(await call("/api/v1/webhooks"), 401, "unauthorized");
    await expectProblem(await call("/api/v1/webhooks/whk_x/deliveries"), 401, "unauthorized");
    await expectProblem(await call("/api/v1/webhooks/whk_x", { method: "DELETE" }), 401, "unauthorized");
  });

  it("creates a subscription with a whsec_ secret shown once; another key sees nothing of it", async () => {
    const response = await subscribe(app.key, { url: "https://hooks.example.com/a", events: ["campaign.created"], minScore: 50 });
    expect(response.status).toBe(201);
    const created = await json(response);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const bytes = atob(created.secret.slice(6)).length;
    expect(bytes).toBeGreaterThanOrEqual(24);
    expect(bytes).toBeLessThanOrEqual(64);
    const listed = await json(await call("/api/v1/webhooks", { key: app.key }));
    expect(listed.webhooks).toContainEqual({ id: created.id, url: "https://hooks.example.com/a", events: ["campaign.created"], minScore: 50, createdAt: expect.any(String) });
    expect(JSON.stringify(listed)).not.toContain(created.secret.slice(6));
    expect((await json(await call("/api/v1/webhooks", { key: other.key }))).webhooks).toEqual([]);
    await expectProblem(await call(`/api/v1/webhooks/${created.id}/deliveries`, { key: other.key }), 404, "not_found");
    await expectProblem(await call(`/api/v1/webhooks/${created.id}`, { method: "DELETE", key: other.key }), 404, "not_found");
    expect((await call(`/api/v1/webhooks/${created.id}`, { method: "DELETE", key: app.key })).status).toBe(204);
    await expectProblem(await call(`/api/v1/webhooks/${created.id}`, { method: "DELETE", key: app.key }), 404, "not_found");
  });

  it("refuses URLs that are not https or point at private, loopback, link-local, CGNAT or metadata addresses (422, path url)", async () => {
    for (const url of [
      "http://hooks.example.com/", "https://127.0.0.1/", "https://2130706433/", "https://0x7f.0.0.1/", "https://10.1.2.3/", "https://192.168.0.10/",
      "https://169.254.169.254/latest/meta-data", "https://100.64.1.1/", "https://[::1]/", "https://[::ffff:127.0.0.1]/", "https://[fe80::1]/", "https://localhost/", "https://x.localhost/",
      "http://127.0.0.1:8080/", // loopback only with WEBHOOKS_ALLOW_LOOPBACK=true
    ]) {
      const body = await expectProblem(await subscribe(app.key, { url, events: ["target.verdict_changed"] }), 422, "invalid_body");
      expect(body.errors, url).toEqual([{ path: "url", message: expect.any(String) }]);
    }
    await expectProblem(await subscribe(app.key, { url: "https://hooks.example.com/", events: ["something.else"] }), 400, "invalid_body");
  });
});

describe("deliveries", () => {
  it("a verdict change and a new campaign caused by reports arrive signed per Standard Webhooks", async () => {
    const received = receiver();
    const created = await json(await subscribe(app.key, { url: "https://hooks.example.com/events", events: ["target.verdict_changed", "campaign.created"] }));
    const strict = await json(await subscribe(other.key, { url: "https://hooks.example.com/strict", events: ["target.verdict_changed"], minScore: 100 }));
    const text = SCAM_TEXT.replace("8812", "9921").replace("张伟", "李娜");
    for (let i = 0; i < 3; i++) {
      const response = await call("/api/v1/reports", { ip: `203.0.${113 + i}.10`, json: { sender: "17100009999", text } });
      expect(response.status).toBe(201);
    }
    // The report route queued the change; the queue consumer (batch timeout 1 s) detects and delivers.
    for (let i = 0; i < 200 && !received.some((r) => r.body.includes("campaign.created")); i++) await new Promise((resolve) => setTimeout(resolve, 100));

    const verifier = new Webhook(created.secret);
    const payloads = received.map((r) => verifier.verify(r.body, r.headers) as { type: string; timestamp: string; data: any });
    const verdict = payloads.find((p) => p.type === "target.verdict_changed" && p.data.target.type === "sender");
    expect(verdict?.data).toMatchObject({ target: { type: "sender", value: "+8617100009999" }, from: "unknown", to: expect.stringMatching(/suspicious|scam/), score: expect.any(Number) });
    const campaign = payloads.find((p) => p.type === "campaign.created");
    expect(campaign?.data).toMatchObject({ id: expect.stringMatching(/^cmp_/), sample: expect.any(String), firstSeen: expect.any(String) });
    expect(campaign!.data.sample).not.toContain("李娜");
    for (const r of received) {
      expect(r.headers["webhook-id"]).toMatch(/^msg_/);
      expect(Math.abs(Number(r.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    }
    // minScore: the strict subscription hears only changes whose old or new score reached 100.
    const strictVerifier = new Webhook(strict.secret);
    for (const r of received.filter((r) => r.url.endsWith("/strict"))) {
      expect((strictVerifier.verify(r.body, r.headers) as { data: { score: number } }).data.score).toBe(100);
    }
    if (verdict!.data.score < 100) expect(received.filter((r) => r.url.endsWith("/strict") && r.body.includes("+8617100009999"))).toEqual([]);
    // A tampered body fails the independent verification.
    expect(() => verifier.verify(received[0]!.body.replace("}", ',"x":1}'), received[0]!.headers)).toThrow();
    // Each change once: further reports that change no verdict send nothing new for that sender.
    const before = received.filter((r) => r.body.includes("+8617100009999") && r.body.includes("verdict_changed")).length;
    expect(before).toBe(1);
  });

  it("retries a failing receiver with exponential backoff; the third attempt arrives and the log shows all three", async () => {
    const received = receiver([500, 503]);
    const created = await json(await subscribe(app.key, { url: "https://hooks.example.com/flaky", events: ["target.verdict_changed"] }));
    const body = JSON.stringify({ type: "target.verdict_changed", timestamp: new Date().toISOString(), data: { target: { type: "sender", value: "+8617100000001" }, from: "unknown", to: "scam", score: 90 } });
    const firstAt = Date.now();
    // Each attempt is a queue message as the consumer gets it; a failed one queues the next (delayed).
    for (let attempt = 1; attempt <= 3; attempt++) {
      const message: DeliveryMessage = { type: "deliver", messageId: "msg_flaky", webhookId: created.id, event: "target.verdict_changed", body, attempt, firstAt };
      const batch = createMessageBatch("fanzha-webhooks", [{ id: `attempt-${attempt}`, timestamp: new Date(), attempts: 1, body: message }]);
      const ctx = createExecutionContext();
      await worker.queue(batch as never, env, ctx);
      expect((await getQueueResult(batch as never, ctx)).explicitAcks).toEqual([`attempt-${attempt}`]);
    }
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.headers["webhook-id"]))).toEqual(new Set(["msg_flaky"]));
    const verifier = new Webhook(created.secret);
    for (const r of received) expect(verifier.verify(r.body, r.headers)).toMatchObject({ type: "target.verdict_changed" });
    const log = (await json(await call(`/api/v1/webhooks/${created.id}/deliveries`, { key: app.key }))).deliveries as any[];
    const byAttempt = [...log].sort((a, b) => a.attempt - b.attempt);
    expect(byAttempt.map((d) => [d.attempt, d.status, d.responseCode])).toEqual([
      [1, "failed", 500],
      [2, "failed", 503],
      [3, "succeeded", 200],
    ]);
    expect(Date.parse(byAttempt[0].nextRetryAt) - Date.parse(byAttempt[0].at)).toBe(retryDelaySeconds(30, 1) * 1000);
    expect(Date.parse(byAttempt[1].nextRetryAt) - Date.parse(byAttempt[1].at)).toBe(retryDelaySeconds(30, 2) * 1000);
  });

  it("backs off from 30 s, doubling, at most 12 h apart, for at least 24 h, then gives up", async () => {
    expect([1, 2, 3, 4].map((a) => retryDelaySeconds(30, a))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(30, 30)).toBe(43_200);
    let elapsed = 0;
    let attempt = 1;
    while (elapsed < RETRY_FOR_MS) elapsed += retryDelaySeconds(30, attempt++) * 1000;
    expect(attempt).toBeLessThan(20);

    receiver([500]);
    const created = await json(await subscribe(app.key, { url: "https://hooks.example.com/old", events: ["campaign.created"] }));
    const message: DeliveryMessage = { type: "deliver", messageId: "msg_old", webhookId: created.id, event: "campaign.created", body: "{}", attempt: 14, firstAt: Date.now() - RETRY_FOR_MS - 1 };
    const batch = createMessageBatch("fanzha-webhooks", [{ id: "old", timestamp: new Date(), attempts: 1, body: message }]);
    const ctx = createExecutionContext();
    await worker.queue(batch as never, env, ctx);
    await getQueueResult(batch as never, ctx);
    const log = (await json(await call(`/api/v1/webhooks/${created.id}/deliveries`, { key: app.key }))).deliveries;
    // No retry is scheduled (no pending attempt 15): the first attempt is more than 24 h old.
    expect(log).toEqual([expect.objectContaining({ attempt: 14, status: "failed", responseCode: 500, nextRetryAt: null })]);
  });

  it("refuses again at delivery a URL that is no longer allowed, without fetching it", async () => {
    const received = receiver();
    const fetchSpy = globalThis.fetch as unknown as ReturnType<typeof vi.fn>;
    await env.DB.prepare("INSERT INTO webhooks (id, key_id, url, secret, events, min_score, created_at) VALUES ('whk_private', ?, 'https://169.254.169.254/latest', 'whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', '[\"campaign.created\"]', 0, 0)")
      .bind(app.id)
      .run();
    const message: DeliveryMessage = { type: "deliver", messageId: "msg_private", webhookId: "whk_private", event: "campaign.created", body: "{}", attempt: 1, firstAt: Date.now() };
    const batch = createMessageBatch("fanzha-webhooks", [{ id: "p", timestamp: new Date(), attempts: 1, body: message }]);
    const ctx = createExecutionContext();
    await worker.queue(batch as never, env, ctx);
    await getQueueResult(batch as never, ctx);
    expect(fetchSpy.mock.calls.some(([input]) => String(input instanceof Request ? input.url : input).includes("169.254"))).toBe(false);
    expect(received).toEqual([]);
    const [row] = (await env.DB.prepare("SELECT status, response_code AS code, next_retry_at AS next FROM webhook_deliveries WHERE message_id = 'msg_private'").all()).results;
    expect(row).toEqual({ status: "failed", code: null, next: null });
  });
});
