/**
 * Blind tuning set #90 (scam only; 10 templates per typology in the voice of fraud SMS as spam collections and carriers'
 * reports hold them — short, capitals, short codes, premium prices; session 17). Measured once on arrival (tree
 * 4f16922), 3 renderings per template: 16 of 16 typologies ≥ 85 %, mean 97.5 % (investment, romance, military_purchase,
 * premium_rate 90.0). Then tuned on.
 *
 * Blind tuning scam set 90 — session 17.
 *
 * Written BLIND: the author did not open, read or run anything of the project; all texts
 * were composed from general knowledge of how fraud SMS and premium-rate traps looked in
 * public spam collections and carriers' / regulators' reports, 2024–2026.
 *
 * Voice: mass-sent fraud SMS — short, ALL CAPS or text-speak, short codes, odd per-message
 * or per-minute prices, "FreeMsg", "URGENT!", claim codes, 09xx call-back numbers, STOP
 * instructions; Chinese texts as bulk fraud SMS with or without 【签名】, 退订回T, short
 * links and IDs to add. About a fifth of Chinese texts are Traditional (Taiwan / Hong Kong,
 * some Cantonese). English in UK, US, Indian, Singaporean, Malaysian, Nigerian, Filipino
 * and Australian flavours. At least 4 English texts per typology.
 *
 * Sources whose DESCRIPTIONS were paraphrased (no real message copied): the UCI / Almeida
 * SMS Spam Collection paper's description of UK premium-rate spam; Ofcom and PhonepayPlus
 * (PSA) notes on premium-rate and Wangiri missed-call scams; UK Action Fraud and NCSC
 * smishing advisories; US FTC consumer alerts; Australian Scamwatch; Singapore Police
 * ScamAlert; India's I4C / cyber-crime "digital arrest" advisories; China's 12321 reporting
 * centre and Ministry of Public Security 反诈 typology descriptions (刷单返利, 虚假投资,
 * 虚假贷款, 冒充客服, 冒充公检法, 注销校园贷, 冒充熟人, 游戏交易, 杀猪盘, 冒充军警购物);
 * Taiwan 165 反詐騙 and Hong Kong ADCC public notices.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_90_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}法务部】您的借款已逾期{days}天，欠款{amount}元，今日18:00前未处理将移交{city}法院立案并[通知您的通讯录联系人|联系您的单位和家人]。处理请加专员微信{wx} 退订回T",
    "{name}您好，您名下{lenderapp}账单已严重逾期，我方已受理委外催收，拟于{date}上门核实。请于{hours}小时内还款至指定对公账户，详询{phone}",
    "【金融纠纷调解中心】您的案件{case}已进入调解程序，逾期未协商将上报征信黑名单并冻结名下银行卡。协商入口：{link}",
    "【{lender}】你好，你嘅貸款已逾期{days}日，如果今日唔處理，我哋會聯絡你公司同屋企人。即刻還款：{link} 查詢WhatsApp {phone}",
    "FINAL NOTICE: Ur loan acct {d6} is {days} days OVERDUE. Pay {gbp} now via {link} or bailiffs will attend ur address. Ignore = CCJ. Ref {case}",
    "URGENT from Debt Recovery Unit: outstanding balance {usd} on ur payday loan. Legal action in {hours}hrs. Call 0906 147 {d4} NOW to settle. Calls £1.50/min",
    "Dear customer, ur loan EMI with {loanapp} is pending since {days} days. Pay today at {link} else ur contacts will be informed & case filed in cyber court. -Recovery Team",
    "Mr/Ms {fname}, Collections Dept here. Ur a/c has been passed to solicitors. To stop court action txt PAY to 85233 or call 09061 {d3} {d3}. 150p/min. Ref {case}",
    "律师函：{name}，您于{lenderapp}借款{amount}元长期拖欠，本所受委托将于{date}向法院提起诉讼。如需和解请在{hours}小时内联系承办人{phone}，[逾期不候|过时不候]。",
    "Hi {fname}, ur BNPL balance of {usd2} is 60 days late. Ur credit score will drop TODAY unless u pay via {link}. Msg&data rates may apply",
  ],
  task_rebate: [
    "【兼职】在家动动手指，给视频点赞一个3元，日结{small}-{amount}元，宝妈学生均可，加V：{wx} [退订回T|回T退订]",
    "您好，我是{shop}商家运营，招募店铺评价员，每单返佣{pct}，首单垫付{small}元秒返，详情加QQ{qq}",
    "恭喜您通过{app}兼职审核！首个任务佣金{small}元已备好，请下载会议软件进入任务群领取：{link}",
    "【高薪兼職】每日只需1小時，幫商家按讚、留評論，日賺NT$1500起，即做即領！有興趣加LINE：{d6}tw",
    "Hi! I'm {fname} from a recruitment agency. Part-time job: like YouTube videos, earn $50-$300/day, paid daily. Interested? Reply YES & I'll add u on WhatsApp",
    "JOB ALERT! Work from home rating hotels online, earn up to £{small}/day. Txt JOB to 82277 to start. £1.50/msg, 18+. STOP to end",
    "Dear applicant ur resume is shortlisted. Simple online task, salary Rs 2000-8000 daily. Contact HR on Telegram {tg}",
    "Task 3 completed! Ur commission {usd2} credited. Next is a COMBO order - top up {usd} to unlock & get 30% back. Contact mentor {tg}",
    "第3单为联单任务，需一次性完成3笔垫付共{amount}元，完成后本金加佣金{amount2}元一并返还，中途放弃视为违约，资金无法提现。",
    "Hello po! Online part time for Pinoys, P500-P3000 daily, just follow Shopee shops lang. No fee! Msg me sa Telegram {tg} 😊",
  ],
  investment: [
    "【{company}】尊敬的股民：本周[内幕牛股|主力建仓股]已出，三天翻倍，免费领取请加助理微信{wx}，名额仅剩{d3}个。退订回T",
    "{name}老师直播间今晚8点开讲，带你抓涨停，已有{d4}人跟单获利{pct}，入群链接：{link}",
    "您在{fund}的收益已达{amount2}元，提现需先缴纳{pct}个人所得税及通道费{amount}元，请联系平台客服处理。",
    "【港股內部群】老師帶單，新股認購保證中籤，月賺{pct}。名額有限，即刻加入：{link} 唔想收請回覆N",
    "BTC SIGNAL: Our AI bot made 340% last month. Invest from {usd} & withdraw daily. Join VIP now {link} Limited spots!!",
    "Congrats! U r selected 4 our FREE gold trading course, 98% win rate. Reply GOLD to 80882 to join (£3/wk until STOP)",
    "Dear Investor, SEBI-registered advisor here. Get multibagger stock tips daily in our WhatsApp group. 500% returns guaranteed. Join: {link}",
    "Your trading account balance $48,210 is ready to withdraw. Pay 10% release tax {usd} to the verification wallet first. Support: {tg}",
    "外汇黄金夜盘稳赚，导师一对一带单，首充{amount}送{small}，亏损包赔！下载APP：{link} 邀请码{d6}",
    "G'day mate, investment manager here, 15yrs exp. Put in AUD 250 & I'll turn it into 5k in a week via crypto mining. DM me {tg}",
  ],
  fake_loan: [
    "【{loanapp}】无视征信，黑白户均可贷，最高{amount2}元，当天放款，点击申请{link} 退订回T",
    "{name}您好，您的贷款{amount2}元已审批通过，因银行卡号填写错误资金已冻结，需缴纳解冻金{amount}元，请联系客服{phone}",
    "您的借款需刷流水证明还款能力，请向指定账户转入{amount}元，到账后连同贷款一并返还。",
    "免審核私人貸款💰 黑戶、信用差都可以借，最快30分鐘到帳，無需抵押。LINE ID：{d6}loan 24小時服務",
    "Need cash fast? Get £{amount} loan today, no credit check, bad credit OK! Txt LOAN to 88456. Msgs £1.50. Stop to 88456",
    "Your loan of Rs 50,000 is APPROVED. Pay processing fee Rs 999 to receive amount in 10 mins. Click {link}",
    "Congrats {fname}! Pre-approved loan up to {usd} at 0% interest. Just pay {usd2} insurance deposit to release funds. Reply Y",
    "Dear Sir/Madam, we offer loans at 3% interest rate to individuals & companies. No collateral needed. Contact Mr {fname} on loans.globalfinance@gmail.com",
    "Personal loan RM5k-RM50k approve fast, no CTOS no CCRIS also can. Pay RM300 stamp duty first then cash in. WhatsApp {d4}{d6} now!",
    "【{lender}】您的额度已提升至{amount2}元，年化低至{pct}，点击{link}立即领取，[逾期失效|今日有效]。",
  ],
  customer_service: [
    "【{shop}】您好，您购买的商品因质检不合格已下架，我们将为您办理{small}元双倍理赔，请添加客服{wx}处理。",
    "【{courier}】您的快递{d12}在运输中丢失，将为您理赔{small}元，请点击{link}填写信息领取。",
    "{app}客服：您开通的百万保障服务即将每月扣费{small}元，如非本人操作请致电{phone}取消，否则将影响征信。",
    "【蝦皮客服】親愛的用戶，您的賣場因未完成金流認證已被凍結，請於24小時內點擊{link}完成驗證，以免影響收款。",
    "{shopen}: Your Prime membership will auto-renew for £79.99 today. If not you, press 1 or call 0203 {d3} {d4} to cancel & refund.",
    "Hi this is {shopen} refund dept. We overcharged u {usd} on ur last order. To process refund pls install AnyDesk & share the code w/ our agent.",
    "{courieren}: we damaged ur parcel {d12}. For compensation of {gbp} reply with ur bank details or visit {link}",
    "FreeMsg: {appen} customer care. Ur refund {usd2} is pending. Call helpline 0906 230 {d4} to release (£1.50/min). T&Cs apply",
    "Hello Sir, Flipkart customer care here. Your order got cancelled, refund Rs 1,499 pending. Kindly share OTP received to complete refund.",
    "您好，这里是{app}客服，检测到您开通了学生会员，毕业后将每月扣费{small}元，需要您下载会议软件共享屏幕帮您关闭。",
  ],
  police_impersonation: [
    "【{city}公安】{name}，您涉嫌一起洗钱案件（案号{case}），请于今日联系办案民警{phone}配合调查，逾期将发布通缉。",
    "您好，这里是{operator}，您的号码因涉嫌发送诈骗短信将在2小时后停机，转人工请按9。",
    "【社保中心】您的社保卡已被冻结，因涉嫌异地违规套取医保，请立即点击{link}进行解冻认证。",
    "【刑事局】您名下帳戶涉及詐欺案件即將凍結，請撥打{phone}與承辦檢察官聯繫，並將存款轉入監管帳戶配合調查。",
    "This is the IRS. A lawsuit has been filed against you for tax evasion. Call 1-888-{d3}-{d4} immediately or a warrant will be issued for your arrest.",
    "URGENT: Metropolitan Police. Ur bank card was used in fraud. To protect funds move them to a SAFE ACCOUNT. Call DC {fname} on 07{d3} {d6}.",
    "Dear Sir, this is TRAI. Your Aadhaar-linked SIM is used for illegal activity, number will be blocked in 2 hrs. Press 9 to speak to Cyber Crime officer.",
    "NOTICE from Customs: parcel in ur name contains illegal drugs & fake passports. Press 1 to speak to an officer or face arrest. Case {case}",
    "Singapore Police Force: you are assisting in a money laundering investigation. Do not tell anyone. Transfer funds to MAS safety account for checking. Ref {case}",
    "您好，我是{city}检察院的，您名下{bank}信用卡在外地透支{amount2}元，涉嫌恶意透支，需配合资金清查，此案保密，不得告知家人。",
  ],
  credit_repair: [
    "【{app}金融】您在校期间开通的校园贷账户未注销，根据监管新规需在{date}前注销，否则影响个人征信，详询{phone}",
    "个人征信修复，逾期记录、呆账、黑名单均可[消除|洗白]，成功后付款，加V{wx}咨询。",
    "{name}您好，您的{lenderapp}学生账户需注销，注销前需将额度全部借出转入指定账户清零，操作请联系客服。",
    "【聯徵中心】您的信用紀錄顯示異常，如需協助刪除負面紀錄，請加LINE：{d6}cr 專人處理，保證7天見效。",
    "Bad credit? We can REMOVE CCJs, defaults & late payments from ur file in 30 days. Guaranteed! Txt FIX to 85151. £2/msg",
    "Your credit score dropped 120 pts due to an unclosed student loan account. Verify & close it at {link} to restore your rating.",
    "CIBIL score low? Get it fixed to 750+ in 7 days, no more loan rejection. Fee only Rs 2,999. Call +91 9{d3}{d6}",
    "Hi {fname}, we found negative items on ur credit report. Our licensed agents can delete them for {usd}. Pay via gift card to start. Reply YES",
    "【征信中心】您的个人信用报告存在不良记录，请于{hours}小时内登录{link}申请异议处理，逾期将无法办理贷款。",
    "ALERT: Ur credit file shows an old payday loan in ur name. To close it & avoid default, transfer remaining {gbp} to our clearing acct. Call 0845 {d3} {d4}.",
  ],
  acquaintance: [
    "爸，我手机掉水里了，这是我新号，先别打电话，我在[开会|上课]，帮我转{amount}元给同学，急！",
    "{name}，我是你们{surname}总，明天来我办公室一趟。另外现在有笔款急需转给合作方，你先帮我垫付一下，我这边开会不方便接电话。",
    "老同学，还记得我吗？我是{surname}，好久不见，换号了加下我微信{wx}，有事想麻烦你。",
    "媽，我係阿仔，換咗新號碼呀，部手機跌爛咗。而家急住交租，可唔可以幫我轉{amount}蚊去呢個戶口先？唔好話俾爸爸知。",
    "Hi Mum, it's me. Dropped my phone in the loo 🙈 this is my new number. Can u text me on WhatsApp? need a favour x",
    "Hey it's {fname}, new number! Stuck abroad, wallet stolen. Can u send {gbp} to my mate's account? Pay u back tmrw, don't tell Dad pls",
    "Hello, this is your manager {fname}. I'm in a meeting & need you to buy 5 Apple gift cards ({usd2} each) for a client. Send me the codes asap. Keep it confidential.",
    "Grandma it's me, I had a car accident and the police arrested me. Please don't tell mom. My lawyer will call u, he needs {usd} for bail.",
    "Dear {fname}, it's your pastor. Pls I need a quick favour, send Google Play card of $100 for a sick member of the church. God bless",
    "舅，刚才视频你看到了吧，信号不好挂了。我这边急需{amount2}元，直接转到这个卡上：{bank} 6222{d12}，回头跟你解释",
  ],
  game_trade: [
    "【{gameplat}】您出售的{game}账号已被买家下单，因您的账户未开通保证金，资金已冻结，请缴纳{small}元解冻。",
    "{game}低价代充，648档只需{small}元，皮肤全网最低，加QQ{qq}上车。",
    "你好，我是{game}买家，想收你的号，价格{amount}好商量，走我们常用的交易平台{link}更安全。",
    "【{game}官方】恭喜獲得限定造型兌換資格，登入{link}綁定帳號即可領取，活動僅限24小時！",
    "FREE 10,000 Robux! Claim now at {link} before offer ends. Enter ur username & password to verify.",
    "Hey bro wanna buy my Fortnite acc w/ 200 skins for {usd2}? Pay via Steam gift card only, I send login after. DM {tg}",
    "Steam Support: ur trade was flagged. To unlock inventory pay {usd2} verification fee or items will be deleted in 24h. {link}",
    "WIN a FREE PS5 + FIFA points! Txt GAME to 87121 now. 1 entry=£1.50. 16+ Stop? txt STOP",
    "Selling CS2 knife skins cheap, 50% below market. Use middleman site {link} for safe trade. Ping me on discord ok?",
    "{game}内部福利号，首充1折，无限元宝，扫码下载：{link} 邀请码{d4}",
  ],
  romance: [
    "亲爱的，今天平台又有漏洞了，我叔叔内部消息，你充{amount}进去今晚就能翻倍，我已经投了，信我一次嘛❤",
    "{romanceapp}提醒：有位{city}的女生对你发出了心动信号，点击{link}查看她的私密相册。",
    "宝贝，我在叙利亚维和部队当军医，下个月退役，想把积蓄{usd}寄给你保管，海关要交清关费{amount}元，你先帮我垫一下。",
    "哥哥你好呀～我係{romanceapp}識嘅Candy，今晚好寂寞，想同你視頻傾偈，先入呢個app：{link} 😘",
    "Hi handsome 😘 I'm Anna, 24, lonely tonight. Chat with me LIVE on 09094 {d3} {d3}. Calls 150p/min. 18+ only xx",
    "My love, the box with gold & cash I sent u is held at customs. They need {gbp} clearance fee before release. Pls pay the agent today, I'm counting on u ❤️",
    "FreeMsg: Hey there! U've been matched with 3 singles in ur area. Txt DATE to 69866 to read their msgs. £1.50/msg. 18+ T&Cs",
    "Hi dear, I'm a US Army surgeon on UN mission in Yemen. I want us to start a life together. I need {usd} for my leave application so I can come to you.",
    "Babe, my uncle's crypto platform has a 2hr window tonight, put in {usd} and we both double it. I already did. Don't u trust me? 🥺",
    "你好，加错人了，不过感觉你挺有眼缘的😊 我在{city}做珠宝生意，平时研究点黄金期货，可以交个朋友吗？微信{wx}",
  ],
  military_purchase: [
    "您好，我是{city}武警部队后勤处的{surname}助理，部队需要采购{goods}200箱，价格好说，麻烦报个价，加我微信{wx}详谈。",
    "老板，部队训练急需{goods}，我们有指定供应商，你先帮忙从他那里进一批，垫付{amount2}元，结算时一起付给你。",
    "【采购通知】{school}后勤采购{goods}一批，需供应商先缴纳{amount}元入库保证金，合同签订后退还，联系人{surname}老师{phone}。",
    "老闆你好，我哋係部隊後勤，要訂{goods}一批，今晚就要。另外要你幫手向指定廠家代購戰備物資，先墊付訂金，我哋會連同貨款一齊結。",
    "Hi, this is Sgt {fname} from the army base. We need 300 {goodsen} for training urgently. Can u quote? Payment by bank transfer after delivery.",
    "Dear supplier, {clinic} procurement here. We need 50 units of {goodsen}. Pls advance payment to our approved vendor first, full refund with PO.",
    "Hello ma, I am Captain {fname} of the army barracks. We want to order {goodsen} in bulk, kindly pay the delivery deposit {usd} to our logistics agent.",
    "Good day, police station here. We need catering for 80 officers tonight. Please prepay {gbp} to our regular drinks supplier, we settle all with PO tomorrow.",
    "Hi this is Major {fname}, US Army. Interested in your truck listed online. I'll send a cashier's check for extra, pls refund the difference {usd} to my shipper.",
    "【部队采购】您好，部队食堂长期采购{goods}，月结，需先签订军需供应协议并缴纳{small}元建档费，详询{phone}。",
  ],
  prize: [
    "【{tvshow}】恭喜您被抽中为场外幸运观众，获得奖金{amount2}元及笔记本电脑一台，请登录{link}领取，验证码{code}。",
    "恭喜您的手机号在{operator}周年庆抽奖中获得二等奖，奖金{amount}元，需先缴纳个人所得税{small}元，详询{phone}",
    "【超商週年抽獎】恭喜您抽中iPhone 16一部！請於48小時內登記{link}並支付運費NT$59，逾期視為放棄。",
    "{shop}会员回馈：您已获得{small}元[积分红包|现金红包]，今日过期，点击{link}兑换。",
    "URGENT! Your mobile number has been awarded a £2000 prize GUARANTEED. Call 09061 {d6} from landline. Claim code {d4}. Valid 12hrs. 150ppm",
    "WINNER! U r today's lucky {operatoren} customer. £750 cash or 2 wk holiday to Tenerife awaits. Call 09058 {d3} {d3} now. Code HX{d3}. 18+ £1/min",
    "Congratulations! Ur number won 1st prize of $1,000,000 in the soft drink promo. To claim, send name, address & {usd2} processing fee to claims agent {fname}.",
    "Dear winner, your phone number won $750,000 in the Facebook lottery. Contact claims officer on WhatsApp +234 80{d4}{d4}",
    "Your {shopen} order number was drawn in our monthly raffle! Claim your {usd} gift card at {link} within 24hrs.",
    "Sir ur mobile no. selected by KBC lottery for Rs 25 lakh. Pay GST Rs 8,500 to receive money. Call Rana ji 9{d3}{d6}",
  ],
  premium_rate: [
    "FreeMsg: Txt LOVE to 89555 to find out who fancies u! 3 msgs/wk @ £1.50 each. Stop? txt STOP to 89555. 16+",
    "U have 1 missed call from a secret admirer. Call 09064 {d3} {d3} to reveal who! Calls cost £1.50/min from BT landline",
    "Ringtone club: get the UK charts on ur mob each wk! Reply TONE to 87077. £3/wk until u send STOP. T&Cs www.tones4u-mob.com",
    "Sexy singles in ur area waiting 2 chat! Call 0908 {d3} {d4} now. 18+ only, 60p/min, adult content",
    "You are entitled to a FREE camera phone upgrade! Call The Mobile Upgrade Team on 09066 {d3} {d3}. Calls 150p/min. Opt out? txt NOUPD to 83600",
    "Sorry missed ur call, it's important pls ring me back on +882 {d4} {d4} asap - {fname}",
    "【情感热线】寂寞了吗？美女主播一对一陪聊，拨打1259{d4}{d4}即可畅聊，资费1元/分钟，退订回T",
    "恭喜您获得免费测算机会，回复1开通每日运势播报，每条2元，回复TD退订。",
    "您有一通未接來電，對方留言給你，請撥打0204{d6}收聽，每分鐘NT$30",
    "Wanna know ur IQ? Answer 5 quick Qs! Txt IQ to 80160. Result costs £4.50 & u join Brainclub at £4.50/wk. Help 0845 {d3} {d4}",
  ],
  parcel_fee: [
    "【{courier}】您的快递{d12}因地址不详无法派送，请于{hours}小时内点击{link}更新地址，逾期退回。",
    "菜鸟驿站提醒：您有一个包裹因关税未缴暂扣海关，需缴纳{small}元清关费，缴费地址{link}",
    "【香港郵政】您的郵件因地址不完整暫存倉庫，請於24小時內支付HK$12重新派送費：{link}",
    "{courieren}: Your parcel is waiting for delivery. Pls confirm the settlement of {gbp} on the following link: {link}",
    "USPS: Package {d12} could not be delivered due to incomplete address. Update within 12h: {link}",
    "RoyalMail: ur item has a £2.99 shipping fee outstanding. It will be returned to sender unless paid at {link}",
    "SingPost: Your package is on hold due to unpaid duty S$2.50. Pay by today to avoid return: {link}",
    "AusPost: We attempted delivery today, no one home. Reschedule & pay $3.20 redelivery at {link} or parcel is disposed after 5 days",
    "【国际快递】您的海外包裹{d12}已到达{city}海关，申报价值不符需补缴关税{amount}元，请联系清关专员{phone}",
    "您好，您的包裹{pick}在{station}因超时未取产生滞留费{small}元，请点击{link}缴纳后领取。",
  ],
  account_lock: [
    "【{bank}】您的账户因长时间未认证将于今日冻结，请登录{link}完成实名验证。",
    "【ETC服务】您的ETC卡已失效，为避免影响通行，请登录{link}重新认证。[退订回T|拒收请回复R]",
    "【医保】您的医保电子凭证存在异常将被停用，请点击{link}更新信息。",
    "【中華電信】您的帳號因異常登入已暫停使用，請立即點擊{link}驗證身分，以免門號停話。",
    "{banken}: A new payee was added to your account. If this wasn't you, verify at {link} to secure your account.",
    "Netflix: Ur payment was declined & ur account is on hold. Update billing details at {link} to keep watching.",
    "Apple ID locked for security reasons. Unlock within 24h at {link} or all data will be deleted.",
    "Dear SBI customer, your YONO account will be blocked today. Pls update your PAN card immediately: {link}",
    "{appen} ALERT: Ur account will be suspended in {hours}hrs due to policy violation. Appeal here: {link}",
    "Maybank: ur account has been temporarily blocked lah. To reactivate kindly login via {link} before 5pm today.",
  ],
  tax_refund: [
    "【个税APP】您有一笔{year}年度个人所得税退税{amount}元待领取，请于{date}前登录{link}申请，逾期作废。",
    "【人社局】您符合{year}年育儿补贴发放条件，补贴金额{amount}元，请点击{link}填写银行卡信息领取。",
    "【社保中心】您的社保补贴{small}元已到账，需核对身份后发放，领取地址：{link}",
    "【財政部】您的綜所稅退稅NT$3,280因帳戶資料錯誤退回，請於3日內至{link}重新登記帳戶。",
    "HMRC: You are eligible for a tax refund of {gbp}. Submit your claim at {link} within 48 hrs.",
    "IRS: Your {year} stimulus payment of {usd} is pending. Confirm your bank info at {link} to receive it.",
    "myGov: You have a pending ATO refund of ${amount}. Verify your details to receive it: {link}",
    "Income Tax Dept: Your refund of Rs 15,490 has been approved. Pls verify your account no. at {link}",
    "IRAS: You have an unclaimed GST Voucher payout of S$850. Claim by today via {link}",
    "FreeMsg: Ur council tax rebate of £150 is ready! Reply CLAIM w/ ur sort code & acc no. or call 0906 {d3} {d4} (£1/min)",
  ],
};
