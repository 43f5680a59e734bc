import { describe, expect, it } from "vitest";
import { CONTENT_CAP, contentPoints, THRESHOLDS } from "../../src/domain/score";
import { analyseContent, NEW_SIGNAL_LABELS, sentencesAround, withoutSentencesAt } from "../../src/domain/signals";
import { isDialogue, TYPOLOGY_CATEGORY, TYPOLOGY_IDS, TYPOLOGY_REASONS, type TypologyId, typologyReason, withoutReaderTurns } from "../../src/domain/typologies";
import { CATEGORIES } from "../../src/domain/types";

/** What /check concludes from content alone (no sender, nothing reported). */
function judge(text: string) {
  const { signals, typology } = analyseContent(text);
  const score = Math.min(CONTENT_CAP, contentPoints(signals, typology));
  return { typology: typology?.id ?? null, score, suspicious: score >= THRESHOLDS.app.suspicious, signals };
}

/** Genuine texts a blind set showed on arrival, judged as /check judges them: each stays below suspicious. */
function describeGenuineBelowSuspicious(title: string, texts: string[]): void {
  describe(title, () => {
    it.each(texts)("stays below suspicious: %s", (text) => {
      expect(judgeAsCheck(text).suspicious).toBe(false);
    });
  });
}

/** As /check judges content: the model's tier counts too (its dissent takes a typology without a request away). */
function judgeAsCheck(text: string) {
  const { signals, typology, scamLanguage } = analyseContent(text);
  return { typology: typology?.id ?? null, suspicious: Math.min(CONTENT_CAP, contentPoints(signals, typology, scamLanguage.tier)) >= THRESHOLDS.app.suspicious };
}

/** A batch of scripts that must be recognised as their typology and flagged, and genuine texts that must not be. */
function describeBatch(title: string, scripts: [TypologyId, string][], genuine: string[], more?: () => void): void {
  describe(title, () => {
    it.each(scripts)("%s: %s", (id, text) => {
      expect(judge(text)).toMatchObject({ typology: id, suspicious: true });
    });
    it.each(genuine)("genuine stays below suspicious: %s", (text) => {
      expect(judge(text).suspicious).toBe(false);
    });
    more?.();
  });
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

/**
 * Paraphrases of the four typologies the real-text goals name, in wordings none of the rules or the
 * corpus was written from (other verbs and nouns, Cantonese, English), and genuine near misses that
 * share their words: generalisation, not one phrasing each.
 */
const PARAPHRASES: [TypologyId, string][] = [
  ["police_impersonation", "您好，我是市公安局经侦支队的张警官，你的银行账户被犯罪团伙用于洗钱，现在需要你配合做资金核查，把钱转到国家监管账户，此案件属于机密，不得向他人透露。"],
  ["police_impersonation", "这里是最高人民检察院，你涉嫌一宗非法洗钱案件，名下资产需要冻结审查，请按照办案人员要求操作。"],
  ["police_impersonation", "你好，我是派出所民警，你的快递里查出违禁品，涉嫌走私，请马上加我微信配合调查。"],
  ["police_impersonation", "喂，这边是电信局，你名下有一张卡涉嫌发送诈骗短信，即将停机，为你转接网警。"],
  ["police_impersonation", "你身份证涉嫌一起贩毒案件，这边是公安局，要对你的资金做清查，请下载我们发的APP。"],
  ["police_impersonation", "我们是刑侦大队，现在怀疑你参与洗钱，这是国家机密，你不能告诉任何人，去宾馆开个房间单独接受调查。"],
  ["police_impersonation", "您好我是市场监管局的，你的营业执照涉嫌违规，需要缴纳罚款，不然吊销。"],
  ["police_impersonation", "This is Officer Brown from the police. Your identity was used in a fraud case. You must transfer your funds to a safe account for protection."],
  ["police_impersonation", "我係警察，你個銀行戶口涉及洗錢，要配合調查，唔好話俾屋企人知。"],
  ["fake_loan", "无需抵押，凭身份证即可贷款，最快十分钟到账，联系客服办理。"],
  ["fake_loan", "您的贷款已审批，但银行卡账户异常，资金已冻结，需缴纳解冻金后放款。"],
  ["fake_loan", "低息贷款，额度5-50万，黑白户均可，来电咨询13812345678"],
  ["fake_loan", "您申请的贷款因流水不足无法放款，需转入5000元刷流水，放款后退还。"],
  ["fake_loan", "借款到账前需要交一笔包装费，帮你把资料做漂亮，保证下款。"],
  ["fake_loan", "你好，你在我们平台的贷款已批，但要先交三个月的利息才能放款。"],
  ["fake_loan", "Get a loan of $5000 today, no credit check. A one-time fee is required before funds are sent."],
  ["fake_loan", "貸款審核通過，撥款前需先繳交保證金3000元，撥款後全額退還。"],
  ["customer_service", "您好，我是淘宝客服，您购买的商品出现质量问题，我们这边给您办理退款，请问您方便操作吗？需要您打开支付宝备用金。"],
  ["customer_service", "你好，我是快递公司理赔专员，您的快递丢失了，我们赔您三倍，加一下微信办理。"],
  ["customer_service", "您好，您开通的抖音百万保障服务即将扣费，每月800元，如不需要请联系我们关闭，否则影响征信。"],
  ["customer_service", "您在我们平台开通了会员自动续费，要取消的话需要跟着我操作，先打开手机银行。"],
  ["credit_repair", "我是京东金融客服，您开通的白条利率过高，根据国家要求需要调整，不然影响您的个人征信。"],
  ["customer_service", "Hi, this is Amazon customer service. A refund of £80 is due to you. Please download AnyDesk so we can process it."],
  ["customer_service", "您好，您上次购买的产品被召回，我们需要给您退款，麻烦您提供银行卡号和验证码。"],
  ["customer_service", "你好，你在拼多多的订单物流异常，需要给你退款赔偿，请扫码进群办理。"],
  ["acquaintance", "爸爸，我是你儿子，我手机丢了，这是我新号，急需2000块钱交学费，你先转给我同学。"],
  ["acquaintance", "我是你们王总，明天一早来我办公室，先加一下我新微信。"],
  ["acquaintance", "老同学，还记得我吗？我现在遇到点困难，能不能借我点钱应急？"],
  ["acquaintance", "喂，猜猜我是谁？我是你表哥啊，我新换的号码，有急事找你帮忙。"],
  ["acquaintance", "奶奶，我是你孙子，我跟人打架被抓了，要交保证金才能出来，别告诉爸妈。"],
  ["acquaintance", "小李，我是张局，现在在开会，有个朋友急需一笔钱，你先帮我转过去，我会后给你。"],
  ["acquaintance", "Mum it's me, this is my new number. I need to pay a bill urgently, can you help? Don't tell dad."],
  ["acquaintance", "阿媽，係我呀，我換咗新號碼，急住用錢，可唔可以轉一萬蚊俾我？"],
  ["acquaintance", "我是你大学室友啊，这是我新号，最近手头紧，能不能先借我两千，下个月还你。"],
  ["police_impersonation", "您好，這裡是台北地檢署，您的帳戶被歹徒當作人頭帳戶洗錢，偵查不公開，請勿告訴家人，稍後請配合將存款領出交付監管。"],
  ["police_impersonation", "刑事局通知：您的健保卡遭盜用，涉及詐欺案件，現為您轉接偵查隊，請配合調查。"],
  ["customer_service", "您好這邊是網購客服，因為內部人員疏失把您設定成批發商，每個月會重複扣款，需要您到ATM解除分期付款設定。"],
  ["customer_service", "您好，我們是銀行客服，您的帳戶被誤設為VIP會員，將每月扣款，請依照指示操作網路銀行取消。"],
  ["acquaintance", "猜猜我是誰？我換LINE了，加我新的，最近手頭有點緊，可以先借我兩萬嗎？"],
  ["fake_loan", "免擔保貸款，代辦全程協助，需先支付包裝費及保證金，撥款迅速。"],
  ["police_impersonation", "This is the Social Security Administration. Your SSN has been suspended due to suspicious activity. Press 1 to speak to an officer or face arrest."],
  ["acquaintance", "Hi Dad, I dropped my phone in the toilet, this is my temporary number. Can you transfer £450 for my rent? It's urgent, I'll explain later."],
  ["acquaintance", "喂，我是你领导，你明天早上到我办公室来一下，另外现在有个急事，你先帮我给一个客户转一笔钱。"],
  ["acquaintance", "兄弟，是我，我现在在外面被人扣了，急需五千块，千万别报警，也别跟家里人说。"],
  ["fake_loan", "你好，我是贷款公司的，你的资质审核过了，但是需要验证你的还款能力，先转一万到你自己的卡上，冻结了就要交解冻费。"],
  ["fake_loan", "您好，您在我们平台的借款额度已经开通，但由于您的征信分不够，需要先充值一笔会员费激活。"],
  ["police_impersonation", "警官跟你说，你现在是嫌疑人，这个案子很严重，你要证明你是清白的，就把钱转到我们给你的账户，我们核查完会退给你。"],
  ["customer_service", "你好，这里是顺丰理赔中心，您的快递在运输中被烧毁了，我们这边给您赔付两倍运费，麻烦您加一下理赔专员的微信。"],
  ["customer_service", "亲，你在我家买的面膜有质量问题，已经给你安排退款了，要你先去支付宝里申请一个备用金，退款才能到。"],
  ["police_impersonation", "Police notice: a warrant has been issued in your name for unpaid taxes. Call 0203 998 1234 today to settle and avoid arrest."],
  ["police_impersonation", "This is Detective Harris. Your bank account is linked to a money laundering investigation. Do not tell your bank. Move your savings to the secure account we give you."],
  ["acquaintance", "Hey its me, new number, phone got stolen. Need you to send 300 quid to my mate, his details below. Pay you back Friday, dont tell mum."],
  ["fake_loan", "Pre-approved personal loan of £5,000, no credit checks. Pay the £49 arrangement fee to receive the money today."],
  ["customer_service", "Apple Support: we detected a charge of $499 on your account. If this was not you, download our support app to get a refund: http://apple-help.top/r"],
  ["police_impersonation", "您好，我是中国人民银行的工作人员，您名下有一张信用卡在外地透支，涉嫌恶意透支，需要配合核实。"],
  ["police_impersonation", "这里是北京市朝阳区公安分局，你的个人信息被泄露，被人用来办理了多张银行卡，现在需要核实你的资金来源。"],
  ["account_lock", "你好，我是支付宝客服，检测到您的账户有风险，需要把余额转到安全账户进行保护。"],
  ["customer_service", "您的快递在运输过程中遗失，请您与理赔客服联系，我们将三倍赔偿，请加QQ 88888888。"],
  ["fake_loan", "网贷无门槛，无视黑白户，三分钟下款，申请请加微信 dk123。"],
  ["fake_loan", "您申请的20万贷款已通过，由于您的银行卡号填错，需要缴纳20%的解冻金。"],
  ["fake_loan", "你的贷款已经审批通过，我们需要你提供一份银行流水，如果流水不够可以先存入一笔钱。"],
  ["acquaintance", "我是你老板，我现在在外面谈事情，你先把我拉进财务群，有一笔钱要转出去。"],
  ["acquaintance", "爷爷，我是小明，我在学校打伤了同学，要赔医药费两万，你先打给我老师，千万别跟我爸妈讲。"],
  ["acquaintance", "老同学，好久不见，我换号了，最近在做生意资金周转不开，能借我点吗？"],
  ["police_impersonation", "这里是社保局，您的社保卡已被冻结，因为涉嫌违规套取医保基金，请马上拨打公安电话。"],
];
const GENUINE_NEAR_MISSES = [
  "【建设银行】您尾号1234的账户于12月1日支出500元，余额3000元。",
  "【公安】反诈提醒：公检法机关不会通过电话要求转账，不存在安全账户。",
  "【招联金融】您的借款已逾期3天，请及时还款，以免影响征信。",
  "【顺丰速运】您的快件已被签收，如有疑问请致电95338。",
  "【淘宝】您的退款申请已处理，退款将原路返回。",
  "妈，我换了新号码，这是我新号，存一下。",
  "老同学，周末聚会你来吗？",
  "【12306】您的车票已改签成功。",
  "【中国移动】您的话费余额不足10元，请及时充值。",
  "【国家反诈中心】提醒：冒充客服退款、刷单返利、贷款先交钱都是诈骗。",
  "【京东】您的白条账单已出，请按时还款。",
  "【社保局】您的社保卡已办好，请带身份证领取。",
  "经理，我已经把合同款打给对方了，您查收一下凭证。",
  "老板，货款已经转过去了，麻烦确认。",
  "Your Amazon refund of £12.99 has been processed.",
  "【某某法院】您的案件已立案，请登录人民法院在线服务查看。",
  "【平安银行】您申请的贷款已放款至您尾号5678的银行卡，请查收。",
  "【抖音】您的会员已自动续费，如需取消可在设置-会员中关闭。",
  "【微众银行】温馨提示：微粒贷不会收取任何放款前费用。",
  "【派出所】您的户口迁移手续已办结，请携带身份证到窗口领取。",
  "【王者荣耀】新赛季皮肤推出，充值送点券，点击链接查看活动详情，回T退订。",
  "【招商银行】您的账户资金变动提醒：您的理财产品年化收益率3.2%，保底型产品已到期，本金已退回。",
  "【某某人社】您的失业补贴已发放，请注意查收，如有疑问联系人社窗口。",
  "【公安局】您的户籍迁移已办理，请携带身份证到派出所领取户口本。",
  "【国家税务总局】您符合个税退税条件，请登录个人所得税APP办理，请勿点击短信链接。",
  "【支付宝】您的花呗自动还款已开通，如需关闭可在设置中调整。",
  "亲爱的，我下周回国，想你了，给你带了礼物。",
  "宝贝，房租我先垫上了，你有空再转我就行。",
  "【京东】您购买的商品已退回，退款将在3个工作日内原路返回，详情点击 https://jd.com/r 查看。",
  "经理，客户说他明天把货款打过来，您看可以吗？",
  "【建设银行】您的贷款申请已受理，本行不收取任何前期费用，请通过官方渠道办理。",
  "【平安普惠】无抵押贷款，最快当天放款，详询官方客服，回T退订。",
  "【法院】您的案件已立案，案号(2026)京0105民初123号，请登录人民法院在线服务平台查看。",
  "Your Lloyds loan repayment is due on 5 Dec. No action needed if you pay by direct debit.",
  "Congratulations on your new job! Let's celebrate this weekend.",
  "HR reminder: please submit your timesheets by Friday.",
  "【顺丰速运】您的国际包裹已清关，关税已由寄件方支付，预计明日送达。",
  "【学校】请家长于本周五前在微信小程序缴纳校服费，逾期不再统一订购。",
  "爸，我换新手机了，微信还是原来的，有空帮我把旧手机寄过来。",
  "兄弟，你那个原神号出不出？多少钱？我私聊你。",
  "【消防支队】冬季防火提醒：请勿私拉乱接电线。",
  "妈，学费我已经交了，转账凭证发你了。",
  "【台北地檢署】反詐騙宣導：檢察官不會要求民眾交付現金或操作ATM，接到類似電話請撥165查證。",
  "【中華電信】您本月帳單已出，金額599元，請於繳費期限前繳納。",
  "兄弟，是我，我明天到你那边，晚上一起吃饭。",
  "Hi Dad, phone died, using Sam's. Home by 9, don't wait up.",
  "Your Norton subscription renews on 3 March. Manage it in your account settings.",
  "【顺丰速运】您的快件理赔已完成，赔付款已退至您的原支付账户。",
  "领导，客户的款我明天一早转过去，合同已经盖章了。",
  "【某银行】您的个人贷款审批已通过，本行不收取任何前置费用，放款将直接转入您本人账户。",
  "老婆，我的工资卡你先拿着，这个月房贷你帮我还一下。",
  "【京东】您的白条账单已出，本期应还1200元，请按时还款，逾期将影响征信。",
  "Police: we are investigating a burglary on Elm Road last night. If you saw anything, please call 101 quoting crime number 123.",
  "Your council tax bill is ready. Pay online at gov.uk or call the council on 0300 123 4567.",
  "Your loan application has been approved. The money will arrive in your account within 2 hours. No fees apply.",
  "Your Netflix membership renews on 12 May. You can cancel anytime in your account settings.",
  "Hi mum, new phone so this is my new number, save it! Love you x",
  "Reminder: your court hearing is scheduled for 10 June. Bring your documents.",
  "【中通快递】您寄出的快件因收件地址有误被退回，请登录官方APP查看。",
  "【中国人民银行】征信中心提醒：个人信用报告可在官网免费查询，谨防征信诈骗。",
  "【支付宝】您的账户于今日在新设备登录，如非本人操作请及时修改密码。",
  "【抖音】您的直播会员已开通，有效期至2027年1月。",
  "【京东物流】您的快递已签收，如有问题请在APP内申请售后。",
  "【建设银行】您的贷款已审批通过，放款金额20万元，请登录手机银行查看。",
  "老板，财务群我已经建好了，您看一下。",
  "爷爷，我周末回来看你，别告诉我妈，给她个惊喜。",
  "老同学，好久不见，我换号了，这是我新号，有空聚聚。",
  "【社保局】您的社保卡已启用金融功能，请妥善保管。",
  "【某公安分局】您的居住证已办结，请到分局出入境大厅领取。",
];

describe("fraud typologies in unseen wordings", () => {
  it.each(PARAPHRASES)("%s: %s", (id, text) => {
    expect(judge(text)).toMatchObject({ typology: id, suspicious: true });
  });
  it.each(GENUINE_NEAR_MISSES)("genuine: %s", (text) => {
    expect(judge(text).suspicious).toBe(false);
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

/**
 * The wordings real scripts use for each idea (issue 23's list), written for this test — none is a
 * corpus text: the idea must be recognised with other words around it and words inside it.
 */
const REAL_TEXT_PHENOMENA: [string, string, TypologyId | null][] = [
  ["repayment_channel_private", "核实完毕后，请把您名下的存款转账到我们这边指定的那个账户，我们保管三天。", null],
  ["repayment_channel_private", "审核需要，请将保证金汇入我们提供给您的对公账户以外的专用账户。", null],
  ["upfront_fee", "放款之前要先刷一笔流水，存两万进去，审核过了连本带息退给你。", "fake_loan"],
  ["upfront_fee", "貸款已經批了，但是帳戶被凍結，要先交一下解凍的費用三千元。", "fake_loan"],
  ["screen_share_or_app", "退款要走内部流程，您先下载一个会议软件，输入会议号后打开投屏功能。", null],
  ["asks_personal_info", "为了给您办理理赔，请提供一下您的个人信息：姓名、身份证号和家庭住址。", null],
  ["asks_id_or_card", "您好，我是派出所的，为了核实身份，请在卡片背面的输入框里填入身份证的后六位。", null],
  ["asks_id_or_card", "机票退改需要核实，请问您名下有哪几张银行卡，分别是哪家银行的？", null],
  ["relative_new_number", "外婆，是我，我是你外孙啊，我换了一个新号，这个号码你存一下。", "acquaintance"],
  ["premium_rate", "You've been picked for a £750 reward. Text the word CLAIM to 80878 now. £1.50/msg", "premium_rate"],
];

describe("real-text phenomena of issue 23", () => {
  it.each(REAL_TEXT_PHENOMENA)("%s: %s", (signal, text, typology) => {
    const result = judge(text);
    expect(result.signals).toContain(signal);
    if (typology) expect(result.typology).toBe(typology);
  });

  it.each([
    ["police_impersonation", "此事属于保密案情，不能告诉任何人，包括你的爱人，否则泄露案情你要负法律责任。"],
    ["police_impersonation", "您名下的社保卡出现违规使用，即将停用，核实情况请按9转人工服务。"],
    ["police_impersonation", "你要配合资金核查来证明清白，把钱转到我们给你的监管账户，核查完退还。"],
    ["customer_service", "您好，工作失误把您被开通成了我们的代理商，每月自动扣费两千，今天不取消就开始扣了。"],
    ["customer_service", "您好，航班因天气原因临时取消，航空公司补偿您四百元，请问您有哪些银行卡可以接收？"],
    ["acquaintance", "明天上午你到我办公室来一下，我是你们处里的老领导，这是我新号码，先存上。"],
    ["acquaintance", "Mum this is your daughter, I'm on a temporary number, please don't tell dad but I need £200."],
  ] as [TypologyId, string][])("%s: %s", (typology, text) => {
    const result = judge(text);
    expect(result.typology).toBe(typology);
    expect(result.suspicious).toBe(true);
  });

  it.each([
    "快递员明天上午十点上门送件，家里没人的话会放到门卫室。",
    "新店开张，加老板微信进福利群，每周抽奖送奶茶券，回T退订。",
    "【天猫】您的退款已原路退回至支付宝，请注意查收，如有疑问可联系在线客服。",
    "【平安保险】您的车险保单已生效，如需理赔请拨打95511，工作人员不会索要验证码。",
    "我是中国平安的保险代理人小周，您家的车险下月到期，需要的话帮您报个价。",
    "【XX市公安局】提醒您：警方不会要求您把资金转到安全账户，接到此类电话请挂断。",
    "哥，我换了个新号，原来那个不用了，周末一起吃饭。",
    "Hi Gran, new number for me, the old sim stopped working. See you Sunday!",
  ])("genuine stays below suspicious: %s", (text) => {
    expect(judge(text).suspicious).toBe(false);
  });
});

/**
 * Issue 23's second batch of development paraphrases (scripts/corpus/dev-issue23b.ts, slots filled),
 * written from the public descriptions of each script after hold-out set #8 was retired: the
 * phenomenon in other words — a "statement" taken alone on video, a relative or boss who cannot
 * take a call, a unit that does not name itself, a courier's surcharge by QR code, a lender's
 * packaged records, English text-speak, Cantonese and Taiwanese wording.
 */
const SECOND_BATCH: [TypologyId, string][] = [
  ["police_impersonation", "我们需要给你做一个线上笔录，你找一个没人的房间，下载我们发你的软件，开视频，全程不能挂断。"],
  ["police_impersonation", "我是国家反诈中心的工作人员，你手机里装了一个涉诈APP，名下账户存在风险，需要给你做一个资金保全。"],
  ["police_impersonation", "你好，我是成都市公安局的，你的快递里面发现了十几张银行卡，涉嫌帮信罪，现在需要你加我们办案民警的QQ做笔录。"],
  ["police_impersonation", "這裡是台北地檢署，您的帳戶涉及詐欺洗錢案件，已被列為警示帳戶，請依照指示把存款領出交由專人監管。"],
  ["police_impersonation", "HMRC: u r under investigation 4 tax fraud. a warrant 4 ur arrest will b issued unless u call us immediately"],
  ["fake_loan", "您好，看您之前有在网上申请过贷款，但是没有通过，我们这边有一个内部渠道，可以帮您包装资料，保证下款。"],
  ["fake_loan", "借款已到账平台，提现需先开通VIP通道，费用298元，开通后秒到卡。"],
  ["fake_loan", "借款到账需要先购买一份借款保险，保单生效后才能提现，保费放款后退还。"],
  ["fake_loan", "免保人、免抵押，信用瑕疵也可貸，當日撥款，加LINE：dk8866"],
  ["fake_loan", "急用钱？身份证就能借，不查征信，当天放款，5万以内秒批，加我V：dk6688"],
  ["customer_service", "您好，我是抖音官方客服，检测到您开通了抖音直播会员，每个月扣800元，现在可以给您取消，需要您按照步骤操作。"],
  ["customer_service", "您好，这里是中国联通客服，您的5G套餐即将自动升级，每月多扣198元，如需取消请加客服微信lt5566办理。"],
  ["customer_service", "喂您好，我这边是客服中心的，您的账户开通了百万保障服务，免费期到了，下个月开始每月扣五百，不需要的话我这边帮您关，您按我说的操作一下。"],
  ["acquaintance", "明天上午九点，到我办公室来一趟，我是你们王局。"],
  ["acquaintance", "小张，周总让我通知你，他在外面陪客户，不方便接电话，让你马上给这个账户打八万过去，回头补手续。"],
  ["acquaintance", "是我，你舅舅，我在外地办事，有点急事需要用钱，你先帮我转两千，我现在不方便接电话。"],
  ["acquaintance", "爸，我手机掉水里了，这是我同学的号，你先别打过来，能先转我两千交资料费吗？"],
  ["acquaintance", "阿哥，係我呀，我換咗新號碼，你save低先，聽日搵你有啲事。"],
  ["acquaintance", "阿嬤，是我啦，我手機摔壞了，這是我朋友的電話，我出了點事需要錢，拜託不要跟我爸媽說。"],
  ["investment", "老師帶你操作台股，每天報明牌，勝率九成，加LINE群免費領取飆股。"],
  ["investment", "呢個平台炒外匯好穩陣，我跟住導師做咗兩個月賺咗十幾萬，你想唔想試下？"],
  ["investment", "您好，我们是华信证券的，现在有个国债逆回购的内部额度，年化8%，保本，只剩三个名额。"],
  ["investment", "Hey, I'm Anna. I've been making great money on a crypto platform my aunt showed me. Want me 2 show u how?"],
  ["military_purchase", "您好 我们是武汉某部队的 部队要订一批物资 200份盒饭 明天中午送到营区 你们能做吗？"],
  ["military_purchase", "Hi, we're from the local military unit and need 50 meals delivered. Please pay our caterer partner a deposit first and we'll reimburse you."],
  ["prize", "恭喜您！您的手機號碼在週年慶抽獎中獲得頭獎，請點擊連結填寫資料領取獎品。"],
  ["prize", "u r today's lucky visitor! Spin 2 win an iPhone 15, just pay $1.99 shipping: http://claim65.com/5027"],
  ["parcel_fee", "你好，我这边是顺丰速运的，你有个快递因为超重需要补680块运费，扫我发你的码付一下就给你送。"],
  ["parcel_fee", "快递员：你的包裹地址写错了，改地址要交十块钱改派费，加下我微信转给我就行。"],
  ["parcel_fee", "EVRI: ur parcel couldn't be delivered. a redelivery charge applies. select a new slot http://vip31.com/3470"],
  ["parcel_fee", "Parcelforce: delivery of your item is suspended until a £2.99 handling charge is paid. Settle it at http://pay75.online/9735"],
  ["account_lock", "Monzo: a new device tried to log in to ur account. if this wasn't u, secure ur account now at http://login45.site/6050"],
  ["account_lock", "Your Netflix payment failed. Update your billing info within 24h to avoid suspension: http://nf-billing.xyz/1"],
  ["game_trade", "selling genshin account cheap, pay via gift card first then i send login"],
  ["romance", "My dear, I have a business deal that will make us rich, but I need $500 to release the funds. Please help me."],
  ["task_rebate", "招兼职打字员，在家手机操作，一天三百不是问题，先交200元会员费就能派单。"],
  ["fake_collection", "【众安金融】您的欠款已进入司法程序，请立即联系15144322051协商，否则将安排人员上门执行。"],
  ["police_impersonation", "【12381】您的手机号因涉嫌违法违规已被列入停机名单，请于今日18点前回复1联系工作人员解除。"],
  ["police_impersonation", "喂，你好，我是派出所户籍科的，你的户口信息出现异常，需要重新核实，你把你手机收到的验证码报一下。"],
  ["police_impersonation", "喂你好，我这边是南山法院的，你有一张诉讼传票，法院已经立案了，你可以跟办案的警官联系一下，我给你转过去。"],
  ["fake_loan", "贷款审核通过，但系统显示您的银行卡是一类卡，需要激活二类卡，转入10%作为激活资金。"],
  ["fake_loan", "哥，你要的那笔钱能下，我们这边走的是特批，你先把征信报告截图发我，再交两千的渠道费。"],
  ["customer_service", "您好，我是携程客服，您订的酒店因为系统故障重复扣款了，需要给您退回来，您这边有没有别的银行卡？我们打到卡里。"],
  ["customer_service", "Hi, this is eBay buyer protection. Your item has been flagged, to release your payment please send a £50 verification fee via gift card."],
  ["acquaintance", "小李，在吗？我是刘主任，这是我的新号。明天上午有个急事要你帮我办一下。"],
  ["acquaintance", "喂，听不出我是谁啦？你猜猜，我是你以前的老同学呀，我明天到你们那边出差，能不能请你帮个忙？"],
  ["acquaintance", "在吗 帮我个忙 我微信支付被限额了 你先帮我转给这个人3000 我晚上还你"],
  ["acquaintance", "伯父，我是小杰，我在外面跟人起了冲突，现在被扣在派出所，要交五千保释金，你千万别告诉我爸。"],
  ["police_impersonation", "【公安部】您的身份证已被他人冒用办理多张电话卡，用于实施诈骗，请立即回电配合核查，否则注销您名下所有银行卡。"],
  ["police_impersonation", "This is HMRC. Our records show unpaid tax of £1,200. Pay immediately by iTunes vouchers to avoid a court summons."],
  ["fake_loan", "申請貸款被拒？無須擔保，專人協助代辦，包過件，事成後再收費，先付訂金即可，加LINE詳談。"],
  ["customer_service", "Hi, this is your internet provider. We've detected your router was hacked and we'll refund £200 in compensation. Please download TeamViewer so our engineer can process it."],
  ["customer_service", "您好，我是唯品会的，您之前开通的唯品花额度利息太高了，现在监管部门要求降低，需要您配合我们调整一下，不然会影响征信。"],
  ["customer_service", "喂您好，这里是航空公司客服，您的航班取消了，我们可以帮您办理退票赔偿，请问您方便打开支付宝吗？"],
  ["acquaintance", "Hi, it's Mark from accounts. The CEO has asked me to arrange an urgent payment to a new supplier today, he's travelling and can't be reached. Can you process it?"],
  ["acquaintance", "你猜猜我是谁？连我都听不出来了，我是你老同学啊，换了个号码，最近过得怎么样？"],
  ["police_impersonation", "This is the DVLA. Your vehicle tax payment failed, you may be fined up to £1,000. Update your details: http://ab12.top/3"],
  ["police_impersonation", "你好，這裡是165反詐騙專線，你的帳戶被歹徒利用，請依指示到ATM操作，把錢轉到監管帳戶保護。"],
  ["fake_loan", "哥们，你上次问的贷款，我这边有个渠道能下，不过要先给审批的人打点一下，三千块，下款了再从里面扣。"],
  ["fake_loan", "贷款放款失败，您的账户被冻结，请在1小时内联系在线客服进行解冻，逾期系统将自动上报征信。"],
  ["customer_service", "Hey, this is the PayPal resolution centre. A payment of $800 to a crypto exchange is pending. If this wasn't you, call 1-877-555-0112 to cancel and get a refund."],
  ["customer_service", "你好，我是美团的，你之前开通了美团的生活费业务，不取消的话每个月会自动从你银行卡扣500块钱。"],
  ["account_lock", "您好，这里是中国电信，您的宽带即将到期，续费有优惠，但系统显示您的账户有异常，需要先解冻账户，请按照我的指示操作网银。"],
  ["acquaintance", "爸，我是小明，我在学校里出了点事，跟同学打架把人家眼镜打坏了，要赔两千，你直接转到我同学卡上，我手机快没电了。"],
  ["acquaintance", "您好，我是您儿子的班主任王老师，这是我的新号码，学校要统一订购校服，每人380元，请家长把钱转到这个账户。"],
  ["police_impersonation", "您好，这里是北京市中级人民法院，您有一份法院文书因无法联系到您被退回，请按1查询，按9转人工。"],
  ["police_impersonation", "This is a message from the National Crime Agency: your identity has been used to open accounts linked to organised crime. Reply YES to speak to an investigating officer today."],
  ["police_impersonation", "您好，我们是国家外汇管理局的，您的账户涉嫌违规跨境转账，已被限制，需要您缴纳一笔保证金进行解封。"],
  ["fake_loan", "你的贷款额度已经批下来了，但是你的信用分只有480分，要达到500分才能放款，需要你充值1000元提升信用分。"],
  ["fake_loan", "本司可代办各大银行信用卡，高额度，秒批，黑户也能办，先交办卡费800元。"],
];

/** Genuine texts sharing the second batch's words: each guard the broadening needed, and the notices it must leave alone. */
const SECOND_BATCH_GENUINE = [
  "Royal Mail: Sorry we missed you. Your item is at your local delivery office. Book a free redelivery at royalmail.com/redelivery",
  "DPD: your parcel is pending. Select a new delivery slot at dpd.co.uk/track/123",
  "快递师傅：你的件超重了，到付需要补5块运费，我到楼下了你下来拿一下。",
  "您好，我是顺丰快递员，您的件超重了需要补运费8元，我当面收现金就行。",
  "小王，我是你们新来的部门经理李明，明天上午到我办公室来一趟，聊一下工作安排。",
  "明天上午九点到我办公室来一趟，把季度报表带上。——张主任",
  "领导，我在开车不方便接电话，货款已经转过去了，请查收。",
  "爸，我在开会，不方便接电话，晚上打给你。",
  "妈，我手机摔坏了，这是我同学的电话，晚点给你回电话，别担心。",
  "阿妈，系我啦，今晚唔返嚟食饭，唔使等我。",
  "老张，我是小陈，换了个号码，明天去你那边办事顺便看看你。",
  "【星巴克】恭喜您获得幸运大礼包一份，已存入APP卡包，到店出示即可领取。",
  "【拼多多】恭喜你在抽奖活动中获得10元无门槛券，已自动发放，请在APP内查看。",
  "Amazon: congrats! you're our lucky winner of a £20 voucher, it's already in your account.",
  "朋友推荐的那个基金我看了，年化才3%，我先投一点试试水。",
  "Hi team, our financial analyst will share stock picks at Friday's meeting. Want to join? Reply to confirm.",
  "Darling, I found a great investment opportunity - a flat near the station. Let's look at it this weekend with the estate agent.",
  "【工商银行】您的个人住房贷款本月应还5230元，请确保账户余额充足，保费已随月供扣除。",
  "【建设银行】您的借款保险已生效，保险期间内如遇意外可申请理赔。",
  "【度小满】您的借款额度已提升至8万元，年化利率7.2%起，请在官方APP操作，我们不会收取任何放款前费用。",
  "【微信支付】您的百万保障服务已开启，保障期间免费，可在服务页面关闭。",
  "您好，您的会员自动续费已经帮您关闭了，请放心。",
  "【京东金融】您的白条已关闭，感谢使用。",
  "【中国电信】您的套餐将于下月自动升级为5G套餐，资费不变，如需保留原套餐请回复1。",
  "公安局提醒：请到派出所做笔录，地点在一楼接待大厅，请携带身份证。",
  "我们今天在宾馆开会，没有人的地方信号不好，晚点打给你。",
  "Outlook: a new device signed in to your account. If this was you, you can ignore this email.",
  "Your Netflix payment is pending. Update your payment details in the Netflix app.",
  "Hi, we need 20 meals for the school trip on Friday, can you do a 10% discount? - Sarah, Oakfield Primary",
  "Selling my old Fortnite account, it's got loads of skins. £40, collect in person, cash only.",
  "我们公司正在招聘数据录入员，月薪5000，五险一金，有意者请联系人事部。",
  "【国家反诈中心】提醒您：公检法机关不会通过电话办案，不会要求转账到安全账户，接到此类电话请立即挂断并拨打96110。",
  "二舅，我手机没电了，借同事手机给你说一声，晚上我晚点到。",
  "刘主任，这是我的新号，以后打这个就行，明天上午的会我准时到。",
  "【京东金条】您的借款已结清，如需关闭金条服务可在京东金融APP内操作。",
  "【12381】涉诈预警：您可能正在遭遇冒充客服诈骗，请勿转账汇款，如有疑问请拨打96110。",
  "【交管12123】您的驾驶证记分周期将于3月31日清零，请登录交管12123APP查看。",
  "eBay: your item has sold! We'll release your payment once the buyer confirms delivery.",
  "【公安部】提醒：民警不会要求下载任何APP进行检查，不会要求转账，接到类似电话请立即挂断。",
  "【实验小学】各位家长：本学期资料费已通过学校统一缴费平台收取，学校不会通过个人微信收费，请注意防骗。",
  "伯父，我是小杰，下周末回老家看您，给您带了点茶叶。",
  "老弟，我是你表哥，我换了个号码，嫂子生了个大胖小子，周末来喝满月酒！",
  "Hi all, the CEO is travelling this week, so any payment approvals go through finance as usual.",
  "【东方航空】您的航班MU5101因天气原因取消，我们已为您免费改签至次日航班，详情请登录东航APP。",
  "【165反詐騙】提醒您：接到自稱檢警要求監管帳戶的電話，都是詐騙，請撥打165查證。",
  "【美团】您的美团生活费已开通，额度5000元，可在美团APP内查看或关闭。",
  "Hey, it's your nephew Tom - got a new phone, this is my number now. See you at Christmas!",
  "各位家长：本学期校服费380元请通过学校的统一缴费平台缴纳，老师不会通过个人账户收费。",
  "【中级人民法院】您的案件文书已通过电子送达，请登录法院官方平台查收，如有疑问请致电12368。",
  "【招商银行】您申请的信用卡已审批通过，额度3万元，卡片将于3个工作日内寄出。",
  "李会计，赵总让你把上个月的报表发他邮箱，他明天要看。",
  "Hi team, reminder that we never buy gift cards for clients. If you get a request like that from 'me', report it to IT.",
];

describeBatch("fraud typologies, issue 23's second development batch", SECOND_BATCH, SECOND_BATCH_GENUINE);

/**
 * Script elements hold-out set #9 (written blind to the patterns) found missing, in wordings of our
 * own: neither set #9's texts nor the development texts of scripts/corpus/dev-issue23c.ts.
 */
const THIRD_BATCH: [TypologyId, string][] = [
  ["fake_collection", "你那笔网贷的减免方案批下来了，APP还款通道已关闭，你扫我发你的码付首期就行。"],
  ["fake_collection", "钱呢？今天再不到账，明天我们直接去你单位见你们老板。"],
  ["fake_collection", "你喺马上消费金融嘅数拖咗三个月，再唔还我哋就派同事上门搵你屋企人。"],
  ["task_rebate", "招線上小幫手，幫貼文按讚截圖，每則15元，當日領薪，加LINE：ab123"],
  ["investment", "oops wrong number! btw I trade crypto with an AI bot, it made me $900 last week, happy to show you how"],
  ["investment", "大爷您好，国家扶持的养老项目，投两万每月返两千，周六社区开说明会，来了就送鸡蛋。"],
  ["investment", "【金鼎资本】您已获得原始股机构席位资格，未公开发行，详询顾问13812345678。"],
  ["fake_loan", "NEED CASH B4 PAYDAY? up 2 £600 2day, no credit checks, instant decision. reply LOAN"],
  ["fake_loan", "You're approved for £2,000 whatever your credit history. Pay a refundable insurance bond of £70 to release your funds."],
  ["fake_loan", "Bad credit? We approve everyone for loans up to $3000. Text your full name and SSN to get started."],
  ["fake_loan", "我们是正规网贷平台，给您留了一个免息名额，额度三万，需要的话我把下载链接发您。"],
  ["customer_service", "【拼多多】您购买的商品存在质量问题，平台将为您办理退款，请联系退款专线13912345678。"],
  ["customer_service", "Amazon: an order for a $650 TV was placed on your account. If you didn't make it, press 1 and an agent will reverse the charge."],
  ["customer_service", "您好，我是某宝客服，您的店铺保证金未缴纳，需要在今天内补交99元，我发您缴费方式。"],
  ["police_impersonation", "这里是中通快递，您的包裹被查出夹带多张银行卡，我现在把电话转到公安局刑侦大队，请您说明一下情况。"],
  ["police_impersonation", "Interpol: your ID was used in a drug trafficking case. Call the agent within 24 hours or face arrest."],
  ["police_impersonation", "你寄的包裹里发现违禁物品，我们已经报警了，你马上跟警官联系，电话13912345678。"],
  ["police_impersonation", "这里是区疾控中心，您的行程记录异常，请配合流调，提供一下身份证号码和银行卡号。"],
  ["police_impersonation", "我是市公安局反诈中心的，您的账户有被诈骗风险，请下载我们的软件进行资金保护。"],
  ["credit_repair", "Bad credit? We wipe CCJs off your credit file in 21 days, guaranteed. Small fee. Reply YES"],
  ["credit_repair", "您好，我是金融监管部门的，您名下还有一个学生贷没有结清，今天不处理会影响征信。"],
  ["credit_repair", "【征信中心】您的信用报告存在异常查询，请于本周内登录 http://zx-yiyi.top/1 申请异议处理。"],
  ["acquaintance", "李科长好，我是陈局，这是我新的工作号，先加一下好友，有事要安排你。"],
  ["acquaintance", "Hi, it's your CEO. Stuck in meetings all day, need you to buy some gift cards for a client. Keep this between us."],
  ["acquaintance", "各位家长好，我是班主任王老师，本学期资料费每人300元，请扫我发的收款码缴费，缴完截图发我。"],
  ["acquaintance", "爸，是我，我跟人打架了，现在被拘留了，要交两万保释金，快打给我，千万别告诉妈。"],
  ["acquaintance", "阿姨，我是小丽的室友，小丽出车祸了正在抢救，她让我给您打电话，快打两万手术费过来。"],
  ["acquaintance", "Hi, it's Dan from accounts, this is my personal number. The boss asked me to buy Google Play cards for a client, can you help? I'll pay you back."],
  ["acquaintance", "表哥，我是小军，我在外地住院了要交手术费，卡里的钱一时取不出来，你先借我一万行吗？"],
  ["police_impersonation", "这个案子是保密的，你不能告诉任何人，否则就是泄露国家机密，要负法律责任。"],
  ["credit_repair", "您把花呗和借呗的额度都借出来，转到我们的账户核销，核销完成后原路退还给您。"],
  ["customer_service", "您的快递丢失了，我们给您三倍理赔，您在页面里填写一下银行卡号和预留手机号就能到账。"],
  ["game_trade", "小朋友，恭喜你获得和平精英限定皮肤，领取需要用爸爸的手机扫码验证。"],
  ["game_trade", "這號我要了，但別在那個平台交易，手續費太高，去我常用的交易網站掛上去。"],
  ["romance", "宝贝，我出车祸了在医院，医生说要先交押金才能手术，你能不能先转我五千？"],
  ["military_purchase", "我们是消防大队的，明天要订60份盒饭，领导还要几条好烟，你先帮我们垫一下。"],
  ["prize", "恭喜您被选为本月幸运用户，获得价值5000元的大礼包，请拨打13712345678确认领取。"],
  ["prize", "恭喜你喺周年抽奖中咗头奖，奖金3000，你要先交298行政费我哋先可以过数。"],
  ["premium_rate", "您有一条语音留言未收听，请拨打125901234收听，信息费2元/分钟。"],
  ["premium_rate", "You may be owed compensation for an accident that wasn't your fault. Call 070 1234 5678 to claim."],
  ["account_lock", "【工商银行】您尾号1234的借记卡因未完成年审已被止付，请回拨客服13612345678办理解除。"],
  ["account_lock", "HSBC ALERT: a new payee was added to your account. If this wasn't you, call 07700 900123 to freeze it."],
  ["tax_refund", "【人社局】您符合职业技能提升补贴发放条件，补贴金额2000元，请扫码登记领取。"],
  ["tax_refund", "我是税务局的，您有一笔个税可以退，现在去附近的ATM，插卡后按我说的操作，先把界面换成英文。"],
];

/** Genuine notices of the kinds set #9 found flagged, and genuine uses of the words this batch added. */
const THIRD_BATCH_GENUINE = [
  "【招联金融】您申请的借款未通过审核，感谢您的关注。本平台从未委托第三方收取解冻费、保证金等任何费用。",
  "【马上消费金融】您的账单已逾期30天，我司已委托律师事务所发送催收函，请登录官方APP处理或致电95533协商还款。",
  "【顺丰速运】您寄出的快件在运输中破损，已按保价规则赔付300元至寄件支付账户，无需额外操作，如有疑问请致电95338。",
  "【中国移动】尊敬的客户，您已获赠10GB流量，本月有效，无需办理，回T退订。",
  "【中国移动】尊敬的客户，您已获赠500积分，可在中国移动APP兑换话费，回T退订。",
  "【花呗】您申请关闭花呗的操作已完成，已关闭，不影响征信。",
  "【京东金融】您的白条已逾期3天，将影响征信，请尽快登录京东金融APP还款。",
  "爸，我在医院做了个小手术，已经出院了，医保报销了，不用打钱。",
  "【城东派出所】您报案的案子已有进展，请明天上午来所里说明情况。",
  "【深圳法院】您的案件已立案，请登录诉讼服务网查看，如有疑问请致电12368。",
  "【淘宝】您购买的商品质检不合格，平台已为您自动退款，无需任何操作。",
  "Amazon: we've refunded £12.99 to your card. If you didn't request this, contact us via the app.",
  "Lloyds: a new payee 'J Smith' was added. If this wasn't you, call us on 0345 300 0000.",
  "儿子，你游戏充值用了妈妈的手机，下次先问一下。",
  "嫂子，我是你老公的同事，他喝多了手机没电，让我跟你说一声，他今晚在我这住，别担心。",
  "【农业银行】您尾号1234的借记卡因长期未使用已被止付，请携带身份证到就近网点办理解除。",
  "Barclays: a new payee was added to your account. If this wasn't you, call us on the number on the back of your card.",
  "Your Monzo card payment of £2.99 was declined. If this wasn't you, call the number on the back of your card.",
  "【中国银行】理财产品说明会将于周六举行，欢迎到就近网点参加。理财有风险，投资需谨慎。",
  "【实验小学】各位家长：本学期教材费已通过学校统一缴费平台收取，学校不会通过个人收款码收费。",
  "你好，我们是消防队的，明天要在你们店订30份盒饭，中午来取，到时现金结账。",
  "【王者荣耀】恭喜您获得限定皮肤体验卡，已发放至游戏邮箱，请在游戏内领取。",
  "【人社局】您申请的技能提升补贴已发放至您的社保卡，无需办理其他手续。",
  "【中国电信】您的号码已成功办理5G套餐，套餐外国内通话0.15元/分钟，回T退订。",
  "宝贝，我在医院陪妈妈做检查，一切都好，晚上回家再说。",
  "【XX市公安局】请下载国家反诈中心APP，守护您的钱袋子。",
  "【派出所】您好，您的电动车已找回，请携带身份证和购车发票到派出所认领。",
  "【招联】您的借款合同及结清证明已生成，可在App“我的-借款记录”中下载。如有疑问请联系在线客服。",
  "hi dad it's me, new number as I switched to giffgaff. save this one! see u sunday",
  "Vodafone: you've been given 10GB of extra data this month, it's been added automatically. No need to do anything.",
];

describeBatch("fraud typologies, script elements hold-out set #9 found missing", THIRD_BATCH, THIRD_BATCH_GENUINE, () => {
  it("a gift already given is still a lure when the text asks for something all the same", () => {
    expect(judge("【中国移动】恭喜您获赠话费200元，无需办理，请回复身份证号码和服务密码领取。").suspicious).toBe(true);
  });
  it("a lender's overdue notice naming its lawyers is a script again when it moves the money to a private account", () => {
    expect(judge("【马上消费金融】您的账单已逾期30天，已委托律所发送催收函，请登录官方APP查看，今天内转到专员个人账户结清。").suspicious).toBe(true);
  });
});

/** Script elements hold-out set #10 (written blind) showed missing, in our own wordings: none is a set #10 text. */
const FOURTH_BATCH: [TypologyId, string][] = [
  ["romance", "不好意思发错人了😅 不过看你朋友圈头像好有气质，能认识一下吗？"],
  ["romance", "Oops sorry wrong number! You seem lovely though, where are you from?"],
  ["romance", "Hi dear, I'm a widower working as an offshore engineer, I came across your profile and felt a connection. Can we chat on Telegram?"],
  ["romance", "我是在迪拜石油平台工作的单亲爸爸，看到你的资料很有眼缘，加个微信慢慢聊好吗"],
  ["romance", "我在陌陌上看到你的，那边说话不方便，加个微信吧 wx8899"],
  ["romance", "小哥哥一个人在家好寂寞，想不想一对一视频？下载这个软件充值开会员就能看"],
  ["acquaintance", "阿妈，我部手机跌咗，而家用朋友部机，急需五千蚊交学费，你转去呢个户口先，迟啲还你"],
  ["acquaintance", "Hi Dad, it's me, this is my new number, old phone is broken. Can you message me on WhatsApp?"],
  ["police_impersonation", "這裡是健保署，您的健保卡在外地被人冒用看病，我們已經通報警方，稍後會有檢察官跟您聯絡，請先不要掛斷電話。"],
  ["police_impersonation", "【最高检】王芳涉嫌洗钱已被列为网上追逃对象，查看通缉令请登录 http://gjj-zt.top/a"],
  ["investment", "各位学员，明早主力拉升，为保证收益请今晚把资金转入我们的机构专用账户，操作有疑问找助理。"],
  ["investment", "【鼎信证券】诚邀您参加明晚免费直播课，课后送三只金股，回复1报名。"],
  ["fake_loan", "应急钱找我，免面签，十分钟到账，放款前先交手续费800，加扣扣12345678"],
  ["credit_repair", "兄弟，你征信花了我能帮你弄干净，好多人找我搞过了，先给两百定金"],
  ["game_trade", "出王者荣耀账号，全皮肤，只要800，转账后马上换绑，私LINE聊"],
  ["premium_rate", "积分即将清零，回复DH到10661234兑换礼品，信息费5元/条"],
  ["tax_refund", "【社保中心】您有一笔2800元的失业补助尚未领取，回复1获取办理方式。"],
  ["tax_refund", "【人社局】您的年度个人补贴已下发，请扫描附件二维码领取，逾期作废。"],
];

/** Genuine texts with the words this batch added: an honest mistake, an office raffle, benefits paid in person or automatically. */
const FOURTH_BATCH_GENUINE = [
  "Sorry wrong number! Hope you find who you're looking for.",
  "不好意思发错了，这条是给我同事的。",
  "Congratulations, you've won the team raffle! Collect your voucher from reception on Friday.",
  "【社保中心】您的失业补助已发放至社保卡，无需办理。",
  "【人社局】您申请的补贴尚未领取，请本人携带身份证到就近服务大厅办理。",
  "妈，我手机坏咗，用同事部机同你讲声，今晚唔返嚟食饭。",
  "Hi Mum, it's me, new number! Save it x",
  "我们在探探上聊过的，周末一起吃饭吧？",
  "【腾讯视频】开通VIP会员即可观看热门剧集，首月充值仅需6元。",
  "您的话费积分将于月底清零，可登录中国移动APP兑换，回T退订。",
  "【鼎信证券】本周六举办投资者教育直播课，理财有风险，投资需谨慎。",
];

describeBatch("fraud typologies, script elements hold-out set #10 found missing", FOURTH_BATCH, FOURTH_BATCH_GENUINE, () => {
  it("a 'mediation fee' to pay today, to an account sent privately, is a fake collector's demand", () => {
    const result = judge("我是招联金融法务部的，你的案子马上开庭，现在走调解还来得及，调解费五百今天转，账号私发给你");
    expect(result).toMatchObject({ typology: "fake_collection", suspicious: true });
    expect(result.signals).toContain("repayment_channel_private");
  });
});

/**
 * Script elements the blind tuning sets #12 and #13 showed missing, in our own wordings. Above all
 * transcripts: a call written as labelled turns ("骗子：", "对方：", "A:") is no advisory, even when a
 * label or the victim says "骗子", and its ask comes turns after its pretext.
 */
const FIFTH_BATCH: [TypologyId, string][] = [
  [
    "police_impersonation",
    "骗子：您好，这里是市医保中心，您的医保卡在外地被盗刷了\n受害人：不可能吧\n骗子：可能是身份被冒用了，我帮您转接公安局\n骗子：我是刑警队王警官，你涉嫌一起洗钱案，需要配合资金核查\n受害人：那怎么办\n骗子：把你名下存款转到我们的监管账户，核查完原路退回",
  ],
  [
    "police_impersonation",
    "A: This is Officer Singh from the cyber crime cell. A parcel in your name with drugs was seized.\nB: I never sent anything.\nA: You are under digital arrest. Stay on video call and don't disconnect.\nB: OK\nA: Transfer your savings to the verification account so we can check the funds are legal.",
  ],
  ["fake_loan", "对方：您的贷款审核通过了，先交三千保证金就放款\n我：你们不会是骗子吧\n对方：我们是正规平台，保证金放款时一起退给您\n我：好吧"],
  ["fake_collection", "对方：你在我们平台的分期已经延滞90天了\n我：我有在还啊\n对方：今天要补缴，你现在到ATM，我一步一步教你操作"],
  ["investment", "【证券】您已开通VIP跟投权限，享内部配资1:10，详询13812345678（非官方渠道请勿相信）"],
  ["acquaintance", "姐，我在国外转账不方便，你先帮我给这个账户打8000块学费，钱已经转你了你看截图，晚点到账"],
  ["acquaintance", "我是小李，换了新号，加一下我新微信lx2020，有事跟你说"],
  ["game_trade", "Free V-Bucks! Claim 5,000 V-Bucks now by logging in here: http://vb-free.top/x"],
  ["game_trade", "Hey, I accidentally reported your account on Roblox, contact the admin @rbx_help to fix it before it's banned"],
  ["customer_service", "Your refund was accidentally processed twice, please send back the difference in Google Play cards today"],
  ["customer_service", "Your Netflix membership will auto-renew today for £89.99. If you did not authorise this, call our cancellation team on 020 7946 0000."],
  ["fake_loan", "【速借】放款前需购买履约保险，费用1500元，请转到业务员个人账户"],
  ["romance", "我是珍爱网的红娘，有位女士想认识您，需要先交600元见面诚意金"],
  ["police_impersonation", "Police Scotland: you are required to assist an investigation into money laundering linked to your account. Failure to comply will result in arrest."],
  ["premium_rate", "Win a holiday! Text WIN to 85222. $1.50/msg, 3 msgs/wk"],
];

const FIFTH_BATCH_GENUINE = [
  "【招联金融】已收到您的征信异议申请，我们正在核查，处理结果将短信通知。",
  "我明天去派出所做笔录，是我报的警，手机被偷的事",
  "【建设银行】您的房贷本月应还3200元，保费已随月供扣除。",
  "Hi, your Netflix membership renews on 12 Mar. Manage it any time in your account settings.",
  "对方：明天几点到？\n我：十点左右\n对方：好的，我在楼下等你",
  "我刚收到一条短信说我医保卡被冻结了，要我点链接，肯定是假的，大家小心点",
  "【浦发银行】近期有不法分子冒充我行客服以“降低利率”为由要求转账，请勿上当。",
  "【政务服务中心】您的家电补贴已发放至支付账户，申领不收取任何费用，不需要提供验证码。",
  "【拼多多】您的理赔已通过，赔付金额已退至原支付账户，无需另外提供银行卡信息。",
  "【国家反诈中心】提醒：\n时间：近期\n内容：凡是自称公检法要求转账到安全账户的都是诈骗\n电话：96110",
];

describeBatch("fraud typologies, script elements the blind tuning sets #12 and #13 showed missing", FIFTH_BATCH, FIFTH_BATCH_GENUINE);

describe("transcripts", () => {
  it("are three labelled lines with a speaker who speaks twice", () => {
    expect(isDialogue("骗子：你好\n受害人：你好\n骗子：你涉嫌洗钱")).toBe(true);
    expect(isDialogue("A: hi\nB: who is this\nA: the police")).toBe(true);
    expect(isDialogue("  對方 ： 您好\n我：對\n對方：請到ATM")).toBe(true);
  });
  it("are recognised when the turns were joined into one line, by two speakers at least", () => {
    expect(isDialogue("骗子：你好 受害人：你好 骗子：你涉嫌洗钱")).toBe(true);
    expect(isDialogue("left: hello is this Tom? right: yes left: this is the bank's fraud team")).toBe(true);
    expect(isDialogue("时间：周六 地点：社区中心 联系人：王老师")).toBe(false);
    expect(isDialogue("备注：已付 备注：待发货 备注：已签收")).toBe(false);
  });
  it("are not a notice with fields, each named once, nor one labelled line", () => {
    expect(isDialogue("时间：周六\n地点：社区中心\n联系人：王老师")).toBe(false);
    expect(isDialogue("【招商银行】尊敬的客户：您的账单已出。")).toBe(false);
    expect(isDialogue("骗子：你好\n骗子：在吗")).toBe(false);
  });
  it("cost one pass however long the lines (a label is at most ten characters)", () => {
    expect(isDialogue(`${"\t".repeat(5000)}${"x".repeat(5000)}:`)).toBe(false);
    expect(isDialogue("A:1\n".repeat(5000))).toBe(true);
  });
});

describe("the reader's own turns in a transcript", () => {
  // A genuine courier's hotline: the customer retells a scam call, the agent says what the courier never does.
  const genuineHotline =
    "客服：您好，某某速运客服，请问有什么可以帮您？\n客户：我的杯子到了，碎了一个。昨天还有个人打电话说是你们客服，要给我理赔，让我加他QQ，是你们吗？\n客服：不是的，理赔都在App的订单页面申请，我们不会让您加QQ、下载其他软件或者共享屏幕。\n客户：好，那我在App里申请。\n客服：好的，还有其他问题吗？";
  it("are not read as the script: a customer's retelling and the agent's 'we never' ask nothing", () => {
    expect(withoutReaderTurns(genuineHotline)).not.toContain("加他QQ");
    const { signals } = analyseContent(genuineHotline);
    expect(signals).not.toContain("repayment_channel_private");
    expect(signals).not.toContain("screen_share_or_app");
  });
  it("leave the caller's turns whole, and a turn whose label was broken by noise ends the blank", () => {
    expect(withoutReaderTurns("坐席：您开通了百万保障，每月扣费800元\n客户：我没开过\n坐席：我帮您取消，您打开支付宝看一下备用金")).toBe(
      "坐席：您开通了百万保障，每月扣费800元\n客户：。坐席：我帮您取消，您打开支付宝看一下备用金",
    );
    expect(withoutReaderTurns("坐席：您好 客户：我没开过啊 坐 席·：我帮您取消，打开支付宝")).toContain("我帮您取消，打开支付宝");
    expect(judge("坐席：您开通了百万保障，每月扣费800元 客户：我没开过 坐 席·：我帮您取消，您打开支付宝看一下备用金，把额度转到我们指定的账户").suspicious).toBe(true);
  });
  it("are only blanked when another side speaks too, and neutral labels say nothing of who is who", () => {
    expect(withoutReaderTurns("客户：你好\n客户：在吗\n客户：加我微信")).toBe("客户：你好\n客户：在吗\n客户：加我微信");
    expect(withoutReaderTurns("A: hi\nB: add me on WhatsApp\nA: ok")).toBe("A: hi\nB: add me on WhatsApp\nA: ok");
  });
  it("are not the script when they retell a scam or disown it, whoever speaks", () => {
    const friends = "A: 周末吃饭吗\nB: 好啊。对了我昨天收到一条短信说我中奖了，要先交500手续费，笑死\nA: 那是诈骗，别理\nB: 早删了";
    expect(withoutReaderTurns(friends)).not.toContain("手续费");
    expect(judge(friends).suspicious).toBe(false);
    // A scammer's "we are no scammers" keeps his turn.
    expect(withoutReaderTurns("客服：我们不是骗子，您把验证码报给我\n用户：好\n客服：快点")).toContain("验证码报给我");
  });
  it("reads 'you didn't give the code to anyone?' as no request", () => {
    expect(analyseContent("客服：您没有把验证码告诉别人吧？\n用户：没有\n客服：那就好").signals).not.toContain("asks_verification_code");
  });
  it("are set aside when the model reads the whole call as genuine: a bank's own reminder call names 征信 and 逾期 and asks nothing", () => {
    const call =
      "坐席：您好，这里是某某银行信用卡中心，请问是王先生吗？\n客户：是我，什么事？\n坐席：您的信用卡账单逾期15天了，逾期会影响征信，也会产生违约金。\n客户：最近忙忘了，我今天就还。\n坐席：好的，您在手机银行里点信用卡还款就可以，或者到任意网点柜台还。\n客户：明白，谢谢。\n坐席：不客气，再见。";
    const analysed = analyseContent(call);
    expect(analysed.scamLanguage.tier).toBe("low");
    expect(analysed.signals).toEqual([]);
    expect(analysed.typology).toBeNull();
    // The same words as one message keep what the rules found: only a transcript is read as a whole.
    expect(analyseContent(call.replace(/坐席：|客户：|\n/g, "")).signals).toContain("legal_threat");
  });
  it("are not set aside when small talk pads a script: the model reads every passage, not only the whole", () => {
    const script = "客服：您好，您的百万保障服务即将扣费800元，需要取消请加客服QQ 204466881，并打开支付宝备用金转到指定账户。\n";
    const smallTalk = "用户：好的，今天天气不错，我们周末去公园散步吧，记得带上孩子和水杯。\n客服：好的，祝您生活愉快，周末愉快，再见。\n";
    const padded = `${script}${smallTalk.repeat(6)}用户：好`;
    const analysed = analyseContent(padded);
    expect(analysed.scamLanguage.tier).toBe("low"); // the whole reads as genuine…
    expect(judge(padded)).toMatchObject({ typology: "customer_service", suspicious: true }); // …its script does not
  });
  it("still find a scam whose caller asks, however the victim answers", () => {
    const call = "骗子：我是市公安局民警，你涉嫌洗钱，需要把资金转到安全账户配合调查\n受害人：好的我转，转到安全账户是吗\n骗子：对，这件事不要告诉任何人";
    expect(judge(call)).toMatchObject({ typology: "police_impersonation", suspicious: true });
  });
});

/** Script elements the blind tuning sets #14 (the real-text goal's typologies) and #15 (short spam) showed missing, in our own wordings. */
const SIXTH_BATCH: [TypologyId, string][] = [
  ["fake_collection", "李先生，您在某贷平台的债务已转让给我公司，原账户已停用，请今天把4000元还到新的还款账户，详询13900001111"],
  ["fake_loan", "Your loan is approved! An insurance of £350 is required before disbursement and will be refunded later. Call now."],
  ["customer_service", "【抖音】您的直播会员已自动续费68元/月，如需取消请添加客服kf8899办理，今天不处理无法退款。"],
  ["customer_service", "Amazon: a purchase of an iPad was made on your account. If you did not make this purchase, call our support team at 1-800-555-0199."],
  ["customer_service", "WARNING: your computer is infected with a virus. Do not shut down. Call tech support on 0800 123 4567."],
  ["customer_service", "eBay: your refund of $80 is pending, call 1-888-555-0142 to release it"],
  ["police_impersonation", "这里是国家反诈中心，监测到您的资金正在被诈骗分子转移，请配合下载安全防护APP，把余额转入保护账户。"],
  ["police_impersonation", "您的社保卡在外地被盗刷1200元，转接公安机关请按9"],
  ["police_impersonation", "网警通知：有人用你的名义在暗网办理银行卡参与电信诈骗，请立即添加办案民警微信jx110做笔录"],
  ["acquaintance", "各位家长好，我是班主任，原来的群被封了，请大家加入新群 http://class-fee.top/a 缴纳资料费"],
  ["acquaintance", "家长您好，我是王老师，孩子的研学活动要先交定金3000元，名额紧张，请转到我个人账户"],
  ["acquaintance", "哥，我是小丽，出车祸了在医院，先打一万过来，别告诉我爸妈"],
  ["acquaintance", "你女儿在学校跟同学打架受伤了，对方要500医药费，我是班主任张老师，速转"],
  ["game_trade", "收和平精英号，高价秒结，加Q 12345678"],
  ["game_trade", "未成年游戏充值可全额退，加V kf2233 办理"],
  ["romance", "老公，我们的婚房首付就靠这个平台了，你再充一万就能提现了，相信我"],
  ["romance", "Hi dear, I'm a US soldier stationed overseas, I found your profile and would love to know you better"],
  ["romance", "附近的人：我就在你附近，今晚有空吗 http://meet-now.top/1"],
  ["romance", "寂寞吗哥哥？附近美女陪聊，加V mm5566"],
  ["credit_repair", "逾期洗白，黑户变白，查询次数清零，加Q 998877"],
  ["premium_rate", "Call 09066 123456 now for your free psychic reading! Calls 1.50ppm"],
  ["parcel_fee", "你的快递在驿站放太久了，需要交保管费30元，加V kd1234"],
  ["account_lock", "URGENT: your bank card has been blocked. Call 0800 111 2222 now"],
  ["tax_refund", "【ETC】您的ETC通行费有一笔退款480元，请点 http://etc-tf.top/a 办理"],
];

const SIXTH_BATCH_GENUINE = [
  "【农业银行】您有一笔300元的交易因风控规则被拦截，如为本人操作，请在手机银行内确认后重新交易。",
  "lol just got a text saying I'd won a car, scammers are getting creative",
  "姐，我想跟你借五千周转一下，下个月还你，我给你打借条，你要是手头紧就算了，千万别勉强。",
  "【中通快递】您寄出的快件因收件地址有误被退回，请登录官方APP查看。",
  "Your card has been blocked after three wrong PINs. Please call us on the number on the back of your card.",
  "各位家长好，下周一起使用新的家长群，请扫学校公众号里的二维码入群，不收任何费用。",
  "老公，我在商场，刚充了会员卡，晚上回家吃饭",
  "Amazon: your refund of $25 has been processed to your original payment method.",
];

describeBatch("fraud typologies, script elements the blind tuning sets #14 and #15 showed missing", SIXTH_BATCH, SIXTH_BATCH_GENUINE);

/** Script elements hold-out set #11 (written blind, measured once, then retired) showed missing, in our own wordings. */
const SEVENTH_BATCH: [TypologyId, string][] = [
  ["task_rebate", "【某东】诚聘线上推广员，动动手指每天300元，宝妈学生都可以，回复Y了解"],
  ["task_rebate", "恭喜成为VIP学员，今晚导师发布高佣垫付单，单笔返佣15%，群内接龙报名"],
  ["investment", "股友您好，明天有重大利好消息，详情加扣扣123456789"],
  ["fake_loan", "【快贷】您的额度已提升至8000元，今天是最后领取日，回复1立即到账"],
  ["police_impersonation", "您好，這裡是台北地檢署，您的帳戶涉嫌洗錢，已列為警示帳戶，請將存款轉入監管帳戶證明清白，切勿告知他人"],
  ["police_impersonation", "这是区法院的传票通知，你有一起未处理的诉讼，请回复1查看详情"],
  ["romance", "亲爱的，我这边有个投资机会，我已经赚了不少，你要不要也试试？"],
  ["investment", "那个平台我又赚了2000，我表哥在里面做技术，知道漏洞，你先充100试试水"],
  ["premium_rate", "Missed call about your parcel. Please ring 0871 234 5678 to arrange delivery. Call charges apply."],
  ["account_lock", "您的饿了么账号在异地登录，如非本人操作，请把收到的验证码回复给本号码核实"],
];

const SEVENTH_BATCH_GENUINE = [
  "【淘宝】验证码123456，您正在进行退款操作，切勿告诉他人。",
  "【美团】您的账号在异地登录，如非本人操作，请登录美团APP修改密码。",
  "今天股友群聚餐，晚上七点老地方，回复一下来不来",
  "【招商银行】您的账户在新设备登录，如非本人操作请拨打95555。",
];

describeBatch("fraud typologies, script elements hold-out set #11 found missing", SEVENTH_BATCH, SEVENTH_BATCH_GENUINE);

describe("a call's own lines are no advisory", () => {
  it("keeps an unlabelled call script a script when the victim doubts and the caller denies being a fraudster", () => {
    const result = judge("喂，你好，我是市公安局的，你的身份证涉嫌一起洗钱案。你是骗子吧？我们不是骗子，你不要相信别人，现在把钱转到我们的安全账户配合调查。");
    expect(result).toMatchObject({ typology: "police_impersonation", suspicious: true });
  });
  it("still reads a warning that quotes a caller's words as an advisory", () => {
    expect(judge("【反诈中心】提醒：自称公安要求把钱转到安全账户的都是诈骗，请勿相信。").suspicious).toBe(false);
  });
});

/** Script elements the blind tuning set #17 (unlabelled call transcripts, romance, genuine-heavy) showed missing, in our own wordings. */
const EIGHTH_BATCH: [TypologyId, string][] = [
  [
    "police_impersonation",
    "hello is this Mark yes who is this this is officer Lee from the cyber crime unit your name is linked to a money laundering case is this a scam no sir this is serious do not hang up I will transfer you to the prosecutor and you must keep this confidential",
  ],
  ["acquaintance", "喂 阿姨呀 我系你外甥 你估下我系边个 我换咗号码 同人撞车要即刻赔钱 你可唔可以帮我转过去 你系咪骗子嚟 唔系呀 你唔好话畀阿妈知"],
  [
    "acquaintance",
    "hi uncle it's me, do you recognise my voice? I changed my number, I'm at the police station and need $300 tonight, can you transfer it to my lawyer's account? this is a scam right? no uncle, please don't tell dad",
  ],
  ["romance", "Morning my queen, did you open the trading account yet? The mentor says gold will jump tonight"],
];

const EIGHTH_BATCH_GENUINE = [
  "【某消费金融】如您还款有困难，可登录APP申请延期，我司不会委托第三方收取任何手续费。",
  "【某银行】您的借款发放失败，收款卡已注销，请在APP内更换本人收款卡后重试，我司不会收取任何解冻费用。",
  "【某区人民法院】您有一起案件将于7月9日开庭审理，请按时到庭。",
  "Beware of scams: we will never ask you for your PIN.",
  "Got a call saying I won a cruise, is this a scam or what lol",
];

describeBatch("fraud typologies, script elements the blind tuning set #17 showed missing", EIGHTH_BATCH, EIGHTH_BATCH_GENUINE);

/** Script elements session 13's probes of real-world wordings and the blind genuine set #20 showed missing or over-read, in our own wordings. */
const NINTH_BATCH: [TypologyId, string][] = [
  ["fake_loan", "代办大额信用卡，包下卡，不看征信，有需要打13912345678"],
  ["fake_loan", "您好，您的信用卡额度可提升至10万，办理请联系客服13800138000"],
  ["acquaintance", "张经理你好，我是刘总，我现在在开会不方便接电话，你先帮我给一个客户转20万，合同回头补。"],
  ["acquaintance", "小陈，我是王局，在开会，有个朋友急用一笔钱，你先转过去，会后我还你。"],
  ["account_lock", "【工商银行】尊敬的客户，您的账户已被动结，请尽快登陆 icbc-kf.top 完成实名认正"],
  ["task_rebate", "hey u want some side income? u just rate hotels on this app n get paid daily, dm my mentor on telegram"],
  ["parcel_fee", "【中通快递】您的包裹派送失败，请添加客服微信zt8866重新预约派送。"],
  ["parcel_fee", "您的快递因运费未付暂存驿站，请扫码补缴后领取取件码。"],
  ["customer_service", "您的视频会员已自动续费，如非本人操作请致电客服13812345678办理退款。"],
  ["acquaintance", "家长您好，原班级群已满停用，请扫码加入新群，本周五前交齐资料费。"],
  ["acquaintance", "各位家长好，我是班主任，请扫码进入新的班级群缴纳资料费：http://class-fee.top/1"],
  ["acquaintance", "妈，我手机坏了，这是同学的号，你先别打电话，我在上课。"],
  ["acquaintance", "Are you at your desk? Need a quick favour, it's urgent. Mark (CEO)"],
  ["acquaintance", "刘明你好，我是市政务中心的王主任，上次一起吃过饭的，加一下我微信wx8899。"],
  ["acquaintance", "李涛，明天上午来我办公室一趟。"],
  ["premium_rate", "Hey it's Jess, missed u! Call me back on 1900 123 456 xx"],
  ["fake_collection", "你是张伟的同事吧？他在我们这借了钱一直联系不上，麻烦转告他尽快处理，不然我们去他单位找领导。"],
  ["tax_refund", "CRA: your GST refund of $120 was sent by e-Transfer. Accept deposit at http://cra-refund.top"],
  ["credit_repair", "征信报告上的呆账可以消，我们有银行内部渠道，费用一次性付清，今天办好。"],
  ["fake_loan", "公积金、保单、车辆均可贷，最高20万，当天到账，咨询19912345678，退订回T"],
  ["acquaintance", "王芳家长您好，我是孩子的班主任，孩子在学校突发疾病已送往医院，需缴手术押金3000元，请尽快转到医院账户，卡号我发您。"],
  ["acquaintance", "刚才那事办好没？对方催得紧，转完截图发我，别在群里说。"],
  ["investment", "Oh sorry, wrong number! But since we're chatting, do you know anything about crypto trading? My aunt showed me a way that pays well."],
  ["investment", "老师：明天早盘机构资金会拉升这只票，还没上车的同学赶紧找助理开通机构专户。"],
  ["customer_service", "退款因为您的信用分不足没能到账，需要您先从借呗里借出一笔验证一下，验证完原路退回。"],
  ["acquaintance", "Hi it's Tom your landlord, new number. Bank details have changed, please pay this month's rent to the new account."],
  ["parcel_fee", "您买的狗狗已经办好宠物托运，到站要交保险费和押金500，不交的话只能滞留在机场。"],
  ["fake_collection", "Hi Tom, recovery dept here. You never repaid the 快贷 loan. Our guys will drop by your office tomorrow to talk to your HR unless you settle today."],
  ["fake_loan", "Sir your loan is sanctioned, only the insurance premium is pending, pay it first and the full amount is credited in one hour."],
  ["credit_repair", "DEBT RELIEF: write off up to 60% of your credit card debt, we negotiate with lenders for you. Free call 13912345678"],
  ["military_purchase", "Hi, army camp here, want to order 60 meal boxes for tomorrow. Our usual supplier does the drinks, can u help buy first and we pay all together?"],
  ["acquaintance", "Good morning, your child's class teacher here. Please pay the trip fee to the new account below, the old one is closed. Keep this quiet please."],
  ["romance", "Hi dear, I'm Amy from Tinder, I work at a bank and can teach you some crypto trading, my aunt is a fund manager."],
  ["prize", "恭喜您上次下单抽中的那台电动车一直给您留着，领车前要先交购置税和上牌费一共3000元。"],
  ["account_lock", "Dear consumer your electricity will be disconnected tonight as last month's bill was not updated. Contact the electricity officer 13912345678"],
  ["premium_rate", "hey its sam from the gym, text me back at 89206, my phone is weird. std msg rates plus 1.50 per msg apply"],
  ["premium_rate", "免費算命，回覆1即可查看結果，資訊費每則5元。"],
  ["premium_rate", "We missed you about your delivery. Call back +882 1234 5678 to confirm the slot."],
  ["romance", "今天是我生日，你能发个520红包给我吗？以后我们就是一家人了。"],
  ["parcel_fee", "您的包裹超时未取产生保管费20元，请点击 http://kd-pay.top/1 支付后取件。"],
  ["acquaintance", "Eh bro guess who? Changed number liao. Can help me PayNow $80 first? Tonight pay u back"],
  ["acquaintance", "Hey long time no see! It's Mark from high school, I'm stranded after my wallet got stolen, could you send me $60? I'll pay you back"],
  ["acquaintance", "Hi, it's your landlord. Our bank details have changed, please send this month's rent to the new account below."],
  ["fake_collection", "Hi Amy, collection team here. Ur loan repayment is overdue 60 days. Pay today or our officer will visit ur house and inform ur family members."],
  ["credit_repair", "Blacklisted by banks? We can clear your credit bureau record for $400, guaranteed. Contact James"],
  ["military_purchase", "Hello, army camp here, need 80 packets of food for training tomorrow. Can u prepay the drinks to our regular contractor first?"],
  ["investment", "姐，那个养老项目每月分红都按时到，我已经回本了，这是最后一期认购，明天就截止了。"],
  ["investment", "See I told you the platform is legit, I withdrew again today. You just put $500 first to test, if can withdraw then put more."],
  ["romance", "Darling, customs are holding the gold I'm bringing for our home, they want a clearance fee of £1500. I would never ask if I had another way, my love."],
  ["premium_rate", "【情感热线】想找人聊聊吗？拨打12590123，在线陪聊，1元/分钟。"],
  ["parcel_fee", "您好我这边是快递，您有个到付件要付49元，我发您个收款码，付完给您放快递柜。"],
  ["military_purchase", "老板，bd采购，订被褥五十套，另需代购军需品，钱一起结，收到回个话。"],
  ["premium_rate", "YOUR FREE TRIAL OF DAILY TAROT HAS STARTED. 4.99 USD/week will be billed to your phone account. Reply STOP to cancel."],
  ["premium_rate", "【彩铃中心】您已成功订购精选彩铃包，信息费30元/月，次月自动续订，退订回复TD。"],
  ["acquaintance", "hey it's coach amy from the club, got a new # lol. quick favor, can u grab 3 apple gift cards for a member? will pay u back, send pics of the codes"],
];

const NINTH_BATCH_GENUINE = [
  "老婆我在开会，晚点回你，你先帮我给物业转一下这个月的物业费",
  "Can u lend me ur charger tmrw, mine broke",
  "【某某派出所】社区民警将于本周六上门开展出租屋登记核查，届时出示警官证，不收取任何费用。",
  "【某市交通局】ETC设备无需年审，不存在“ETC失效需重新认证”的情况，请勿点击不明链接。",
  "【恒信消费金融】您的借款已逾期，结清后征信将正常更新，请通过官方App还款，勿相信任何“征信修复”服务。",
  "【恒信金融】您登记的身份证即将过期，请在App内上传新证件，以免影响借款使用。",
  "【福彩某投注站】您在本站购买的彩票中了二等奖，请凭彩票原件到店兑奖。",
  "【某快递】您有一件到付快件，运费50元，请在签收时支付给快递员。",
  "【天猫】您参与的晒单活动已获奖，奖品将随下一笔订单寄出，无需另付运费。",
  "【某消费金融】限时福利：新用户借款首期利息打折，详情请见App，退订回T。",
  "明天上午九点到我办公室来一趟，把季度报表带上。——张主任",
  "妈，最近有人打电话冒充公安说你涉嫌洗钱，让把钱转到安全账户，千万别信，有事先给我打电话。",
  "爸，以后要是有人说是我换了号码找你借钱，你先打我原来的号码或者视频确认，我不会用陌生号找你要钱。",
  "奶奶，养老金卡我帮您在手机银行上绑好了，短信里的验证码千万别告诉任何人。",
  "lol got another 'you have won an iPhone' text, reported it to 7726",
  "can u pls call the bank for me, been on hold for ages and my lunch break is over",
  "股票群里大家注意仓位，明天开盘前别追高。",
  "【某游戏】您在交易猫出售的角色已成交，确认码676644，请勿在平台外交易。",
  "【某市军队采购】某部队帐篷采购项目的招标公告已在军队采购网公开发布，有意向的供应商请在网上报名。",
  "【某区法院】您申请执行的案件已执行到款12000元，将转入您在申请书中提供的本人账户，请注意查收。",
  "Hey Aunty, it's Anna, Mum said to text u the new address for sunday lunch, will send pin",
  "朋友推荐的那个基金我看了，年化才3%，我先投一点试试水。",
  "Royal Mail: sorry we missed you today. Your item is at your local delivery office. Rebook free at royalmail.com/rebook",
];

describeBatch("fraud typologies, script elements session 13's real-world probes and blind genuine set #20 showed", NINTH_BATCH, NINTH_BATCH_GENUINE, () => {
  it("does not read a loan advert's lure as a threat (不看征信)", () => {
    expect(analyseContent("代办大额信用卡，包下卡，不看征信，有需要打13912345678").signals).not.toContain("legal_threat");
  });
  it("still asks for an ID when the upload goes to a link or a chat contact, not the institution's own app", () => {
    expect(analyseContent("您的贷款审核未通过，请上传身份证照片至 http://dk-app.top 重新认证").signals).toContain("asks_id_or_card");
    expect(analyseContent("请加微信kf88，在App内上传身份证").signals).toContain("asks_id_or_card");
  });
});

/** Session 14: what blind tuning sets #39–#42 showed, in our own wordings. */
const TENTH_BATCH: [TypologyId, string][] = [
  ["fake_loan", "【某银行】联合借呗推出小微经营贷，凭营业执照可贷30万，先息后本，不上征信，加微信dk6688咨询"],
  ["fake_loan", "无工作无抵押也能借 凭身份证秒批 不查征信 QQ 204466881 备注借款"],
  ["fake_loan", "您的借款已进入放款阶段，请下载官方APP完成面签：http://dk-loan.top/app（请勿通过应用商店下载，以免审核失败）"],
  ["police_impersonation", "这里是市社会保险事业管理局，您的社保卡即将失效，如需继续使用请按1转人工服务。"],
  ["acquaintance", "Tom, are you at your desk? Need a quick favour, can't talk right now. Text me back"],
  ["acquaintance", "甲：刘总，钱转过去了 乙：收到，还差一点，你再转八千过来 甲：要不我打电话跟您确认下 乙：我在开会不方便接电话，照做就行"],
  ["acquaintance", "我真的是你表哥啦，不方便影片是因為在開會，你先幫我墊一下3000，晚上就還你。"],
  ["romance", "Hello, I'm a doctor with the UN in South Sudan. Your profile made me smile. Do you believe in love at first sight?"],
  ["romance", "Hi, I think we matched on Tinder but my account got deleted, so I messaged you here. How was your weekend?"],
  ["romance", "不好意思加错好友了，不过你朋友圈挺有品位的，我平时喜欢喝茶看盘，你是做什么工作的呀？"],
  ["premium_rate", "Quiz time! You've reached the final round. Reply A, B or C to answer, 50c per message."],
  ["premium_rate", "宝贝，刚发你的视频看了吗，回复1看完整版，回复即视为同意订阅，3元/条"],
  ["fake_collection", "你别不信，今天不还就起诉，直接打到我们催收部的专户：工商银行 6222 0000 1111，户名写王经理"],
  ["customer_service", "🎁客服：您好这边是拼多多客服，您开通了百万保障服务，每月自动扣费800元 用户：我没开过啊 客服：我帮您取消，您打开支付宝看一下备用金额度"],
];

const TENTH_BATCH_GENUINE = [
  "【某消费金融】您的身份证即将过期，请在安逸花内重新上传证件照片，以免影响借款。",
  "请将本月房租转入以下账户：户名：张先生，开户行：工商银行。",
  "Sorry can't talk right now, in a meeting. Will call you after.",
  "are you at your desk? the printer's jammed again lol",
  "【社保中心】您的社保卡已激活，如有疑问请拨打12333转人工服务。",
  "爸，钱收到了，还差一点的话我明天再转你",
  "我们在珍爱网认识快一年了，下周末一起去见我爸妈吧",
];

describeBatch("fraud typologies, script elements session 14's blind tuning sets showed", TENTH_BATCH, TENTH_BATCH_GENUINE, () => {
  it("reads a transcript whose first label follows an emoji as a transcript", () => {
    expect(isDialogue("🎁客服：您好 用户：你好 客服：请问")).toBe(true);
    expect(isDialogue("★坐席：您好\n客户：嗯\n坐席：请问")).toBe(true);
  });
});

/** Session 14, after hold-out set #43's one measurement: what its misses showed, in our own wordings. */
const ELEVENTH_BATCH: [TypologyId, string][] = [
  ["fake_collection", "【某借条】你本月账单还有3000未结清，本次请勿通过APP还款，改由专员核对后提供的账户入账，回复1获取。"],
  ["fake_collection", "Hi Jason, this is the recovery dept. U still owe $300. We got ur office address, tmr our ppl will come down. Pay tonight, reply ok and i send u the PayNow details."],
  ["premium_rate", "您有一条未读语音留言，请拨打 0204-123456 收听，通话费依电信公司计算"],
  ["premium_rate", "未接来电提醒：号码00882123456于今日呼叫您1次，请及时回电。"],
  ["premium_rate", "欢迎致电情感热线，本次通话按每分钟五块钱收取信息费，请按一号键继续"],
  ["customer_service", "亲，您的kd已丢失，可申请理pei 3000元，请加客服wx：ab123456 处理，过时作废"],
  ["game_trade", "你在闲鱼挂的那个游戏账号我想买，我们走交易猫，你先把账号密码给我看一下有没有皮肤"],
  ["tax_refund", "【某税务局】您的个税退税3200元因账户资料有误退件，请于本月底前至 http://tax-refund.top/a 更新退税账户"],
  ["credit_repair", "您好，我是某某消费金融的回访专员，关于您学生时期开通的一个账户需要跟您确认一下状态，方便的话我稍后来电。"],
];

const ELEVENTH_BATCH_GENUINE = [
  "【某银行】您的个税退税已退至尾号1234的账户，请注意查收。",
  "你那个游戏账号卖掉了没？我同学想买，你们在交易猫上交易就行",
  "【某电信】您订购的每月5元流量包已生效，可在App内退订。",
];

describeBatch("fraud typologies, what hold-out set #43 missed (read after its one measurement)", ELEVENTH_BATCH, ELEVENTH_BATCH_GENUINE);

/** Session 15: scam openers blind tuning set #54 showed missing, in our own wordings. */
const TWELFTH_BATCH: [TypologyId, string][] = [
  ["acquaintance", "hey its me, this is my new number, phone got nicked at the gym. free for a sec? got a favour to ask"],
  ["acquaintance", "王浩你好，我是你初中的李老师，换新微信了，加一下这个：abc12345，有事跟你说。"],
  ["customer_service", "【某支付】您的备用金服务已开通，如非本人操作请联系客服关闭，否则将影响征信。客服：13812345678"],
  ["romance", "Morning sweetheart, slept well? My cousin's trading platform has a bonus window today, I'll show you tonight."],
  ["acquaintance", "姐 我是小峰 骑车撞了人在医院 先转800过来 千万别告诉我妈"],
  ["acquaintance", "ok mum the account's under my friend's name, sort code 12-34-56, please send it today and don't tell dad yet"],
  ["romance", "哥哥，我平时喜欢研究黄金期货，我叔叔是做这方面的，跟着他买从来没亏过。"],
  ["premium_rate", "Welcome to TIPS CLUB! 2 msgs/week at £250/msg, charged to your mobile bill. Txt STOP to 81234 to end."],
];

/** Session 15: script elements the tuning split still missed, in our own wordings. */
const THIRTEENTH_BATCH: [TypologyId, string][] = [
  ["police_impersonation", "此案涉密，不得告诉任何人，包括你的家人。你现在找一个安静的地方，我们开视频给你做笔录。"],
  ["police_impersonation", "这里是通信管理局，您的号码被人用于传送诈骗短信，两小时内将停机，申诉请按9转人工。"],
  ["game_trade", "买家：号我要了，可平台说我的付款被冻结，要你先交2000保证金解冻 卖家：真的假的 买家：你问平台客服，QQ 12345678"],
  ["game_trade", "出售原神帳號 五星全滿 $500 先轉數快後交收"],
  ["premium_rate", "Sorry we missed you! Please call back +225 0712 3456 today."],
];

/** Session 15: what blind tuning sets #56–#58 showed missing or flagged, in our own wordings. */
const FOURTEENTH_BATCH: [TypologyId, string][] = [
  ["fake_collection", "Hello, this is the recovery unit for 某某贷. Your contact list has been exported; pay today or we message all your contacts that you are a debtor."],
  ["fake_collection", "Recovery dept here. U owe Rs 2000. FIR draft is ready. Pay by tonight or we call ur family & office."],
  ["task_rebate", "Hi! I'm a recruiter for an online shop. Remote work: rate products in our app, 20 mins a day, earn $300 daily. Are you interested?"],
  ["police_impersonation", "FINAL NOTICE: a warrant has been issued for your arrest for tax fraud. Call Officer Reed today and do not discuss this with anyone."],
  ["acquaintance", "Hey it's Tunde from secondary school! I'm stranded in Lagos, my card got blocked. Can you send me 20k? I'll pay you back tomorrow."],
  ["game_trade", "喂，我平价放王者荣耀点券，市价一半，先转钱我即刻充，好多人买过。"],
  ["military_purchase", "你好，我们是警察训练学院的，需要大批订购矿泉水，方便加个WhatsApp谈一下细节吗？"],
  ["prize", "恭喜你抽中咗我哋嘅头奖！得闲打返嚟 13812345678 领取。"],
  ["premium_rate", "Someone has a crush on you! Find out who by replying LOVE to 81234. Msgs cost £1.50 each."],
  ["premium_rate", "【某节目】您的号码获得会员抽奖资格，回复Y确认参与，即可每周收到花絮，资费30元/月，由中国移动代收。"],
  ["parcel_fee", "快递员：你好，你有个到付件要收300运费 收件人：我没买东西 快递员：可能是赠品，你扫我微信发你的二维码付一下就行"],
  ["account_lock", "WhatsApp：你的账户在另一部装置登入，如非本人请即刻点击 http://wa-verify.top/x 验证"],
];

describeBatch("fraud typologies, what blind tuning sets #56–#58 showed (session 15)", FOURTEENTH_BATCH, [
  "【某物流】您有一件到付快递，运费18元，请在签收时当面支付给快递员，可扫快递员出示的公司收款码。",
  "Your mate says hi! We're all meeting at the pub at 8, text me back if you're coming.",
  "hey it's Sam from secondary school! long time — are you coming to the reunion next month?",
]);

describeBatch("fraud typologies, script elements the tuning split still missed (session 15)", THIRTEENTH_BATCH, [
  "客服：您好，这里是某平台客服 买家：我买的杯子碎了 客服：请在订单里申请售后，款项原路退回",
  "Hi, it's the school office. Please call back about the legal matter form you signed for the trip, no rush.",
]);

const TWELFTH_BATCH_GENUINE = [
  "hey its me, new number, save it! are we still on for saturday?",
  "【某支付】您的备用金已按时还款，感谢使用。",
  "Morning sweetheart, slept well? Don't forget the plumber comes at 10.",
  // Near misses blind genuine set #55 showed flagged, in our own wordings.
  "【某消费金融】您的账户在新设备登录，借款功能已暂停，请本人登录App完成人脸识别后恢复。",
  "您好，这里是某某快递客服，您投诉的延误件已核实，补偿的30元券已经发到您的账户，您不需要提供任何信息。",
  "【某天气】您已订阅本地天气短信，信息费2元/月，由中国移动代收，发送0000查询退订。",
  "刚才有个电话说是派出所的，让我加QQ做笔录，我直接挂了，你们也小心点。",
  "你要的那个游戏账号我挂到交易平台上了，你在平台下单就行，平台有担保，别私下转账。",
  "Barclays: your account is overdrawn by £4.10. Pay in funds today to avoid a fee.",
];

describeBatch("fraud typologies, scam openers blind tuning set #54 showed missing", TWELFTH_BATCH, TWELFTH_BATCH_GENUINE);

/** Session 15: what blind tuning sets #59–#61 showed, in our own wordings. */
const FIFTEENTH_BATCH: [TypologyId, string][] = [
  ["fake_collection", "NOTICE: your overdue balance with 某某借 has been escalated. Our agents will contact all persons in your phonebook tomorrow unless you pay today."],
  ["task_rebate", "Your task account shows a negative balance after the combination order. To withdraw your earnings, clear the deficit of $300 first."],
  ["customer_service", "Hi, your Shopee order was charged twice. I'm from the refund team, I can reverse it but need you to read me the OTP you receive."],
  ["investment", "Bro the forex group doubled my money last week. Teacher says next round ok, want the app link? Must download from their site, not on App Store."],
  ["acquaintance", "Hey Ben, long time no see! It's Grace from secondary school. This is my new number, add me on WhatsApp pls, got something to ask."],
  ["acquaintance", "房东通知：本人原收款银行卡已注销，本月起房租请转入新账户，户名张某，转账后截图发我。"],
  ["acquaintance", "我是你们孩子的班主任，新建了家长群，入群后缴纳课后服务费300元，不要在原来的群里说。"],
  ["premium_rate", "恭喜您获得免费彩铃，回复Y即可开通，月租15元，由中国联通代收。"],
  ["premium_rate", "Your free wallpapers are ready! Reply GO to subscribe. $4.99/week will be charged to your phone bill."],
  ["game_trade", "恭喜获得某某手游官方周年庆福利，领取限定皮肤请扫码登录，需验证账号密码。"],
  ["prize", "恭喜！您参与的演唱会门票抽签已中签，请在30分钟内添加票务客服ab123456完成锁票。"],
  ["premium_rate", "寂寞吗？真人在线陪聊，发送“HI”到10661234，5元/条，随时取消。"],
    ["credit_repair", "征信修复：逾期、呆账都可消除，内部渠道，不成功不收费，加xx123456"],
  ["prize", "Congratulations, the prize is confirmed! The taxes must be prepaid before release: buy two $100 Apple gift cards and read me the numbers on the back."],
  ["premium_rate", "Missed call from an unknown number. Dial back +882123456 to return the call."],
  ["parcel_fee", "你的快递在我车上，急的话付个50元加急配送费，加我微信abc123我晚上送过去。"],
  ["customer_service", "您好，我是某宝的售后专员，您上周买的电饭煲仓库反馈有点问题，方便加个微信吗？平台上说不太方便。"],
];

describeBatch("fraud typologies, what blind tuning sets #59–#61 showed (session 15)", FIFTEENTH_BATCH, [
  "（银行回访）您好，这里是某银行客服中心，您刚才向新收款人转账5000元，是不是有人让您转到安全账户的？如果有请立即停止操作，我们不会问您要密码。",
  "Agent: thanks for calling, I'll verify you with the questions on file. I won't ask you to read out any OTP.",
  "Download our official app from the App Store or Google Play to see your statement.",
  "【某票务】您参与的演唱会抽签已中签，请在App内30分钟内完成支付，逾期视为放弃。",
    "【某购物】年货节预售开启！定金50元抵300元，户外军用帐篷直降，戳 t.cn/abc 退订回T",
]);

/** Session 15: what blind sets #63 (hard to detect) and #64 (genuine texts a naive filter flags) showed, in our own wordings. */
const SIXTEENTH_BATCH: [TypologyId, string][] = [
  ["fake_collection", "您好，我是某某金融的客户经理，可以帮您申请减免部分罚息，只需先把本期2000元存入我们合作的代收户（户名：王某，个人名下）。"],
  ["fake_collection", "尊敬的客户：因某某金融结算系统升级，原还款渠道暂停使用，本期款项请访问 http://pay-fix.icu/a 完成。"],
  ["fake_collection", "Reminder re your file: still unpaid. Our officer will call at your home and your workplace on Monday; we'd rather not involve your family or employer."],
  ["investment", "您之前在股市的亏损可以申请补偿额度，在我们的合作平台做几笔对冲操作即可挽回损失，详情加企业薇：ab12345"],
  ["police_impersonation", "我是某市公安局的民警，您的身份信息被用于一起资金案件，本案涉密，请勿向家人朋友透露，稍后专人联系您。"],
];

describeBatch("fraud typologies, what blind sets #63 and #64 showed (session 15)", SIXTEENTH_BATCH, [
  "【某借条】法务提醒：您的借款逾期已超过90天，我司将依法提起诉讼。如对欠款金额有异议，请通过在线客服反馈。",
  "幸好你提醒我，网上认识的那个人一直劝我投资，我已经报警了。",
  "Your ticket for Saturday's draw matched 3 numbers. £2.50 has been added to your lottery account.",
]);

/** Session 15: what blind sets #65–#67 showed, in our own wordings. */
const SEVENTEENTH_BATCH: [TypologyId, string][] = [
  ["fake_collection", "我某某金融贷后部的，你那笔欠款拖了90天了。今天别走APP了，APP那边已经锁了，我给你个结算员的卡号，你直接打过去。"],
  ["investment", "Hey it's Sam from the crypto group! Made another 12% on the trading bot, the platform's giving a deposit bonus this week. Want the link?"],
  ["customer_service", "你好，我係某商城客服，你上個禮拜嘅訂單重複扣咗錢，而家幫你退返，麻煩你讀一讀信用卡背面嘅三位數。"],
  ["credit_repair", "Your credit file has missed payments that can be legally removed, a 100+ point increase guaranteed. One-time upfront fee £99."],
  ["credit_repair", "你征信的逾期记录我这边能处理，银行内部有人，三天就能删，费用5000，先付一半。"],
  ["acquaintance", "我是你國中同學啦，還記得我嗎？我換LINE了，你加一下 ab123456，有事問你。"],
  ["game_trade", "Selling cheap diamonds for your game, 50% off! Payment via GCash first then I send within 5 mins."],
  ["premium_rate", "【簡訊通知】恭喜您獲得免費遊戲點數，回覆Y即可領取（本服務每則簡訊費用30元，月租制）"],
];

describeBatch("fraud typologies, what blind sets #65–#67 showed (session 15)", SEVENTEENTH_BATCH, [
  "【某銀行】提提你：你嘅信用卡月結單已經出咗，最低還款額500元。逾期還款會收取利息。銀行唔會透過短訊要求你提供密碼。",
  "Hey, the investing podcast I mentioned is great. Want the link?",
]);

/** Session 15: what blind sets #68 (the seven weakest typologies) and #69 (their genuine look-alikes) showed, in our own wordings. */
const EIGHTEENTH_BATCH: [TypologyId, string][] = [
  ["fake_collection", "【某金融】您的借款已逾期40天，案件已转合作律所，今日结清可申请撤诉，还款请走委外对公通道 http://pay-law.vip/a"],
  ["fake_collection", "我是某借条委外的案件专员，关于你那笔账要核实还款意向。后续请只跟本号码沟通，官方客服那边查不到委外案件。"],
  ["credit_repair", "Declined again? We can clear default listings off your credit file, fixed fee $300 paid before we lodge."],
  ["acquaintance", "hey mam, phone broke so using a temp one, save this. need a favour when u can x"],
  ["acquaintance", "Dad it's me, new number. Can you cover my rent this week? Pls don't call, I'm at work."],
  ["romance", "Hi hon, I sent you a birthday surprise but the courier says there's a pending fee before they release it. Can you pay it first?"],
  ["game_trade", "I'll take your account. Already paid on the middleman site, you just need to verify your seller profile there, one time, refundable."],
  ["investment", "老师推荐的票今天又涨停了，内部消息只给VIP，名额就剩3个。"],
  ["investment", "Your Bitcoin trading account is live. Your account manager will call today to help you make your first deposit."],
  ["investment", "Invest 10k, get 30k in a week. 100% legit, payment proofs on my status. DM now before slots close."],
];

describeBatch("fraud typologies, what blind sets #68 and #69 showed (session 15)", EIGHTEENTH_BATCH, [
  "【某游戏交易平台】您出售的道具已成交，成交价200元，扣除平台服务费后已到账至您的平台余额。",
  "宝，你说的那个网上认识的人靠谱吗？要是他提投资、借钱赶紧拉黑啊。",
  "It's a match! You and Sam liked each other. Say hi - and remember, never send money to someone you haven't met.",
]);

/** Session 15, after hold-out set #53's one measurement: what its misses showed, in our own wordings. */
const NINETEENTH_BATCH: [TypologyId, string][] = [
  ["task_rebate", "【某商城】恭喜您被选为本月优质买家，参与店铺冲量活动可获额外返利，详情添加店长企业微信：ab12345"],
  ["task_rebate", "ur code got u in! first 3 tasks free, level 2 tasks need u to top up $200 to unlock, u get back $260 in 1hr"],
  ["investment", "王總您好，我係某證券嘅客戶經理，有個港股配售計劃，內部價直接入，上市首日平均升幅20%，資料我透過WhatsApp傳俾你。"],
  ["investment", "导师：行情确认了，大家集体加仓，仓位提到八成。群友：我只有一万能上吗？导师：我私聊你，先补到三万能享受机构通道，收益翻倍。"],
  ["fake_loan", "【某银行信用贷】恭喜您获得预授信额度50000元，请于3日内登录 http://loan-act.shop/a 完成激活，逾期额度作废。"],
  ["game_trade", "你個原神帳號我出3000買，喺交易平台交易啦，你上架先要交100上架費，成交後退返俾你。"],
  ["romance", "honey i miss u, i'm stuck abroad, my passport expired and i need $800 to renew it. can u send via western union?"],
  ["military_purchase", "老板：你好 买家：我们是部队的，要采购一批物资，另外还要一批特殊用品你那没有，我给你个供货商电话，你先付钱订了，最后一起结账。"],
  ["premium_rate", "Dear customer, your subscription to 'Daily Tips' is active. Charges: ₹30/day. To unsubscribe SMS STOP to 1234."],
  ["parcel_fee", "顾客：我没买东西啊 快递员：可能是别人寄的，在海关要交3000关税才能放行 顾客：怎么交？ 快递员：我发给你个账户，你转过去就行。"],
];

describeBatch("fraud typologies, what hold-out set #53 missed (read after its one measurement)", NINETEENTH_BATCH, [
  "老板：你好，要点什么？ 买家：两箱矿泉水，送到三楼，到了微信付你。",
  "【某银行】您已获得信用卡预授信额度，可登录手机银行App查看，本行不会通过短信链接要求激活。",
]);

/** Session 15: what the blind check set #70 missed (measured once on the final tree, then read), in our own wordings. */
const TWENTIETH_BATCH: [TypologyId, string][] = [
  ["customer_service", "你好，我係某商城客服，系統出錯誤將你登記咗做VIP會員，每月會扣99蚊，而家幫你取消，麻煩你開一開網上銀行，跟住我指示做。"],
  ["customer_service", "为了方便给您退款，麻烦您下载会议软件，进入会议号123456，打开共享屏幕，我一步步指导您。"],
  ["customer_service", "Shop alert: your order of a laptop is being processed. If you did not authorise this purchase, cancel it at http://order-cancel.top/a"],
  ["fake_collection", "您好，这边是某某消费金融协商中心，关于您那笔借款需要核实一下，方便时回电13812345678找王专员。"],
  ["credit_repair", "TU評級差？我哋有內部渠道幫你清走壞紀錄，唔成功唔收錢，WhatsApp 13812345678"],
  ["acquaintance", "欸我是你表哥啦，我換LINE了。我手機網銀鎖住，可以先幫我匯2000給廠商嗎？晚上就還你。"],
  ["romance", "Morning my queen, I'm on the oil rig till next month and my card won't work here. Could you help me with an iTunes card for internet? I'll pay you back."],
  ["investment", "大佬，呢隻幣下個禮拜上大交易所，而家入場價好抵，群入面有人已經撈咗幾十萬，我send條link俾你：http://coin-vip.shop/a"],
  ["premium_rate", "【免費鈴聲】回覆Y即可每日收到最新鈴聲，每條$10。"],
];

describeBatch("fraud typologies, what the blind check set #70 missed (read after its one measurement)", TWENTIETH_BATCH, [
  "【某消费金融】关于您的借款，如有疑问请致电官方客服95xxx，请勿相信其他号码。",
]);

/** Session 16: what blind tuning sets #72 (early-stage scams) and #73 (genuine look-alikes) showed, in our own wordings. */
const TWENTY_FIRST_BATCH: [TypologyId, string][] = [
  ["customer_service", "【某商城】亲，您上月买的羽绒服因质检不合格已被平台下架，将为您办理300元理赔，请保持电话畅通，专员稍后致电。"],
  ["credit_repair", "客服：注销账户前要核实额度，您打开支付宝看看能借出多少？稍后我教您把额度清零。"],
  ["credit_repair", "Hi, there is a student loan flag on your credit file and the loan forgiveness program closes Friday. Reply YES to check eligibility."],
  ["acquaintance", "来电：喂，听出来我是谁了吗？我换号了，下礼拜去你那边出差，找你吃饭。"],
  ["game_trade", "兄弟，你挂在交易猫的号我要了，不过别在平台上交易，手续费太高，加我QQ我直接转你。"],
  ["game_trade", "saw ur 原神 acc on discord, i'll pay $300 for it. lets use my middleman site so its safe for both of us"],
  ["romance", "hi dear, u look so lovely in ur pic, im a widower working as an engineer on a ship, would love to know you"],
  ["romance", "你好呀，我係喺珍爱网識你嘅，平時好少上呢個app，不如我哋轉去WhatsApp傾？"],
  ["fake_loan", "【某金融】恭喜您获得10万元授信额度，无抵押当天放款，详询VX: dk6688"],
  ["fake_loan", "【某银行】您的信用额度已提升至20000元，请下载速借钱包领取，退订回T"],
  ["fake_collection", "FINAL NOTICE: a lender has authorised collection on your account. Pay $300 to the nominated agent account today or a default goes on your credit file."],
  // Set #77 (a fair sample), in our own wordings.
  ["task_rebate", "宝子们，点赞关注日结，不交押金，手机就能做，有意的扣 877512345 备注兼职"],
  ["romance", "BB，我喺外國唔方便用卡，你可唔可以幫我買張1000蚊嘅禮品卡，send個code俾我？"],
  ["tax_refund", "myGov: you have a new message about your Medicare rebate of $120. Log in to review http://gov-rebate.shop/a"],
  ["account_lock", "Bank alert: a new device has been added to your account. If this wasn't you, call us immediately on 13812345678."],
  // Set #79 (hard scams), in our own wordings.
  ["romance", "hi gorgeous, just off a long shift at the field hospital, the network here is awful. can we move to Telegram? my handle is @doc_5521"],
];

describeBatch("fraud typologies, what blind tuning sets #72 and #73 showed (session 16)", TWENTY_FIRST_BATCH, [
  // Paid when the goods arrive: an unnamed unit's order without the script's ask.
  "您好，我是某部队食堂采购员，下周订100箱矿泉水，送到营区门口，我们验完货当场结账，发票开好就行。",
  "【某商城】您购买的商品因质检不合格已下架，退款已原路退回，无需任何操作。",
  "【某服饰】新品上市，加店长微信：fs8888 领20元优惠券，退订回T",
  "如有疑问，请联系官方客服。",
  // A lender's own app, or a licensed lender's app, is no lure.
  "【360借条】您的额度已提升至5万元，下载360借条APP即可借款，退订回T",
  "【马上消费】您的额度已提升，下载安逸花即可借款，退订回T",
  "【招商银行】您的信用卡额度已提升至5万元，下载掌上生活APP查看，退订回T",
  // A notice warning against paying privately, and a job with no deposit, ask for no fee (set #80).
  "【某平台】您预约的上门维修，师傅将于明早8点到达，电话13812345678。服务费以平台订单为准，请勿私下转账。",
  // A courier's cash-on-delivery code and a bank's own hotline are no private channel.
  "快递员：你好，你有个到付件，运费23元，放门口了，扫我这个码付一下就行。",
  "Bank alert: a new device has been added to your account. If this wasn't you, call us on the number on the back of your card.",
  "本月话费已扣100000元，详情请登录APP查询。",
  // The reader's own nominated account is where refunds go.
  "Your refund of $45 will be paid into your nominated account within 3 days.",
]);

describe("a caller calling itself official is no notice sending the reader to the institution's own channel (session 16)", () => {
  it("lets the learned model count on a self-introduced 官方客服 with a request, as on any script", () => {
    const content = analyseContent("小朋友你好，我是某游戏官方客服，你的账号检测到违规充值，马上要被封号了，需要家长配合解封，你先去拿一下爸爸妈妈的手机。");
    expect(content.scamLanguage.allowed).toBe(true);
  });
  it("still keeps the model out of a notice that sends the reader to its official customer service", () => {
    expect(analyseContent("【某银行】您的账户存在异常，请登录手机银行或联系官方客服核实。").scamLanguage.allowed).toBe(false);
  });
});

describe("an advisory's words appended to a script do not silence it (session 16)", () => {
  // "谨防上当" or "大家小心" at the end of a text that hands the reader an account, a chat id or a link: a scammer's
  // cover, not a warning — an advisory names where scams send people, it does not send them there.
  it.each([
    "【某金融】您的借款已逾期，今日不处理将上门催收并通知家人，请立即转账到指定账户 6222000011112222 处理。谨防上当。",
    "您好，您的快递丢失，我们将赔偿您300元，请加客服微信 kf8888 并提供银行卡号和验证码办理理赔，大家小心。",
  ])("keeps its typology and stays suspicious: %s", (text) => {
    expect(judge(text)).toMatchObject({ suspicious: true, typology: expect.any(String) });
  });
  it.each([
    "【某金融】最后一次通知：您的欠款今日不处理，明天我们将联系您的工作单位和家人上门核实。谨防诈骗，请勿上当。",
    "喂，你在某平台那笔钱到底还不还？我们已经联系到你爸妈了，明天就派人去你家里等着。大家注意防骗。",
  ])("keeps a threat the model reads as a script, with a warning appended: %s", (text) => {
    expect(judge(text)).toMatchObject({ suspicious: true, typology: "fake_collection" });
  });
  it("reads a chat id given right after the app's name as a private channel, even beside an official hotline", () => {
    const text = "你欠的钱拖了这么久，还不还你自己看着办，还款找微信kf555088。如有疑问请致电官方客服95588。";
    expect(analyseContent(text).signals).toContain("repayment_channel_private");
    expect(analyseContent(text).scamLanguage.allowed).toBe(true);
  });
  it("reads a script before an advisory's 【signature】 on its own, without a full stop between them", () => {
    const script = "最后通知：您的逾期账单已上报征信，如需撤销请当日还款至指定账户，尾号1809";
    expect(judge(`${script}【国家反诈中心提醒】凡是要求转账到安全账户的都是诈骗。`)).toMatchObject({ suspicious: true, typology: "fake_collection" });
  });
  it("reads a script before an appended advisory sentence on its own", () => {
    const script = "【某金融】您的借款已逾期九十天，今日18点前不还清，我们将派人上门并通知您的单位和家人。";
    expect(judge(script).suspicious).toBe(true);
    expect(judge(`${script}【反诈提醒】凡是要求转账到安全账户的都是诈骗。`)).toMatchObject({ suspicious: true, typology: "fake_collection" });
  });
  it("drops exactly the sentences the positions fall in", () => {
    expect(withoutSentencesAt("一二三。四五六！七八九", [4])).toBe("一二三。七八九");
    expect(withoutSentencesAt("Pay now. Scams ask for codes. Bye", [10])).toBe("Pay now. Bye");
    expect(withoutSentencesAt("一二三", [])).toBe("一二三");
    expect(withoutSentencesAt("一二三。", [0])).toBe("");
    // A 【signature】 starts a sentence: "…尾号1809【反诈提醒】凡是…都是诈骗。"
    expect(withoutSentencesAt("请还款至指定账户【反诈提醒】凡是转账到安全账户的都是诈骗。", [15])).toBe("请还款至指定账户");
  });
  it("reads a script apart from an appended official hotline", () => {
    const script = "您名下的学生帐号未注销，将影响个人征信，请尽快联系客服15273337323处理。";
    const content = analyseContent(`${script}如有疑问请致电官方客服95588。`);
    expect(Math.min(CONTENT_CAP, contentPoints(content.signals, content.typology, content.scamLanguage.tier))).toBeGreaterThanOrEqual(THRESHOLDS.app.suspicious);
  });
  it.each([
    "【某银行】您的账户已临时冻结，请登录手机银行APP或致电95588解冻。",
    "【某商城】您的退款已原路退回，无需任何操作。",
  ])("leaves a genuine notice with such a phrase as it is: %s", (text) => {
    expect(judge(text).suspicious).toBe(false);
  });
  it("reads '不小心点到的' (clicked by mistake) as no warning to be careful", () => {
    const script = "喂你好 我这边是支付平台客服中心的 您之前开通了一个百万保障服务 很多用户都是不小心点到的 您打开那个屏幕共享 我一步一步教您 您把余额转到我给您的安全账户里 关闭之后再退回";
    expect(judge(script).suspicious).toBe(true);
  });
  it("still reads a genuine advisory as one", () => {
    expect(judge("【反诈提醒】凡是自称客服要求您开启屏幕共享、把钱转到安全账户的都是诈骗，请勿相信，大家小心点啊。").suspicious).toBe(false);
  });
});

describe("a chat id after 客服Q is a private channel (set #77, session 16)", () => {
  it("flags a second-hand platform's 'frozen payment' sent to a QQ number", () => {
    expect(judge("亲，你的订单显示未开通诚信保障，买家的钱冻结了，需要联系官方客服Q137712345开通一下，开通后自动到账").suspicious).toBe(true);
  });
});

describe("small talk padded onto a script does not make the model dissent (session 16)", () => {
  const judge = judgeAsCheck;
  const threat = "【某借条】徐伟，鉴于您长期恶意拖欠，本公司已向您户籍所在地人民法院递交起诉状，如需撤诉，请于今日内联系17746234480。";
  const smallTalk = "妈，我到学校了，这周末不回家了，你和爸注意身体。".repeat(3);
  it("keeps a collector's threat flagged with three lines of a family chat appended", () => {
    expect(judge(threat).suspicious).toBe(true);
    expect(judge(`${threat} ${smallTalk}`)).toMatchObject({ suspicious: true, typology: "fake_collection" });
  });
  it("keeps a boss's errand flagged when the family chat's words join the typology's sentences: a passage still reads as the script (session 17)", () => {
    const script = "在吗？我在开会不方便接电话 有个客户的合同款要先付掉 公司账上暂时走不开 你先帮我转5000元到这个账户 下午回公司就给你报掉 这事先别跟其他人说";
    expect(judge(script).suspicious).toBe(true);
    expect(judge(`${script}${smallTalk}`)).toMatchObject({ suspicious: true, typology: "acquaintance" });
  });
  it("finds the sentences around a stretch", () => {
    expect(sentencesAround("一二。三四。五六。", 3, 4)).toBe("三四。");
    expect(sentencesAround("一二。三四。五六。", 1, 4)).toBe("一二。三四。");
    expect(sentencesAround("一二三", 1, 1)).toBe("一二三");
  });
});

describe("a job advert that asks no deposit (set #80, session 16)", () => {
  it("is no up-front fee, and with the model's reading stays below suspicious", () => {
    const content = analyseContent("【某公司】招聘：周末门店兼职促销员，日薪300元，当天结算，无需任何押金或培训费，有意者携身份证到门店面试。退订回T");
    expect(content.signals).not.toContain("upfront_fee");
    expect(Math.min(CONTENT_CAP, contentPoints(content.signals, content.typology, content.scamLanguage.tier))).toBeLessThan(THRESHOLDS.app.suspicious);
  });
});

/** Session 16: what hold-out set #71 missed (read after its one measurement), in our own wordings. */
const TWENTY_SECOND_BATCH: [TypologyId, string][] = [
  ["task_rebate", "喂 我是群里的派单员 你那个任务显示操作超时了 要再充一笔500进去把订单激活 不然之前的钱提不出来"],
  ["romance", "哥哥，今晚还来直播间陪我吗？帮我刷两个火箭，我就冲上榜一了，拿到奖金我们线下见面好不好"],
  ["romance", "been thinking about u all day. my bank froze my account abroad and i can't pay the hotel, could u lend me $3000 through a crypto wallet? i'll repay u double"],
  ["credit_repair", "我们跟征信中心有合作，内部通道能把你的逾期记录删掉，先交5000的数据处理费就行。"],
  ["game_trade", "bro i'll trade my knife skin for your AK, check my inventory and login through this steam trade link to confirm: http://steam-trade.top/x"],
  ["task_rebate", "【某商城商家招募】宝妈学生兼职，手机做单日结200-500元，详询V：vip8677"],
  ["parcel_fee", "快递员：你的国际件被海关抽检了，要补关税2000，我微信发你一个二维码，你扫一下付了今天就送过去。"],
];

describeBatch("fraud typologies, what hold-out set #71 missed (read after its one measurement)", TWENTY_SECOND_BATCH, [
  "【某快递】您的国际包裹需办理清关，请在官方App上传收件人身份证信息，如需缴纳税费将由海关系统另行通知。",
]);

/** Session 17: what blind sets #83 (scams) and #84 (genuine near misses) showed on arrival, in our own wordings. */
const TWENTY_THIRD_BATCH: [TypologyId, string][] = [
  // The opener in a script's words: the wording model leans to a scam (p ≥ 0.5) where the same idea in a genuine text does not.
  ["acquaintance", "Hi mum it's me, dropped my phone in the loo 🙈 this is my new number, save it. Can you text me back on here when you're free x"],
  ["romance", "babe, my mate at the crypto firm just told me about a new coin listing tomorrow. i'd never tell anyone else this, only you because i trust you ❤️ want me to show you how to set up the wallet?"],
  ["fake_loan", "Hello sir, I am Priya from instant loan dept. Your ₹20000 personal loan is sanctioned. Only file charge ₹299 to be paid on this UPI ID, then loan credited in 30 minutes."],
  // An official site beside a stranger's link does not vouch for the stranger's.
  ["parcel_fee", "【顺丰速运】您的国际包裹已到达海关，需完成清关。请通过 http://sf-qingguan.top/a 上传收件人身份证并缴纳税费，官网 www.sf-express.com 可查。"],
  // Set #85's scripts (half of it openers): a loan advert in a script's words, a task's payout held for more money, a code to lift a ban.
  ["fake_loan", "【快易借】王先生您好，您的信用评估已通过，可借额度最高50000元，不看征信、不查负债，身份证即可办理，额度保留24小时。"],
  ["task_rebate", "Hi dear, your task ID 20931 is stuck in pending review because the merchant order was not paid in full. Pls transfer the remaining $30 to the order account to unlock your payout, then all your commission will be released."],
  ["account_lock", "WhatsApp Support: we received a report that your number is sending spam. To stop the ban, forward us the 6-digit registration code you just got by SMS."],
];

describeBatch("fraud typologies, what blind sets #83 and #84 showed on arrival", TWENTY_THIRD_BATCH, [
  // A courier's or a service's own site is its official channel, not a stranger's link.
  "【顺丰速运】您的国际包裹已到达重庆海关，需完成清关。请打开顺丰速运App或官网 www.sf-express.com 上传收件人身份证并确认税费，如有疑问拨打95338。",
  "DHL Express: Shipment 1234567890 requires import duty before delivery. Pay securely in the MyDHL+ app or at dhl.com. Never pay via links from unknown numbers.",
  "Apple: Your subscription to Apple Music has been renewed for $10.99/month. To manage or cancel, go to Settings or visit apple.com/support.",
  "HMRC: your Self Assessment statement is ready. Sign in to your account at www.gov.uk/personal-tax-account to view it.",
  // The bank's own app between the verb and the ID; a fee already paid through the platform.
  "【农业银行】您尾号2285的卡片因连续输错密码已锁定。您可通过手机银行人脸识别自助解锁，或携带身份证前往网点办理。",
  "【美团】您预约的家电清洗服务已派单，师傅将于5月27日10:15上门。服务费用已在线支付，师傅不会另收现金，如遇加价请在App投诉。",
  "Barclays: Thanks Lisa, we've received your personal loan application and will reply within 2 working days. We'll never ask u 2 pay a fee before your loan is released.",
  "【中信金融】您的实名证件即将过期，请在360借条内重新上传身份证照片，以免影响借款。",
  // A genuine new number reads as genuine: the one idea stays below suspicious.
  "【招联】您的借款合同及结清证明已生成，可在App“我的-借款记录”中下载。如有疑问请联系在线客服。",
  "hi dad it's me, new number as I switched to giffgaff. save this one! see u sunday",
  "妈，我换了个新号，旧号不用了，有事打这个。周末回家吃饭。",
]);

describe("a warning or an official channel appended to a script is read apart from it (session 17)", () => {
  it("reads a collector's private account apart from an appended 谨防诈骗 that dilutes the model's reading", () => {
    const script = "你说没钱？系统显示你名下有建设银行的卡。今天先还最低99元停催，转到我们财务专员的个人卡，走线下减免，比APP里还便宜，过时不候。";
    expect(judgeAsCheck(script).suspicious).toBe(true);
    expect(judgeAsCheck(`${script}谨防诈骗，请勿上当。`).suspicious).toBe(true);
  });
  it("reads a collector's threat apart from an official channel when it gives a mobile to call", () => {
    const script = "【某普惠】您的借款已逾期，本司已将案件委托律师事务所处理，请今日内联系专员 17746234480 协商还款，否则将上门催收。";
    expect(judgeAsCheck(`${script}本短信由官方发送，请登录手机银行APP查看。`)).toMatchObject({ suspicious: true, typology: "fake_collection" });
  });
});

describe("a conversation about a scam's ideas that asks nothing is no script (blind set #88, session 17)", () => {
  it.each([
    "主播：家人们，这款防寒服今天直播间专享价680元，只在我们官方店小黄车下单，别加任何私人微信，那些说便宜的都是假的\n观众：能开发票吗\n主播：可以，订单里申请电子发票\n观众：7天无理由吗\n主播：支持，售后走平台，放心冲",
    "队友：兄弟今晚王者荣耀上不上？三排差一个\n我：上，九点后吧，吃完饭\n队友：好，对了有人私聊我说低价卖号，我没理\n我：别理，买号的十个有九个是找回号的，我们自己练\n队友：哈哈行，晚上见",
  ])("stays below suspicious: %s", (text) => {
    expect(judgeAsCheck(text)).toMatchObject({ suspicious: false, typology: null });
  });
  it("still names the typology of a call that asks for money", () => {
    const call = "客服：您好，这里是某东物流，您的快递在运输中丢失了\n用户：啊那怎么办\n客服：我们给您三倍理赔，您加一下理赔专员QQ 790857505\n用户：好的\n客服：您按专员指导操作，先开通备用金再退款";
    expect(judgeAsCheck(call)).toMatchObject({ suspicious: true, typology: "customer_service" });
  });
});

describe("any sentence put before or after a script is read apart when it pulls the model just below its threshold (session 17), or below 0.5 where the rules see an ask (session 18)", () => {
  it.each(["如非本人操作请忽略。", "今天天气不错，周末一起去爬山吧，记得带水和零食。"])("keeps a phishing text flagged with %s appended", (cover) => {
    const script = "Netflix: Your membership is on hold. We couldn't process your last payment. Update your details: http://login99.icu/5240. ";
    expect(judgeAsCheck(script).suspicious).toBe(true);
    expect(judgeAsCheck(`${script}${cover}`).suspicious).toBe(true);
  });
  it("keeps a genuine notice's own sentences as they are: a bank's transaction notice with a warning stays below suspicious", () => {
    expect(judgeAsCheck("【某银行】您尾号1234的储蓄卡于3月1日消费人民币200元。如非本人操作请忽略。").suspicious).toBe(false);
  });
});

/** Session 17: what blind sets #89 (everyday genuine SMS) and #90 (scam SMS as spam collections hold them) showed on arrival. */
describeBatch(
  "fraud typologies, what blind sets #89 and #90 showed on arrival",
  [
    ["military_purchase", "Hi this is Major Daniel, US Army. Interested in your truck listed online. I'll send a cashier's check for extra, pls refund the difference $500 to my shipper."],
    ["investment", "G'day mate, investment manager here, 15yrs exp. Put in AUD 250 & I'll turn it into 5k in a week via crypto mining. DM me @crypto_672"],
    ["premium_rate", "Sorry missed ur call, it's important pls ring me back on +882 8794 9094 asap - Michael"],
  ],
  [
    // A lender's own overdue notice with its anti-fraud line; a police advisory in English; a mall's draw claimed at its counter.
    "【某普惠】您好，您的借款已逾期，如继续拖欠我司将依法起诉。还款请只使用官方APP，切勿转账至个人账户。",
    "police: no genuine officer will ask you to move money to a 'safe account'. if in doubt, hang up and call 101.",
    "Jurong Point: Congrats, you are a winner in our mall lucky draw. Pls collect your voucher at Level 1 Customer Service with your receipt and IC.",
  ],
);

describeGenuineBelowSuspicious("what blind genuine set #92 showed on arrival", [
    // A disclaimer about personal accounts ("任何要求转入个人账户的均非本司行为") asks for nothing.
    "【某消费金融】您好，您的借款已逾期超过100天，如仍未还款将依法提起诉讼。请通过官方App或对公账户还款，任何要求转入个人账户的均非本司行为。",
    // A coupon already credited, with no fee to pay.
    "【某商城】恭喜您在会员日抽奖中获得99元无门槛券，已自动发放至“我的-优惠券”，无需填写任何信息，也无需支付运费或手续费。拒收请回复R",
]);

describe("what blind scam set #91 showed on arrival", () => {
  it("names a lover's leave fee paid to 'the United Nations' as romance", () => {
    expect(judgeAsCheck("寶貝，我在烏克蘭當戰地醫生，這裡網路很差…我想請假回台灣跟妳見面，但需要向聯合國繳納休假申請費三千美金，妳可以先幫我匯嗎？我回去一定加倍還妳❤️")).toMatchObject({
      suspicious: true,
      typology: "romance",
    });
  });
});

describeGenuineBelowSuspicious("what blind genuine set #94 showed on arrival", [
    // A bank's transfer code with its anti-fraud line naming the scams.
    "【某银行】您正在通过网上银行向尾号2462账户转账2000元，验证码875976。请确认收款人是您认识的人，如遭遇“安全账户”“刷单返利”，请立即停止。",
    // A court's hearing notice that says it never asks for a deposit by phone.
    "【某市人民法院】张娜：您作为原告的（2026）民初3891号案件定于2月20日8:45开庭，请登录“人民法院在线服务”小程序查看传票。法院不会电话要求缴纳保证金。",
]);

describeBatch(
  "fraud typologies, what blind scam set #93 showed on arrival",
  [
    ["romance", "哥哥，今晚我PK要输了，输了要被惩罚😭 你帮我刷几个嘉年华好不好，就差500，等我过了这个月考核，我们线下见面～"],
    ["romance", "刚才视频你看到我了吧，我就是照片上的人，没骗你。我爸住院要做手术，还差9000，我发你医院的收款码，你先帮我垫一下，下个月就还你"],
  ],
  [],
);

describeGenuineBelowSuspicious("what blind genuine set #96 showed on arrival", [
    // A lender's firm overdue notice with its official channels and its own anti-fraud line.
    "某消费金融通知：您的逾期欠款8000元已进入催收阶段，若持续未还款，我司将依法保留向人民法院提起诉讼的权利。请登录官方APP还款或拨打官网公示客服热线协商，勿轻信“代理退息”。",
    // A bank carrying out a court's freezing order, sending the reader to the court.
    "【某银行】根据南京市人民法院协助执行通知书，您尾号1537账户已被司法冻结，冻结金额12000元。本行无法解除该冻结，请直接联系执行法院了解详情，案号以法院文书为准。",
    // A tax preparer's warning.
    "IRS reminder from your tax preparer Michael: the IRS won't call, text or email demanding immediate payment by gift card. Your refund status is on irs.gov 'Where's My Refund'.",
]);

describeBatch(
  "fraud typologies, what blind scam set #95 showed on arrival",
  [
    ["customer_service", "快递员：您好，您那个快递的件丢了，公司赔您5000，我现在在您小区门口\n我：怎么赔？\n快递员：您打开支付宝，把手机背面跟我这台手机碰一碰，NFC一碰就自动退款到账了，不用输卡号\n我：好"],
    ["tax_refund", "MYGOV: YOU HAVE A NEW ATO MESSAGE REGARDING YOUR REFUND. Sign in to view http://vip22.net/6449"],
  ],
  [],
);

/** Session 18: what blind genuine set #104 (real-world-style calls and chats) showed on arrival. */
describe("genuine texts blind set #104 showed flagged", () => {
  it.each([
    // An advisory names what scammers ask for, in Hong Kong's word for them (騙徒): it asks nothing itself.
    "【香港警務處】提提你：騙徒會冒充政府官員、銀行職員或速遞公司，要求你提供個人資料、一次性密碼或者轉賬。如有懷疑，請致電「防騙易」熱線18222查詢。警方絕不會透過電話要求你轉賬。",
    // A supermarket's real draw: the ID is brought to its service desk, the number asked for is a membership card's.
    "喂，您好，是王芳女士吗？我是上海永辉超市的客服，您上周六在我们店消费满额参加了周年庆抽奖，抽中了三等奖，一台电饭煲。\n啊？真的假的？\n是真的，您带着当天的购物小票和身份证，在本月底前到一楼服务台领取就行，不需要交任何费用，也不用邮寄。\n我小票好像扔了。\n没关系，您到服务台报一下会员卡号，能查到当天的消费记录。",
  ])("stays below suspicious and asks for nothing: %s", (text) => {
    const content = analyseContent(text);
    expect(content.signals).not.toContain("asks_id_or_card");
    expect(judgeAsCheck(text).suspicious).toBe(false);
  });
});

/** Session 18: what blind scam set #106 (real-world-style scripts) showed missed on arrival. */
describe("scams blind set #106 showed missed", () => {
  it.each([
    // The "electronic wedding invitation" that installs an app: an old friend's link.
    ["好久不见啦，我下个月结婚了，请柬在这里你看看，一定要来哦😘 http://claim11.net/8626", "acquaintance"],
    // A boss's "private WeChat" to add: the first message of a fake-boss transfer.
    ["好友验证：我是刘总，这是我的私人微信，加一下，有工作安排", null],
  ])("flags it: %s", (text, typology) => {
    const verdict = judgeAsCheck(text);
    expect(verdict.suspicious).toBe(true);
    if (typology) expect(verdict.typology).toBe(typology);
  });
  it("reads 'put ur card details' as a request for card details", () => {
    const text = "ok paid already, check ur email. yes click the link n put ur card details";
    expect(analyseContent(text).signals).toContain("asks_id_or_card");
  });
  it("keeps a relative's wedding invitation sent by post unflagged", () => {
    expect(judgeAsCheck("哥，我下个月结婚，请帖快递给你了，你到时候一定来啊！具体酒店我发家族群了。").suspicious).toBe(false);
  });
});

/** Session 18: what blind genuine set #108 (messages as received) showed flagged. */
describe("genuine texts blind set #108 showed flagged", () => {
  it("reads the order's own fee, paid in the app, as no fee up front", () => {
    const text = "【微信支付】维修师傅已接单，预计15:30上门维修空调，师傅尾号2534，上门前会先与您电话联系，服务费用以App内订单为准。";
    expect(analyseContent(text).signals).not.toContain("upfront_fee");
    expect(judgeAsCheck(text).suspicious).toBe(false);
  });
});
