import { describe, expect, it } from "vitest";
import { call, expectProblem, json } from "../helpers";

const TEMPLATE = (name: string, amount: string, link: string, days: string) =>
  `【中信金融】尊敬的${name}先生，您的借款已逾期${days}天，欠款${amount}元，我司将于48小时内起诉并上门催收，影响征信。请立即登录 ${link} 处理，回复验证码确认身份。`;

const MUTATIONS = [
  TEMPLATE("张伟", "12800", "http://zx-jr.top/8812", "35"),
  TEMPLATE("王芳", "3,500.00", "hxxp://citic-hk[.]vip/a1", "12"),
  // traditional characters, full-width digits, inserted spaces and decoration
  "【中信金融】★尊敬的李娜先生，您的借款已逾期４０天，欠款９９００元，我司將於48小時內起訴並上門催收，影響徵信。請立即登錄 http://zxjr-pay.cc/x 處理，回覆驗證碼確認身份。",
  // a sentence removed, another added
  "【中信金融】尊敬的刘洋先生，您的借款已逾期7天，欠款5000元，我司将于48小时内起诉并上门催收，影响征信。回复验证码确认身份。如已还款请忽略。",
];

describe("campaigns", () => {
  it("puts mutated copies of one template from rotating senders and links into one campaign", async () => {
    const senders = ["13800000001", "10690000001", "+86 150 0000 0002", "1065 9000 0003"];
    const ids: string[] = [];
    for (const [i, text] of MUTATIONS.entries()) {
      const body = await json(await call("/api/v1/reports", { ip: `10.20.0.${i + 1}`, json: { sender: senders[i], text } }));
      ids.push(body.campaignId);
    }
    expect(new Set(ids).size).toBe(1);

    const campaign = await json(await call(`/api/v1/campaigns/${ids[0]}`));
    expect(campaign).toMatchObject({ id: ids[0], reports: 4, distinctReporters: 4, claimedInstitutions: [{ name: "中信金融", count: 4 }] });
    expect(campaign.senders.map((s: { value: string }) => s.value).sort()).toEqual(["+8613800000001", "+8615000000002", "106590000003", "10690000001"].sort());
    expect(campaign.senderKinds).toEqual({ mobile: 2, sms_port: 2 });
    expect(campaign.domains.map((d: { value: string }) => d.value).sort()).toEqual(["citic-hk.vip", "zx-jr.top", "zxjr-pay.cc"]);
    expect(campaign.sampleText).not.toContain("张伟");
    expect(Date.parse(campaign.lastSeen)).toBeGreaterThanOrEqual(Date.parse(campaign.firstSeen));
  });

  it("opens one campaign for a brand-new template reported by many people at the same moment", async () => {
    // Every request reads "no campaign yet" before any of them writes: a fresh scam blast.
    const text = "【东銮金融】您名下贷款已严重逾期，法务部今日立案，三日内上门取证，请速联系专员处理并提供银行卡号。";
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => call("/api/v1/reports", { ip: `10.21.0.${i + 1}`, json: { sender: `1390000010${i}`, text } })),
    );
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
    const ids = new Set(await Promise.all(responses.map(async (response) => (await json(response)).campaignId as string)));
    expect(ids.size).toBe(1);
    const campaign = await json(await call(`/api/v1/campaigns/${[...ids][0]}`));
    expect(campaign).toMatchObject({ reports: 8, distinctReporters: 8 });
  });

  it("opens different campaigns for different templates that share boilerplate", async () => {
    const a = await json(await call("/api/v1/reports", { json: { sender: "95555", text: "【招商银行】您尾号1234的信用卡本期账单已出，应还金额1,280.00元，到期还款日11月25日。回T退订" } }));
    const b = await json(await call("/api/v1/reports", { json: { sender: "95588", text: "【工商银行】您的账户于11月20日支出人民币200.00元，余额5,300.00元。回T退订" } }));
    expect(a.campaignId).not.toBe(b.campaignId);
  });

  it("shows a sample only from 3 distinct reporters on: a redacted text of the most common template", async () => {
    const common = (days: number) =>
      `【民丰银行】您的贷款已逾期${days}天，催收专员将于明天上门到广东省深圳市南山区科技园路88号3栋1201室，通知您的紧急联系人张丽华，请速回电处理。`;
    // The first report is an odd variant (an extra sentence): it opens the campaign, but it is not what most people received.
    const variant = `${common(3)}如有疑问请咨询客服热线。`;
    const first = await json(await call("/api/v1/reports", { ip: "10.22.0.1", json: { sender: "10690000711", text: variant } }));
    const second = await json(await call("/api/v1/reports", { ip: "10.22.0.2", json: { sender: "10690000712", text: common(5) } }));
    expect(second.campaignId).toBe(first.campaignId);
    const early = await json(await call(`/api/v1/campaigns/${first.campaignId}`));
    expect(early).toMatchObject({ distinctReporters: 2, sampleText: null });

    await call("/api/v1/reports", { ip: "10.22.0.3", json: { sender: "10690000713", text: common(9) } });
    const campaign = await json(await call(`/api/v1/campaigns/${first.campaignId}`));
    expect(campaign.distinctReporters).toBe(3);
    expect(campaign.sampleText).toContain("【民丰银行】您的贷款已逾期");
    expect(campaign.sampleText).not.toContain("如有疑问");
    for (const secret of ["科技园路", "88号", "1201室", "南山区", "张丽华"]) expect(campaign.sampleText).not.toContain(secret);
  });

  it("answers an unknown campaign with 404 problem+json", async () => {
    await expectProblem(await call("/api/v1/campaigns/cmp_doesnotexist"), 404, "not_found");
  });
});
