/**
 * Blind tuning set #34 (scam only, half Chinese and half English; 12 templates for acquaintance, romance, premium_rate,
 * investment, prize, parcel_fee and account_lock, 4 for the rest; session 13). Measured once on arrival, 3 renderings per
 * template: 13 of 16 ≥ 85 % (investment 66.7, acquaintance and premium_rate 83.3 %; rules alone 41.7–100 %). Then tuned on.
 *
 * Blind tuning set 34 — SCAM templates only.
 *
 * Written BLIND to the classifier: no code, rules, lexicons or prior test data of the
 * project were looked at. Half Chinese (simplified, Taiwan traditional, Hong Kong
 * Cantonese) and half English (UK, US, Singapore, Australia, India). Styles mix
 * first-contact SMS carrying a single hint, mid-conversation chat turns, the last
 * message before money moves, and call transcripts.
 *
 * Scam scripts were paraphrased from public DESCRIPTIONS of fraud typologies (no texts
 * or data sets were copied): China's National Anti-Fraud Center / Ministry of Public
 * Security typology notices, Taiwan 165 anti-fraud hotline advisories, Hong Kong Police
 * ADCC (Anti-Deception Coordination Centre) alerts, UK Action Fraud and NCSC guidance,
 * Ofcom / Phone-paid Services Authority premium-rate warnings, US FTC consumer alerts,
 * Singapore Police Force ScamShield advisories, Australia Scamwatch (ACCC), and India's
 * CERT-In / RBI consumer awareness material.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_34_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}法务中心】{name}您好，您在{lenderapp}的借款已逾期{days}天，案件编号{case}已移交{city}合作律所，拟于{date}向户籍地法院递交诉状。今日{time}前仍可协商减免，请添加专员微信{wx}领取结清方案，[官方客服无法处理|勿再联系原平台客服]。",
    "{surname}生，閣下喺{loanapp}嘅欠款已轉交外判收數公司，我哋同事聽日會上門去你公司，同時通知你登記嘅緊急聯絡人。如想避免，今晚12點前將{amount}元轉入指定收款人戶口，轉數快ID {d6}{d3}，入數後截圖WhatsApp返我。",
    "FINAL NOTICE: Your {lender} agreement ref {case} has been passed to our field recovery team. A doorstep visit is booked for {dateen}. To [cancel the visit|stop further action], settle {gbp} today via our partner portal {link}. Do not call the lender, they can no longer accept payment.",
    "Call recording — Agent: Sir, I'm calling from recovery department regarding your {loanapp} loan, EMI overdue {days} days. If not paid in one hour we will send your photo as defaulter to all contacts in your phone. App payment is under maintenance, so pay Rs {amount} on the UPI ID I am sending on WhatsApp and share screenshot.",
  ],
  task_rebate: [
    "亲，我们是{shop}品牌推广部，现招居家兼职帮店铺点赞关注，一单{small}元当场结算，全程不用垫付哦～感兴趣回复1，HR拉你进{app}任务群。",
    "老師剛剛說第三輪是聯單任務，要三筆一起做完才能一起提領喔，你前面{amount}元佣金系統先凍結了，補足{amount2}元就會全部解凍，我上次也是這樣做完就都出來了，不要放棄啦。",
    "Hi, I'm Rachel from a digital marketing agency. We pay SGD 5 to 8 per task just for liking videos, about 10 min a day, daily payout via PayNow. Interested? Add me on Telegram {tg} and I'll send today's tasks.",
    "Your merchant account shows a negative balance of {usd} after the combination order. To release your {usd2} commission and finish today's 40 tasks, top up the difference in USDT to the address your reception officer provided. Session expires in {hours} hours.",
  ],
  investment: [
    "{name}您好，我是{company}投顾助理，王老师今晚免费分享一只连板潜力股，名额只剩{n}个，回复“888”拉您进VIP学习群。",
    "恭喜您跟随导师指令申购的新股已中签{n}手，请于{time}前补缴认缴资金{amount}元至平台对公账户，逾期视为违约，将扣除信用分并冻结账户。",
    "陳老師的AI量化程式這週勝率92%，明天開放機構專用席位，只收前20位，單筆最低{amount}元，你要搶的話跟我說，我先幫你保留名額。",
    "你好，我係{company}客戶經理。你喺平台嘅虛擬貨幣收益已達{usd}，但提款前要先繳納20%跨境稅同保證金，繳清後24小時內到賬，請聯絡線上客服{tg}。",
    "（来电录音）客服：您好，这边是{company}风控部。您的账户出现异常交易，系统判定为套利行为，资金已被冻结。要解冻需缴纳本金{pct}%的风险保证金，缴纳后会连同收益一并原路退回。",
    "姐，我跟你说那个养老项目现在每月分红都按时到，我上次投的{amount}元已经回本了，这期是最后一期认购，我帮你问了还能再留一份，明天就截止了。",
    "Hi {fname}, following your interest in our crypto trading programme, your account manager has arranged a call. Starter deposit is just 250 pounds, returns of up to 40% a month with our AI bot. Reply YES to book your slot.",
    "Your withdrawal of {usd} is pending. Under cross-border compliance rules, a one-time capital gains clearance fee of {usd2} must be paid from an external wallet before funds are released. Please contact your account supervisor.",
    "G'day, Mia from the trading group here. Professor's signal for tonight is gold long at 9pm sharp, those who followed yesterday made 18%. Don't miss it, deposit before 8 so the platform clears in time.",
    "Dear investor, you are selected for an institutional account in our SEBI-registered stock group. IPO allotment guaranteed, 300% returns in 30 days. Download the trading app from {link} and join our WhatsApp group for daily tips.",
    "Haha see I told you my uncle's platform is legit, I withdrew again this morning. You just put {usd} first to test lah, if can withdraw then you put more. I send you the link later ok.",
    "ok I've sent you the wallet address again. Make sure the network is TRC20 otherwise the deposit won't show. Once the {usd} arrives your VIP level upgrades and you unlock the 3x contract. Send me the hash when done.",
  ],
  fake_loan: [
    "【{loanapp}】尊敬的用户，您申请的借款{amount}元已审批通过，因银行卡号填写有误资金已被冻结，需缴纳解冻金{small}元以验证还款能力，验证完成后将连同借款一并到账。",
    "您好，這邊是貸款專員。您的信用分數還差一點，我們可以幫您做流水，您先轉{amount}元到我們的帳戶，我們再轉回去，讓銀行看到資金往來，額度就可以開到{amount2}元。",
    "Good news {fname}! Your loan of {gbp} is pre-approved, no credit checks. To activate, pay the refundable insurance bond of 89 pounds using a gift card and reply with the card code to release funds today.",
    "Congrats, your personal loan of Rs 5,00,000 is sanctioned at 2% interest. Pay processing fee of Rs 2,999 via GPay to our officer to receive NOC and disbursal letter. Loan ID {case}.",
  ],
  customer_service: [
    "您好，我是{shop}售后，您上周购买的{goods}被质检判定为问题批次，平台将给您双倍赔付{amount}元，请您下载“{app}”会议软件打开屏幕共享，我一步步指导您领取。",
    "{courier}理賠專員：你嘅包裹喺運送途中遺失，我哋會賠償三倍貨值。因理賠要經第三方支付，請用支付寶掃描我傳俾你嘅二維碼，再輸入收到嘅驗證碼確認身份。",
    "Hi this is {shopen} support. We noticed you were enrolled in a business annual plan of {usd}, auto-renewing tomorrow. If you did not authorise this, press 1 or call back; our agent will help you install a remote app to process the refund.",
    "Agent: I can see the refund of {usd} was accidentally entered as {usd2}, so you've received too much. Could you log back into your bank and send the difference using the gift card option, so my supervisor doesn't escalate this?",
  ],
  police_impersonation: [
    "（来电）这里是{city}市公安局刑侦支队，我警号{d6}。你名下一张{bank}卡涉嫌为跨境洗钱团伙提供资金通道，案件编号{case}。本案属于机密，不得告诉家人，现在请你找一个安静的房间，开视频配合做笔录。",
    "健保署通知：您的健保卡在{city}某診所被盜刷大量管制藥品，已涉及刑事案件，將為您轉接{city}地檢署承辦檢察官，如需協助請按9。",
    "This is DC Harris from the Met Police fraud unit. Staff at your bank are under investigation, so do not discuss this with them. To protect your savings, move them into the secure holding account we will text you. Ref {case}.",
    "This is a recorded message from Singapore Customs. A parcel under your name containing forged passports has been seized. Press 1 to be connected to the police officer in charge. Failure to respond will result in a warrant of arrest.",
  ],
  credit_repair: [
    "【金融监管通知】您在大学期间注册过校园贷账号，根据新规须在{date}前注销，否则将影响个人征信及子女入学。详询专员{phone}。",
    "（电话）您好，我是{app}金融客服，您名下的学生账户还处于开通状态，我们需要帮您注销清零，不过您在各平台的借款额度要先贷出来转到监管账户核验，核验完马上退还给您。",
    "Boost your credit score by 150 points in 30 days! Our specialists remove late payments and collections from all 3 bureaus. One-time upfront fee of {usd}, results guaranteed. Call now.",
    "Your CIBIL score has been flagged due to an old student loan app. Our settlement officer can clear your record today for a one-time fee. WhatsApp +91 {d4}{d6} immediately.",
  ],
  acquaintance: [
    "{name}，我是王总，这是我新号，旧号留给家里人用了。明天上午你到我办公室来一趟。",
    "小{surname}，我在开会不方便接电话，有个合作方的款项急着要付，一会儿把对方账号发你，你先用公司账户转{amount}元过去，回头我签字补流程。这事先别在群里说。",
    "班代，我是你國中同學阿豪啦，我換LINE了，加一下我新的ID：{wx}，最近在籌備同學會，想問你一些事。",
    "阿媽，我部手機跌咗落廁所，而家借緊朋友部機。我張卡又被鎖咗，交唔到租，你可唔可以幫我過{amount}蚊去房東個戶口先？我遲啲還返你。",
    "{name}家长您好，我是孩子的班主任{surname}老师，学校统一收取下学期资料费和校服费，每人{small}元，请扫描我刚在群里发的二维码缴费，付款后截图私发给我。",
    "好了舅舅，户名和卡号都发你了，你那边转完截个图给我就行，医院这边催得急，千万别跟我妈说，她身体不好，我怕她担心。",
    "Hi Mum, it's me, this is my new number, old phone broke. Can you save this one and delete the old one? x",
    "Hey it's me, dropped my phone at the beach lol, using a mate's. Got a bill that's overdue and can't log into my banking on a new phone. Can you cover {usd} for me and I'll pay you back Friday?",
    "Hi {fname}, this is Pastor Mike. I'm in a meeting and can't talk right now. I need some Google Play gift cards for a church member in hospital. Can you help? I'll reimburse you later today.",
    "Hello, this is your MD on my personal number, saving the old one for family. Are you at your desk? I need a small favour, please keep it between us for now.",
    "Eh bro it's Kenneth, changed my number. Can help me pay this PayNow invoice first? My limit hit liao. I transfer back to you tonight, I send you the QR now.",
    "Perfect dad, the account is under my roommate's name, routing {d6}{d3}, account {d12}. Please do it before 5 so it clears today, and don't mention it to Mom yet, I'll explain this weekend.",
  ],
  game_trade: [
    "老板，你挂的{game}那个号我要了，走{gameplat}交易吧。平台客服说你账户要先交{small}元保证金才能提现，我这边钱已经付过了。",
    "您好，您在{gameplat}出售的帳號已由買家付款，但因您尚未開通VIP提款權限，資金暫時凍結，請於{hours}小時內依客服指示儲值解凍。",
    "Hey, saw you selling rare skins in {game}. I'll pay {usd} through this middleman site {link}, safer for both of us. Just log in with your Steam there to confirm the trade.",
    "Selling max level {game} account with all the rare items, only {gbp}. Pay by bank transfer as friends and family, not through the marketplace, and I'll send the login details straight after.",
  ],
  romance: [
    "你好，不好意思加错人了，我是在{city}做花艺的，看你朋友圈风景拍得挺好的，可以交个朋友吗？",
    "宝贝，我叔叔内部消息说这个平台今晚有个补仓窗口，我自己已经投了，你先试试小额，{amount}元就行，我教你操作，赚了我们一起去{city}旅行。",
    "親愛的，我海外工作的單位要我回台前先繳清個人所得稅，不然護照會被扣住，我的錢都在凍結帳戶裡，你可以先幫我墊{amount}元嗎？回去我馬上還你。",
    "我喺{romanceapp}見到你張相好有氣質。我係工程師，而家喺中東油田做緊項目，下個月約滿就返香港，好想同你見面。",
    "{name}，我们结婚的事我爸妈都同意了，彩礼你不用担心。就是我那边的理财到期要续一期，还差{amount}元，你能先帮我凑一下吗？这样年底就能买房了。",
    "钱转过去了吗？客服说只要最后这笔{amount2}元个人所得税到账，{amount}元就能全部提出来，我已经帮你垫了一半，别让我失望好不好。",
    "Hi, is this Jennifer? Oh sorry, wrong number. You seem nice though, where are you based? I'm Daniel, I work in wine import.",
    "Darling, the customs officers at Heathrow are holding the gold I'm bringing for our new home. They want a clearance fee of {gbp} before release. I would never ask if I had another way. Please, my love.",
    "I'm a doctor with the UN on deployment and my account is restricted in this zone. I want to send you a package with my savings and a gift for you, but the courier needs the delivery insurance paid by the receiver.",
    "Good morning sweetheart 🌹 Did you sleep well? I keep thinking about our future. My uncle's crypto platform doubled my savings and I want you to be secure too. Let me guide you, just start small.",
    "You always ask why I don't video call. The camera broke and I'm on a rig with bad signal. But I'm real and I love you. Can you buy me an iTunes card so I can call you on the satellite line?",
    "Babe I'm at the airport now, they won't let me board without paying the overweight bag fee and my card got declined. It's {usd}. Send via Zelle to the agent's name I texted you, see you in 10 hours ❤️",
  ],
  military_purchase: [
    "老板您好，我是{city}武警某部后勤的{surname}干事，部队拉练要采购一批{goods}，数量{n}件，能开发票吗？",
    "你们店里的{goods}我们都要了，但部队还有一批专用睡袋必须一起采购，只能从我们的指定供应商拿，你先联系他垫付{amount}元，结账时财务一起对公打给你。",
    "老闆您好，我們是國軍單位，要訂{n}份便當，另外需要代購一批醫療用品，廠商電話給你，麻煩你先付款，我們會連同便當錢一起結清。",
    "Hello, I'm Sgt Clarke from the barracks. We need catering for {n} soldiers next week. Procurement rules say you must first buy the cleaning supplies from our approved vendor, then we reimburse everything on the official card.",
  ],
  prize: [
    "恭喜您！您的手机号在{tvshow}场外幸运观众抽选中获得二等奖，奖金{amount}元及笔记本电脑一台，请登录{link}填写领奖信息，验证码：{code}。",
    "尊敬的{shop}会员，您本月消费满额获得周年庆抽奖资格，已抽中{goods}一台，仅需支付运费及个人所得税{small}元即可领取。",
    "您好，這裡是{operator}客服，您本期電子發票對中獎項，獎金{amount}元，需先匯入{small}元印花稅後才能轉帳給您。",
    "恭喜閣下成為{app}十週年大抽獎得主，獲得{usd}現金券。請於{days}日內憑此短訊到{link}登記領取，逾期作廢。",
    "（电话）您好，我是公证处的工作人员，您之前在网上参加的抽奖已经公证中奖，因奖金金额较大，需要先缴纳公证费{small}元，我这边把公证书拍照发您。",
    "{name}你好，我是{school}校友会，你被抽中母校校庆幸运奖，奖品是{goods}，快递到付，请加微信{wx}确认收货地址。",
    "Congratulations! Your mobile number has won 500,000 pounds in the UK Mobile Lottery Draw. Ref {case}. To claim, email your full name, address and bank details to our claims agent.",
    "You've been selected as a winner of the national sweepstakes: {usd} and a brand new {car}. A small delivery and handling fee applies. Call {d3}-{d3}-{d4} to arrange your prize.",
    "KBC Lottery: Congratulations, your WhatsApp number has won Rs 25 lakh in the lucky draw. Contact our manager on WhatsApp to process. GST registration fee to be paid first.",
    "Hi! You are our lucky winner of the {shopen} 11.11 spin wheel, prize: {goodsen}. Claim within 24h at {link}, shipping fee SGD 1.99 only.",
    "Customer appreciation: you've won a $1000 supermarket gift card! Just complete a 30-second survey and pay $2 postage here: {link}",
    "Yes ma'am the prize is confirmed, but federal law requires the taxes be prepaid before release. Go to the store, get two {usd} Apple gift cards and read me the numbers on the back.",
  ],
  premium_rate: [
    "您的手机号被抽中为幸运用户，回复Y即可免费领取话费{small}元，退订回T。（信息费2元/条，按条计费）",
    "【情感热线】寂寞的夜晚想找人聊聊吗？拨打1259{d4}，温柔小姐姐在线陪聊，1元/分钟，不含通信费。",
    "您已成功訂閱每日星座運勢，每則收費{small}元，由電信帳單代收，如要取消請回覆「取消」至{d4}。",
    "你有一個未接留言，請即致電1900 {d3} {d3}收聽。每分鐘收費$8，另加一般話費。",
    "恭喜您获得免费测算机会！发送“测名”到10669{d4}即可查看您的姻缘财运详批，信息费5元/条。",
    "您的手机号已开通{app}视频彩铃会员，每月{small}元将从话费中扣除，如非本人操作请回复“N”取消。",
    "Your mobile has been chosen for a 2000 pound reward. To claim call 09{d3}{d3}{d4} from a landline. Calls cost 1.50 pounds per minute.",
    "To keep receiving your daily footy goal alerts reply YES to 8{d4}. 4.50 pounds per week until you send STOP.",
    "Your voicemail box is full. To listen to your 3 new messages dial 1-900-{d3}-{d4}. $4.99/min, 18+ only.",
    "Hey cutie 😘 bored tonight? Txt me back on 19{d6} for a chat. 55c per msg sent, 2 msgs per reply. 18+",
    "Dear customer, Hello Tune activated on your number. Rs 30/month will be deducted from your balance. To deactivate SMS STOP to 56{d3}.",
    "Congrats! You're chosen for our weekly iPhone quiz. Reply ANS A, B or C to 7{d4}. Each reply S$0.50, subscription S$6/week until STOP.",
  ],
  parcel_fee: [
    "【{courier}】您的快件{d12}因地址不详滞留{station}，请于{hours}小时内点击{link}补全地址并支付重派费{small}元，逾期将退回。",
    "您好，您的国际包裹在{city}海关被抽检，需补缴关税及清关手续费{amount}元方可放行，请于今日内处理，否则包裹将被退运销毁。",
    "中華郵政：您的包裹因郵資不足無法投遞，請於今日內至{link}補繳{small}元，否則將退回寄件人。",
    "香港郵政：閣下有一件郵件因未付關稅暫存，請於48小時內支付HK$18.50，詳情請點擊{link}。",
    "（电话）喂您好，我这边是{courier}，您有个到付件，寄件人写的{bank}，里面好像是一张卡和一封信，要到付{small}元，我发您个收款码，付完我给您放{station}。",
    "{name}你好，你的跨境包裹{d12}已到达{city}分拨中心，因申报价值不符需缴纳{small}元补税，添加清关专员QQ{qq}办理，24小时内不处理将退回。",
    "Royal Mail: Your parcel is being held due to an unpaid shipping fee of 1.45 pounds. Please settle at {link} to rearrange delivery.",
    "USPS: The package {d12} could not be delivered due to incomplete address information. Please update within 12 hours: {link}",
    "AusPost: we tried to deliver your item today but no one was home. A redelivery fee of $3.40 applies, reschedule at {link}",
    "SingPost: Your parcel is at the customs checkpoint. Import GST of S$2.80 is outstanding. Pay now to avoid return: {link}",
    "India Post: Your package has arrived at the warehouse but cannot be delivered due to incomplete house number. Pls update address within 24 hrs {link}",
    "Hi this is your {courieren} driver, I'm outside but the gate code isn't working. Also there's {usd} COD on this box, can you pay through the link in my next text so I can leave it at the door?",
  ],
  account_lock: [
    "【{bank}】尊敬的客户，您的账户因长时间未完成实名认证已被临时冻结，请于今日内登录{link}完成认证，逾期将永久停用。",
    "【ETC服务】您的ETC卡已失效，高速通行将被拦截，请点击{link}重新认证车牌{plate}信息。",
    "【LINE】您的帳號於異地登入已被暫時鎖定，為保障您的帳戶安全，請立即點擊{link}驗證身分。",
    "【八達通】你嘅八達通App賬戶因異常交易已被暫停，如非本人操作，請即登入{link}解除限制。",
    "【微信支付】您的微信账号涉嫌违规已被限制收付款，请在{hours}小时内联系专属客服解封，客服QQ：{qq}。",
    "【{app}】您的账户检测到风险交易，已暂停提现功能，为避免资金损失，请于{time}前至{link}核验银行卡信息。",
    "{banken}: A new payee was added to your account at {time}. If this wasn't you, your account has been locked. Call our fraud team on 0{d3} {d3} {d4}.",
    "Apple ID: Your account has been disabled for security reasons. Unlock at {link} within 24 hours or it will be permanently deleted.",
    "Netflix: We're having trouble with your current billing info. Your membership is on hold. Update now: {link}",
    "DBS: Your digibank access is suspended due to an unusual login. Reactivate via {link} to avoid permanent closure.",
    "Dear SBI user, your YONO account will be blocked today. Pls update your PAN card immediately: {link}",
    "Hi, this is Mark from {appen} security. We've frozen your account after a suspicious {usd} transfer. To restore access I'll send a code to your phone, please read it back to me so I can verify you're the owner.",
  ],
  tax_refund: [
    "【个税服务】您{year}年度个人所得税汇算清缴可退税{amount}元，因信息不全退税未到账，请登录{link}补充银行卡信息领取。",
    "【勞動部】您符合疫後安心補助資格，可領取{amount}元，請於{date}前至{link}登記收款帳戶。",
    "HMRC: You are eligible for a tax refund of {gbp}. Please submit your claim before {dateen} at {link}",
    "myGov: you have a cost of living payment of $750 ready. Verify your details to receive it: {link}",
  ],
};
