/**
 * Issue 20: the attacks that made an innocent sender look like a scammer on the old main, tried
 * again through the real Worker. Each test fails on that main and passes with independent
 * witnesses, reporter networks, official domains, appeals that expire and cross-site refusal.
 */
import { describe, expect, it } from "vitest";
import { ADMIN, call, createKey, expectProblem, json, tableCounts } from "../helpers";

const AUDIENCES = ["app", "carrier", "regulator"] as const;

async function verdicts(path: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const audience of AUDIENCES) out[audience] = (await json(await call(`${path}${path.includes("?") ? "&" : "?"}audience=${audience}`))).verdict;
  return out;
}

const unknownEverywhere = { app: "unknown", carrier: "unknown", regulator: "unknown" };

describe("one network is one reporter", () => {
  it("one anonymous report of a harmless text leaves an innocent mobile unknown for every audience", async () => {
    const response = await call("/api/v1/reports", { ip: "198.19.1.1", json: { sender: "13912340001", text: "王先生您好，明天上午十点的会议改到三楼会议室。" } });
    expect(response.status).toBe(201);
    expect(await verdicts("/api/v1/senders/13912340001")).toEqual(unknownEverywhere);
  });

  it("counts every address of an IPv4 /24 as one reporter", async () => {
    for (let host = 1; host <= 6; host++) {
      const text = `【速借】您的借款已逾期，今天不还将起诉并上门，请回复验证码或点 http://sujie-pay${host}.top 处理`;
      const response = await call("/api/v1/reports", { ip: `198.19.2.${host}`, json: { sender: "13912340002", text } });
      expect([201, 429]).toContain(response.status);
    }
    const body = await json(await call("/api/v1/senders/13912340002"));
    expect(body.reports.distinctReporters).toBe(1);
    expect(await verdicts("/api/v1/senders/13912340002")).toEqual(unknownEverywhere);
  });

  it("counts every address of an IPv6 /64 as one reporter", async () => {
    for (let host = 1; host <= 6; host++) {
      await call("/api/v1/reports", { ip: `2001:db8:20:1::${host.toString(16)}`, json: { sender: "13912340003", text: `逾期起诉，请回复验证码 ${host}` } });
    }
    const body = await json(await call("/api/v1/senders/13912340003"));
    expect(body.reports.distinctReporters).toBe(1);
    expect(await verdicts("/api/v1/senders/13912340003")).toEqual(unknownEverywhere);
  });
});

describe("app keys", () => {
  it("one app key inventing users cannot make a benign text scam: its users count as at most two reporters and one witness", async () => {
    const { key } = await createKey("app", "untrusted app");
    for (let user = 0; user < 8; user++) {
      const response = await call("/api/v1/reports", { key, json: { sender: "13912340004", text: "您好，您的快递已放在小区门口驿站，请凭取件码取件。", reporterId: `made-up-${user}` } });
      expect(response.status).toBe(201);
    }
    const body = await json(await call("/api/v1/senders/13912340004"));
    expect(body.reports.distinctReporters).toBeLessThanOrEqual(2);
    expect(await verdicts("/api/v1/senders/13912340004")).toEqual(unknownEverywhere);
  });

  it("a key created with trustedReporter counts its users as distinct reporters", async () => {
    const created = await json(await call("/api/v1/admin/keys", { key: ADMIN, json: { name: "vetted app", role: "app", trustedReporter: true } }));
    expect(created.trustedReporter).toBe(true);
    for (let user = 0; user < 3; user++) {
      await call("/api/v1/reports", { key: created.key, json: { sender: "13912340005", text: `逾期将起诉，请回复验证码处理 ${user}`, reporterId: `user-${user}` } });
    }
    expect((await json(await call("/api/v1/senders/13912340005"))).reports.distinctReporters).toBe(3);
  });
});

describe("genuine templates", () => {
  const PICKUP = (code: string) => `【丰巢】您的快递已到丰巢柜，取件码${code}，请及时取件。`;

  it("one mistaken report of a genuine templated text does not make other people's copies suspicious in /check", async () => {
    await call("/api/v1/reports", { ip: "198.19.3.1", json: { sender: "10690000301", text: PICKUP("11223344") } });
    for (const audience of AUDIENCES) {
      const body = await json(await call("/api/v1/check", { json: { sender: "10690000399", text: PICKUP("55667788"), audience } }));
      expect(body.verdict).toBe("unknown");
    }
  });

  it("a campaign flags other senders once three different networks reported it", async () => {
    const SCAM = (n: number) => `【汇通金融】您在我司的借款已严重逾期${n}天，即将起诉并通知家人，请加微信 ht${n}kf 私下协商还款`;
    for (let i = 0; i < 3; i++) await call("/api/v1/reports", { ip: `198.19.${10 + i}.1`, json: { sender: `1069000031${i}`, text: SCAM(30 + i) } });
    const body = await json(await call("/api/v1/check", { json: { sender: "10690000388", text: SCAM(77) } }));
    expect(body.verdict).toBe("suspicious");
    expect(body.reasons.map((r: { code: string }) => r.code)).toContain("campaign");
  });
});

describe("official domains and platforms", () => {
  it("reports mentioning www.icbc.com.cn and u.jd.com neither poison icbc.com.cn and jd.com nor outrank the genuine 95588", async () => {
    for (let i = 0; i < 5; i++) {
      const text = `【工商银行】您的账户异常将被冻结，请登录 www.icbc.com.cn 或 https://u.jd.com/x${i}Ab 验证，并回复验证码${i}`;
      expect((await call("/api/v1/reports", { ip: `198.19.${20 + i}.1`, json: { sender: `1700000000${i}`, text } })).status).toBe(201);
    }
    const icbc = await json(await call("/api/v1/domains/icbc.com.cn?verbose=true"));
    expect(icbc.verdict).toBe("trusted");
    expect(icbc.official).toEqual({ institution: "中国工商银行" });
    expect(icbc.reports.total).toBe(5);
    expect(icbc.reasons.map((r: { code: string }) => r.code)).toContain("mentioned_in_reports");
    for (const audience of AUDIENCES) expect((await json(await call(`/api/v1/domains/icbc.com.cn?audience=${audience}`))).verdict).toBe("trusted");

    const jd = await json(await call("/api/v1/domains/jd.com"));
    expect(jd.reports.total).toBe(0);
    expect(jd.verdict).toBe("unknown");
    const shortener = await json(await call("/api/v1/domains/u.jd.com"));
    expect(shortener.target.value).toBe("u.jd.com");
    expect(shortener.reports.total).toBe(5);

    const genuine = "【工商银行】尊敬的客户，您尾号1234的信用卡本期账单已出，详情请登录 https://www.icbc.com.cn 查询。";
    for (const audience of AUDIENCES) {
      const body = await json(await call("/api/v1/check", { json: { sender: "95588", text: genuine, audience } }));
      expect(["suspicious", "scam"]).not.toContain(body.verdict);
    }
  });

  it("lets admins add and remove an official domain, audited", async () => {
    const added = await call("/api/v1/admin/official-senders", { key: ADMIN, json: { organization: "测试银行", domain: "https://www.test-bank.example/", reason: "listed on the bank's annual report" } });
    expect(added.status).toBe(201);
    expect(await json(added)).toMatchObject({ domain: "test-bank.example", organization: "测试银行" });
    expect(await json(await call("/api/v1/domains/test-bank.example"))).toMatchObject({ verdict: "trusted", official: { institution: "测试银行" } });
    const audit = await json(await call("/api/v1/admin/audit?limit=5", { key: ADMIN }));
    expect(audit.entries[0]).toMatchObject({ action: "official_domain.add", target: { type: "domain", value: "test-bank.example" } });

    expect((await call("/api/v1/admin/official-senders/test-bank.example?reason=mistake", { method: "DELETE", key: ADMIN })).status).toBe(204);
    expect((await json(await call("/api/v1/domains/test-bank.example"))).official).toBeNull();
    await expectProblem(await call("/api/v1/admin/official-senders/test-bank.example?reason=again", { method: "DELETE", key: ADMIN }), 404, "not_found");
    await expectProblem(
      await call("/api/v1/admin/official-senders", { key: ADMIN, json: { organization: "x", number: "95588", domain: "x.example", reason: "both given" } }),
      400,
      "invalid_body",
    );
  });
});

describe("appeals do not whitelist forever", () => {
  const SCAM = (n: number) => `【鑫源贷】您的贷款已逾期${n}天，今日下午将起诉并上门，请立即回复验证码或加QQ${n}处理`;
  async function listed(sender: string, from: number, count: number) {
    for (let i = 0; i < count; i++) expect((await call("/api/v1/reports", { ip: `198.20.${from + i}.1`, json: { sender, text: SCAM(from + i) } })).status).toBe(201);
  }
  async function upheld(sender: string) {
    const { id } = await json(await call("/api/v1/appeals", { ip: "198.21.0.1", json: { target: { type: "sender", value: sender }, statement: "Our customer-service line, reported by mistake." } }));
    expect((await call(`/api/v1/admin/appeals/${id}`, { method: "PATCH", key: ADMIN, json: { decision: "upheld", reason: "verified ownership" } })).status).toBe(200);
    return id as string;
  }

  it("clears the evidence before the decision; three new independent reporters after it list the target again", async () => {
    await listed("13912340006", 1, 8);
    expect((await json(await call("/api/v1/senders/13912340006"))).verdict).not.toBe("unknown");
    await upheld("13912340006");
    expect((await json(await call("/api/v1/senders/13912340006"))).verdict).toBe("unknown");
    await listed("13912340006", 100, 2);
    expect((await json(await call("/api/v1/senders/13912340006"))).verdict).toBe("unknown");
    await listed("13912340006", 102, 8);
    const after = await json(await call("/api/v1/senders/13912340006"));
    expect(after.verdict).not.toBe("unknown");
    expect(after.reasons.map((r: { code: string }) => r.code)).toContain("relisted_after_appeal");
  });

  it("lets an admin reopen a decision (audited): the old evidence counts again", async () => {
    await listed("13912340007", 30, 8);
    const before = await json(await call("/api/v1/senders/13912340007"));
    const id = await upheld("13912340007");
    expect((await json(await call("/api/v1/senders/13912340007"))).verdict).toBe("unknown");
    const reopened = await call(`/api/v1/admin/appeals/${id}/reopen`, { key: ADMIN, json: { reason: "ownership proof was forged" } });
    expect(reopened.status).toBe(200);
    expect(await json(reopened)).toMatchObject({ id, status: "open" });
    expect((await json(await call("/api/v1/senders/13912340007"))).verdict).toBe(before.verdict);
    const audit = await json(await call("/api/v1/admin/audit?limit=5", { key: ADMIN }));
    expect(audit.entries[0]).toMatchObject({ action: "appeal.reopen", reason: "ownership proof was forged" });
    await expectProblem(await call(`/api/v1/admin/appeals/${id}/reopen`, { key: ADMIN, json: { reason: "twice" } }), 409, "conflict");
  });

  it("keeps at most 3 open appeals per target and limits appeals per network", async () => {
    const appeal = (value: string, ip: string) =>
      call("/api/v1/appeals", { ip, json: { target: { type: "sender", value }, statement: "This number belongs to our company, please review." } });
    for (let i = 0; i < 3; i++) expect((await appeal("13912340008", `198.22.${i}.1`)).status).toBe(202);
    const before = await tableCounts();
    await expectProblem(await appeal("13912340008", "198.22.9.1"), 409, "conflict");
    expect(await tableCounts()).toEqual(before);

    for (let i = 0; i < 5; i++) expect((await appeal(`1391234010${i}`, `198.23.0.${i + 1}`)).status).toBe(202);
    await expectProblem(await appeal("13912340199", "198.23.0.77"), 429, "rate_limited");
  });
});

describe("cross-site posts", () => {
  const form = { sender: "13912340009", text: "逾期请还款，否则起诉" };

  it("refuses the no-JS form and urlencoded API posts from another origin, storing nothing", async () => {
    const before = await tableCounts();
    await expectProblem(await call("/report", { form, headers: { origin: "https://evil.example" } }), 403, "forbidden");
    await expectProblem(await call("/api/v1/reports", { form, headers: { origin: "https://evil.example" } }), 403, "forbidden");
    await expectProblem(await call("/api/v1/reports", { form, headers: { "sec-fetch-site": "cross-site" } }), 403, "forbidden");
    await expectProblem(await call("/api/v1/reports", { form, headers: { "sec-fetch-site": "same-site" } }), 403, "forbidden");
    await expectProblem(await call("/report", { form, headers: { origin: "null" } }), 403, "forbidden");
    await expectProblem(await call("/api/v1/appeals", { body: JSON.stringify({}), headers: { "content-type": "text/plain", origin: "https://evil.example" } }), 403, "forbidden");
    expect(await tableCounts()).toEqual(before);
  });

  it("accepts the same posts from this site and JSON from anywhere", async () => {
    expect((await call("/report", { form, headers: { origin: "http://fanzha.test", "sec-fetch-site": "same-origin" } })).status).toBe(200);
    const json201 = await call("/api/v1/reports", { json: { ...form, sender: "13912340010" }, headers: { origin: "https://another-app.example" } });
    expect(json201.status).toBe(201);
  });
});
