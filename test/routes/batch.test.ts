import { describe, expect, it } from "vitest";
import { call, createKey, expectProblem, json, SCAM_TEXT } from "../helpers";

describe("POST /api/v1/lookup/batch", () => {
  it("answers up to 100 items in input order, reporting invalid items without failing the batch", async () => {
    const { key } = await createKey("carrier");
    for (let i = 0; i < 3; i++) await call("/api/v1/reports", { ip: `10.60.${i + 1}.1`, json: { sender: "13744440000", text: SCAM_TEXT.replace("35", String(60 + i)) } });
    const senders = ["13744440000", "not a number", "95558", ...Array.from({ length: 60 }, (_, i) => `1374444${String(1000 + i)}`)];
    const domains = ["zx-jr.top", "::bad::", ...Array.from({ length: 35 }, (_, i) => `unknown-${i}.top`)];
    const response = await call("/api/v1/lookup/batch", { key, json: { senders, domains } });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.senders.map((r: { input: string }) => r.input)).toEqual(senders);
    expect(body.domains.map((r: { input: string }) => r.input)).toEqual(domains);
    expect(body.senders[0].result).toMatchObject({ target: { value: "+8613744440000" }, reports: { total: 3 } });
    expect(body.senders[1]).toMatchObject({ error: { code: "invalid_sender" } });
    expect(body.senders[2].result).toMatchObject({ verdict: "trusted", official: { institution: "中信银行" } });
    expect(body.senders[3].result.verdict).toBe("unknown");
    expect(body.domains[0].result.reports.total).toBe(3);
    expect(body.domains[1]).toMatchObject({ error: { code: "invalid_domain" } });

    // Same answer as the single lookup.
    const single = await json(await call("/api/v1/senders/13744440000", { key }));
    expect({ ...body.senders[0].result }).toEqual(single);
  });

  it("rejects more than 100 items and empty batches", async () => {
    const { key } = await createKey("app");
    const many = Array.from({ length: 101 }, (_, i) => `1375555${String(1000 + i)}`);
    await expectProblem(await call("/api/v1/lookup/batch", { key, json: { senders: many } }), 400, "invalid_body");
    await expectProblem(await call("/api/v1/lookup/batch", { key, json: { senders: many.slice(0, 60), domains: many.slice(0, 41).map((_, i) => `d${i}.top`) } }), 400, "invalid_body");
    await expectProblem(await call("/api/v1/lookup/batch", { key, json: {} }), 400, "invalid_body");
  });
});

describe("GET /api/v1/senders/range/{prefix}", () => {
  async function sha256(value: string) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  }

  it("finds a reported number by hash prefix without sending the number, padded to a fixed size", async () => {
    for (let i = 0; i < 3; i++) await call("/api/v1/reports", { ip: `10.61.${i + 1}.1`, json: { sender: "13766660000", text: SCAM_TEXT.replace("35", String(70 + i)) } });
    const hash = await sha256("+8613766660000");
    const body = await json(await call(`/api/v1/senders/range/${hash.slice(0, 5).toUpperCase()}`));
    expect(body.prefix).toBe(hash.slice(0, 5));
    expect(body.entries.length % 16).toBe(0);
    const mine = body.entries.find((e: { suffix: string }) => e.suffix === hash.slice(5));
    expect(mine).toMatchObject({ score: expect.any(Number), verdict: expect.stringMatching(/suspicious|scam/) });

    const empty = await json(await call("/api/v1/senders/range/00000"));
    expect(empty.entries).toHaveLength(16);
  });

  it("rejects a prefix that is not 5 hex characters", async () => {
    await expectProblem(await call("/api/v1/senders/range/xyz12"), 400, "invalid_query");
    await expectProblem(await call("/api/v1/senders/range/abcdef"), 400, "invalid_query");
  });
});
