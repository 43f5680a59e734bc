/**
 * Blind tuning set #59 (scam only; 8 templates per typology, half English of ten countries, half Chinese of every kind; session 15). Measured once on arrival (tree a7599dd), 3 renderings per
 * template: fake_collection, task_rebate, investment, customer_service, acquaintance, premium_rate 87.5, the rest 100 %.
 *
 * Blind tuning set 59 — SCAM templates only (8 per typology, 16 typologies).
 *
 * Written BLIND to the classifier: no code, rules, thresholds or prior data of the
 * project were consulted. Every line is original wording invented for this set.
 *
 * Styles: roughly half English (US, UK, Canada, Ireland, South Africa, Kenya,
 * Hong Kong English, Singlish, Indian English, Filipino English — formal notices,
 * text-speak, WhatsApp/iMessage/Telegram chat lines, short call transcripts) and half
 * Chinese (Simplified, Taiwan Traditional, Hong Kong Cantonese, and mixed
 * Chinese-English as typed by overseas students and workers). Some are only an
 * opener with one subtle hint, some are mid-conversation, some are the closing ask.
 *
 * Scam mechanics were paraphrased from public DESCRIPTIONS of scam scripts (never
 * copied texts or data sets): 国家反诈中心 / 公安部 typology publicity (e.g. the
 * commonly listed 电信网络诈骗 categories), Taiwan 165 全民防騙 notices, Hong Kong
 * Police ADCC / 守網者 advisories, Singapore Police Force ScamShield advisories,
 * US FTC consumer alerts, UK Action Fraud and Ofcom / Phone-paid Services Authority
 * guidance, Irish Garda and Kenyan Communications Authority / DCI public warnings,
 * South African SABRIC and Indian cyber-crime (1930) awareness material.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_59_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}法务部】{name}，您在{loanapp}的借款已逾期{days}天，欠款{amount}元。今日18点前未处理将移交属地律所立案，并同步通知您通讯录中的紧急联系人。唯一还款通道：{link}",
    "{surname}先生/女士，我司受{lender}委托催收，系統顯示您名下欠款已轉入上門外訪流程，外訪人員明日前往{city}您的戶籍地。如需撤銷，請今日內將{amount}元轉入指定對公代收帳戶，詳詢{phone}。",
    "喂{name}，我係{lender}貸後部，你筆數拖咗{days}日喇，再唔還我哋就打俾你公司同屋企人。而家俾個優惠你，還{amount2}就當結清，加我微信{wx}攞收款碼。",
    "Final reminder from {lender} Recovery: your account {d6} is {days} days overdue. A negative credit listing and field visit have been scheduled. To stop legal action settle {usd} today via the agent link {link} — do not pay through the app, it is locked.",
    "Hi {fname}, this is Kevin from the collections team. Your loan on {loanapp} is in default n we r filing with the small claims court in {days} days. Your references incl your employer will be notified. Call me back on {phone} b4 5pm to arrange a discounted settlement.",
    "NOTICE OF INTENT: Dear {fname}, your outstanding KES balance with {loanapp} has been escalated. Our agents will contact all persons in your phonebook tomorrow. Pay through our recovery Till (not the app paybill) to clear your name. Reply PAY for details.",
    "Dear Customer, arrears of {gbp} remain on your account. Enforcement agents are authorised to attend your address. To avoid a visit, pay using the secure settlement page {link} and quote ref {case}.",
    "{name}你好，这边是{lender}协商中心。你的账单已经进入征信上报环节，现在唯一能撤回的办法是今天把最低{small}元的“停催费”扫码付到经办人个人账户，二维码我微信发你，加{wx}。",
  ],
  task_rebate: [
    "亲，招兼职点赞员～在家动动手指，给{shop}商家视频点赞截图，一单{small}元，日结不压款。感兴趣加导师QQ{qq}领取第一单体验任务",
    "恭喜你通过试用期！今天的联单任务共3单，需要先垫付{amount}元完成，系统返还本金+{pct}%佣金。注意联单中途不能退出，否则数据冻结无法提现哦。",
    "老師說你這組任務卡單了，要再補{amount2}元才能解凍，之前的本金跟傭金會一起退回，大家都是這樣操作的，不用擔心。",
    "hi dear, we are recruiting part-time staff for {shopen} product rating. Earn {usd}-{usd2}/day, only need your phone 10-20 mins. Interested? Pls reply on WhatsApp and our HR Ms Lina will guide u :)",
    "Telegram: Welcome to Task Group 77! Today's prepaid mission: top up {usd} to your work wallet, complete 30 orders, receive principal + 30% commission. VIP members complete in 15 mins. Receptionist: {tg}",
    "Hello po! Ur application for online assistant job is approved. Task: like & follow 3 YouTube channels, send screenshot, get 150 pesos via GCash instantly. Add our coordinator on Telegram {tg} to start.",
    "Your account shows a negative balance after the combination order. To withdraw your {usd2} earnings you must clear the deficit of {usd} first. This is company policy, all workers must do it.",
    "嗨{fname}～我係做review嘅公司HR，part time幫商戶打好評，每單有佣金，唔使經驗。你有冇WhatsApp？我加你入工作群，第一日有新人獎勵。",
  ],
  investment: [
    "【{company}】尊敬的投资者，本周牛股内参已出炉，{fund}首席导师带队实盘，加入VIP战法群免费领取3只涨停潜力股：{link} 退订回T",
    "{name}，昨天老師喊的那支你有跟嗎？群裡好幾個都賺了{pct}%。下週有機構專用通道的打新名額，額度不多，要的話我幫你跟助理報名。",
    "哥，我在{company}平台那笔提现审核没过，客服说账户盈利超过{amount}元要先交{pct}%的个人所得税才能出金，你之前提的时候也是这样吗？",
    "Dear Investor, our AI quant system achieved 312% returns last quarter. Limited seats for the Gold Circle: start with {usd}, withdraw anytime. Contact our analyst on WhatsApp to claim a free trial signal today.",
    "Hey {fname}! Good news, ur profit on the platform is {usd2} now. To process withdrawal, the exchange requires a one-time anti-money-laundering verification deposit of {usd}. Once done funds arrive in 2 hrs.",
    "Mentor Richard: Team, tonight 9pm sharp we enter the USDT contract together. Those who haven't topped up please contact the assistant {tg}. Minimum {usd} to follow the signal, don't miss it again like last week.",
    "Namaste {fname} ji, I am from {company} SEBI-registered advisory. Our premium IPO allotment group gives guaranteed 5x listing gains. Join via {link}, only 20 slots left for this month.",
    "Bro ah, the forex group I told u, last week I put {usd} already double lah. Teacher say next round can follow, u want I send u the app link? Must download from their website cos not on App Store.",
  ],
  fake_loan: [
    "【{loanapp}】您申请的{amount}元借款已审批通过，因您填写银行卡号有误资金已被冻结，需缴纳{amount2}元解冻金验证还款能力，解冻后与借款一并到账。专员：{phone}",
    "{name}您好，您的征信评分偏低，系統無法直接放款。請先在指定帳戶存入{amount2}元做「刷流水」證明，半小時後連同貸款{amount}元一起退回。",
    "無抵押低息私人貸款，免睇TU，最快即日批核！首次申請者只需先付{small}元手續費，即可提取最高{amount}元。WhatsApp {phone} 查詢。",
    "恭喜您成为{loanapp}会员！开通VIP会员（{small}元/年）即可享0利息额度{amount}元，秒批秒到：{link}",
    "Congratulations! Your loan of {usd2} has been approved by {lender} Finance. To release funds a refundable insurance deposit of {usd} is required. Send to the processing officer via Cash App and share the receipt.",
    "Hi {fname}, ur personal loan is ready to disburse but system flagged ur account as inactive. Kindly pay KES 1,500 activation fee to our agent Till to unlock. Funds reflect within 10 mins.",
    "Dear applicant, your instant loan of Rs 50,000 is sanctioned. Pay file charge Rs 2,499 via UPI to complete documentation. Pan card verification already done. Offer expires in {hours} hours.",
    "UK Loans Direct: Your application for {gbp} is APPROVED regardless of credit history. An upfront arrangement fee of {gbp} applies. Pay via bank transfer to secure your funds today: {link}",
  ],
  customer_service: [
    "您好，我是{shop}售后客服，您{date}购买的{goods}经质检存在甲醛超标问题，我们将为您办理三倍赔付退款{amount2}元，请添加理赔专员QQ{qq}登记。",
    "{courier}理赔中心：您的快递单号{d12}在转运中丢失，按规定赔付{small}元，请点击{link}填写收款信息，需开启共享屏幕由专员指导操作。",
    "您好我是{app}客服，您之前不小心开通了百万保障会员，每月自动扣费{small}元，如不关闭将影响征信。现在帮您取消，请下载会议软件并输入会议号{d6}。",
    "親，你的{shop}賬戶被誤設為代理商，每月要扣費，我這邊幫你取消，要先到{app}借一筆備用金驗證你的還款能力，驗證完馬上退回。",
    "Hi, this is {shopen} customer support. An iPhone order for {usd2} was placed on your account. If this wasn't you press 1 to speak to an agent. Caller: okay to process refund pls install AnyDesk so I can guide you.",
    "{courieren}: We're sorry your parcel {d12} was damaged in transit. You're entitled to compensation of {gbp}. Confirm your card details to receive it at {link}",
    "Hello from {shopen} Prime. Your annual membership of {usd} will auto-renew today. To cancel and get a refund call our helpdesk on 1-800 number in your email. Agent will verify via gift card.",
    "Hi {fname}, ur Lazada order was double charged lah. I'm from refund team, can help u reverse the {usd} but need u to read me the OTP that comes to ur phone ya.",
  ],
  police_impersonation: [
    "{name}你好，这里是{city}市公安局刑侦支队，你名下一张{bank}卡涉嫌为跨境洗钱团伙提供资金通道，案件编号{case}。本案涉密，请勿告知任何人，马上到安静房间开视频做笔录。",
    "您好，这里是{city}医保中心，您的医保卡在外地有异常消费{amount}元，涉嫌骗保。我帮您转接当地公安机关备案，请保持电话畅通。",
    "這裡是{city}地方檢察署，您涉及一宗詐欺洗錢案件，法院已核發拘票。為證明清白，需將名下存款轉入法院監管帳戶進行資金清查，清查完畢全額歸還。",
    "喂，{surname}生呀？我哋係入境處，你個身份證喺大陸被人冒用辦咗電話卡，而家轉駁俾公安跟進，你要喺網上登記一個安全帳戶配合調查，千祈唔好同屋企人講。",
    "This is Officer Daniel Reyes with the Social Security Administration. Your SSN has been suspended due to suspicious activity in Texas. To avoid arrest, you must move your savings into a protected federal account today.",
    "HMRC: A warrant has been issued in your name for unpaid tax of {gbp}. Press 1 to speak with an officer. Failure to respond will result in arrest within {hours} hours.",
    "Transcript. Caller: Good day Ma'am, this is Inspector Sharma from Mumbai Cyber Cell. A FedEx parcel in your Aadhaar name contained drugs. You are under digital arrest, stay on Skype video and do not disconnect until verification of your bank funds is complete.",
    "Ms {fname}, this is Customs and Excise Hong Kong. A parcel under your ID contains counterfeit passports. We will transfer you to Shanghai police. Keep this confidential, any disclosure obstructs investigation.",
  ],
  credit_repair: [
    "【征信中心】{name}您好，检测到您有一笔不良记录将于{date}上报人行征信，可申请内部修复通道消除逾期，成功后收费，咨询{phone}。",
    "同学你好，我是学信网工作人员，你大学期间在{loanapp}开通过校园贷账户，根据新规必须注销，否则影响征信和就业，加微信{wx}办理。",
    "您的京東金條/微粒貸額度被判定為學生賬戶，需按監管要求清零並註銷，請把可借額度全部借出轉入核查帳戶，核實後原路退回。",
    "專業洗白征信！黑戶、逾期、查詢過多都可以處理，内部人員操作，{days}天見效，先付一半定金{amount2}元。",
    "Credit Repair USA: Remove late payments, collections & bankruptcies from your report in 30 days, GUARANTEED. Pay {usd} setup fee today and watch your score jump 100+ points. Reply YES.",
    "Hi {fname}, we noticed negative entries on your credit profile. Our team can get you a new clean credit file legally with a new CPN number. Limited offer {usd}. DM us.",
    "Dear {fname}, as per new CRB guidelines, your blacklisting can be cleared with a clearance certificate. Pay processing fee KES 2,000 to our agent and receive certificate within 24hrs.",
    "Hey it's Tanya from Score Fix. Ur credit app denied? We can delete the old student loan default off ur file. Just need ur SIN + a small deposit to start the dispute.",
  ],
  acquaintance: [
    "{name}，我是你{surname}总，这是我新号码，旧号不用了。加一下我这个微信{wx}，有点事要交代你。",
    "小{surname}，我这边在开会不方便接电话，有个合作方急需付一笔{amount}元的款，你先帮我转过去，账号我发你，下午财务给你报销，这事先别声张。",
    "媽，我手機掉進水裡了，這是我同學的號碼。我現在急需交{amount2}元的實習押金，你先轉到這個帳戶，晚點再跟你解釋，先別跟爸說。",
    "喂，估下我係邊個？冇錯我係你舊同學阿明呀！我換咗號碼，遲啲飲茶。對了，我而家喺外地有啲急事，可唔可以借住{amount2}蚊？",
    "Hi Mum, this is my new number, my old phone broke. Can you save this one and delete the old? Need a quick favour when u have a sec xx",
    "Hello {fname}, it's Principal Adams. Are you available? I need you to handle a discreet task for me, I'm in a meeting. Need 5 Apple gift cards for staff appreciation, will reimburse. Keep this between us.",
    "Dad it's me, lost my phone and I'm using a friend's. I've got a bill to pay today but my banking app won't let me log in on this phone. Could u pay it for me and I'll sort u out Friday? Will send details",
    "Hey {fname}!! long time no see. It's Joanne from secondary school, I'm overseas now. Add me on WhatsApp pls, this my new number. Got something to ask u, abit paiseh.",
  ],
  game_trade: [
    "你在{gameplat}挂的{game}账号我要了，价格没问题。不过我们走这个第三方交易平台吧，更安全，链接{link}，你先注册一下。",
    "您好，您的{game}账号已售出，但由于您的收款账户信息填写错误导致资金被冻结，需缴纳{small}元保证金解冻，客服QQ{qq}。",
    "免費送{game}稀有皮膚！官方週年慶活動，登入{link}輸入遊戲帳號密碼即可領取，限量前500名。",
    "兄弟，我喺{gameplat}見你放緊號，我出{amount2}收，不過你要先俾一次性保證金{small}俾平台驗證，我已經付咗款喺度等緊你。",
    "Hi, I saw ur {game} account listing. I'll buy it for {usd2}. Already paid via escrow, check ur email. You need to send the account login to the escrow agent first then money will release.",
    "Congrats! You've been selected for 10,000 free Robux in the {game} anniversary giveaway. Verify your account at {link} before it expires.",
    "yo bro selling skins cheap, AK Redline 60% off. pay thru gift card cos steam trade ban lol. DM me on discord, legit 100% got vouches",
    "Buyer: Ok I pay {usd} for ur account. But the marketplace says ur withdrawal is locked because of wrong bank name. U need to pay the unlock fee {usd2} then everything refund together.",
  ],
  romance: [
    "你好，加錯人了吧？不過能認識也是緣分，我在{city}做跨境電商，平時喜歡烘焙和旅行，你呢？",
    "宝贝，我舅舅在{company}内部做数据分析，他说这个平台今晚有个漏洞可以稳赚，我已经投了{amount}元，你也试一下好不好？就当为我们将来攒钱。",
    "亲爱的，我在叙利亚维和任务快结束了，想把这些年的积蓄寄回国和你团聚，包裹卡在海关要交{amount2}元清关费，你先帮我垫一下。",
    "Hi dear, I got your number from {romanceapp}. I'm a UN doctor currently stationed in Yemen. I'd love to know you better, let's move our chat to Hangouts.",
    "My love, I'm stuck at the airport in Dubai and they won't let me board without paying a {usd} customs fine. My cards are frozen. Please help me just this once, I'll pay you back the moment I land.",
    "Good morning sunshine, I dreamed of you again. By the way my friend's crypto app gives 20% weekly, I made {usd2} last month. I can teach u, I want us to have a future together.",
    "hey stranger 😊 sorry wrong number? anyway ur profile pic looks nice haha. I'm {fname}, working in HK finance. can we be friends?",
    "Darling, the gold I told you about is ready for shipping but the courier needs the insurance fee {gbp} before release. Please send it today so we can finally meet next month ❤️",
  ],
  military_purchase: [
    "老板你好，我是{city}某部队采购员，我们单位需要采购{n}份{goods}，要开发票，价格不是问题，麻烦报个价。",
    "老板，部队要的这批军用睡袋您店里没货，可以联系我们合作的指定厂家代采，您先帮忙垫付{amount}元货款，结算时连同您那批货一起打给您。",
    "您好，我們是{city}部隊後勤處，這次要訂{n}桌宴席，要求開單位發票。另外要代購一批特供酒，請您先聯繫指定供應商付款。",
    "老闆，我係駐港部隊後勤嘅，想訂{n}箱{goods}，要送到營區，需要先付一筆保證金俾指定供應商，我哋收貨後一次過結帳俾你。",
    "Hi, this is Sergeant Collins from the local army base. We'd like to place an order for {n} units of {goodsen} for our unit. Payment will be by official purchase order. Please send a quote.",
    "Good afternoon, I'm procurement officer at the military camp. We need {n} boxes of {goodsen} urgently. Our approved supplier handles the rest of the items, kindly pay them {usd} deposit and we settle all together on delivery.",
    "Hello po, I'm from the Philippine Army logistics. We want to order {n} meals for tomorrow's event. Our contact person will give you a supplier account, kindly advance payment and we reimburse after.",
    "Dear sir, Indian Army canteen requirement: {n} pcs {goodsen}. Payment through army account after delivery. For registration as vendor pay Rs 5,000 via the link our accounts officer will share.",
  ],
  prize: [
    "恭喜您！您的手机号码在{tvshow}节目幸运观众抽奖中获得二等奖，奖金{amount}元及笔记本电脑一台，请登录{link}领取，验证码{code}。",
    "【{app}】尊敬的用戶，您已獲得週年慶抽獎一等獎{amount}元，請在{days}日內登入{link}辦理領取手續，逾期作廢。",
    "恭喜你喺我哋嘅週年抽獎中咗iPhone一部！只需繳付{small}元運費同手續費即可寄出，請聯絡{phone}。",
    "中奖通知：{name}先生/女士，您获得{shop}会员回馈大奖，奖品价值{amount2}元，领奖需先缴纳{pct}%个人所得税，详询客服{qq}。",
    "CONGRATULATIONS! You have WON {usd2} in the {appen} Global Lottery! To claim, send your full name, address and a processing fee to our agent. Ref {case}.",
    "U have been selected as winner of our weekly draw. Prize: Samsung Galaxy S24 + {gbp} cash. Claim now at {link} T&Cs apply.",
    "Safaricom Promo: Hongera! Your number has won KES 250,000 in the Shinda Mamili promotion. Call {phone} to claim. Bring no money, only a registration fee.",
    "Hi {fname} ur number won Rs 25 lakh in KBC lucky draw! Contact manager on WhatsApp with ur bank details & pay GST charges to release prize.",
  ],
  premium_rate: [
    "【{operator}】您已成功订制“每日星座运势”服务，信息费{small}元/条，每日一条。如需退订请回复TD至1066{d4}。",
    "想知道谁暗恋你吗？回复1到10669{d4}，立即查看答案！信息费2元/条，每天最多3条。",
    "你今日運程：桃花旺！回覆Y至8{d4}收睇詳細解讀，每條信息收費$10，直至回覆STOP。",
    "恭喜您獲得免費鈴聲下載，回覆OK即可開通，月租{small}元，由{operator}代收。",
    "FREE MSG: You have a secret admirer! To find out who, txt LUV to 8{d4}. Msgs cost 150p each, 3/wk. 18+ only. Stop to end.",
    "URGENT! Your mobile number has won a {gbp} bonus. Call 09{d4}{d4} from a landline to claim. Calls 1.50/min. Claim code {d4}. Valid 12hrs.",
    "Txt WIN to 8{d4} for ur chance 2 win a brand new iPhone! Weekly quiz, R5 per sms. Reply STOP to opt out.",
    "Missed call from an unknown number? Call back 1-900-{d3}-{d4} to hear your voice message. Charges 4.99 per minute apply.",
  ],
  parcel_fee: [
    "【{courier}】您的包裹{d12}因地址不详无法派送，请于24小时内更新信息并支付{small}元重新派送费：{link}",
    "【{courier}】您有一件國際包裹因未繳清關稅被海關滯留，請於{days}日內點擊{link}完成繳費，逾期退回原寄件地。",
    "包裹通知：您的快件因郵資不足停留在{station}，請補繳{small}元，否則將被銷毀。詳情：{link}",
    "親愛的用戶，你嘅{courier}包裹已到達香港倉，需付{small}元行政費先可以安排派送，請盡快喺{link}登記。",
    "您好留學生，您的包裹在海關被查驗，須繳交關稅與保管費{amount2}元，請通過微信{wx}聯繫海關專員，否則包裹將移交警方處理。",
    "{courieren}: Your parcel is on hold due to an unpaid shipping fee of {gbp}. Please pay at {link} to schedule redelivery.",
    "USPS: The package {d12} could not be delivered due to incomplete address information. Please confirm your address within 12 hrs: {link}",
    "SingPost: ur parcel cannot be delivered, pls pay SGD 1.99 custom charge here {link} or it will be returned to sender.",
  ],
  account_lock: [
    "【{bank}】尊敬的客户，您的账户存在异常登录，已被临时冻结。请于今日内点击{link}完成身份核验以恢复使用。",
    "【{app}】您的賬戶因涉嫌違規交易已被限制收款，為避免資金凍結，請登錄{link}完成實名驗證。",
    "【ETC服务】您的ETC卡已失效，系统检测到车辆{plate}认证过期，请登录{link}重新认证，以免影响高速通行。",
    "你嘅WhatsApp帳戶將於24小時內被停用，因為你嘅號碼被舉報。請喺{link}驗證身份，以免帳戶被刪除。",
    "【微信支付】您的微信账号因存在风险已被限制登录，点击{link}申诉解封，需提供验证码完成核验。",
    "Apple ID: Your account has been locked due to unusual sign-in activity from another device. Restore access within 24 hours at {link}",
    "Netflix: We couldn't process your last payment. Your account is on hold. Update billing info here: {link}",
    "{banken} ALERT: Your debit card has been suspended. A new payee was added from an unknown device. If this wasn't you, secure your account at {link} immediately.",
  ],
  tax_refund: [
    "【国家税务总局】您有一笔个人所得税退税{amount}元待领取，请于{days}日内登录{link}填写银行卡信息办理退税。",
    "【{city}人社局】您符合{year}年度职工技能提升补贴领取条件，补贴金额{amount2}元，请点击{link}申领，逾期视为自动放弃。",
    "醫保局通知：您的醫保個人帳戶有一筆{amount}元返還款，請於{days}日內點擊{link}核實身份並綁定銀行卡領取。",
    "【ETC】您好，您申请的高速通行费补贴{small}元已审批，请登录{link}填写收款账户信息。",
    "HMRC: You are eligible for a tax refund of {gbp}. Please submit your claim at {link} to receive it within 3 working days.",
    "IRS: Your {year} tax refund of {usd} is pending. Verify your identity and banking information at {link} to release payment.",
    "Revenue.ie: You have an outstanding refund of €{d3}. Click {link} to claim before {dateen}.",
    "SASSA: Your R350 SRD grant payment is ready. Confirm your banking details at {link} to receive it. Failure will result in cancellation.",
  ],
};
