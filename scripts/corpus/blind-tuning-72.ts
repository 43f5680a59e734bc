/**
 * Blind tuning set #72 (scam only; 10 templates per typology of the EARLY and MIDDLE stages of each scam, one or two
 * hints each; session 16). Measured once on arrival (tree f9aa771, model tiers 0.975), 3 renderings per template:
 * mean recall 89.4 %, 9 of 16 typologies ≥ 85 % (game_trade 63.3; credit_repair, romance, premium_rate, tax_refund
 * 80.0; customer_service 83.3). A fifth of its misses had model probabilities of 0.94–0.97; with the tiers at 0.95
 * (the next commit, chosen by cross-validation) it read 94.0 %, 15 of 16 (game_trade 73.3). Then tuned on.
 *
 * Blind tuning set 72 — SCAM templates only, 10 per typology (16 typologies).
 *
 * Theme: the EARLY and MIDDLE stages of each scam as victims actually receive them:
 * first contact plus the second or third message, where the pretext is built
 * (order problem, account anomaly, a "case", old friend's new number, loan
 * pre-approval, task-group invite, game buyer, dating match, a unit's order)
 * and the sender only starts steering toward the ask (add a contact, install a
 * meeting/app, call back, confirm details, move chat, follow a link, keep quiet).
 * Each template carries only one or two warning hints, in varied wording.
 *
 * Written BLIND to the classifier: no source, rules, tests or data of the
 * classifier were consulted. Styles: terse SMS with and without 【】, chat
 * messages, labelled and unlabelled call transcripts, ASR-style speech with
 * fillers, Traditional Chinese (Taiwan) and Hong Kong Cantonese, typos and emoji,
 * and roughly a quarter English (UK, US, SG, MY, AU, IN, PH, NG, ZA).
 *
 * Wording is original. Only the public DESCRIPTIONS of scam scripts were
 * paraphrased, from: 国家反诈中心 / 公安部刑侦局 public awareness notices and
 * typical-case bulletins, 中国人民银行 and 国家金融监督管理总局 consumer risk
 * alerts, Taiwan 165 反詐騙諮詢專線 advisories, Hong Kong Police ADCC
 * (反詐騙協調中心) / Scameter notes, Singapore Police ScamAlert, UK Action Fraud
 * and Ofcom / PSA premium-rate guidance, US FTC consumer alerts, Australia
 * Scamwatch, India Cyber Crime portal advisories, SABRIC (South Africa) alerts.
 * No real message texts or data sets were copied.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_72_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【贷后管理】{name}，您在{loanapp}的借款已逾期{days}天，本中心受托跟进，今日内请回拨{phone}核对还款方案，未联系将转外访。",
    "[喂|您好]，是{name}吗？我这边{lender}贷后部的，呃，你那个账单系统里一直挂着没处理啊，你紧急联系人填的是你[母亲|爱人]对吧？下午我们先跟她核实一下，你要是不想家里知道，加我微信{wx}我单独给你弄个方案。",
    "{name}，您名下{amount}元欠款已列入本周诉前调解名单，案号{case}。调解员工号{d4}，请{hours}小时内添加QQ{qq}登记，逾期视为放弃调解。",
    "Hi {fname}, Recoveries Unit here acting for {lender}. Your outstanding balance of {usd} has been queued for a field visit in {city}. To put the visit on hold, message our officer privately on WhatsApp today — don't reply to this number.",
    "催收员：你好，{surname}先生是吧，你在{loanapp}有一笔{amount}的欠款。\n客户：我没借过这个啊。\n催收员：系统里是你身份证注册的，你要觉得有误会，我们可以帮你做个“协商结清”，但得先加我们法务微信核一下，不然明天材料就递到{city}法院了。",
    "{name}您好，這裡是債權管理組，您於{loanapp}之款項已逾期，本組將於{date}派員至您戶籍地及任職公司了解狀況。如需協商請加LINE ID：{wx}，勿直接回覆此簡訊。",
    "Dear customer ur loan acct w {lender} is in arrears. Our agent will visit ur office this wk, pls settle via the NEW collection acct to avoid embarassment. details {link}",
    "{name}，你的{amount}元今天18点前还不处理，我们会按通讯录逐个通知，说明情况。自己看着办，处理入口 {link}",
    "嗯喂您好啊，这边是那个{lender}委托的，呃，第三方处理中心啊，就是您之前那个{amount}块钱那笔，现在已经是要走司法程序了啊，然后我们这边呢可以给您最后一次机会，等下我发您一个二维码，您先扫码交一部分，剩下的给您停息挂账。",
    "{name}你好，你喺{loanapp}嘅借款已經拖咗{days}日，我哋會聯絡你公司同屋企人。想私下解決就WhatsApp {phone}，今日之內覆，唔好再拖。"
  ],
  task_rebate: [
    "亲，恭喜被选为{shop}店铺体验官～只需给指定商品点赞截图，每单佣金{small}元，日结不压款。感兴趣回1，带教老师拉您进群🙋",
    "hi {fname}! I'm Emma from a digital marketing agency 😊 we're hiring part-time reviewers — like a few videos & get {usd} daily, paid same day. Mind if I send details on Telegram? {tg}",
    "【群公告】新进的宝子们欢迎～今日福利任务第一轮已开始，关注指定抖音号截图发给接待员即得{small}元红包。完成三单后进入进阶任务区，进阶单需先垫付，返{pct}%，名额有限哦。",
    "您好～我是{shop}招募小幫手，在家用手機幫店家按讚、加購物車就有獎金，一單{small}元，免押金。有興趣加LINE：{wx} 了解一下喔🌸",
    "【{app}】您的兼职资格已开通，每日1-2小时，月入{amount}+，下载任务APP：{link} 注册邀请码{d6}",
    "喂你好，我这边做那个网店推广的，嗯，就是招一些手机兼职，你有空的时候帮我们点点关注，一单几块钱，嗯对，当天结，你要愿意的话我拉你进QQ群{qq}，里面有接待老师带你。",
    "Hello, your CV was shortlisted for a remote role with flexible hours. Tasks: rate hotel listings on our platform, earn up to {gbp} a day. Reply YES and your mentor will WhatsApp you.",
    "Gud day! Part time job offer 100% legit 😀 just follow some pages & screenshot, RM{small} per task. Add my whatsapp to start: {link}",
    "第二单完成啦～{name}你的佣金{small}已到账哈，后面是组合单，要连做3单才能一起提现，本金加佣金一起返，做不做你决定哦😉",
    "你好呀，我哋公司招兼職，喺屋企用手機幫客戶刷好評，每單有{small}蚊佣金，做完即刻出糧。有興趣加我Telegram {tg}，同你講詳細。"
  ],
  investment: [
    "{name}您好，我是{company}助理小林，{surname}老师本周在直播间免费分享三只潜力股，已为您预留席位，回复“1”拉您进学习群。",
    "Hi, is this {fname}? Sorry wrong number haha. Anyway since we're chatting — I trade gold on the side, made {usd} this week 😅 happy to share my mentor's signals if u want",
    "【{company}】尊敬的客户，机构专属通道本月开放，打新中签率提升，需下载专属APP：{link} 注册后联系客户经理领取额度。",
    "您好，我是{company}投資研究部，近期台股震盪，老師每天早上在LINE群免費報明牌，已帶學員獲利{pct}%，加入請點 {link}",
    "{name}，昨天那只票看到了吧，涨停了。老师说下周有大机构的私募配售，只对群里核心学员开放，要先在我们自己的平台开户，链接我私发你。",
    "Congrats {fname}, your trial on our AI arbitrage bot earned {usd2} in 48h. To unlock the withdraw button, upgrade to VIP — ping our support on Telegram {tg}.",
    "喂，{surname}先生您好，我这边是{company}的啊，呃，就是之前您在网上留过资料，关于理财的，我们现在有一个，呃，稳健型的项目，年化大概{pct}%左右，保本的，您看加个微信我把资料发您看看？",
    "{surname}生你好，我係{company}嘅客戶經理，我哋有個港股IPO內部認購名額，穩賺唔賠，有興趣加WhatsApp同你傾下。",
    "Dear Investor, SEBI-registered expert group giving FREE intraday calls with 90% accuracy. Join our WhatsApp community now: {link} Limited seats only.",
    "小{surname}，跟你说个事儿，我表哥在{company}上班，他们内部有个外汇平台，我跟着做了一个月赚了{amount}，你要不要试试，我把注册码给你。"
  ],
  fake_loan: [
    "【{loanapp}】{name}，您的预审额度{amount}元已通过，无需抵押，最快{hours}小时放款，点击 {link} 完善资料即可提现。",
    "Hi {fname}, good news! Your personal loan of {usd} is pre-approved even with bad credit. No paperwork needed. Reply LOAN and our agent will call to finalise.",
    "客服：{name}您好，您的贷款已经审批成功，但系统检测到您填的银行卡号有一位错误，资金被冻结了，需要您配合做一下解冻，我这边加您QQ{qq}发操作步骤。",
    "您好，您申請的小額信貸已核准{amount}元，因信用評分偏低，撥款前需先做一筆流水證明還款能力，詳情請加LINE：{wx}",
    "喂，您好，这边是那个{lender}的，嗯，看到您之前有个贷款需求是吧，我们现在是低息的，就是您下载一下我们的{loanapp}，在里面填一下资料，我这边帮您加急审核。",
    "Need cash fast?? Get up to {usd} in 10 mins, no BVN check, no collateral!! DM us on WhatsApp or tap {link} to apply now 💰",
    "【{lender}】您的信用额度已提升至{amount}元，年化低至{pct}%，请下载{loanapp}领取，退订回T",
    "亲，您的资料已经提交了，审核员说您的流水不太够，放款前要做一下“验资”，就是证明您有还款能力，钱转进去马上就原路退回的，放心哈。",
    "你好，你嘅貸款申請已經批咗{amount}蚊，不過要先交少少手續費先可以過數，你方便加我WhatsApp {phone}，我教你點做。",
    "{fname}, you qualify for a government-backed consolidation loan of {gbp}. To lock in your rate our advisor must verify your account today. Reply CALL and we'll ring you back."
  ],
  customer_service: [
    "【{shop}】亲，您{date}购买的{goods}因质检不合格被平台下架，将为您办理{amount2}元理赔，请保持电话畅通，专员稍后致电。",
    "客服：喂您好，请问是{name}吗？我是{courier}理赔专员，您单号{d12}的快件运输途中丢失了，我们按三倍给您赔偿。\n用户：哦，那怎么赔？\n客服：您先下载一个会议软件，我发您会议号，咱们共享一下屏幕我一步步指导您。",
    "Hi {fname}, this is {shopen} Customer Care. An order for an iPhone 15 worth {usd} was placed on your account. If you did not authorise this, press 1 now or call us back to cancel.",
    "您好，您在{app}开通的“百万保障”服务明日开始扣费，每月{small}元，如非本人开通请回电{phone}取消，逾期默认自动续费。",
    "親愛的會員您好，因工作人員操作失誤將您設定為批發商等級，每月將自動扣款{amount}元，請盡速與客服聯繫取消，專線：{phone}",
    "亲，理赔款要通过{app}的备用金通道退给您，您打开看看有没有额度？对，先借出来，系统会连同赔偿款一起退回，只是走个流程哈😊",
    "{shopen}: a Prime renewal of {gbp} will be taken from your card tonight. If this wasn't you, reply STOP and an agent will call you to reverse it.",
    "你好，我係{shopen}客服，你上個禮拜買嘅{goodsen}有品質問題要回收，我哋會全額退款，麻煩你加我WhatsApp，我send個退款連結畀你。",
    "喂，你好，这边是{shop}官方售后啊，呃，就是您之前买的那个{goods}，商家反馈说有甲醛超标的问题，然后我们这边主动给您退款啊，嗯，您现在方便加一下我们的QQ吗？",
    "Hi, ops team here. Ur parcel was flagged as a duplicate order, refund pending. Pls download Zoom & join meeting ID {d6} so our officer can guide u thru it."
  ],
  police_impersonation: [
    "【{city}公安】{name}，你涉嫌一起跨境洗钱案件，案号{case}，请于今日{time}前拨打{phone}联系办案民警说明情况，逾期将依法采取措施。",
    "来电：您好，这里是{city}市医保局，您的医保卡在外地有一笔违规套现{amount}元。\n您：我没去过那里啊。\n来电：那可能是身份信息被冒用了，我现在帮您把电话转接到当地公安报案，您别挂。",
    "This is an automated message from the tax office. A legal case has been filed under your name for unpaid tax. Press 9 to speak to an officer before a warrant is issued.",
    "這裡是{city}地檢署，您的帳戶涉及詐騙集團洗錢，已列為監管帳戶，本案偵查不公開，請勿告知任何人，稍後將有承辦檢察官與您聯繫。",
    "喂，是{name}吗，我这里是{city}市公安局刑侦支队的，呃，我姓{surname}，警号{d6}，现在有个案子需要你配合调查，你身边现在有人吗？找个安静的地方，我们要给你做个笔录。",
    "你好，呢度係海關，有個寄去{city}嘅包裹用咗你嘅身份證登記，入面有違禁品。而家幫你轉駁去內地公安，請你唔好收線。",
    "【通信管理局】您名下号码因涉嫌发送违规信息将于2小时后停机，如有异议请按9转人工核实。",
    "Hi, I'm Inspector Tan from the police. Your bank account is linked to a money laundering probe. This is confidential, do not tell your family. Can we do a video call on WhatsApp now?",
    "{name}，你的材料我已经递交给{surname}检察官，接下来要对你名下资金做清查，证明你是清白的。你先装一个会议软件 {link}，我们视频做笔录，全程保密，家人也不能说。",
    "This is the Federal Police. Your tax file number has been suspended due to suspicious activity. To avoid arrest, stay on the line for your case officer. Press 1."
  ],
  credit_repair: [
    "【征信中心】{name}，您学生时期在{loanapp}开通的校园贷账户未注销，将影响个人征信，请于{days}日内回电{phone}办理注销。",
    "喂，{name}是吧，我这边是{app}客服，就是您大学时候开通过一个学生贷款功能，嗯，现在国家要求全部清理，您不注销的话以后买房贷款都受影响，我帮您操作一下好吧？",
    "Your credit score dropped 120 points due to an unresolved default. Our team can remove negative records within 7 days, guaranteed. Text REPAIR for a free assessment.",
    "{name}您好，聯徵中心顯示您有一筆逾期紀錄，會影響未來房貸與信用卡申辦，我們可協助修復信用，有興趣請加LINE：{wx}",
    "您好，我们是专业征信修复机构，可以消除逾期记录、查询次数过多等问题，先办后付，详询QQ：{qq}",
    "客服：注销前需要核实一下您的额度，您打开{app}看看现在能借出多少？\n用户：显示有两万多。\n客服：好的，稍后我会教您把额度清零，注销完会原路退回。",
    "Hi {fname}, we noticed a student loan flag on your credit file. The forgiveness window closes {dateen}. To check eligibility reply YES and a specialist will reach out.",
    "你好，我哋係信貸資料服務中心，你讀大學嗰陣開咗個學生貸款戶口未取消，會影響你信貸評級，麻煩今日內覆電{phone}處理。",
    "【{lender}】尊敬的用户，因监管要求，您名下的学生账户需在{date}前完成注销，否则将上报征信，回复1获取专员联系方式。",
    "嗯，您好，这边是，呃，金融监管那边的啊，就是您名下有一个{lender}的校园贷，利率是超标的，然后我们统一给您做个注销，呃，注销之后不会对您征信有影响，您方便下载一个会议软件吗？"
  ],
  acquaintance: [
    "{name}，我是你{surname}总，换了个新号，存一下。明天上午来我办公室一趟。",
    "在吗？我是{surname}老师，这是我新微信，有个学生家长的事需要你帮忙，先别在群里说。",
    "Hi Mum, it's me, phone's broken so this is my new number. Can you message me on WhatsApp? Need a quick favour x",
    "猜猜我是誰？好久不見啦～我換手機號碼了，這個是新的，幫我存一下，晚點跟你說個事。",
    "喂，係我呀，阿{fname}，我換咗電話，你記得save呀。我而家喺{city}，有少少事要你幫手，方便嘅時候WhatsApp我。",
    "来电：喂，听出来我是谁了吗？\n你：是……小刚？\n来电：对对对就是我，我换号了啊，过两天去你那边出差，到时候找你聚聚。",
    "{name}，你现在方便吗？我在开会不方便接电话，有个合作方的款需要先处理一下，你加一下这个财务的QQ{qq}，我让她跟你对接。",
    "Hello this is your pastor, I'm in a meeting now can't talk. Urgently need you to help get some gift cards for a sister in need, will refund you later. Keep it between us pls 🙏",
    "叔，我是小{surname}，{surname}大哥家的，我爸让我跟您联系，我在{city}上学，这是我新号码，加一下微信吧{wx}。",
    "Hey {fname}, it's your manager. Are you free? I need you to handle a small task for me discreetly — text me back on this number, not my old one."
  ],
  game_trade: [
    "{game}账号出售，V10全皮肤，只要{amount}，走{gameplat}担保，要的加QQ{qq}私聊。",
    "兄弟，我看到你挂在{gameplat}的号了，价格没问题，不过咱别在平台上交易了，手续费太高，你加我QQ我直接转你。",
    "【{gameplat}】您出售的商品已被买家拍下，但您的账户未完成实名保证金认证，货款暂时冻结，请联系客服处理：{link}",
    "yo bro saw ur {game} acc on discord, i'll pay {usd} for it. lets use my middleman site so its safe for both of us, link coming",
    "你好，我看到你在群組賣{game}帳號，我想買，可以走我常用的交易網站嗎？比較有保障，網址{link}",
    "小朋友你好，我是{game}官方客服，你的账号检测到违规充值，马上要被封号了，需要家长配合解封，你先去拿一下爸爸妈妈的手机。",
    "喂，嗯，你好，我是那个，呃，{gameplat}客服啊，就是你那个账号交易的钱呢，因为你银行卡信息填错了，现在提现不了，被冻结了，你需要，呃，加一下我们的财务处理。",
    "Hi! FREE {game} diamonds giveaway 💎💎 just login ur acct here {link} to claim, 1st 500 players only!!",
    "你好，你喺{gameplat}放緊嘅{game}帳號我有興趣，但我用開另一個交易平台，你註冊咗之後我即刻落單。",
    "亲，你要的{game}金币已经打包好了，系统提示您的账户等级不够，需要先升级会员才能接收，一次性{small}元，后面都不用再交。"
  ],
  romance: [
    "Hi, sorry to bother you. Is this Linda? We met at the wine tasting last week 😊",
    "你好呀，我是在{romanceapp}上跟你匹配的那个，{city}人，平时做点跨境电商，这个软件不太常上，我们加个微信聊吧？{wx}",
    "亲爱的早安☀️ 昨晚梦到你了。今天我舅舅又在他那个平台帮我赚了一点，他说这个月有个漏洞期，你要不要也试试，我教你。",
    "Good morning beautiful 🌹 I'm a US army doctor deployed overseas. Saw your profile on {romanceapp} and felt a connection. Can we talk on Google Chat? I don't use this app much.",
    "嗨～在{romanceapp}上看到你的照片覺得很有緣，我在新加坡做珠寶設計，偶爾回台灣，可以加LINE慢慢聊嗎？",
    "宝，我寄给你的包裹在海关被扣了，里面是给你买的礼物还有一些现金，海关说要交点清关费，我人在国外转不了账，你能先帮我垫一下吗？",
    "Hey {fname}, lovely chatting on {romanceapp}! I'm an offshore rig engineer so signal's patchy here. Let's move to WhatsApp, it's easier xx",
    "你好，我係喺{romanceapp}識你嘅{fname}呀，我喺香港做金融，平時好忙少上呢個app，不如我哋轉去WhatsApp傾啦？",
    "嗯，宝贝，是我啊，呃，今天工作有点累，就想听听你的声音，你之前不是说想多存点钱嘛，我这边有个，嗯，稳赚的机会，等下我把链接发你。",
    "hai dear, u look so sweet in ur pic 😍 im a widower with 1 daughter, working as ship engineer. pls dont share our chats with anyone ok, people wont understand."
  ],
  military_purchase: [
    "老板您好，我是{city}驻地部队后勤处的{surname}干事，我们单位要采购一批{goods}，数量比较大，能开发票吗？",
    "来电：喂，是{shop}吗？我们这边是武警支队的，下个月有个演习，需要订{n}份盒饭，每份{small}元，你们能做吗？\n老板：能啊。\n来电：好，那我加你微信，把采购单发你。",
    "{surname}老板，订单首长已经批了，不过这次还需要一批军用睡袋，是指定厂家的，你先帮我们联系一下这个供应商{phone}，钱一起结给你。",
    "Hi, I'm Sgt Lim from the army camp nearby. We'd like to order {n} sets of {goodsen} for our unit, payment by official PO. Can you quote and WhatsApp me?",
    "老闆你好，我是國軍某營的採購士官，部隊要訂{n}份便當，請問可以外送到營區嗎？詳細的我加你LINE說。",
    "你好，我是{city}消防支队的，我们要给队里买一批{goods}，请问你们店有货吗？我们有专门的采购流程，需要你配合一下。",
    "喂，老板啊，我这边是，呃，部队的啊，就是营里面要搞个活动，嗯，需要一批那个{goods}，你价格给个实在的，我们公对公转账，不过要先在我们单位指定的供应商那里备个案。",
    "Good afternoon, this is Corporal Hughes, procurement office. We're interested in a bulk order of {goodsen} for a base in {city}. Our approved vendor list needs a quick registration, may I send details?",
    "老板，刚才说的那个特供酒，我们首长点名要的，只有这个厂家有，你先垫一下，我们结账按{pct}%返点给你。",
    "你好，我係駐港部隊採購部嘅{surname}先生，想訂{n}箱{goods}，你哋可唔可以送貨？我加你WhatsApp傳份訂單畀你。"
  ],
  prize: [
    "【{tvshow}】恭喜您的手机号被节目组抽中为场外幸运观众，获得现金{amount}元及笔记本电脑一台，领取请登录{link}，验证码{d6}",
    "Congratulations! Your mobile number has won {gbp} in this month's network draw. To claim, reply with your full name and home address.",
    "恭喜您獲得本店周年慶抽獎二獎iPhone一支！請於{date}前加入官方LINE登記領獎：{wx}",
    "喂，您好，这边是{shop}会员中心的，呃，恭喜您啊，在我们周年庆回馈活动里抽中了一台，嗯，{goods}，然后您这边只需要承担一下快递运费就可以了。",
    "Dear Winner, your email was selected in our online beverage promo and you won {usd}. Contact our claims agent Mr. Johnson by email to process your payment.",
    "亲爱的用户，您参与的{app}周年活动已中奖，奖品为{goods}一台，点击{link}填写收货地址。",
    "恭喜你！你喺我哋商場抽獎中咗{goods}一部，請喺三日內覆電{phone}登記領獎。",
    "Dear Customer, u hav won lucky draw Rs 25 lakh. Contact manager on WhatsApp to get ur prize. Keep this msg confidential.",
    "{name}您好，奖品已经给您登记好了，因为金额较大，按规定要先交{pct}%的个人所得税，交完24小时内到账。",
    "G'day {fname}! You've been picked as a lucky shopper this week 🎉 Claim your {usd} gift card before midnight: {link}"
  ],
  premium_rate: [
    "You've been chosen for a FREE holiday! To claim call 0906{d4}{d3} now. Calls cost £1.50/min from landlines, mobiles may be more.",
    "txt WIN to 8{d4} for ur chance to bag 2 concert tickets! £1.50 per msg recvd, 3 msgs/wk till u send STOP",
    "【业务通知】您已订购“每日星座运势”，信息费{small}元/条，由1066{d4}提供，如未订购可忽略，继续使用视为同意。",
    "为您准备了一段神秘语音留言💌 拨打{phone}即可收听，本次通话按每分钟{small}元计费。",
    "您有一則未讀的語音訊息，請撥打0204{d6}收聽。",
    "FREE MSG: Ur ringtone club subscription is now active. $9.99/wk will be billed to ur phone. To cancel reply STOP.",
    "亲，想知道谁在偷偷关注你吗？回复“Y”即可查看，资费{small}元/条，由{operator}代收。",
    "喂，您好，这里是，嗯，{tvshow}节目组，您的号码入选了我们的有奖竞猜，呃，只要拨打热线回答三个问题就可以参加抽奖，热线是16{d6}啊。",
    "你有1個新語音信箱留言，請撥打1900{d4}收聽，每分鐘收費$3.8。",
    "Hi! U have been selected for a R5000 grocery voucher. SMS CLAIM to 3{d4}. R3/sms. T&Cs apply."
  ],
  parcel_fee: [
    "【{courier}】您的快件{d12}因地址信息不全无法派送，请于{hours}小时内更新：{link}",
    "We're holding your parcel because {gbp} postage was underpaid by the sender. Settle it at {link} to book a new delivery slot.",
    "{courieren}: Delivery attempt failed for item {d12} — address incomplete. Please confirm your details within 12 hrs: {link}",
    "喂，您好，我是{courier}的，您有一个包裹，呃，称重的时候超重了，嗯，需要补一下运费{small}块钱，不然就退回给寄件人了，我发个链接给您您点一下就行。",
    "【{courier}】您的包裹因未繳清關稅暫存倉庫，請於{date}前完成繳費以免退運：{link}",
    "郵政通知：你嘅郵件因郵費不足暫停派送，請喺48小時內補付{small}蚊：{link}",
    "We tried to deliver ur parcel {d12} but no one was home. Reschedule here {link} (small redelivery fee applies)",
    "亲，你的快递在{station}滞留了，快递员联系不上你，麻烦加一下我微信{wx}，我帮你安排重新派送。",
    "{courieren}: Your item has reached our facility. Delivery paused – customs charge of {usd} outstanding. Action required: {link}",
    "【{courier}】尊敬的客户，您的快件外包装破损需重新打包，需补缴{small}元包装费，请点击{link}办理。"
  ],
  account_lock: [
    "【{bank}】尊敬的客户，您的账户存在异常交易，已被临时限制使用，请今日内登录{link}完成身份核验以恢复。",
    "{appen}: We couldn't process your last payment, so your membership is on hold. Update your details to keep watching: {link}",
    "Your Apple ID was locked after unusual sign-in attempts. Confirm it's you within 24 hours or it will be disabled: {link}",
    "【ETC服务】您的ETC卡认证已失效，将影响高速通行，请点击{link}重新认证。",
    "【{bank}】您的網路銀行因長時間未登入已被凍結，請立即重新驗證：{link}",
    "喂，您好，这边是{app}安全中心的，呃，检测到您的账号在异地登录了，可能有被盗风险，我们已经帮您冻结了，您这边需要，嗯，做一下身份核验才能解冻。",
    "Ur bank acct has been temporarily blocked due to suspicious login. Pls reactivate at {link} to avoid permanent closure.",
    "【{banken}】你嘅戶口因安全理由已被暫停，請即登入以下連結解鎖：{link}",
    "您的微信账号因涉嫌违规被限制登录，如需解封请找好友辅助验证，或联系客服QQ{qq}。",
    "Dear customer, your net banking will be blocked today. Update your PAN card immediately: {link}"
  ],
  tax_refund: [
    "【{gov}】您有一笔个税退税{amount}元待领取，请于{date}前登录{link}办理。",
    "We've recalculated your last tax year and you're owed {gbp}. Submit your refund claim here before it expires: {link}",
    "【医保服务】您的医保卡余额即将清零，可申请补贴{amount}元，请点击{link}领取。",
    "【財政部】您有一筆綜所稅退稅尚未領取，請於{date}前點選{link}完成退稅帳戶綁定。",
    "喂，您好，这边是{city}人社局的，呃，您之前有一笔失业补助金呢一直没有领，现在马上就要过期了，嗯，您这边需要加一下我们工作人员的微信办一下。",
    "myGov: You have a pending refund of {usd}. Verify your bank details to receive it: {link}",
    "【政府】你有一筆消費券未領取，金額{amount}，請於{date}前登記：{link}",
    "【ETC】您的ETC通行费存在重复扣款，可退款{small}元，请点击{link}申请。",
    "You are entitled to a GST Voucher payout of {usd}. Claim before {dateen}: {link}",
    "您好，{city}社保中心通知，您的社保卡有一笔补贴{amount}元待发放，请回复“1”确认，工作人员会与您联系。"
  ]
};
