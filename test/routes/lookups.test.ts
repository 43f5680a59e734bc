import { describe, expect, it } from "vitest";
import { call, expectProblem, json, SCAM_TEXT } from "../helpers";

async function report(sender: string, ip: string, text = SCAM_TEXT) {
  const response = await call("/api/v1/reports", { ip, json: { sender, text, category: "fake_collection" } });
  expect(response.status).toBe(201);
  return json(response);
}

describe("GET /api/v1/senders/{number}", () => {
  it("answers an unknown number with 200 and verdict unknown, not 404", async () => {
    const response = await call("/api/v1/senders/13912345678");
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toMatchObject({
      target: { type: "sender", value: "+8613912345678", kind: "mobile" },
      score: 0,
      verdict: "unknown",
      reports: { total: 0, distinctReporters: 0, last30Days: 0 },
      firstSeen: null,
      official: null,
      campaigns: [],
    });
    expect(body.reasons[0].code).toBe("no_reports");
  });

  it("normalises every written form of a number to the same target", async () => {
    const forms = ["+86 138-0013-8001", "0086 13800138001", "8613800138001", "１３８００１３８００１", "(138) 0013.8001", "(+86) 138.0013.8001", "（+86）138·0013·8001"];
    const values = await Promise.all(forms.map(async (form) => (await json(await call(`/api/v1/senders/${encodeURIComponent(form)}`))).target.value));
    expect(new Set(values)).toEqual(new Set(["+8613800138001"]));
  });

  it("never lets one reporter, however many reports, make a number a scam", async () => {
    const texts = ["您的账户已逾期请立即处理回复验证码", "最后通知：今日内不还款将起诉并上门", "请提供银行卡号和身份证号办理延期"];
    for (const [i, text] of texts.entries()) {
      // Same reporter (same address); different texts are refused inside the cooldown, so this
      // reporter can add at most one piece of evidence.
      await call("/api/v1/reports", { ip: "198.51.100.77", json: { sender: "15000150000", text: `${text} http://x${i}.top/a` } });
    }
    for (const audience of ["app", "carrier", "regulator"]) {
      const body = await json(await call(`/api/v1/senders/15000150000?audience=${audience}`));
      expect(body.verdict).not.toBe("scam");
      expect(body.score).toBeLessThan(60);
      expect(body.reports.distinctReporters).toBe(1);
    }
  });

  it("counts distinct reporters: a few people make it suspicious, more a scam for apps, carriers need more evidence", async () => {
    for (let i = 0; i < 3; i++) await report("15100151000", `10.1.${i + 1}.1`, SCAM_TEXT.replace("35天", `${40 + i}天`));
    const few = await json(await call("/api/v1/senders/15100151000?audience=app"));
    expect(few.reports.distinctReporters).toBe(3);
    expect(few.verdict).toBe("suspicious");
    for (let i = 3; i < 8; i++) await report("15100151000", `10.1.${i + 1}.1`, SCAM_TEXT.replace("35天", `${40 + i}天`));
    const app = await json(await call("/api/v1/senders/15100151000?audience=app"));
    expect(app.reports.distinctReporters).toBe(8);
    expect(app.verdict).toBe("scam");
    const carrier = await json(await call("/api/v1/senders/15100151000?audience=carrier"));
    expect(carrier.score).toBe(app.score);
    expect(carrier.verdict).toBe("suspicious");
  });

  it("keeps an official number trusted and surfaces reports against it as possible spoofing", async () => {
    await report("95558", "10.2.1.1", "【中信银行】您的信用卡已逾期，请回复短信验证码办理延期，否则将起诉。");
    await report("95558", "10.2.2.1", "【中信银行】您的信用卡已逾期，请回复短信验证码办理延期，否则将起诉！！");
    await report("95558", "10.2.3.1", "【中信银行】您的信用卡已逾期，请回复验证码办理延期，否则将起诉。");
    const body = await json(await call("/api/v1/senders/95558?audience=carrier"));
    expect(body).toMatchObject({ verdict: "trusted", official: { institution: "中信银行" }, target: { kind: "service" } });
    expect(body.reports.total).toBe(3);
    const spoofing = body.reasons.find((r: { code: string }) => r.code === "possible_spoofing");
    expect(spoofing.message).toContain("3");
  });

  it("returns every scoring input with verbose=true, plus redacted samples", async () => {
    await report("15200152000", "10.3.1.1");
    await report("15200152000", "10.3.2.1");
    const body = await json(await call("/api/v1/senders/15200152000?verbose=true&maxAgeDays=30"));
    expect(body.inputs).toMatchObject({ halfLifeDays: 30, maxAgeDays: 30, audience: "app" });
    expect(body.inputs.reporters).toHaveLength(2);
    expect(body.samples.length).toBe(2);
    for (const sample of body.samples) expect(sample.text).not.toContain("张伟");
  });

  it.each([
    ["/api/v1/senders/hello%20world%20this%20is%20not%20a%20number!!!", 422, "invalid_sender"],
    ["/api/v1/senders/not%20a%20number", 422, "invalid_sender"],
    ["/api/v1/senders/138o0138000", 422, "invalid_sender"],
    ["/api/v1/senders/(138%200013%208000", 422, "invalid_sender"],
    ["/api/v1/senders/13800138000?maxAgeDays=0", 400, "invalid_query"],
    ["/api/v1/senders/13800138000?maxAgeDays=400", 400, "invalid_query"],
    ["/api/v1/senders/13800138000?audience=police", 400, "invalid_query"],
    ["/api/v1/senders/13800138000?verbose=maybe", 400, "invalid_query"],
    ["/api/v1/domains/not_a_domain", 422, "invalid_domain"],
    ["/api/v1/domains/example.com?audience=nobody", 400, "invalid_query"],
    ["/api/v1/nothing-here", 404, "not_found"],
  ])("GET %s → %i %s", async (path, status, code) => {
    await expectProblem(await call(path), status, code);
  });
});

describe("GET /api/v1/domains/{domain}", () => {
  it("resolves hosts and URLs to the registrable domain", async () => {
    await report("15300153000", "10.4.1.1", "【众安】逾期未还将起诉，点击 https://pay.za-kf.top/x?id=1 处理");
    for (const input of ["za-kf.top", "pay.za-kf.top", "https%3A%2F%2Fpay.za-kf.top%2Fx%3Fid%3D1", "PAY.ZA-KF.TOP"]) {
      const body = await json(await call(`/api/v1/domains/${input}`));
      expect(body.target.value).toBe("za-kf.top");
      expect(body.reports.total).toBe(1);
    }
  });

  it("keeps private-suffix sites apart (x.vercel.app ≠ y.vercel.app)", async () => {
    await report("15400154000", "10.5.1.1", "您的账户已冻结，请登录 https://citic-help.vercel.app/login 解冻");
    expect((await json(await call("/api/v1/domains/citic-help.vercel.app"))).reports.total).toBe(1);
    expect((await json(await call("/api/v1/domains/other-site.vercel.app"))).reports.total).toBe(0);
  });
});
