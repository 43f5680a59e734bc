/**
 * Blind tuning set #41 (scam only; 24 templates each for acquaintance, premium_rate and romance — session 13's weakest —
 * and 6 for the others; session 14). Measured once on arrival (tree 5ef1808), 3 renderings per template: acquaintance
 * 91.7 %, romance 87.5, premium_rate 95.8; every other typology 100 %.
 *
 * Blind tuning set 41 — SCAM templates only.
 *
 * Hand-written synthetic SMS / chat-message templates for a Chinese/English
 * anti-fraud classifier. The set was written BLIND to how the classifier works:
 * no code, rules, keyword lists, models or existing test data were consulted.
 *
 * Styles: simplified Chinese (mainland), traditional Chinese (Taiwan, Hong Kong
 * with some Cantonese), and English in UK, US, Singapore, Australian and Indian
 * registers; formal notices, terse SMS, chatty instant-messaging turns, first
 * "hook" messages with a single subtle hint and later messages carrying the ask.
 * Acquaintance, premium-rate and romance typologies get 24 templates each; all
 * other typologies get 6.
 *
 * Sources: paraphrased from public DESCRIPTIONS of scam scripts (never copied
 * texts or data sets) — Ministry of Public Security / 国家反诈中心 anti-fraud
 * typology explainers, 165 全民防騙 (Taiwan) and ADCC / 防騙視伏器 (Hong Kong)
 * advisories, UK Action Fraud and Ofcom/Phone-paid Services Authority guidance
 * on premium-rate numbers, US FTC consumer alerts (imposter, romance, "Hi Mum"
 * family-emergency and wrong-number scams), Singapore Police ScamAlert,
 * Australian Scamwatch, and Indian cyber-crime (1930) advisories.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_41_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}法务部】{name}，您在{lenderapp}的借款已逾期{days}天，欠款{amount}元。今日18点前未处理将移交律所[起诉|立案]，并[上门走访|联系您的紧急联系人]。处理请致电{phone}。",
    "{surname}先生/女士：您名下欠款{amount}元已列入[征信黑名单|失信预备名单]，如需协商停催，请于{hours}小时内还款至指定对公账户，详情 {link}",
    "通知：{name}，因您长期拖欠{loanapp}贷款，我司已整理您通讯录名单，明日起将[逐一通知|发函至]您的亲友及单位。现仍可一次性结清{amount2}元免除违约金，扫码还款：{link}",
    "【催收提醒】您好，您的账单因系统对账异常无法自动扣款，请勿再使用原还款渠道，改转至专员{surname}经理个人账户，还款后截图发{wx}核销。",
    "{name}您好，这里是{city}{lender}资产保全中心。您逾期案件编号{case}已进入诉前调解，若不想影响子女[升学|就业]，请尽快回电{phone}办理减免。",
    "Final notice: your outstanding balance of {usd} with {lender} is now with our legal team. Pay today via {link} to stop court action and a visit to your home address.",
  ],
  task_rebate: [
    "【兼职】招聘线上点赞员，动动手指日赚{small}-{amount}元，时间自由，每单即时返佣，加{wx}领取任务，名额有限。",
    "亲，{shop}店铺冲销量，帮忙拍单后立即返本金+{pct}%佣金，第一单{small}元做完就结算，接单请下载{app}并私聊客服{qq}。",
    "恭喜成为高级会员！您已完成{n}单任务，需完成最后一组联单（共{amount}元）才能提现全部本金和佣金，系统卡单请联系导师。",
    "Hi! I'm a recruiter for a marketing agency. Part-time job: rate products online, earn {usd} a day, paid instantly. Interested? WhatsApp {phone} or Telegram {tg}",
    "你好，我们是{company}人事部，看到您的简历，现有居家做任务岗位，关注抖音博主截图即可得{small}元，做完三单再带您进垫付任务群。",
    "【刷單返利】只需幫忙關注YouTube頻道並截圖，每單可賺新台幣{small}元，加LINE {wx} 領任務，預付訂單另有{pct}%回饋。",
  ],
  investment: [
    "{name}您好，我是{company}的投资顾问{surname}老师，本周免费带大家布局一只翻倍牛股，加群听课：{link}",
    "恭喜您获得{company}内部VIP名额，导师精选数字货币合约，昨日群员收益{pct}%，下载专属APP {link} 即可跟单。",
    "【提现通知】您在平台的收益{amount}元已到账，因触发风控需先缴纳个人所得税{amount2}元，缴纳后24小时内可提现，逾期账户将冻结。",
    "Dear investor, our AI trading bot delivered {pct}% last month on forex and gold. Minimum deposit {usd}. Join our private mentor group: {link}",
    "I'm a senior analyst at {company}. We have a pre-IPO allocation for only 30 members, guaranteed returns. Reply YES and I'll send the platform link.",
    "老師今天帶大家打新股，中籤率百分百，請把資金轉入平台指定帳戶認繳，名額今晚截止，錯過再等一年。",
  ],
  fake_loan: [
    "【{loanapp}】尊敬的用户，您申请的{amount}元贷款已审批通过，因银行卡号填写错误资金被冻结，需缴纳解冻金{small}元后方可放款。",
    "无抵押、无征信，黑户也能贷！最高{amount2}元，当天到账，点击 {link} 申请，客服{wx}。",
    "{name}您好，您的借款已放款至平台钱包，但流水不足无法提现，请先转入{amount}元刷流水验资，验证后本金一并退还。",
    "您好，您在我司办理的贷款需购买会员卡{small}元开通绿色通道，否则审核需排队{days}天，如需加急请回复1。",
    "Pre-approved personal loan of {usd} regardless of credit score! A one-time insurance deposit of {usd2} is required before disbursement. Apply: {link}",
    "你嘅貸款已批核，只需先繳付手續費及保證金港幣{small}元，即日放款到你戶口，WhatsApp {phone}聯絡專員。",
  ],
  customer_service: [
    "【{shop}客服】您好，您购买的商品检测出质量问题，我们将为您办理[三倍|双倍]理赔，请加客服{qq}处理退款。",
    "{name}您好，我是{courier}理赔专员，您的快递{d12}在运输中丢失，可赔偿{amount}元，请扫码添加专属理赔通道：{link}",
    "【{app}】您开通的百万保障服务即将自动扣费{small}元/月，如非本人操作请致电{phone}关闭，否则将影响您的征信。",
    "您好，我们检测到您被误开通了{shop}代理商会员，每月将扣{amount}元，为您取消需打开会议软件共享屏幕，按客服指引操作。",
    "Hi, this is {shopen} customer support. An order of {usd} was placed on your account. If you did not authorise it, press 1 or call {phone} for a refund.",
    "您的{app}備用金額度已到期，若不關閉將產生逾期紀錄，請下載會議APP，客服會一步步指導您把餘額轉入驗證帳戶。",
  ],
  police_impersonation: [
    "【{city}市公安局】{name}，你涉嫌一起洗钱案件，案件编号{case}，请立即拨打{phone}联系办案民警，切勿告知他人，否则按妨碍侦查处理。",
    "这里是{city}检察院，你名下的{bank}账户涉嫌非法资金往来，法院已签发逮捕令。为证明清白需将资金转入国家安全账户接受资金清查。",
    "【医保局】您的医保卡在{city}异地违规套现{amount}元，即将被冻结，详情请按9转接人工或致电{phone}。",
    "通信管理局通知：您的手机号涉嫌发送诈骗信息，两小时后将停机，如有疑问请按9，我们将转接{city}警方为您视频做笔录。",
    "This is an officer from the Cyber Crime Branch. Your Aadhaar has been linked to a money-laundering parcel seized by customs. Stay on a video call for a digital arrest statement.",
    "【海關】您有一件郵包被查出夾帶違禁品，已轉介警方，請立即聯絡{phone}配合調查並保密，否則將被通緝。",
  ],
  credit_repair: [
    "【征信中心】{name}，您名下存在未注销的校园贷账户，将影响您的征信记录，请于今日内联系{phone}办理注销。",
    "专业修复征信，逾期记录、黑名单均可删除，{days}个工作日见效，不成功不收费，咨询{wx}。",
    "您好，我们是{lenderapp}官方，根据银保监最新政策，学生时期开通的账户需注销，否则会产生年费并上报征信，请按专员指引清空额度。",
    "尊敬的用户，您的京东金条/微粒贷额度需在{date}前注销，逾期将纳入失信人名单，注销前需将额度借出后转至验证账户。",
    "Remove late payments and defaults from your credit file in 30 days, guaranteed. Upfront fee of {usd} only. Text {phone} now.",
    "{surname}同學，你在校期間開通的學生貸帳戶尚未關閉，教育部要求統一註銷，請加客服LINE {wx} 處理，以免影響信用。",
  ],
  acquaintance: [
    "{name}，我是你{surname}总，换新号码了，把我存一下，明天上午到我办公室来一趟。",
    "小{surname}，在吗？我现在在开会不方便接电话，有件事需要你帮忙办一下，加我新微信{wx}。",
    "我现在跟领导在一起，有个合作方要先付一笔{amount}元的定金，我这边转不了，你先帮我转给对方，下午回公司给你报销，这事先别跟别人说。",
    "各位家长好，我是{school}班主任{surname}老师，请家长扫码进入新班级群，本学期资料费{small}元请在群内缴纳。",
    "我是{school}的{surname}校长，这是我的私人号码，教育局检查有笔款项急需周转，你方便先垫{amount}元吗？",
    "你猜猜我是谁？老同学好多年没联系了，存一下我的新号码哈。",
    "老同学，我现在在外地进货，微信支付被限额了，你能先帮我转{amount}元给供货商吗？明天一早就还你。",
    "战友，还记得我吗？当年一个班的{surname}，我现在手头遇到点难处，想跟你借{amount}元，下个月一定还。",
    "大姨，我是你外甥，手机坏了用同学的号码。我在外面出了点事，急需{amount}元，千万别告诉我妈。",
    "奶奶，我是你孙子，我在{city}打架把人弄伤了，派出所要交{amount}元保证金，你先别跟爸妈说，我让律师来找你拿钱。",
    "邻居{surname}大哥，我是楼下的，现在在医院，孩子急诊要交押金，能不能先转我{small}元，回去就还你。",
    "Hi Mum, this is my new number, the old one's broken. Can you save this one and delete the old one? x",
    "Hey Dad it's me, dropped my phone down the loo 🙈 using a temp number. Are you free to chat on WhatsApp?",
    "Mum I've got a bill that's due today and my banking app won't work on the new phone. Could you pay it for me? It's {gbp}, I'll send you the details and pay you back tomorrow x",
    "hi mom its me, lost my phone at the bar. my card is locked, can u send {usd} to my friend's account real quick? ill explain later, dont call im in class",
    "Hi, it's your boss {fname}. I'm stuck in a meeting and need you to grab some Apple gift cards for a client, {usd} total. Keep it between us, send me the codes when done.",
    "{fname}, are you at your desk? Need a quick favour, can't talk right now. Reply when you get this.",
    "Hey mate, it's {fname} from uni! New number. I'm travelling in Bali and my card got cancelled, could you lend me {gbp} till Monday? Super awkward asking",
    "Hi Aunty, it's your nephew, using my friend's phone. Please don't tell Appa, I need ₹{small}0 urgently for hostel fees, sending UPI ID now.",
    "Hi Mummy, this is my new number. Old phone spoil already. Can help me transfer $800 to my friend first? PayNow not working on new phone, I pay back tonight.",
    "G'day, it's your grandson. I'm in a bit of trouble, had a car accident and need bail money. Please don't tell Mum, my lawyer will ring you shortly.",
    "阿媽，我係阿仔，我手機跌咗，呢個係新號碼。你而家得唔得閒？幫我過數去朋友戶口先，聽日還返俾你。",
    "{name}嗎？我是你國中同學啊，還記得我嗎？我換新LINE了，加一下 {wx}，最近手頭有點緊，可以跟你週轉一下嗎？",
    "老板：小{surname}，公司要给客户付一笔货款，财务在休假，你先把{amount}元转到这个账户，凭证发我，回头找财务报。",
  ],
  game_trade: [
    "出售{game}满级账号，全皮肤，仅售{small}元，不走平台，私下交易更便宜，加{qq}。",
    "您在{gameplat}出售的装备已被买家购买，但您的账户未认证保证金，无法提现，请缴纳{small}元解冻。",
    "{game}代练、低价充值点券，五折到账，加客服{wx}先付款后发货。",
    "Cheap {game} gold and rare skins, 70% off! Pay via gift card and we deliver within 1 hour. DM {tg}",
    "恭喜您在{game}活动中获得限定皮肤，请登录 {link} 输入账号密码领取，24小时内有效。",
    "你好，我係買家，想收你{game}個帳號，交易平台客服話你要先俾誠信金先可以解凍收款。",
  ],
  romance: [
    "Hi, is this Jenny? We met at the conference last week. Oh sorry, wrong number! Well, maybe fate? I'm {fname}, nice to meet you 😊",
    "早安，宝贝，昨晚梦见你了，今天一天都在想你。对了，我舅舅在{company}做分析师，最近有个稳赚的内幕，等你下班跟你说。",
    "亲爱的，你看我这个月又赚了{pct}%，这个平台是我舅舅内部的，你先注册一个，投{small}元试试，我带你操作。",
    "宝贝，你的账户盈利已经{amount}元了，提现需要先交{pct}%的个人所得税，我这边钱都压在里面，你先想办法凑一下。",
    "老婆，我在部队执行任务，手机只能用这个号，等我退伍就回来娶你。现在有个小困难，需要你帮我转{amount}元。",
    "Hey beautiful, I'm an engineer on an offshore oil rig. I saw your profile on {romanceapp} and couldn't stop smiling. Can we move to WhatsApp? {phone}",
    "My love, I sent you a parcel with a gift and some cash for our future. The courier says you need to pay a customs clearance fee of {usd} before they release it.",
    "Darling, my account is frozen while I'm overseas and I need {usd} for the visa so I can finally fly to see you. I'll pay you back the day I land, I promise.",
    "Sweetheart, could you buy me some Steam or Apple gift cards? I can't use my bank here. Just scratch the back and send me a photo of the codes ❤️",
    "I'm a surgeon with the UN in Yemen. Reading your messages is the only thing that keeps me going. Can I ask you something personal, do you believe in love at first sight?",
    "我在{romanceapp}上看到你的资料，感觉很有眼缘，我是做跨境电商的，常年在国外，能加个微信聊聊吗？{wx}",
    "親愛的，我是駐敘利亞的美軍軍醫，下個月就能退役來台灣找你，只是退役申請需要先繳一筆手續費，可以先幫我墊嗎？",
    "寶貝，我剛幫你開好博弈平台帳號，這是網站漏洞，我們穩贏，你先儲值新台幣{small}0元，我教你怎麼下注。",
    "BB，我而家喺機場，海關話我帶嘅金飾要交稅先放行，我張卡用唔到，你可唔可以幫我轉港幣{amount}俾佢哋？",
    "Good morning dear 🌹 did you sleep well? I made {usd} today on the gold trading app my aunt manages. When you're ready I'll show you how, it's very safe.",
    "Babe the airline needs {usd} more for my ticket change or I'll miss the flight to you. Can you Zelle it to my agent? His name is on the next message.",
    "Hi dear, I'm a widower from Texas living in Singapore for work. Your smile on {romanceapp} caught my eye. Let's chat on Telegram {tg}?",
    "Hey, you don't know me but I think we matched on {romanceapp}. My account got deleted, so I messaged you here. How's your evening going?",
    "honey my mum is in hospital in Lagos and they won't treat her until we pay a deposit. please i need {gbp} tonight, i have nobody else",
    "Love, I've never felt this way about anyone. I know we haven't met yet but I want to spend my life with you. Once my inheritance clears we will be together, just need to pay the legal fee first.",
    "在吗？加错好友了，不过看你朋友圈挺有品味的，我平时喜欢喝茶和看盘，你做什么工作的呀？",
    "哥哥，你今天怎么不理我了呀😢 我这边平台活动最后一天，充值{amount}元送{pct}%，我都帮你算好了，错过太可惜了。",
    "Hi, sorry to bother. Are you the yoga teacher from {city}? My friend gave me this number. Ah wrong person, but you seem nice, can we be friends?",
    "Dear, I have shipped a box with jewellery and {usd} cash to you. The delivery agent will contact you; please pay the diplomatic release charge so it is not returned.",
  ],
  military_purchase: [
    "老板您好，我们是{city}某部队后勤处，需要采购一批{goods}，数量较大，请报个价，合同盖章后走对公结算。",
    "您好，我们部队指定供应商有一批军用睡袋，需您店里先代为垫付{amount}元采购，我们收货后连同{goods}货款一起结算。",
    "我是武警{surname}班长，连队搞活动订了{n}桌菜，另外需要您帮忙从我们合作的酒商那里代购几箱特供酒，酒钱您先垫上。",
    "老板，部队采购要求保密，不能开发票，货款我们会通过军队财务统一打款，请先向指定厂家下订单{amount2}元。",
    "Hi, I'm calling from the Army base catering office. We'd like to order {goodsen} for 200 soldiers. Our approved supplier requires you to prepay {usd}, we'll reimburse everything.",
    "您好，我係消防處採購員，要同你訂一批{goods}，但係需要你先幫我哋向指定供應商訂貨同付訂金。",
  ],
  prize: [
    "【{tvshow}】恭喜您被抽选为场外幸运观众，将获得奖金{amount}元及笔记本电脑一台，请登录 {link} 领取，验证码{code}。",
    "Congratulations! You have won {usd} in our anniversary draw. To claim, pay the processing fee of {usd2} at {link}",
    "尊敬的客户，您的积分已满足兑换条件，可兑换价值{amount}元的{goods}，今日到期，请速点击 {link} 兑换。",
    "Your mobile number has won £750,000 in the International Lottery. Reply with your full name, address and bank details to claim.",
    "恭喜您在{shop}周年庆中抽中二等奖苹果手机一部，需先缴纳个人所得税及邮费{small}元，领奖热线{phone}。",
    "恭喜你抽中本期幸運大獎新台幣{amount}元，請於{days}天內至 {link} 填寫資料領獎，逾期視同放棄。",
  ],
  premium_rate: [
    "Congratulations! You've been selected to receive a £1000 prize. To claim call 09061743810 now. Calls cost £1.50/min. T&Cs apply.",
    "URGENT! We have been trying to contact you. Your number has won a guaranteed holiday. Call 09066364311 before {dateen}. 150p/min",
    "FREE ringtone! Txt WIN to 87121 to receive. Subscription £4.50/week until you send STOP. 18+ only.",
    "You have a voicemail waiting regarding a missed delivery. To listen call 0871 872 9758. Calls 10p/min plus network charges.",
    "Hi! I'm Lucy, 24, lonely tonight and looking for a chat 😘 Call me on 09099 725823, just £1.53 per min. Reply STOP to end.",
    "Your daily horoscope awaits! Reply STAR to 80160 for your personalised stars every day. $9.99/week, msg&data rates may apply.",
    "WINNER!! Text CLAIM to 8 0 0 8 8 to receive your reward. €3 per msg received, max 5 msgs/week.",
    "Missed call from an unknown caller. They left an urgent message. Call back on +882 16 0021 3346 as soon as possible.",
    "Important: call 1-900-555-0147 within 24 hours to confirm your sweepstakes winnings. $4.99 per minute, must be 18.",
    "Find out who has a secret crush on you! Txt CRUSH to 69911 now. £1.50 per msg rec'd. Help 08712400602",
    "Your parcel could not be delivered. Please call our automated line on 070 4459 1823 to rebook. Calls charged at premium rate.",
    "Your account will be debited unless you cancel. To opt out call 1900 931 888 now. Calls $5.45 per min inc GST.",
    "Dear customer, your trivia contest entry qualifies you for round 2! Answer the next question by replying A, B or C. 99c per message.",
    "【{operator}】尊敬的用户，您已成功点播“每日运势”业务，信息费2元/条，每日一条，回复TD退订。",
    "恭喜您获得{tvshow}节目幸运抽奖资格！回复1参与抽奖，信息费1元/条，中奖率百分百，详情拨打声讯台咨询。",
    "寂寞吗？美女在线陪聊，拨打125909888xxx即可接通，每分钟收费{small}元，24小时等你来电。",
    "【精彩包月】回复Y订购“都市情缘”手机报，仅需10元/月，即可每天收看精彩内容，不回复视为放弃。",
    "您的手机号被抽中为本月幸运用户，请回复“领取”到10666xxx，领取话费{small}元，资费3元/条，由{operator}代收。",
    "想知道明年运势？请编辑短信“算命”发送至106588xxx，大师在线为您解答，信息费5元/次。",
    "您有一个未接来电，对方给您留言，请拨打1259开头号码收听语音留言，资费1元/分钟。",
    "【點播提醒】您已訂閱每日星座運勢服務，每則收費新台幣10元，如欲取消請回覆0。",
    "Hi! You've won a free iPhone! To confirm delivery, text YES to 88600. £3 per text received, subscription until STOP.",
    "Congrats! You've been picked for a free movie pass. Just reply MOVIE to 56767. Rs 5/SMS will be charged, valid for {days} days.",
    "Love test: Text your name + your crush's name to 66622 and find out your match score! SGD 0.50 per msg recv'd, 3 msgs/day.",
  ],
  parcel_fee: [
    "【{courier}】您的包裹因地址不详无法派送，请于24小时内点击 {link} 更新地址并支付补派费{small}元。",
    "{courieren}: Your parcel is on hold due to an unpaid shipping fee of {gbp}. Pay now to arrange redelivery: {link}",
    "【海关】您有一件国际包裹需缴纳关税{small}元才能清关，请于{date}前点击 {link} 完成缴纳，逾期退回。",
    "USPS: We attempted delivery of your package but no one was home. Schedule a redelivery and pay the $1.99 fee here: {link}",
    "【{courier}】您的快件{d12}因邮资不足滞留{station}，请补缴邮资{small}元后安排重新投递：{link}",
    "中華郵政：您的包裹因運費未付暫存倉庫，請於今日內補繳新台幣{small}元，否則將退回寄件人：{link}",
  ],
  account_lock: [
    "【{bank}】您的账户因异常登录已被临时冻结，请尽快点击 {link} 进行身份验证解除限制。",
    "{banken}: Unusual activity detected. Your account has been locked. Verify your identity immediately at {link} to avoid permanent suspension.",
    "Apple ID: Your account has been disabled for security reasons. Confirm your details within 24 hours: {link}",
    "【ETC】您的ETC卡已失效，将影响您正常通行，请尽快登录 {link} 重新认证。",
    "Netflix: Your membership is on hold because we couldn't process your payment. Update your billing info here: {link}",
    "【微信支付】您的账户存在风险被限制收款，请于今日内通过 {link} 完成实名认证，逾期将永久封号。",
  ],
  tax_refund: [
    "【个税】您的{year}年度个人所得税退税{amount}元已审核通过，请于{days}天内登录 {link} 领取。",
    "HMRC: You are eligible for a tax refund of {gbp}. Please submit your claim at {link} before {dateen}.",
    "【人社局】您符合{year}年度个人社保补贴申领条件，补贴金额{amount}元，请点击 {link} 填写银行卡信息领取。",
    "ATO: Your tax return has been assessed and you are owed a refund of $876.50. Claim now via myGov secure link: {link}",
    "【医保】您的医保余额有{amount}元可申请退还，请点击 {link} 办理，逾期将自动清零。",
    "財政部：您有一筆補助款新台幣{amount}元尚未領取，請於{date}前點擊 {link} 登記帳戶資料。",
  ],
};
