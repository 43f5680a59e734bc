import { describe, expect, it } from "vitest";
import { call, expectProblem, json } from "../helpers";

const SCAM = (n: number) =>
  `【中信金融】尊敬的客户，您的借款已逾期${n}天，我司将于48小时内起诉并上门催收，影响征信。请立即登录 http://zx-jr${n % 3}.top/p 回复验证码处理。`;

async function seedCampaign(reporters: number) {
  let campaignId = "";
  for (let i = 0; i < reporters; i++) {
    const body = await json(await call("/api/v1/reports", { ip: `10.30.${i + 1}.1`, json: { sender: `1069000077${i}`, text: SCAM(20 + i) } }));
    campaignId = body.campaignId;
  }
  return campaignId;
}

describe("POST /api/v1/check", () => {
  it("flags an unknown sender whose text matches a known campaign as suspicious, with the campaign as reason", async () => {
    const campaignId = await seedCampaign(4);
    const body = await json(await call("/api/v1/check", { json: { sender: "13700001111", text: SCAM(99) } }));
    expect(body.campaign).toMatchObject({ id: campaignId, reports: 4, distinctReporters: 4 });
    expect(body.sender.reports.total).toBe(0);
    expect(body.sender.verdict).toBe("suspicious");
    expect(body.sender.reasons.map((r: { code: string }) => r.code)).toContain("campaign");
    expect(["suspicious", "scam"]).toContain(body.verdict);
    expect(body.reasons.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(["campaign", "impersonates_institution"]));
  });

  it("flags impersonation when the text names an institution and the sender is not its official number", async () => {
    const body = await json(await call("/api/v1/check", { json: { sender: "13700002222", text: "【中信银行】您的信用卡已逾期，请回复验证码办理延期" } }));
    expect(body).toMatchObject({ impersonatesInstitution: true, claimedInstitution: expect.stringContaining("中信") });
    expect(body.signals).toEqual(expect.arrayContaining(["asks_verification_code", "claims_institution"]));
    expect(body.verdict).toBe("suspicious");
  });

  it("does not flag impersonation for the institution's official number, in simplified or traditional text", async () => {
    for (const text of ["【中信银行】您尾号1234的信用卡本期账单已出，请按时还款。", "【中信銀行】您尾號1234的信用卡本期賬單已出，請按時還款。"]) {
      const body = await json(await call("/api/v1/check", { json: { sender: "95558", text } }));
      expect(body.impersonatesInstitution).toBe(false);
      expect(body.sender.official).toEqual({ institution: "中信银行" });
      expect(body.verdict).toBe("trusted");
    }
  });

  it("flags traditional-character impersonation of 民豐銀行 from any sender", async () => {
    const body = await json(await call("/api/v1/check", { json: { sender: "10690001234", text: "【民豐銀行】您的貸款已逾期，將於今日起訴，請回覆驗證碼處理" } }));
    expect(body.impersonatesInstitution).toBe(true);
  });

  it("names the fraud typology a text fits, with its reason, and makes it suspicious from content alone", async () => {
    const body = await json(
      await call("/api/v1/check", { json: { text: "我是您的孙子，我换号了，出了点事急需用钱，千万别告诉爸妈，先转两万给我" } }),
    );
    expect(body).toMatchObject({ typology: "acquaintance", verdict: "suspicious" });
    expect(body.signals).toContain("relative_new_number");
    expect(body.reasons.map((r: { code: string }) => r.code)).toContain("typology_acquaintance");
  });

  it("flags from content a scam wording the rules miss, by the learned scam_language signal, with its reason", async () => {
    const text = "您的账户存在异常，请立即配合处理，稍后专员联系您办理。";
    const body = await json(await call("/api/v1/check", { json: { text } }));
    expect(body.signals).toContain("scam_language");
    expect(body.verdict).toBe("suspicious");
    const reason = body.reasons.find((r: { code: string }) => r.code === "scam_language");
    expect(reason.message).toMatch(/诈骗话术/);
  });

  it("never lets the learned signal turn an official sender's notice into a warning", async () => {
    const body = await json(await call("/api/v1/check", { json: { sender: "95558", text: "您的账户存在异常，请立即配合处理，稍后专员联系您办理。" } }));
    expect(body.signals).not.toContain("scam_language");
    expect(body.reasons.map((r: { code: string }) => r.code)).not.toContain("scam_language");
    expect(body.verdict).toBe("trusted");
  });

  it("never lets the learned signal alone warn about a notice from an institution's probable port", async () => {
    const text = "【中国农业银行】您的账户存在异常，请立即配合处理，稍后专员联系您办理，逾期将影响正常使用。";
    const fromPort = await json(await call("/api/v1/check", { json: { sender: "106980095599", text } }));
    expect(fromPort.signals).not.toContain("scam_language");
    expect(fromPort.verdict).toBe("unknown");
    // The same words from a personal mobile keep the signal.
    const fromMobile = await json(await call("/api/v1/check", { json: { sender: "13700005555", text } }));
    expect(fromMobile.signals).toContain("scam_language");
    expect(fromMobile.verdict).toBe("suspicious");
  });

  it("names a first message's typology at the model's high tier, with the reason that says what a first message is — and drops both for an official sender", async () => {
    // A tune-split first message (data/corpus) the committed weights read at the high tier: a courier's "lost parcel" before any request.
    const text = "【圆通速递】您好 您的快递单号SF415035206052在运输途中出现破损遗失 理赔专员将在今日与您联系 请注意接听来电 ";
    const body = await json(await call("/api/v1/check?lang=en", { json: { text } }));
    expect(body).toMatchObject({ verdict: "suspicious", typology: "customer_service" });
    const codes = body.reasons.map((r: { code: string }) => r.code);
    expect(codes).toEqual(expect.arrayContaining(["typology_customer_service", "scam_language"]));
    expect(body.reasons.find((r: { code: string }) => r.code === "scam_language").message).toMatch(/opening of known scam scripts/);
    // From the courier's registered number the model does not count, nor the typology it named.
    const official = await json(await call("/api/v1/check", { json: { sender: "95554", text } }));
    expect(official.typology).toBeNull();
    expect(official.reasons.map((r: { code: string }) => r.code)).not.toContain("typology_customer_service");
  });

  it("neither scores nor reports a typology the rules match without a request when the model reads the wording as genuine", async () => {
    // A real cousin's new number: "I am…", "new number, save it" — the scam's opener, but a dinner instead of a request.
    const body = await json(await call("/api/v1/check", { json: { text: "我是你表哥周建，过年在奶奶家加的那个，我换号了，这个是新号，存一下。下周我出差去上海，找你吃饭" } }));
    expect(body).toMatchObject({ typology: null, verdict: "unknown" });
    expect(body.signals).toContain("relative_new_number");
    expect(body.reasons.map((r: { code: string }) => r.code)).not.toContain("typology_acquaintance");
    // The signal it rests on is a reason, in the reader's language; "nothing known" would be untrue.
    expect(body.reasons).toEqual([{ code: "relative_new_number", message: "自称亲友并称换了号码" }]);
  });

  it("answers typology null for a genuine text that shares a scam's words", async () => {
    const body = await json(await call("/api/v1/check", { json: { text: "【京东】您的退款已原路退回，预计1-3个工作日到账，如有疑问请联系客服。" } }));
    expect(body).toMatchObject({ typology: null, verdict: "unknown" });
  });

  it.each([
    ["sender only", { sender: "13700003333" }],
    ["text only", { text: "您好，明天一起吃饭吗？" }],
    ["url only", { url: "https://example.com/a" }],
  ])("works with %s", async (_name, payload) => {
    const response = await call("/api/v1/check", { json: payload });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.verdict).toBe("unknown");
    expect(body.impersonatesInstitution).toBe(false);
    expect(body.sender === null).toBe(!("sender" in payload));
  });

  it("includes the url's domain reputation", async () => {
    await seedCampaign(2);
    const body = await json(await call("/api/v1/check", { json: { url: "hxxp://zx-jr1[.]top/p" } }));
    expect(body.domains.map((d: { target: { value: string } }) => d.target.value)).toEqual(["zx-jr1.top"]);
  });

  it.each([
    [{}, 400, "invalid_body"],
    [{ sender: "not a number!!!" }, 422, "invalid_sender"],
    [{ url: "::::" }, 422, "invalid_domain"],
    [{ text: 5 }, 400, "invalid_body"],
    [{ text: "x", audience: "everyone" }, 400, "invalid_body"],
  ])("rejects %j", async (payload, status, code) => {
    await expectProblem(await call("/api/v1/check", { json: payload }), status, code);
  });
});
