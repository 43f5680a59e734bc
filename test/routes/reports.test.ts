import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, SCAM_TEXT, tableCounts } from "../helpers";

describe("POST /api/v1/reports — happy paths", () => {
  it("stores a JSON report and returns the contract's shape", async () => {
    const response = await call("/api/v1/reports", {
      ip: "203.0.113.10",
      json: {
        sender: "+86 138-0013-8000",
        text: SCAM_TEXT,
        receivedAt: "2026-11-20T08:15:00Z",
        carrier: "china_mobile",
        region: "44",
        category: "fake_collection",
      },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const body = await json(response);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^rep_/),
      sender: { input: "+86 138-0013-8000", normalized: "+8613800138000", kind: "mobile", country: "CN" },
      domains: ["zx-jr.top"],
      fingerprint: expect.any(String),
      campaignId: expect.stringMatching(/^cmp_/),
      claimedInstitution: "中信金融",
      duplicate: false,
    });
    expect(body.signals).toEqual(expect.arrayContaining(["link", "asks_verification_code", "legal_threat", "claims_institution"]));

    const stored = await env.DB.prepare("SELECT sender, text, reporter, carrier, region, category FROM reports WHERE id = ?").bind(body.id).first<Record<string, string>>();
    expect(stored).toMatchObject({ sender: "+8613800138000", carrier: "china_mobile", region: "44", category: "fake_collection" });
    // Redacted before storage: the name is gone, the reporter is a pseudonym, not the address.
    expect(stored?.text).not.toContain("张伟");
    expect(stored?.reporter).not.toContain("203.0.113.10");
  });

  it("accepts the form encoding the no-JavaScript page posts", async () => {
    const response = await call("/api/v1/reports", {
      ip: "203.0.113.11",
      form: { sender: "1069 0000 1234", text: "【众安】您的贷款已逾期，今日内不处理将立案，详询 za-hk.xyz/pay", carrier: "", category: "" },
    });
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body.sender).toMatchObject({ normalized: "106900001234", kind: "sms_port" });
    expect(body.domains).toEqual(["za-hk.xyz"]);
  });

  it("accepts the 12321 forwarding form <sender>*<text>", async () => {
    const response = await call("/api/v1/reports", {
      ip: "203.0.113.12",
      json: { forwarded: "10690000555*【东銮金融】您的分期已逾期，请提供身份证号和银行卡号处理" },
    });
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body.sender.normalized).toBe("10690000555");
    expect(body.signals).toContain("asks_id_or_card");
  });

  it("makes the sender and domain lookups reflect the report", async () => {
    for (const [i, ip] of ["192.0.2.1", "192.0.3.1", "192.0.4.1"].entries()) {
      const response = await call("/api/v1/reports", { ip, json: { sender: "13900139000", text: SCAM_TEXT.replace("35天", `${30 + i}天`), category: "fake_collection" } });
      expect(response.status).toBe(201);
    }
    const sender = await json(await call("/api/v1/senders/+86%20139%200013%209000"));
    expect(sender).toMatchObject({
      target: { type: "sender", value: "+8613900139000", kind: "mobile" },
      reports: { total: 3, distinctReporters: 3, last30Days: 3 },
      categories: { fake_collection: 3 },
      claimedInstitutions: [{ name: "中信金融", count: 3 }],
      official: null,
      relatedDomains: ["zx-jr.top"],
    });
    expect(sender.verdict).toMatch(/suspicious|scam/);
    expect(sender.campaigns).toHaveLength(1);
    expect(sender.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(["reported_by_many", "impersonates_institution"]));

    const domain = await json(await call("/api/v1/domains/zx-jr.top"));
    expect(domain.target).toEqual({ type: "domain", value: "zx-jr.top" });
    expect(domain.reports.total).toBeGreaterThanOrEqual(3);
    expect(domain.relatedSenders).toContain("+8613900139000");
  });
});

describe("POST /api/v1/reports — categories", () => {
  it("infers the category of a report that names none, keeps the reporter's own choice apart, and lookups show the inferred share", async () => {
    const text = "【中信金融】您的借款已逾期3天…否则起诉";
    const inferred = await json(await call("/api/v1/reports", { ip: "192.0.2.31", json: { sender: "13900139031", text } }));
    expect(inferred).toMatchObject({ category: "fake_collection", categoryInferred: true });
    // The reporter's own choice wins, even where the text points elsewhere.
    const chosen = await json(await call("/api/v1/reports", { ip: "192.0.3.32", json: { sender: "13900139031", text: `${text}。`, category: "impersonation" } }));
    expect(chosen).toMatchObject({ category: "impersonation", categoryInferred: false });
    const stored = await env.DB.prepare("SELECT id, category, category_inferred AS inferred FROM reports WHERE sender = '+8613900139031' ORDER BY id").all();
    expect(stored.results).toEqual([
      { id: inferred.id, category: "fake_collection", inferred: 1 },
      { id: chosen.id, category: "impersonation", inferred: 0 },
    ]);

    const sender = await json(await call("/api/v1/senders/13900139031"));
    expect(sender).toMatchObject({ categories: { fake_collection: 1, impersonation: 1 }, categoriesInferred: { fake_collection: 1 }, categoryInferredShare: 0.5 });
  });

  it("infers a category for a form post whose category is left empty", async () => {
    const body = await json(await call("/api/v1/reports", { ip: "192.0.2.33", form: { sender: "13900139033", text: "恭喜您被抽中为幸运用户，获得iPhone一部，请点击链接领取奖品", category: "" } }));
    expect(body).toMatchObject({ category: "prize", categoryInferred: true });
  });
});

describe("POST /api/v1/reports — repeats, idempotency, cooldown", () => {
  it("answers the same text from the same reporter within 24 h as a duplicate that does not count", async () => {
    const first = await json(await call("/api/v1/reports", { ip: "198.18.1.1", json: { sender: "13700137000", text: SCAM_TEXT } }));
    const before = await tableCounts();
    const again = await call("/api/v1/reports", { ip: "198.18.1.1", json: { sender: "13700137000", text: SCAM_TEXT } });
    expect(again.status).toBe(201);
    const body = await json(again);
    expect(body).toMatchObject({ duplicate: true, id: first.id });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a different report on the same sender inside the 15-minute cooldown with 429 and Retry-After", async () => {
    await call("/api/v1/reports", { ip: "198.18.2.1", json: { sender: "13600136000", text: SCAM_TEXT } });
    const before = await tableCounts();
    const response = await call("/api/v1/reports", { ip: "198.18.2.1", json: { sender: "13600136000", text: "另一条完全不同的短信，请加微信还款" } });
    await expectProblem(response, 429, "rate_limited");
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(await tableCounts()).toEqual(before);
  });

  it("replays the first response for a repeated Idempotency-Key and stores nothing new", async () => {
    const request = { ip: "198.18.3.1", headers: { "idempotency-key": "abc-123" }, json: { sender: "13500135000", text: SCAM_TEXT } };
    const first = await call("/api/v1/reports", request);
    expect(first.status).toBe(201);
    const firstBody = await json(first);
    const before = await tableCounts();
    const second = await call("/api/v1/reports", request);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect(await json(second)).toEqual(firstBody);
    expect(await tableCounts()).toEqual(before);
  });

  it("rejects an Idempotency-Key reused with a different body (409)", async () => {
    await call("/api/v1/reports", { ip: "198.18.4.1", headers: { "idempotency-key": "k-1" }, json: { sender: "13400134000", text: SCAM_TEXT } });
    const response = await call("/api/v1/reports", { ip: "198.18.4.1", headers: { "idempotency-key": "k-1" }, json: { sender: "13400134001", text: SCAM_TEXT } });
    await expectProblem(response, 409, "conflict");
  });

  it("stores exactly one report for concurrent submissions with the same Idempotency-Key", async () => {
    const request = { ip: "198.18.5.1", headers: { "idempotency-key": "concurrent-1" }, json: { sender: "13300133000", text: SCAM_TEXT } };
    const responses = await Promise.all(Array.from({ length: 8 }, () => call("/api/v1/reports", request)));
    const bodies = await Promise.all(responses.map((r) => json(r)));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    expect(new Set(bodies.map((b) => b.id)).size).toBe(1);
    const stored = await env.DB.prepare("SELECT count(*) AS n FROM reports WHERE sender = '+8613300133000'").first<number>("n");
    expect(stored).toBe(1);
  });
});

describe("POST /api/v1/reports — bad input gets problem+json and stores nothing", () => {
  const cases: [string, Parameters<typeof call>[1], number, string, string?][] = [
    ["missing text", { json: { sender: "13800138000" } }, 400, "invalid_body", "text"],
    ["missing sender", { json: { text: "hello" } }, 400, "invalid_body", "sender"],
    ["empty object", { json: {} }, 400, "invalid_body", "sender"],
    ["wrong type for text", { json: { sender: "13800138000", text: 42 } }, 400, "invalid_body", "text"],
    ["wrong type for sender", { json: { sender: ["13800138000"], text: "x" } }, 400, "invalid_body", "sender"],
    ["text over 2,000 characters", { json: { sender: "13800138000", text: "逾".repeat(2001) } }, 400, "invalid_body", "text"],
    ["unknown carrier", { json: { sender: "13800138000", text: "x", carrier: "vodafone" } }, 400, "invalid_body", "carrier"],
    ["unknown category", { json: { sender: "13800138000", text: "x", category: "spam" } }, 400, "invalid_body", "category"],
    ["bad receivedAt", { json: { sender: "13800138000", text: "x", receivedAt: "yesterday" } }, 400, "invalid_body", "receivedAt"],
    ["bad region", { json: { sender: "13800138000", text: "x", region: "Guangdong" } }, 400, "invalid_body", "region"],
    ["forwarded without a star", { json: { forwarded: "13800138000 逾期" } }, 400, "invalid_body", "forwarded"],
    ["forwarded and sender together", { json: { forwarded: "1*x", sender: "13800138000" } }, 400, "invalid_body", "forwarded"],
    ["a sender that is no number", { json: { sender: "!!! ???", text: "逾期请还款" } }, 422, "invalid_sender", "sender"],
    ["a forwarded sender that is no number", { json: { forwarded: "???*逾期请还款" } }, 422, "invalid_sender", "forwarded"],
    ["reporterId without an app key", { json: { sender: "13800138000", text: "x", reporterId: "u1" } }, 403, "forbidden", "reporterId"],
    ["invalid JSON", { body: '{"sender": "138', headers: { "content-type": "application/json" } }, 400, "invalid_json"],
    ["JSON that is not an object", { body: "[1,2]", headers: { "content-type": "application/json" } }, 400, "invalid_body"],
    ["unsupported content type", { body: "sender=1", headers: { "content-type": "text/plain" } }, 415, "unsupported_media_type"],
    ["body over the size limit", { body: JSON.stringify({ sender: "13800138000", text: "x".repeat(70_000) }), headers: { "content-type": "application/json" } }, 413, "payload_too_large"],
  ];

  it.each(cases)("%s", async (_name, options, status, code, path) => {
    const before = await tableCounts();
    const body = await expectProblem(await call("/api/v1/reports", { method: "POST", ...options }), status, code);
    if (path) expect(body.errors?.map((e: { path: string }) => e.path)).toContain(path);
    expect(await tableCounts()).toEqual(before);
  });

  it("rejects a chunked body over the size limit even without Content-Length", async () => {
    const before = await tableCounts();
    const big = JSON.stringify({ sender: "13800138000", text: "x".repeat(70_000) });
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const response = await call("/api/v1/reports", { method: "POST", body: stream, headers: { "content-type": "application/json" } });
    await expectProblem(response, 413, "payload_too_large");
    expect(await tableCounts()).toEqual(before);
  });
});

describe("read-your-own-write with D1 sessions", () => {
  it("returns a bookmark with a report, and a lookup carrying it sees the report at once", async () => {
    const created = await call("/api/v1/reports", { ip: "198.18.9.1", json: { sender: "13312340000", text: SCAM_TEXT } });
    const bookmark = created.headers.get("x-d1-bookmark");
    expect(bookmark).toBeTruthy();
    const lookup = await call("/api/v1/senders/13312340000", { headers: { "x-d1-bookmark": bookmark! } });
    expect((await json(lookup)).reports.total).toBe(1);
    expect(lookup.headers.get("x-d1-bookmark")).toBeTruthy();
  });
});

describe("first and last seen", () => {
  it("hold the earliest and latest report even when reports are recorded out of order", async () => {
    const { recordReport } = await import("../../src/services/submit");
    const { normaliseSender } = await import("../../src/domain/phone");
    const sender = normaliseSender("13312349999")!;
    const times = [Date.UTC(2026, 10, 20), Date.UTC(2026, 10, 10), Date.UTC(2026, 10, 15)];
    for (const [i, now] of times.entries()) {
      await recordReport(env.DB, { sender, text: `${SCAM_TEXT}${i}`, reporter: `order-${i}`, details: {}, idempotency: null, now });
    }
    const body = await json(await call("/api/v1/senders/13312349999"));
    expect(body.firstSeen).toBe(new Date(times[1]!).toISOString());
    expect(body.lastSeen).toBe(new Date(times[0]!).toISOString());
    const campaign = await json(await call(`/api/v1/campaigns/${body.campaigns[0]}`));
    expect(campaign.firstSeen).toBe(new Date(times[1]!).toISOString());
  });
});
