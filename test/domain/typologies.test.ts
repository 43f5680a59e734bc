import { describe, expect, it } from "vitest";
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../../src/domain/score";
import { analyseContent, NEW_SIGNAL_LABELS } from "../../src/domain/signals";
import { TYPOLOGY_CATEGORY, TYPOLOGY_IDS, TYPOLOGY_REASONS, type TypologyId, typologyReason } from "../../src/domain/typologies";
import { CATEGORIES } from "../../src/domain/types";

/** What /check concludes from content alone (no sender, nothing reported). */
function judge(text: string) {
  const { signals, typology } = analyseContent(text);
  const score = Math.min(CONTENT_CAP, contentPoints(signals, typology));
  return { typology: typology?.id ?? null, score, suspicious: score >= THRESHOLDS.app.suspicious, signals };
}

/** Scripts of each typology in several wordings, simplified, traditional and English; none is a corpus text. */
const POSITIVES: Record<TypologyId, string[]> = {
  fake_collection: [
    "【恒信金融】您拖欠的欠款已逾期两个月，明日将由法务部提起诉讼并联系您的紧急联系人。",
    "你在我们平台的借款再不还，我们就安排人上门催收，顺便通知你单位领导。",
    "【恒信金融】您的貸款逾期未還，將向法院起訴並通知您的家人，請盡快處理。",
    "Your loan is overdue. Pay today or we will start legal action and send bailiffs to your home.",
  ],
  task_rebate: [
    "诚聘兼职：在家给商品点赞关注，每单佣金15元，日结，感兴趣加微信 ab1234。",
    "你好，任务还差一单，需要先垫付3000元，完成后本金和佣金一起返还。",
    "招募線上兼職，手機做任務賺佣金，一單10元，請加QQ 12345678 領取任務。",
    "Earn $300 a day from home liking videos! Simple tasks, daily commission. Message me on WhatsApp.",
  ],
  investment: [
    "股神老师免费荐股，明天必有涨停牛股，进群跟着操作稳赚：http://gu-piao.top/q",
    "我们的数字货币项目保本保息，月收益30%，感兴趣加我微信 tz8888 详聊。",
    "內部消息：這支股票下週翻倍，導師帶你操作，加入VIP群請點擊 http://vip-gp.cc/1",
    "Our trading mentor guarantees risk-free returns of 20% a week. Join our Telegram group today.",
  ],
  fake_loan: [
    "您的贷款已审批，但银行卡号填写错误导致资金冻结，请缴纳解冻金800元后放款。",
    "不看征信，黑户可下款，最高5万当天到账，加微信 dk666 咨询。",
    "您申請的貸款需先繳納2000元保證金證明還款能力，才能放款。",
    "Your loan is approved! Pay the $99 processing fee to release your funds today.",
  ],
  customer_service: [
    "您好我是淘宝客服，您买的衣服有质量问题，给您三倍退款，请加客服微信 kf001 办理。",
    "您的快递丢了，我们理赔您500元，请点击 http://lipei.top/a 填写银行卡信息。",
    "您好，您購買的商品需要退款，請下載會議軟件並共享螢幕，客服協助您操作。",
    "This is Amazon customer service: we will refund you $200, please click http://amz-refund.top and enter your card details.",
  ],
  police_impersonation: [
    "我是市公安局的警官，你涉嫌洗钱案，必须把存款转入安全账户接受调查，不得告诉家人。",
    "【检察院】您涉嫌违法犯罪，名下资金需要清查，请立即配合调查并下载会议软件。",
    "您好，這裡是公安局，您涉嫌一宗詐騙案，請把資金轉到我們提供的賬戶以便核查。",
    "Police here. Your account is linked to money laundering; move your savings to a safe account we provide.",
  ],
  credit_repair: [
    "您在校期间开通的校园贷账户需要注销，否则影响征信，请联系专员处理。",
    "征信有不良记录？内部渠道帮您洗白，费用面议。",
    "您大學期間開通的學生賬戶須註銷，請按專員指引操作。",
    "We can remove defaults from your credit file within days. Call us now.",
  ],
  acquaintance: [
    "爷爷我是您孙子，换了新号码，我出事了急需用钱，别告诉我爸妈。",
    "我是你们王总，明天来我办公室。现在先帮我给客户转一笔钱过去，账号我发你。",
    "媽，我換號了，這是我新號碼，急需用錢，先轉我兩千。",
    "Hi Mum, this is my new number. Can you pay a bill for me today? Don't tell dad.",
  ],
  game_trade: [
    "出售王者荣耀满级账号，低价转让，不走平台，加微信私下交易。",
    "您出售的游戏账号交易资金被冻结，需缴纳保证金300元解冻。",
    "低價出售原神帳號，遊戲皮膚全齊，私下交易加QQ 998877。",
    "Selling cheap game skins, pay first then I send, DM me on Discord.",
  ],
  romance: [
    "亲爱的，这个博彩平台有漏洞，我带你下注稳赚，先充值五千试试。",
    "在交友软件认识你很开心，我在国外，给你寄的礼物被海关扣了，需要交关税。",
    "寶貝，我舅舅在平台內部，這個漏洞能穩賺，你也充值投資一點吧。",
    "I met you on the dating site and I love you. Please send money for my flight ticket so I can visit.",
  ],
  military_purchase: [
    "您好，我是部队后勤的，要采购一批矿泉水，需要您先垫付给我们的合作商。",
    "我是武警采购员，订购一批被褥，请先交押金到指定账户。",
    "您好，我們是部隊，要訂購一批物資，請先墊付貨款給我們指定的供應商。",
    "This is the army base: we need to order 200 meals, please pay our supplier first.",
  ],
  prize: [
    "恭喜您中奖了，奖金5万元，领奖请先缴纳手续费500元。",
    "您已被抽中为幸运用户，获得笔记本电脑一台，请点击 http://lingjiang.top 领取。",
    "恭喜您獲得一等獎，請點擊 http://prize-tw.top 登入領取獎金。",
    "Congratulations, you have won a £1000 gift card! Claim it at http://claim-prize.top",
  ],
  premium_rate: [
    "You have won a holiday! Call 09061234567 to claim, calls cost 150p/min.",
    "Txt WIN to 87121 to enter our weekly draw.",
    "Your secret admirer left a message, call 09050123456 now, £1.50/min.",
  ],
  parcel_fee: [
    "您的包裹因地址不详无法派送，请点击 http://kd-update.top 更新地址并补缴运费。",
    "海关扣留了您的包裹，需缴纳关税80元：http://hg-pay.top",
    "Royal Mail: your parcel has an unpaid shipping fee of £1.99. Pay at http://rm-fee.top",
    "USPS: your package could not be delivered, update your address at http://usps-addr.top",
  ],
  account_lock: [
    "【工商银行】您的账户存在异常已被冻结，请登录 http://icbc-jd.top 验证身份解除限制。",
    "您的支付宝账户被限制使用，点击 http://zfb-rz.top 认证解冻。",
    "HSBC: your account has been suspended due to unusual activity. Verify at http://hsbc-secure.top",
  ],
  tax_refund: [
    "【税务局】您有个税退还1200元，请登录 http://tax-back.top 填写银行卡领取。",
    "HMRC: you are due a tax refund of £320. Claim at http://hmrc-refund.top",
    "您的社保补贴待领取，请点击 http://shebao-bt.top 申领。",
  ],
};

/** Texts that share the words of each typology but are genuine: none may be flagged. */
const NEAR_MISSES: Record<TypologyId, string[]> = {
  fake_collection: [
    "【招商银行】您的信用卡已逾期，请尽快还款，以免影响个人征信。",
    "【招联金融】您的借款已逾期3天，请登录官方APP还款。",
  ],
  task_rebate: ["我找了个兼职，在奶茶店，日结工资。", "【某招聘】您投递的岗位已查看，请留意面试通知。"],
  investment: ["【招商银行】理财产品稳健增利开售，业绩比较基准3.2%，理财有风险，投资需谨慎。", "爸，我炒股又亏了，再也不听群里老师的了。"],
  fake_loan: ["【马上消费金融】安逸花最高可借20万，回T退订", "【建设银行】您申请的信用卡已审核通过，收到后请在APP激活。"],
  customer_service: ["【京东】您的退款已原路退回，预计1-3个工作日到账。", "【淘宝】您的会员将于明日自动续费，可在APP设置中关闭。"],
  police_impersonation: [
    "【上海公安】反诈提醒：公安机关不会要求转账到安全账户，凡是要求转账的都是诈骗。",
    "【北京派出所】您的居民身份证已办理完成，请携带回执领取。",
  ],
  credit_repair: ["【工商银行】您的信用卡已恢复正常使用。", "【招联金融】您的账户注销成功，已解绑所有银行卡。"],
  acquaintance: ["妈，我换号了，这是我新号码，存一下。", "老板，明天的会议改到下午三点了。"],
  game_trade: ["【腾讯游戏】您的账号于今日在新设备登录，如非本人操作请修改密码。", "周末一起打王者荣耀吗？"],
  romance: ["亲爱的，下班帮我带瓶酱油。", "老公，这个月房租你转给房东吧。"],
  military_purchase: ["我弟弟在部队当兵，过年回不来。", "【某超市】本周大批量采购优惠，回T退订。"],
  prize: ["【某商城】参与抽奖赢大奖，点击 m.shop.cn/a，回T退订", "You have won the office raffle! Grab your prize from reception."],
  premium_rate: ["Big sale this weekend. Text STOP to 60123 to opt out.", "Call us on 0800 123 4567 for free advice."],
  parcel_fee: ["【顺丰速运】您的快递已到驿站，取件码 3-2-1102。", "Royal Mail: your parcel will be delivered today between 10:00 and 12:00."],
  account_lock: ["【工商银行】您的账户存在异常登录，如非本人操作请致电95588。", "Your account has been locked after 3 failed attempts. Call the number on the back of your card."],
  tax_refund: ["【国家税务总局】您的个税年度汇算退税已到账。", "HMRC will never ask for your bank details by text."],
};

describe("fraud typologies", () => {
  for (const id of TYPOLOGY_IDS) {
    it.each(POSITIVES[id])(`${id}: %s`, (text) => {
      const result = judge(text);
      expect(result.typology).toBe(id);
      expect(result.suspicious).toBe(true);
    });
    it.each(NEAR_MISSES[id])(`${id}, genuine: %s`, (text) => {
      expect(judge(text).suspicious).toBe(false);
    });
  }

  it("never reads an anti-fraud advisory as a scam script", () => {
    for (const text of [
      "【国家反诈中心】警惕刷单返利诈骗！所有刷单都是诈骗，切勿垫付资金。",
      "【广州公安局】近期冒充客服退款、注销校园贷诈骗高发，任何要求共享屏幕、下载会议软件的都是诈骗，请转告家人。",
      "HMRC will never text you about a tax refund. Beware of scams asking for your card details.",
    ]) {
      expect(judge(text)).toMatchObject({ typology: null, suspicious: false });
    }
  });

  it("keeps a text with one weak signal unknown", () => {
    for (const text of ["我换号了，这是我新号码", "恭喜您获得一张优惠券", "请尽快处理", "点击 m.shop.cn/a 查看"]) {
      const result = judge(text);
      expect(result.signals.length).toBeLessThanOrEqual(1);
      expect(result.suspicious).toBe(false);
    }
  });

  it("never reaches a scam threshold from content alone", () => {
    const everything = "【公安局】我是您孙子，您涉嫌洗钱，请回复验证码和身份证号，转入安全账户，缴纳保证金，下载腾讯会议共享屏幕，否则起诉 http://x.top";
    expect(judge(everything).score).toBeLessThan(Math.min(...Object.values(THRESHOLDS).map((t) => t.scam)));
  });

  it("files every typology under a report category", () => {
    for (const id of TYPOLOGY_IDS) expect(CATEGORIES).toContain(TYPOLOGY_CATEGORY[id]);
  });
});

describe("typology reasons", () => {
  it.each(TYPOLOGY_IDS.map((id) => [id]))("%s has a message in zh-CN, zh-TW and en", (id) => {
    const messages = TYPOLOGY_REASONS[`typology_${id}`];
    // No English sentence in Chinese output; traditional characters in zh-TW; English is English.
    expect(messages["zh-CN"]).not.toMatch(/[A-Za-z]{3,}/);
    expect(messages["zh-TW"]).not.toMatch(/[A-Za-z]{3,}/);
    expect(messages["zh-TW"]).toMatch(/[內詐騙額帳號轉臺國與為這們會]/);
    expect(messages["zh-TW"]).not.toBe(messages["zh-CN"]);
    expect(messages.en).toMatch(/^It reads like /);
    expect(typologyReason(id, "zh-TW")).toEqual({ code: `typology_${id}`, message: messages["zh-TW"] });
  });
});

describe("labels of the new signals", () => {
  it.each(Object.entries(NEW_SIGNAL_LABELS))("%s has a label in zh-CN, zh-TW and en", (_signal, labels) => {
    expect(labels["zh-CN"]).not.toMatch(/[A-Za-z]{3,}/);
    expect(labels["zh-TW"]).not.toMatch(/[A-Za-z]{3,}/);
    expect(labels["zh-TW"]).not.toBe(labels["zh-CN"]);
    expect(labels.en).toMatch(/^[A-Z][a-z]/);
  });
});
