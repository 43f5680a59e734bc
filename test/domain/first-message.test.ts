/**
 * A scam's first message (src/domain/signals.ts, firstMessagePretext in src/domain/typologies.ts): a greeting with one
 * hint and no request yet. It counts where the learned model reads it as a scam at its high tier, as the typology whose
 * pretext idea it names — and never beside what marks a genuine notice, nor from ideas everyday chats carry.
 */
import { describe, expect, it } from "vitest";
import { foldForMatching } from "../../src/domain/concepts";
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../../src/domain/score";
import { SCAM_LANGUAGE_WEIGHTS } from "../../src/domain/scam-language-weights";
import { analyseContent } from "../../src/domain/signals";
import { firstMessagePretext, scanFraudConcepts } from "../../src/domain/typologies";

const pretextOf = (text: string) => firstMessagePretext(scanFraudConcepts(foldForMatching(text)));
const contentScore = (text: string) => {
  const content = analyseContent(text);
  return Math.min(CONTENT_CAP, contentPoints(content.signals, content.typology, content.scamLanguage.tier));
};

describe("firstMessagePretext", () => {
  it.each([
    ["您好，我们是中通快递客服，您的包裹在转运过程中破损，要为您申请理赔，请问现在方便接听电话吗？", "customer_service"],
    ["Hi David, this is Mark from the Treasury stimulus program. You qualify for a new relief payment. Is this a good time to talk?", "tax_refund"],
    ["您好，这里是市公安局反诈中心，您的身份信息涉及一起案件，请问您是李先生本人吗？", "police_impersonation"],
    ["兄弟，看到你在贴吧挂了原神的号，还卖吗？我想收，价钱好商量。", "game_trade"],
  ])("names the typology whose pretext a first message names: %s", (text, typology) => {
    const match = pretextOf(text);
    expect(match?.id).toBe(typology);
    expect(match?.rules).toBe(0);
    expect(match?.firstMessage).toBe(true);
  });

  it.each([
    "老公，物业费500今天截止，你微信转我一下，我这边一起交了",
    "你先帮我垫一下打车钱，我现金不够，到了就转你200",
    "哥，周末回家吃饭吗？妈做了你爱吃的菜",
    "老板，这件衣服还有M码吗？",
  ])("names none from ideas everyday chats carry (a pet name, a relative, 垫一下, an account, 老板): %s", (text) => {
    expect(pretextOf(text)).toBeNull();
  });
});

describe("a first message in analyseContent", () => {
  // Tune-split first messages (data/corpus): with the committed weights some read at the high tier, some higher.
  const FIRST_MESSAGES = [
    "【圆通速递】您好 您的快递单号SF415035206052在运输途中出现破损遗失 理赔专员将在今日与您联系 请注意接听来电 ",
    "【調解通知】李超您好 您涉及之东銮金融債務糾紛已由本中心受理 案號(2025)粤刑2351号 請保持電話暢通 承辦人員將於近日與您聯繫 ",
    "兄弟，看到你在贴·吧挂了原神的号·，还卖吗？我想收，价钱好商量。",
    "G'day mate, calling on behalf of the local police station, we're after 50 blankets for an event next week. Can you give me a quote? We'll pay on invoice.",
    "【圆通速递】您的包裹已到达北京转运中心 因收件信息不全暂停派送 请回复本短信核对姓名及地址 ",
    "Ｈｉ，係我啊，你估吓我係邊個？以前中學同班嗰個，我而家喺香港做嘢，有空出嚟飲茶？",
  ];

  it("has a high tier below the very-high one, for first messages", () => {
    expect(SCAM_LANGUAGE_WEIGHTS.highThreshold).toBeLessThan(SCAM_LANGUAGE_WEIGHTS.veryHighThreshold);
  });

  it("flags a first message the model reads at its high tier, as the typology it names, with the tier's points", () => {
    const atHighTier = FIRST_MESSAGES.map((text) => ({ text, content: analyseContent(text) })).filter(({ content }) => content.scamLanguage.tier === "high");
    // Retraining moves probabilities; the list keeps some of its texts in the tier (else choose others from the corpus).
    expect(atHighTier.length).toBeGreaterThanOrEqual(2);
    for (const { text, content } of atHighTier) {
      expect(content.typology).toMatchObject({ rules: 0, firstMessage: true });
      expect(content.signals).toContain("scam_language");
      expect(contentScore(text)).toBeGreaterThanOrEqual(THRESHOLDS.app.suspicious);
    }
  });

  it("flags these first messages, whatever their tier, but for at most one a retraining moved below 0.9", () => {
    const unflagged = FIRST_MESSAGES.filter((text) => contentScore(text) < THRESHOLDS.app.suspicious);
    expect(unflagged.length).toBeLessThanOrEqual(1);
  });

  it("does not count the high tier without a first message's typology: beside another signal alone it flagged a spouse's request", () => {
    // The rules see urgency and a chat transfer; the model, trained on this chat, reads it low — what matters is that
    // no first message's typology is named from a pet name and an account.
    const content = analyseContent("老公，物业费500今天截止，你微信转我一下，我这边一起交了");
    expect(content.firstMessage).toBeUndefined();
    expect(content.typology).toBeNull();
    expect(contentScore("老公，物业费500今天截止，你微信转我一下，我这边一起交了")).toBeLessThan(THRESHOLDS.app.suspicious);
  });

  it.each([
    // The brand's own site.
    "DPD: your parcel is pending. Select a new delivery slot at dpd.co.uk/track/123",
    // A prize already credited.
    "【中国联通】尊敬的客户，恭喜您获得周年庆抽奖二等奖，奖品为100元话费，已充值到您的号码。",
    // Cash handed over in person.
    "您好，我是顺丰快递员，您的件超重了需要补运费8元，我当面收现金就行。",
    // A public tender.
    "【北京军队采购】某部队关于劳保手套采购项目的招标公告已在军队采购网公开发布，有意向的供应商请按公告要求在网上报名。",
  ])("names no first message beside what marks a genuine notice: %s", (text) => {
    const content = analyseContent(text);
    expect(content.firstMessage).toBeUndefined();
    expect(content.typology?.firstMessage).toBeUndefined();
  });
});
