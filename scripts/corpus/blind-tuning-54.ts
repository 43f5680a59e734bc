/**
 * Blind tuning set #54 (scam only; 8 templates per typology: the OPENING message of each scam or its most casual
 * first ask — wrong-number and "new number" openers, a collector's first reminder, a subscription billed to the phone;
 * session 15). Measured once on arrival (tree f466550), 3 renderings per template: every typology ≥ 87.5 % except
 * acquaintance 75.0 % (customer_service 87.5, romance 87.5, premium_rate 91.7; the rules alone 62.5–100 %).
 *
 * Blind tuning set 54 — SCAM ONLY, hard cases.
 *
 * Written BLIND to the classifier: the author never saw its code, rules, word lists,
 * training data or scores. Every template is the OPENING message of a scam (before any
 * real ask is made) or the first ask phrased as casually as possible: "wrong number" and
 * "do I know you?" openers, "this is my new number, save it", a collector's first polite
 * reminder, a subscription confirmation that is really a premium-rate trap billed to the
 * phone bill / 话费 / 信息费, a first contact from "customer service" about an order.
 * Each still carries at least one hint a careful reader would notice (an unknown chat app,
 * an odd channel or number, urgency, a fee, money going where it shouldn't).
 *
 * Styles: SMS, chat messages (WeChat/QQ/WhatsApp/Telegram/LINE style) and short call
 * transcripts; mostly simplified Chinese, some Taiwan / Hong Kong traditional wording,
 * about a third English (UK, US, SG, AU, IN, PH register).
 *
 * Written from scratch, paraphrasing only public DESCRIPTIONS of scam scripts (no texts
 * or data sets were copied) from: 公安部刑侦局 / 国家反诈中心 anti-fraud advisories and the
 * “国家反诈中心” app case notes; 中国人民银行 / 国家金融监督管理总局 consumer risk warnings;
 * 台灣 165 全民防騙網 and 香港警務處 守網者 (CyberDefender) alerts; US FTC consumer alerts
 * (wrong-number texts, package-delivery and toll texts); UK Action Fraud / NCSC and Ofcom /
 * Phone-paid Services Authority guidance on premium-rate services; Singapore Police Force
 * ScamShield advisories; Australian ACCC Scamwatch; Indian Cyber Crime portal and RBI
 * "BE(A)WARE" booklet; Philippine NTC / PNP-ACG SMS scam advisories.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_54_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}您好，您名下一笔借款已逾期{days}天，本次为首次温馨提醒，暂未上报征信。为避免影响您的信用，请今日内与专员联系，专员微信：{wx}。",
    "{name}先生/女士，打扰了，我这边是{lender}贷后部门的。您在{loanapp}的账单目前已转到我们这里，今天只是先跟您核对一下信息，方便的话加一下我企业微信{wx}，后续还款方式我发给您。",
    "通话记录：“喂，是{name}吗？我们是{city}某律师事务所受{lender}委托的，您那笔{amount}元的欠款，公司这边准备走诉讼流程了。我先跟您沟通一下，看能不能协商，您先别挂，我等下给您一个对公——呃，一个指定账户。”",
    "Hi {fname}, this is a courtesy reminder from {lenderapp} Collections. Your balance of {usd} is {days} days past due. No action has been taken yet. To avoid a field visit, please reply to our recovery officer on WhatsApp {phone} today.",
    "{surname}先生您好，您在{loanapp}的借款今日已到期，系统显示未还款。为方便您处理，我们开通了临时还款通道，扫码即可还款，二维码稍后由专员通过QQ {qq}发送给您，请留意。",
    "您好，这边是{lender}委外催收，今天联系您主要是确认一下，您通讯录里的紧急联系人{name}是您什么人？如果今天{hours}小时内没处理，我们会按流程通知他们协助，您看怎么安排？",
    "【貸後服務】{name}您好，您於{lenderapp}之分期款項已逾期，本通知僅為提醒。如需協商減免，請於今日聯繫專員LINE：{wx}，逾時將轉交法務並通知您的緊急聯絡人。",
    "Dear customer, your loan a/c ending {d4} is overdue. This is not a legal notice yet. To settle at a discount of {pct}% today only, pay to our collection agent's UPI ID shared via {link}. Ignore if already paid.",
  ],
  task_rebate: [
    "您好，打扰了！我们是{app}的招聘专员，看到您之前投过简历。现在有个兼职，手机上给商家点赞就行，每单{small}元，当天结算，不收任何费用。感兴趣的话加我QQ {qq}了解。",
    "Hi! I'm Jessica from a digital marketing agency. We found your profile online. Simple remote job: like YouTube videos and earn {usd} per day, paid daily. Are you interested? Please add me on Telegram {tg} to get started.",
    "【{shop}】亲，恭喜您被选为店铺体验官！只需关注店铺截图，即可获得{small}元红包，立即到账。请添加客服微信{wx}领取，名额有限先到先得~",
    "Hello {fname}, thanks for applying. Our hiring team at {shopen} Partner Program reviewed your CV. The job is rating products online, 30-60 mins a day, earn {usd}-{usd2}. No experience needed. Please contact our HR on WhatsApp {phone} to receive your training.",
    "群消息：“欢迎新进群的宝子们！今天第一单是体验单，关注抖音账号截图发给接待员就能领{small}元，完成后接待员会拉你进任务群，后面还有更多福利任务哦~接待员QQ：{qq}”",
    "Good day po! We're hiring part-time online staff, work from home, earn PHP 500-3000 daily just by liking posts. Legit and no fees. Message our coordinator on Telegram {tg} to start today.",
    "同學你好～我們是{app}網拍助理，現在招居家兼職，幫店家做商品好評，一單{small}元，做完馬上結算。有興趣加LINE：{wx}，會有專人帶你做第一單。",
    "宝，我最近在做一个手机兼职，每天抽空做做任务，昨天领了{amount}。我把带单老师推给你，你就说是我介绍的，第一单免费体验，不用投钱，老师的QQ：{qq}",
  ],
  investment: [
    "Hi, is this Kevin? We were supposed to meet for coffee next week to discuss the property viewing. Sorry, I think I got the wrong number. Anyway, nice to meet you, I'm Linda, I work in finance in Singapore. Do you use WhatsApp?",
    "{name}您好，我是{company}的投资顾问助理。我们首席分析师本周在免费直播讲解牛股，已带学员连续抓到{n}个涨停。现邀您加入内部交流群，完全免费，群号请加我微信{wx}获取。",
    "【股友福利】{name}，您已被选中进入“{company}价值投资学习群”，群内老师每天免费分享3只潜力股，仅限前{n}名。点击{link}下载专属交流APP进群。",
    "Hey {fname}, long time no see! Oh sorry, wrong person. My bad. By the way your profile pic looks nice, are you into crypto? I've been doing some arbitrage on a new exchange lately and it's been good. Happy to share if you're interested.",
    "您好，我是之前在炒股群里跟您聊过的小李。我们导师最近拿到一个内部新股申购额度，机构专用通道，中签率很高。我先问问您，手上大概有多少闲钱可以参与？不着急，先了解一下。",
    "投資群通知：恭喜{name}獲得{company}VIP免費體驗名額，本週由首席分析師帶領操作台股及美股，勝率{pct}%。請加入LINE群組{wx}，每日盤前提供選股，不收任何費用。",
    "Good evening sir, this is Ravi from {company} Wealth. We are offering a SEBI-approved stock tips programme with {pct}% monthly returns, zero risk. Our mentor is taking only {n} new members this week. Shall I add you to our WhatsApp group?",
    "通话记录：“您好，我这边是{company}的，我们不是推销啊，就是做一个市场调研，您平时有没有在做股票或者基金？……有的话呀，我们这边有个老师，每天免费在群里讲盘，您留个微信，我拉您进去听听，不收费。”",
  ],
  fake_loan: [
    "【{loanapp}】尊敬的{name}，您的信用评估已通过，预授信额度{amount}元，无需抵押，最快{hours}小时放款。请点击{link}完善资料后即可申请提现。",
    "{name}您好，我是{loanapp}的信贷经理，您之前申请的贷款已经审核下来了，额度{amount}，年化很低。因为您的银行卡信息填写有误，资金暂时被冻结，我加您微信{wx}跟您说下解冻流程，很简单的。",
    "Hi {fname}, good news! You are pre-approved for a personal loan of up to {usd} with no credit check. Funds in 24 hours. Just a small refundable processing fee applies. Reply YES or chat with our agent on WhatsApp {phone}.",
    "您好，這裡是{lender}專員，看到您有資金需求。我們現在有低利信貸專案，免保人、免照會，最快當天撥款。方便的話加LINE：{wx}，我先幫您試算額度，完全免費。",
    "通话记录：“喂，您好，这边是{loanapp}，您前两天在我们平台申请了借款对吧？已经通过了，额度{amount}。就是系统显示您的流水不太够，可能需要先做一下流水，这个我们后面会详细跟您说，您先加一下我的QQ，{qq}。”",
    "Dear customer, your loan of Rs. 50000 from {loanapp} is approved. To release the amount, verify your account by paying a refundable GST fee of Rs. 999 at {link}. Offer valid {hours} hours.",
    "{name}你好，学生党也能借，凭身份证即可申请，额度{small}元到{amount}元，不看征信、不查负债。感兴趣的话回复1，稍后专员会联系你说明首期“会员服务费”的事。",
    "Hello, this is Mark from QuickCash Lending. Your application for {usd} has been approved! Before disbursement we need a one-time insurance deposit of {usd2}, fully refunded with your first payment. Can you confirm your email so I can send the agreement?",
  ],
  customer_service: [
    "【{shop}】尊敬的用户，您好！您购买的{goods}经质检部门抽检存在质量问题，已被下架。为保障您的权益，我们将为您办理三倍赔偿，请保持电话畅通，专属客服稍后与您联系。",
    "您好，我是{courier}理赔专员，您单号{d12}的包裹在运输途中丢失，非常抱歉！我们这边按照规定给您做{amount2}元的理赔，请问您现在方便吗？需要您加一下理赔专员微信{wx}登记一下。",
    "通话记录：“您好，请问是{name}吗？我这边是{app}客服，系统显示您之前不小心开通了我们的百万保障服务，下个月开始每月自动扣费{small}元，您是否知道这个情况？……不知道的话我这边帮您取消，您先别挂。”",
    "Hi {fname}, this is {shopen} Customer Support. We noticed an order of {goodsen} for {usd} placed from your account. If you did not authorise this purchase, please call our fraud team at {phone} immediately to cancel and get a refund.",
    "{name}您好，您在{shop}的订单因仓库爆仓无法发货，我们将全额退款并额外补偿{small}元。因系统升级，退款需通过人工通道办理，请下载客服指定的会议软件，我们会协助您操作。",
    "親愛的會員您好，這裡是{shop}客服。由於系統錯誤，您上次的訂單被誤設為批發商等級，將每月自動扣款。請於今日內聯繫客服專線{phone}取消，以免造成扣款損失。",
    "Dear customer, your Amazon Prime membership will auto-renew today for {gbp}. If you did not request this, press 1 to speak to an advisor, or call us back on {phone}. Our advisor may ask you to install a support app to process the refund.",
    "【{app}】您的“备用金”额度{amount}元已开通，若非本人操作，请尽快联系官方客服关闭，以免影响您的征信。客服电话：{phone}。",
  ],
  police_impersonation: [
    "通话记录：“喂，是{name}吗？这里是{city}市公安局刑侦支队，我姓{surname}，警号{d6}。你的身份证涉嫌被人冒用，开户办理了一张{bank}的卡，涉及一起洗钱案件。你先不要紧张，找一个安静没人的地方，我们需要跟你做个笔录。”",
    "【{gov}】{name}，您的医保卡在{city}存在异常刷卡记录，涉嫌违规套取医保基金{amount}元，已被暂停使用。如有疑问请于今日内回电{phone}，逾期将移交公安机关处理。",
    "您好，这里是电信管理局，您名下的一个号码在{city}被用于发送诈骗短信，{hours}小时后您名下所有号码将被停机。如非本人办理，请按9转人工，我们帮您转接当地公安备案。",
    "This is an automated message from the Singapore Police Force. Your NRIC has been linked to a money laundering case, case number {case}. Press 1 to be connected to the investigation officer. Do not discuss this case with anyone.",
    "{name}你好，我是{city}市人民检察院的，案件编号{case}。你涉嫌一起非法集资案，现在通知你配合调查。本案属于保密案件，不要告诉家人朋友，请下载我们的视频会议软件，稍后给你远程做个视频笔录。",
    "Hello, this is Officer Daniel Wright from HM Revenue and Customs. There is a warrant issued under your name for unpaid tax. Before we hand it to the local police, we are giving you a chance to resolve it by phone. Please call back on {phone} today.",
    "通話記錄：「您好，這裡是中華電信客服，您申辦的門號積欠電話費，已被檢舉涉及詐騙……我們幫您轉接{city}警察局刑事組，請不要掛斷……您好，我是偵查隊{surname}警官，您的帳戶涉及洗錢案，需要做資金清查。」",
    "Hi, this is Customs Officer Lee from the Hong Kong Customs. A parcel under your name containing {n} fake passports was intercepted. This is a serious offence. We will transfer you to the mainland public security bureau for a statement. Please stay on the line.",
  ],
  credit_repair: [
    "{name}同学您好，我是{app}金融客服。根据国家最新政策，大学期间开通的校园贷账户需要在本月底前注销，否则将影响您的个人征信。请问您现在方便处理吗？",
    "【征信中心】您好，系统检测到您名下存在一笔异常借贷记录，已影响征信评分。如非本人办理，可免费申请征信修复，请添加专员微信{wx}登记。",
    "通话记录：“您好，是{name}吗？我是{app}的，您在读书的时候是不是开通过学生账户？……现在监管要求全部清理，需要您配合注销，不然会上征信，以后买房买车贷款都受影响。我加您QQ一步步教您操作。”",
    "Hi {fname}, your credit score has dropped by {n} points due to an unresolved account. Our Credit Repair Specialists can remove negative items in as little as {days} days, guaranteed. Call {phone} for a free consultation.",
    "您好，您名下有一笔{loanapp}逾期记录已上报征信。我们是专业征信修复机构，与银行内部有合作渠道，可帮您消除不良记录，先咨询后收费。详情加微信{wx}。",
    "【{lenderapp}】尊敬的用户，您的账户因长期未使用已被标记为“异常账户”，需在{hours}小时内完成注销，否则会产生违约记录。点击{link}立即处理。",
    "Dear customer, your CIBIL score is low due to an old loan entry. We can update it to 750+ within one week through our bank network. Limited slots. WhatsApp us at {phone} for details.",
    "{name}您好，我是{lender}征信部门的。您早年间开通的一个小额借贷账户还没注销，现在国家要求清理，我先跟您核对下信息，等下会有专员用QQ共享屏幕帮您操作，整个过程不会扣您一分钱。",
  ],
  acquaintance: [
    "{name}，我是{surname}总，这是我新号码，存一下。明天上午来我办公室一趟。",
    "Hi Mum, this is my new number, my old phone broke. Save this one. Can you message me on WhatsApp when you get a sec?",
    "{name}你好，我是你{school}的{surname}老师，换新微信了，以前那个不用了，加一下这个：{wx}，班级群的事情要跟你说一下。",
    "老同学，还记得我吗？我是{surname}，以前坐你后面的。刚找到你号码，我现在在{city}，加个QQ {qq}叙叙旧呗。",
    "Hey it's me, got a new number. Lost my phone at the airport lol. Can you save this and delete the old one? Also are you free? Need a small favour.",
    "小{surname}啊，我是{surname}局，我现在在开会不方便接电话。有个朋友急需周转一下，你那边方便先帮我垫一下吗？回头我让财务给你打回去。这事别声张。",
    "爸，我手机掉水里了，这是我同学的号。我现在在学校，要交一下资料费，你先打到我同学卡上好吗？别跟妈说，她会担心。",
    "阿{surname}，是我啊，我换咗新電話，舊嗰個唔用喇。你記得save低，我WhatsApp同你講少少嘢。",
  ],
  game_trade: [
    "兄弟，你在{gameplat}挂的那个{game}账号还卖吗？我诚心要，价格好说。不过那个平台手续费太高了，我们换个平台交易吧，我发你个链接{link}。",
    "【{game}】恭喜您在周年庆活动中获得限定皮肤一款！请于{days}日内登录{link}领取，逾期作废。",
    "Hey, saw your {game} account listing. I'd like to buy it for {usd}. Can we do the trade on a middleman site instead? It's safer for both of us, I'll send you the link on Discord.",
    "你好，我是{gameplat}的客服，你出售的账号买家已付款，但是由于你的账户未开通保证金，资金暂时被冻结。我加你QQ {qq}帮你解冻。",
    "{game}低价出金币，比官方便宜{pct}%，量大从优，安全可靠。需要的加微信{wx}，先发货后付款也可以谈。",
    "通话记录：“你好，是你在卖{game}的号对吧？……我看了，挺满意的，我这边已经在交易平台上付了{amount}，但平台说你要先交一个认证费才能到账，你去问问平台客服吧，我把客服QQ发你。”",
    "Free {game} skins giveaway! Top {n} players in your region qualify. Just log in with your Steam account at {link} to claim. Ends in {hours} hours.",
    "小朋友你好，我是{game}官方客服，你获得了免费领取皮肤的资格。需要你拿爸爸妈妈的手机扫一下码确认身份，我发你二维码，不要告诉家长哦，是惊喜。",
  ],
  romance: [
    "Hi, is this Amy? It's Grace from the yoga class, I'm texting from my new WhatsApp. Are we still on for dinner on Friday? If I got the wrong number, sorry, but maybe we can be friends anyway?",
    "Sorry, I think I have the wrong number. I was trying to reach my friend about a golf game. But you seem nice, may I know where you are from? I'm Michael, an engineer working on an oil rig.",
    "你好，请问是{name}吗？上次在{city}的展会上加过你……哦不好意思，我好像认错人了。不过也是缘分，我叫{fname}，在国外做跨境贸易，可以交个朋友吗？",
    "【{romanceapp}】有{n}位异性看过你的资料，其中一位给你发来了私信：“你好，看了你的照片觉得很有眼缘，方便加个微信聊聊吗？我的微信是{wx}”",
    "哈囉，我是在{romanceapp}上跟你配對的Vivian，這個APP訊息常收不到，我們換LINE聊好嗎？我的ID是{wx}。",
    "Hello dear, I saw your profile on {romanceapp} and I couldn't stop thinking about you. I'm a US Army doctor currently deployed in Syria. I don't use this app much, can we talk on Telegram {tg}?",
    "{name}你好，我是你前阵子在{romanceapp}上认识的小雪呀。我最近跟我舅舅学了一点数字货币，每天都有收益，下班后我们聊聊，你也了解一下？",
    "Good morning sweetheart, I hope you slept well. I dreamed of you. Today is a busy day for me, my uncle's trading platform opens a special window at noon. I'll tell you more later, I just want you to be happy.",
  ],
  military_purchase: [
    "老板您好，我们是{city}武警部队的后勤处，想在您店里采购一批{goods}，数量{n}件，请报个价。我们部队采购流程比较严格，需要走对公转账。",
    "通话记录：“您好，是{shop}的{surname}老板吗？我是部队的采购员，姓{surname}，想订{n}份盒饭，明天中午送到营区门口。另外我们还需要一批部队指定的{goods}，你那边没有的话我给你介绍个供货商。”",
    "{surname}老板你好，我们单位要搞活动，需要采购{goods}，你帮我们从指定厂家进一下货，货款你先垫付，我们部队财务下周统一结算给你，利润给你{pct}个点。",
    "您好，我是{city}某部队的司务长，我们营区需要订购{n}套{goods}，预算{amount}元。我们有固定的供货商，麻烦您代为采购一下，我们按市场价再加{pct}%付给您。",
    "Hi, I'm Sergeant Thomas from the local army base. We'd like to order {n} units of {goodsen} for our unit. Payment by bank transfer after delivery. We also need some specialised supplies from our approved supplier, could you source those for us?",
    "老闆你好，我們是國軍{city}營區的採購，想跟你訂{n}份便當。另外我們需要一批指定廠商的{goods}，可以麻煩你先幫忙墊款訂貨嗎？貨到後統一匯款給你。",
    "你好老板，我是公安局的，我们局里要订{n}桶水和一批{goods}，急用。我看了你们店评价挺好。另外还有一些专用物资需要你帮忙联系一下我们合作的厂家，他们电话{phone}。",
    "Good day, this is Captain Reyes of the Philippine Army logistics office. We will purchase {n} pieces of {goodsen} for our barracks. Our supply officer will contact you. Please prepare a quotation today, we need it urgently.",
  ],
  prize: [
    "【{app}】恭喜您在年度用户回馈活动中被抽中二等奖，奖品为{goods}一台，请于{days}日内登录{link}填写收货地址领取。",
    "Congratulations {fname}! Your mobile number has been selected as a winner in our monthly draw. You have won {gbp}. Claim at {link} before midnight.",
    "{name}您好，我是{tvshow}节目组的工作人员，恭喜您被抽为本期场外幸运观众，将获得现金{amount}元及{goods}一台。详情请联系节目组{phone}。",
    "恭喜你！你在{shop}的订单被抽中为幸运订单，可免费获得{goods}一份，只需承担运费{small}元。点击{link}领取。",
    "Dear customer, you have won a brand new {goodsen} in our loyalty raffle! Your claim code is {d6}. To receive your prize, call our claims desk on {phone}. Terms apply.",
    "【{tvshow}】您已被系統抽中為本期幸運觀眾，獲得獎金{amount}元。請登錄{link}輸入驗證碼{d4}查看領獎詳情。",
    "Hi there! Your WhatsApp number was picked in the Coca-Cola anniversary promo. Prize: {usd}. Please reply with your full name and city so our agent can contact you.",
    "{name}，你好！你参加的“{app}周年庆”抽奖活动中奖了，奖品已经准备好。请加领奖客服QQ {qq}确认身份信息。",
  ],
  premium_rate: [
    "【订阅成功】感谢您订购“每日运势”服务，资费{small}元/条，每日1条，费用从话费中扣除。退订回复TD。",
    "Thanks for joining ALERTS+! You'll get 3 msgs/week at {gbp}/msg, billed to your phone bill. Txt STOP to 8{d4} to end. Help? Call 09{d6}.",
    "FREE MSG: You've been entered to WIN a {goodsen}! Txt WIN to 8{d4} to confirm your entry. {gbp}/msg, 18+ only.",
    "您好，您已成功开通“彩铃精选包”，信息费{small}元/月，从下月起自动续订，从话费中扣除。如需取消，请回复0000。",
    "Someone has a secret crush on you! To find out who, txt CRUSH to 8{d4}. Msgs cost {gbp} each, billed to your mobile account.",
    "Missed call from an unknown number? You may have a voicemail. Call 09{d6} to listen. Calls cost {gbp} per minute from landlines, more from mobiles.",
    "【{operator}】尊敬的客户，您已获赠{n}天免费试用“影视VIP”，试用期满后按{small}元/周收取信息费，从话费中扣除，回复Q退订。",
    "Your ringtone subscription is now active. Welcome! You'll be charged {usd} per week on your phone bill. Reply STOP to cancel. Customer care: 1-900-{d3}-{d4}.",
  ],
  parcel_fee: [
    "【{courier}】您好，您的快递{d12}因地址不详无法派送，已退回{station}。请于{hours}小时内点击{link}更新地址，并支付{small}元二次派送费。",
    "{courieren}: Your parcel {d12} is on hold due to an unpaid shipping fee of {gbp}. Please pay within {hours} hours at {link} or it will be returned to sender.",
    "USPS: Your package could not be delivered due to an incomplete address. Please confirm your details within 12 hours: {link}",
    "您好，我是{courier}的快递员，您有一个国际包裹被海关扣了，需要缴纳关税{amount2}元才能放行。我加您微信{wx}把缴费方式发给您。",
    "Hi, this is the {courieren} driver. I'm outside your place with a parcel but no one answered. Can you reschedule here? {link} Small redelivery fee applies.",
    "【{courier}】您的包裹已到达本地，因包裹重量超出预付标准，需补缴运费{small}元后派送。请扫描包裹附带的二维码补缴。",
    "Singapore Post: Your item {d12} is held at our facility. A customs charge of S$2.50 is due. Pay now to avoid return: {link}",
    "India Post: Your package has arrived at the warehouse but cannot be delivered due to incomplete address information. Please update within {hours} hours: {link}",
  ],
  account_lock: [
    "【{bank}】尊敬的客户，您的账户因长期未进行实名认证，将于明日被冻结。请登录{link}完成认证，以免影响正常使用。",
    "{appen}: Unusual sign-in activity detected on your account. For your security, your account has been temporarily locked. Verify your identity at {link} to restore access.",
    "Netflix: Your membership is on hold. We're having trouble with your current billing information. Update now to continue watching: {link}",
    "【{app}】您的账户检测到异常登录，已被限制使用。如非本人操作，请在{hours}小时内通过{link}进行身份验证解除限制。",
    "Apple ID: Your account has been disabled for security reasons. To unlock, please confirm your information within 24 hours: {link}",
    "【ETC服务】尊敬的车主，您的ETC卡已失效，将于今日停用。请点击{link}重新认证，以免影响通行。",
    "{banken}: A new device was registered to your account. If this was NOT you, call our fraud department immediately on {phone}.",
    "您好，我是{bank}风控中心的，系统显示您的银行卡今天在{city}有一笔异常交易，为了保护您的资金，您的账户已被临时冻结。请问您现在方便核实一下吗？",
  ],
  tax_refund: [
    "【个税】尊敬的纳税人，根据2024年度个人所得税汇算清缴结果，您可申请退税{amount2}元。请于{days}日内登录{link}办理。",
    "HMRC: You are eligible for a tax refund of {gbp}. To claim, please submit your details at {link}",
    "【{gov}】您好，您符合{city}市本年度个人补贴发放条件，补贴金额{amount2}元，请扫描附件二维码领取。",
    "IRS: Your economic impact payment of {usd} is ready for deposit. Confirm your banking information at {link} to receive it.",
    "【医保局】您的医保账户有{amount2}元余额可申请退回，请于{date}前登录{link}办理，逾期作废。",
    "myGov: You have a pending refund of {usd} from the ATO. Please verify your identity to receive it: {link}",
    "通话记录：“您好，这里是{city}市社保中心，您有一笔{amount2}元的生育津贴一直没有领取，今天是最后一天了。……领取需要先开通一个补贴专户，我加一下您微信{wx}，把办理链接发给您，很快的。”",
    "ETC：根据最新政策，您的ETC卡可享受通行费退款{small}元，请通过{link}填写银行卡信息申领。",
  ],
};
