/**
 * The learned scam_language signal (src/domain/scam-language.ts): it recognises scam scripts in
 * wordings nobody trained it on, stays low on genuine near misses, is deterministic and linear,
 * and the committed weights are what `npm run train:language` produces from data/corpus.
 */
import { describe, expect, it } from "vitest";
import { foldForMatching } from "../../src/domain/concepts";
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../../src/domain/score";
import { hashedFeatures, scamLanguageProbability, scamLanguageTier } from "../../src/domain/scam-language";
import { SCAM_LANGUAGE_WEIGHTS } from "../../src/domain/scam-language-weights";
import { analyseContent } from "../../src/domain/signals";

/** Written for this test, in styles of their own; none is in data/corpus. */
const SCAM_PARAPHRASES = [
  "您好，这里是市公安局反诈民警，您的身份信息被不法分子冒用开户涉嫌洗钱，请不要挂断，稍后把您名下存款转到我们的核查账户，核查完毕原路退回。",
  "王女士，我是您儿子的班主任，学校临时收取资料费680元，家长群已满，请直接转到我这边的微信，今晚之前交齐。",
  "爸，我手机掉水里了，这是我新号，先别跟妈说，帮我给同学转3000块应急，明天还你。",
  "【京东金融】您开通的学生会员服务即将自动扣费，如需关闭请联系专员办理，否则每月扣除800元并影响个人征信。",
  "恭喜您被选为本月幸运客户，获得苹果手机一台，只需支付39元运费即可领取，点击链接填写收货地址。",
  "足不出户日赚300-500，手机点赞关注就能赚佣金，先做三单体验，垫付越多返利越高，加导师领取任务。",
  "老师带单稳赚不赔，内部消息这只股下周翻倍，进群免费领取，名额有限今晚截止。",
  "您的快递在运输途中丢失，我们将按三倍赔偿，请下载会议软件与理赔专员共享屏幕办理退款。",
  "您好，您在本平台的无抵押贷款已审批通过，额度五万，因银行卡号填写错误资金被冻结，需缴纳解冻金后方可到账。",
  "親愛的客戶您好，您的網購訂單因系統異常被重複扣款，請加客服LINE辦理退款，逾期將無法退回。",
  "我是你们部门的刘总，这个是我的私人号码，明天早上到我办公室来一趟，先帮我处理一笔款项。",
  "帅哥你好呀，我在国外做跨境电商，最近发现一个平台稳赚，我舅舅在里面做分析师，带你一起赚钱好吗？",
  "游戏账号低价出售，全服唯一皮肤，先付定金再交易，走平台手续费太高，我们私下转账更划算。",
  "部队采购处，需要订购一批矿泉水和冷链设备，厂家代付货款后部队统一结算，请先联系指定供货商。",
  "HMRC: you are due a tax rebate of £312.40. To claim please verify your details within 24hrs at the secure portal.",
  "Royal Mail: your parcel could not be delivered due to an unpaid shipping fee of £1.99, reschedule now via the link.",
  "Hi mum its me, dropped my phone down the loo, this is my new number, can u help me pay a bill today x",
  "Your bank account has been suspended due to unusual activity, confirm your identity immediately to restore access.",
  "CONGRATS! u have been selected 2 receive a £500 voucher, reply CLAIM 2 87121 now, T&Cs apply",
  "Amazon security: a purchase of an iPhone 15 was made on your account. If this wasnt you press 1 to speak to our fraud team.",
];

/** Genuine texts that share a scam's words: bills, loans, refunds, codes, advisories, appointments. */
const GENUINE_NEAR_MISSES = [
  "【招商银行】您尾号3321的信用卡本期账单已出，应还金额2,318.00元，最后还款日12月28日，请按时还款。",
  "【平安普惠】温馨提示：您的借款本期应还1200元将于明日从尾号8812的银行卡自动扣款，请保证余额充足。",
  "【国家反诈中心】提醒您：凡是自称公检法要求转账到安全账户的都是诈骗，请勿相信。",
  "【顺丰速运】您的快件已由快递员张师傅派送，如有疑问请致电95338。",
  "【中国移动】您本月话费账单已生成，共消费58元，详情请登录中国移动APP查询。",
  "【美团】您的验证码为482913，5分钟内有效，请勿泄露给他人。",
  "妈，我到学校了，下周末回家，别担心。",
  "【XX口腔】您预约的12月9日下午3点洁牙服务，请准时到店，如需改期请回复。",
  "【淘宝】您的退款已成功，238元将原路退回至您的支付宝，预计1-3个工作日到账。",
  "【公安局户政】您办理的身份证已制作完成，请携带回执到户籍窗口领取。",
  "【微众银行】您申请的贷款已放款成功，到账金额50000元，请在微众银行APP内查看还款计划。",
  "【京东】您参与的年货节活动获得满减券一张，有效期至1月15日，退订回T。",
  "老王，明天的项目会改到下午两点，会议室在三楼，记得带上周的报表。",
  "【税务局】个人所得税年度汇算已开始，请通过个人所得税APP办理，切勿点击不明链接。",
  "Your Tesco order will be delivered tomorrow between 8am and 10am. Reply STOP to opt out.",
  "Your verification code for Google is 392011. Do not share it with anyone.",
  "Barclays: a payment of £45.00 to SPOTIFY was made from your account. If you don't recognise it, call the number on the back of your card.",
  "Hi, it's Sarah from the dental practice, just confirming your appointment on Tuesday at 10:30.",
  "Reminder: your council tax direct debit of £132 will be collected on 1 March.",
  "Mum can you pick me up from football at 6? Phone's nearly dead",
  "【工商银行】您的账户存在异常交易，如非本人操作请致电95588。",
  "【建设银行】您的账户因长期未使用已转为休眠，如需激活请携带身份证到网点办理。",
  "【支付宝】您的账户存在风险，为保障资金安全已限制部分功能，请登录支付宝APP完成身份验证。",
  "【招联金融】您的借款已逾期3天，请尽快还款，以免影响您的个人征信。",
  "【中国平安】尊敬的客户，您的车险将于12月31日到期，如需续保请联系您的专属顾问。",
  "【腾讯】您的QQ账号在异地登录，如非本人操作请及时修改密码。",
  "【国家反诈中心】提醒：凡是自称公安局民警说您涉嫌洗钱、要求把存款转到安全账户配合调查的都是诈骗，请勿转账，立即挂断。",
  "【反诈宣传】刷单返利都是诈骗！足不出户日赚300，点赞关注赚佣金，先垫付后返利，这些都是骗子的话术，切勿相信。",
  "Warning from your bank: we will never ask you to move money to a safe account or share your one-time passcode. Scammers say your account is suspended.",
];

const probabilityOf = (text: string) => scamLanguageProbability(foldForMatching(text));
const contentScore = (text: string) => {
  const content = analyseContent(text);
  return Math.min(CONTENT_CAP, contentPoints(content.signals, content.typology, content.scamLanguage.tier));
};

describe("scam_language model", () => {
  it.each(SCAM_PARAPHRASES)("leans towards scam on an unseen paraphrase: %s", (text) => {
    expect(probabilityOf(text)).toBeGreaterThan(0.5);
  });

  // Pairwise (the ROC area): with 26 near misses as hard as these, a rare close pair is expected; the rules decide those.
  it("ranks unseen paraphrases above genuine near misses in at least 99 % of pairs, and none of those near misses counts", () => {
    const scams = SCAM_PARAPHRASES.map(probabilityOf);
    const genuine = GENUINE_NEAR_MISSES.map(probabilityOf);
    const ordered = scams.flatMap((scam) => genuine.map((near) => (scam > near ? 1 : 0))).reduce((a: number, b: number) => a + b, 0);
    expect(ordered / (scams.length * genuine.length)).toBeGreaterThanOrEqual(0.99);
    expect(GENUINE_NEAR_MISSES.filter((text) => analyseContent(text).signals.includes("scam_language"))).toEqual([]);
  });

  it("puts most unseen paraphrases in a tier", () => {
    const tiered = SCAM_PARAPHRASES.filter((text) => scamLanguageTier(probabilityOf(text)) !== "none");
    expect(tiered.length).toBeGreaterThanOrEqual(Math.ceil(SCAM_PARAPHRASES.length * 0.75));
  });

  it("flags, with the rules, every unseen paraphrase from content alone", () => {
    const missed = SCAM_PARAPHRASES.filter((text) => contentScore(text) < THRESHOLDS.app.suspicious);
    expect(missed).toEqual([]);
  });

  // A near miss may reach a tier only where a guard keeps the model from counting: the own-app verification notice
  // ("请登录支付宝APP完成身份验证", p ≈ 0.95–0.96 across retrains) sends the reader to the institution's own app, which
  // the official_channel guard knows (docs/scoring.md, the learned wording signal).
  it.each(GENUINE_NEAR_MISSES)("stays out of a tier on a genuine near miss, or is not allowed to count there, and adds no flag: %s", (text) => {
    const content = analyseContent(text);
    if (!["low", "none"].includes(scamLanguageTier(probabilityOf(text)))) expect(content.scamLanguage.allowed).toBe(false);
    expect(content.signals).not.toContain("scam_language");
    expect(contentScore(text)).toBeLessThan(THRESHOLDS.app.suspicious);
  });

  it("reports the signal with its tier, and points only from a tier", () => {
    const content = analyseContent(SCAM_PARAPHRASES[15]!);
    expect(content.scamLanguage.tier).not.toBe("none");
    expect(content.signals).toContain("scam_language");
    expect(contentPoints(["scam_language"], null, "high")).toBe(20);
    expect(contentPoints(["scam_language"], null, "very_high")).toBe(25);
    // The tier adds nothing when the signal was withheld (an advisory, an official sender).
    expect(contentPoints([], null, "very_high")).toBe(0);
  });

  it("is deterministic: the same text gives the same features and probability, whatever came before", () => {
    const text = SCAM_PARAPHRASES[0]!;
    const first = Array.from(hashedFeatures(foldForMatching(text)).ids.slice(0, hashedFeatures(foldForMatching(text)).count));
    const p = probabilityOf(text);
    probabilityOf("x".repeat(5000));
    probabilityOf(GENUINE_NEAR_MISSES[0]!);
    const again = hashedFeatures(foldForMatching(text));
    expect(Array.from(again.ids.slice(0, again.count))).toEqual(first);
    expect(probabilityOf(text)).toBe(p);
  });

  it("hashes a text anew unless it is the one hashed last (a transcript's passages reuse its whole's n-grams)", () => {
    const idsOf = (text: string) => {
      const { ids, count } = hashedFeatures(text);
      return Array.from(ids.slice(0, count));
    };
    const code = idsOf("请回复验证码");
    expect(idsOf("请回复验证码")).toEqual(code);
    // As long, other characters: its own n-grams, not the last text's.
    expect(idsOf("请回复身份证")).not.toEqual(code);
    expect(idsOf("请回复验证码")).toEqual(code);
  });

  it("reads at most three n-grams per character: linear in the text", () => {
    for (const text of [...SCAM_PARAPHRASES, "a ".repeat(3000), "1-".repeat(3000), "验".repeat(6000), "http://a.top/".repeat(500)]) {
      expect(hashedFeatures(foldForMatching(text)).count).toBeLessThanOrEqual(3 * text.length);
    }
  });

  it("learns no slot value: links, phone numbers and amounts are classes", () => {
    const a = probabilityOf("请在24小时内登录 http://abc-loan.top/x1 缴纳解冻金3000元，咨询13612345678");
    const b = probabilityOf("请在48小时内登录 https://zz9.vip/q?id=7 缴纳解冻金12,800元，咨询13900001111");
    expect(a).toBe(b);
  });
});

describe("scam_language weights module", () => {
  it("holds the weights its training run recorded (provenance from data/corpus: test/node/scam-language-training.test.ts)", async () => {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(SCAM_LANGUAGE_WEIGHTS.weights));
    const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    expect(hex).toBe(SCAM_LANGUAGE_WEIGHTS.weightsHash);
    expect(atob(SCAM_LANGUAGE_WEIGHTS.weights).length).toBe(1 << SCAM_LANGUAGE_WEIGHTS.bits);
  });
});
