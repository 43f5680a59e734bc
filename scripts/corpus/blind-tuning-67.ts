/**
 * Blind tuning set #67 (scam only; 8 templates per typology written to look like real texts and recordings, about a quarter English; session 15). Measured once on arrival (tree 4082efc), 3 renderings per
 * template: credit_repair 75.0, fake_collection, investment, customer_service, game_trade, romance, premium_rate 87.5, acquaintance 95.8, the rest 100 % (the rules alone 37.5–100 %).
 *
 * BLIND_TUNING_67 — scam-only tuning set for the Chinese/English anti-fraud SMS classifier.
 *
 * Written BLIND to the classifier: no code, rules, data or scores of the classifier were
 * looked at while writing these templates. Every text is invented wording.
 *
 * Styles mixed inside each typology: terse SMS, chat/IM messages, labelled and unlabelled
 * call transcripts, ASR-style unpunctuated speech, Traditional Chinese (Taiwan) and Hong Kong
 * Cantonese, typos and emoji, and English (UK, US, SG, AU, IN, PH). Some texts are only an
 * opener with one subtle hint, others are mid-conversation turns or the closing ask.
 *
 * Scam scripts were paraphrased from public DESCRIPTIONS of common frauds (never copied texts
 * or data sets): 公安部 / 国家反诈中心 advisories on high-frequency telecom fraud types,
 * Taiwan 165 反詐騙諮詢專線 case descriptions, Hong Kong Police ADCC / 守網者 alerts,
 * UK Action Fraud and NCSC guidance, US FTC consumer alerts, Singapore ScamShield / SPF
 * advisories, Australian Scamwatch, India RBI / CERT-In consumer warnings, and Philippine
 * PNP-ACG public notices.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_67_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】您尾号{d4}的借款已逾期{days}天，欠款{amount}元。今日18点前未处理将移交法务部门提起诉讼并同步上报征信。原APP还款通道维护中，请扫描专员发送的二维码结清，专员电话{phone}。",
    "催收：喂，{name}是吧？我{lender}贷后部的，你那笔{amount}拖{days}天了你心里有数吧。……我跟你说，今天你别走APP了，APP那边已经锁了，我给你个结算员的卡号，你直接打过去，我这边手动给你消逾期。",
    "喂你好这边是那个{lenderapp}的啊我们这边看到你有一笔账单一直没处理那我们今天下午呢会安排外访人员到你户籍地{city}去走访一下顺便跟你的紧急联系人也核实一下情况你看你是[现在处理|现在就处理掉]还是等我们上门",
    "【{lender}】台端於本公司之欠款已逾期{days}日，本公司將於{date}委託律師事務所發函並派員至戶籍地及工作單位訪查。如欲協商分期，請於今日加LINE ID：{wx} 由專人處理，逾時不候。",
    "{surname}生你好，你張單已經拖咗{days}日，我哋資料已經準備好交畀律師行同埋會通知你公司人事部。你今日過數去以下戶口就可以暫停程序，詳情睇：{link}",
    "你好，你是{name}的家属吧？他在我们平台借了{amount}元一直不还，电话也不接，他留的紧急联系人是你。麻烦转告他，今天再不处理，我们会把他的情况发给通讯录里所有人，包括他单位领导😡",
    "FINAL NOTICE: Debt Recovery Dept re: account ref {d6} with {banken}. Your balance of {gbp} remains in arrears. A field agent will [attend your home address|visit your registered address] and your employer will be contacted unless settlement is arranged today. Settle securely: {link}",
    "Dear customer ur loan EMI of Rs {amount} is overdue {days} days. Legal notice is issued. Pay immediately to our recovery officer UPI id {wx}@ybl to avoid police complaint and ur photos being shared to all ur contacts.",
  ],
  task_rebate: [
    "Hi! I'm {fname} from a digital marketing agency 😊 We're hiring part-time remote staff, just like videos and rate hotels on your phone, earn {usd} to {usd2} daily, paid same day. Interested? Pls reply Y and I'll add you on WhatsApp",
    "亲，前三单的佣金已经到账了吧😊 接下来是组合任务，需要连续做完3单才能一起返，这一单垫付{amount}元，做完本金+佣金{amount2}一起返哦。注意中途不要退出，不然系统会判定违规，帐户会被冻结的～",
    "客服：您刚才第4单操作失误了，系统卡单了。\n用户：那我的钱怎么办？\n客服：别着急，这个需要您再做一单{amount}的修复单，修复完成以后之前的钱会全部解冻返还，我这边先帮您申请加急处理。",
    "您好～我們是電商平台的合作商家，正在招募在家兼職👍 只要幫店鋪按讚、追蹤，每單傭金{small}元，當天結算不拖欠。有興趣請加LINE：{wx} 🎁新人首單送紅包",
    "对就是你先下一个那个任务APP我把链接发你你注册好了以后呢第一单是体验单我们直接返你{small}块钱后面的话就是要你自己先垫资的佣金比例是百分之{pct}做得越多返得越多",
    "【招聘】宝妈学生党手机兼职，点赞关注日结{small}-{amount}元，无需押金不收任何费用，名额有限，详情加Q：{qq}",
    "Hello, this is Grace from {shopen} HR team. Your resume has been recommended for an online job, 30-60 mins per day, daily income SGD 80-500. Please add our Telegram {tg} to get started. Thank you 🙏",
    "Task 27/30 is a LUCKY ORDER 🎉 your account balance is now -{usd}. Pls top up via USDT to complete the set, then your full commission of {usd2} can be withdrawn. Timer: 45 min ⏰ dont close the page",
  ],
  investment: [
    "【{company}】尊敬的股民朋友，{name}老师团队今日免费分享一只[涨停潜力股|翻倍牛股]，已入群学员昨日平均收益{pct}%。点击入群领取：{link} 退订回T",
    "老师说今天机构专用通道只开放到下午三点，打新中签率百分百，名额有限，最低{amount}起投。你要的话我现在就帮你跟助理报名，晚了就没了哦",
    "您好，您的账户盈利{amount}元已达到提现标准。根据平台规定，提现前需先缴纳{pct}%的个人所得税及风险保证金，缴纳后2小时内到账，逾期未缴账户将被冻结。",
    "Hi {fname}，我係上次喺群入面嗰個助理Ivy呀😊 老師今晚開VIP直播教港股，上星期啱啱帶大家食咗一隻升四成嘅，你有冇興趣入嚟聽下？免費嘅，加我WhatsApp就得",
    "Hey it's Daniel from the crypto group, remember? Just made another 18% on the AI trading bot this week 🚀 platform's giving a deposit bonus if you top up before Friday. Want the link mate?",
    "甲：您在我们平台的账户现在显示{usd}美元了，恭喜啊。\n乙：那我想全部提出来。\n甲：可以的，不过系统显示您的账户信誉分不够，需要先补充一笔{amount}的验证资金把信誉分提到100，提现时验证资金会连本金一起到账。",
    "【{company}】親愛的投資人，恭喜您獲選參加本期外匯跟單計畫，導師帶單勝率九成以上。請下載專屬APP並聯繫專員LINE：{wx}，名額僅剩{n}位。",
    "Dear investor, SEBI registered expert team giving daily 3-5 intraday calls with 90% accuracy + institutional account for IPO allotment. Join our free WhatsApp group now, limited seats: {link}",
  ],
  fake_loan: [
    "【{loanapp}】尊敬的用户，您申请的{amount}元借款已审核通过。因您填写的银行卡号有误，款项已被系统冻结，请联系客服{phone}办理解冻。",
    "放款之前要验证一下你的还款能力，你往我们的验资账户转{amount2}做个流水，系统检测到就自动放款，验资的钱跟贷款一起打到你卡上，放心这是正规流程",
    "你好我这边是{lender}的信贷经理啊看到你之前在我们这边有过申请现在呢有一个无抵押的额度最高二十万月息很低的你要是需要的话我加你微信你把资料发我一下我今天就能给你走流程",
    "免保人、免照會，信用瑕疵黑戶也可貸💰 最快當日撥款30萬，利息超低。先加LINE：{wx} 諮詢，代辦手續費撥款後再付即可",
    "Good day! Your loan of PHP {amount} is APPROVED ✅ To release the funds today, kindly settle the processing fee of PHP {small} via GCash to our agent and send the receipt here. - {loanapp} Lending",
    "{fname}, good news! You've been pre-approved for a loan of up to {gbp} regardless of credit history. A one-off refundable insurance payment is needed before the transfer. Reply YES and an adviser will call.",
    "客服：您的征信评分不够，系统没法直接放款。\n用户：那怎么办？\n客服：我们这边可以帮您开个会员，会员费{small}元，开通后额度直接提到{amount}，放款以后会员费全额退还。",
    "您在{loanapp}的贷款已放款成功，但因银行卡流水不足被系统风控拦截，请在{hours}小时内缴纳保证金{small}元解冻，否则订单作废并影响个人征信。",
  ],
  customer_service: [
    "【{shop}】您好，您购买的{goods}因质检不合格已被下架，我们将为您办理三倍退款理赔，请添加理赔专员QQ：{qq}办理，逾期视为自动放弃。",
    "喂您好我这边是{courier}快递的理赔专员啊您的那个快递在运输途中丢失了我们这边呢会给您做一个双倍的赔付您现在方便打开支付宝吗我教您操作一下",
    "客服：您之前开通了{app}的百万保障服务，每月自动扣费{small}元，不关闭的话会一直扣，还会影响征信。\n客户：我没开过啊。\n客服：可能是误触开通的，我这边帮您取消，需要您配合下载一个会议软件共享一下屏幕。",
    "亲，您的订单退款失败了😭 系统显示您的账户还没开通退款通道，需要先在{app}备用金里借出{amount}元做个验证，验证完会连同退款一起返还到您账户哦",
    "【{shop}】您好，因系統作業疏失，您的訂單被誤設為批發商，每月將自動扣款{amount}元，請盡速聯繫客服解除設定以免持續扣款：{link}",
    "你好，我係{shop}客服，你上個禮拜買嘅嘢因為倉庫系統出錯重複扣咗兩次數，我哋而家幫你退返，麻煩你讀一讀信用卡背面嘅三位數同埋等陣收到嘅驗證碼。",
    "{shopen}: An order for an iPhone 15 Pro Max ({usd}) has been placed on your account. If you did not authorise this purchase reply CANCEL and a support agent will call you shortly.",
    "Hi, this is {shopen} customer service. We noticed your parcel was damaged during delivery and u are eligible for a compensation of SGD 300. Pls add our claims officer on WhatsApp to process 🙏",
  ],
  police_impersonation: [
    "喂你好这里是{city}市公安局刑侦支队我姓{surname}警号{d6}现在有一起洗钱案件涉及到你名下的一张{bank}的银行卡你现在方便说话吗周围有没有其他人",
    "警官：这个案子属于保密案件，你不能跟任何人说，包括你的家人，否则就涉嫌泄露案情。\n受害人：那我要怎么做？\n警官：你先下载一个视频会议软件，我们的检察官要跟你视频做个笔录，把房间门关好。",
    "【{city}人民法院】您有一张传票（案号{case}）未签收，请于今日内登录查看并联系承办法官，逾期将依法缺席审判并冻结名下资产：{link}",
    "您好，这里是{city}医保中心，系统显示您的医保卡在外地有违规套现记录，金额{amount}元，卡已被暂停使用。如非本人操作，我这边帮您转接当地公安报案。",
    "這裡是健保署，您的健保卡在{city}被冒用領藥……（轉接）您好我是刑事警察局偵查隊{surname}隊長，您涉及一起洗錢案，帳戶即將被監管，請將存款轉入法院指定的監管帳戶以證明清白，這件事不能讓銀行行員知道。",
    "你好，呢度係內地公安，你嘅身份證喺深圳被人用嚟開戶洗黑錢，而家要你配合調查，唔好同任何人講，包括屋企人。稍後會有檢察官同你視像錄口供，你搵個冇人嘅房先。",
    "This is Officer {fname} with the Social Security Administration. Your SSN has been suspended due to suspicious activity linked to drug trafficking. To avoid an arrest warrant, press 1 now to speak to an agent.",
    "Caller 1: I'm calling from Customs, a parcel under your name with fake passports was detained. I'll transfer you to police to make a report.\nCaller 2: I am Inspector {surname} from the Shanghai Public Security Bureau. To prove your innocence you must move your funds to a government safe account for checking.",
  ],
  credit_repair: [
    "【征信中心】您在学生时期注册的校园贷账户尚未注销，根据监管部门最新规定，需在{date}前完成注销，否则将影响个人征信。请致电{phone}办理。",
    "喂您好我这边是{app}的客服啊查询到您大学期间开通过一个校园贷的账户现在国家要求全部清理注销如果不注销的话呢会影响您的征信以后买房买车贷款都办不了的",
    "客服：注销之前需要先把您账户里的额度清零，您现在打开手机上各个借款APP，能借出来的都借出来，转到我们的清零账户，清零完成系统会自动退回给您。",
    "征信修复🔧 逾期、查询过多、呆账都能消，专业团队内部渠道，不成功不收费，先付{small}元定金查档，V：{wx}",
    "【金管會】您的聯徵紀錄異常，有一筆學貸帳戶尚未結清，將影響信用評分，請於{hours}小時內聯繫專員處理：{link}",
    "Your credit file shows {n} missed payments that can be legally removed. Our specialists guarantee a 100+ point increase in 30 days. One-time upfront fee {gbp}. Call back today to secure your slot.",
    "Notice: Your credit score dropped 87 points due to an unclosed student loan account opened in your name. Verify your identity to close it now: {link}",
    "亲，你那个征信我这边能处理，银行内部有人，逾期记录三个工作日就能删，费用{amount}，先付一半，删完你自己去人行打报告看，看完再付尾款",
  ],
  acquaintance: [
    "{name}，我是{surname}总，明天上午九点来我办公室一趟。这是我新号，存一下。",
    "我现在在开会不方便接电话，有个合作方的款{amount}今天要急付，我这边不方便操作，你先帮我转一下，账号我发你，回头找财务报销。这事先别跟别人说。",
    "各位家长好，我是班主任{surname}老师，本学期资料费每人{small}元，请扫描群里二维码缴纳后截图发我，今天下午统一登记。",
    "Mum it's me, dropped my phone in the toilet 😩 this is my new number. Can u message me on WhatsApp, need help with something urgent x",
    "Thanks Mum ❤️ it's just that my banking app is locked on the new phone so I can't pay this bill today. Can you send {usd} to the account below? I'll pay you back tomorrow I promise x",
    "欸我是你國中同學啦，還記得我嗎😂 我換LINE了，你加一下 {wx}。對了問你喔，你手機可以幫我收一個認證碼嗎？我的一直收不到。",
    "喂，係咪{surname}生呀？估吓我係邊個？……係呀係呀我係你舊同事阿明呀，換咗電話。呢排有啲周轉唔靈，可唔可以借住兩萬蚊畀我頂住先，下個禮拜還你。",
    "喂舅舅是我啊我是你外甥啊我感冒了嗓子哑了声音不太一样我跟你说个事你先别跟我妈讲我在{city}出了点事要交{amount}块钱你先帮我转一下",
  ],
  game_trade: [
    "【{gameplat}】您出售的{game}账号已被买家拍下，因您的收款账户未认证，资金已被冻结，请联系客服完成保证金验证后解冻：{link}",
    "兄弟你号里那套皮肤卖不卖？我出{amount}，走{gameplat}交易，我这边先拍下，你点我发你的链接就能收款，比官方快",
    "买家：我已经付款了，你看截图。\n卖家：我这边没收到啊。\n买家：平台客服说你的账号没开通VIP商户，要先交{small}激活才能提现，你去问客服吧，我这边钱都扣了。",
    "免費領取{game}限定造型🎁 每人限領一次，輸入遊戲帳號密碼即可兌換 → {link}",
    "Hey I saw ur post about selling your {game} account. I'll pay {usd}, but we gotta use a middleman site for safety. Sign up here and the funds will show in ur balance: {link}",
    "Selling cheap diamonds for {game} 💎 50% off, legit seller po, many vouches. Payment via GCash first then I send within 5 mins. PM me",
    "你好我这边是那个{gameplat}的客服刚刚你那笔交易呢因为你的收款信息填错了所以资金被冻结了现在要解冻的话呢需要你往账户里充值一笔相同的金额来证明是你本人在操作",
    "小朋友你好，恭喜你获得{game}周年庆免费皮肤🎉 需要用爸爸妈妈的手机扫码认证一下实名，然后把收到的验证码告诉哥哥哦，不要让大人知道这是惊喜～",
  ],
  romance: [
    "Hi is this {fname}? This is Jessica, we met at the wine tasting last weekend 😊",
    "宝贝，我舅舅在{company}做数据分析的，他说今晚有个漏洞窗口，你就投一点点试试，{amount}就够，赚了我们一起去{city}旅游好不好😘",
    "你好，不好意思加錯人了🙏 不過看你的頭像很有氣質，可以交個朋友嗎？我在新加坡做珠寶生意，平常比較忙，只是想認識真誠的人。",
    "My love, my deployment ends soon but the army requires a leave fee of {usd} before they release me. I can't access my accounts from here. Can you help me with this? I'll pay you back the day I land 💕",
    "Babe I've sent the package with the gifts and cash but customs at Heathrow are holding it 😢 they need a clearance fee of {gbp}, the agent will text you. Please pay it today, I can't wait to finally see you ❤️",
    "哥哥你那边下班了吗我这边刚忙完今天那个平台又带我赚了一点我跟你说你就是太保守了我都跟你说好几次了你就先充个五千试一下嘛赚了就当给我买礼物",
    "在{romanceapp}上看到你的资料挺合眼缘的～我平时不怎么上这个APP，我们加微信聊吧：{wx}",
    "親愛嘅，我喺度已經冇辦法啦，個平台話我要交{pct}%嘅保證金先可以攞返啲錢出嚟，你可唔可以幫我頂住先，我一攞到錢就即刻還畀你，到時我哋就可以見面啦🥺",
  ],
  military_purchase: [
    "老板您好，我是{city}某部队后勤的，我姓{surname}，我们单位要采购一批{goods}，大概{n}件，能开发票吗？",
    "军官：你这边的货我们要了。另外还需要一批防寒服，你们店没有，我们有指定的供应商，你先帮我们从他那里进货，货款{amount}你先垫上，到时候跟你的货款一起结。\n老板：那我要先打钱给他？\n军官：对，部队走公对公，要先入库才能结算。",
    "喂你好是那个饭店吧我们是武警支队的明天中午要订{n}桌工作餐标准按每桌两千另外我们领导要两箱茅台你们店里有没有没有的话我给你介绍个酒商你先帮我们拿一下",
    "您好，我們是{city}營區的採購，需要訂{n}份便當和一批飲料，另外長官指定要某品牌茶葉，麻煩您先向我們合作廠商訂購代墊，月底一併撥款。",
    "我是{city}消防支队的，要订做{n}面锦旗和一批{goods}，送到营区门口就行。我们财务流程有点慢，你先加一下我们采购员微信，有些配套的东西要你这边帮忙一起采购",
    "Hello, I am Sgt. Williams from the army base. We need to order {n} units of {goodsen} for our unit. We also need you to source some items from our approved vendor, pay them directly and we'll reimburse the full amount with your invoice.",
    "采购员：单子已经发你了，这是供应商的收款码，你先付{amount}，他那边今天发货，我们明天上午连同你的货款{amount2}一起打给你，部队报账要先有供应商的入库单。",
    "Sir I am from Indian Army, posted at cantonment, want to purchase your {goodsen}. Army rule is payment only through army account, so first you send Rs 1 for verification then I will send double amount back.",
  ],
  prize: [
    "【{tvshow}】恭喜您被抽中为本季场外幸运观众，获得现金{amount}元及{goods}一台，请登录{link}领取，验证码{d4}。",
    "Congratulations! You've been selected as the winner of our monthly draw 🎉 Claim your {gbp} Tesco voucher before midnight: {link}",
    "Dear valued customer, your mobile no. has won a cash prize in the Singapore International Lucky Draw. Contact our claims agent via email to process your winnings. Ref: {case}",
    "【統一發票】恭喜您中獎！本期特別獎1000萬元，請於{date}前點擊連結填寫領獎資料並繳交印花稅：{link}",
    "喂你好这里是{tvshow}节目组的恭喜你啊你的手机号码在我们节目的场外抽奖中被抽中了二等奖奖金是{amount}元还有一台笔记本电脑那你需要先交一个公证费{small}块钱",
    "恭喜亲在{shop}店铺周年庆活动中抽中一等奖🎁 奖品是{goods}一台，只需支付{small}元邮费即可免费领取哦～",
    "【恭喜中獎】閣下喺{app}周年抽獎中獲得iPhone一部！請喺{hours}小時內點擊連結登記領獎資料，逾期作廢：{link}",
    "To release your prize of {usd}, a refundable processing and tax fee of {usd2} must be paid using gift cards. Please text the card numbers to this number once purchased.",
  ],
  premium_rate: [
    "FreeMsg: You have 1 new voicemail from a secret admirer 😉 To hear it call 0906 {d3} {d4} now! Calls cost £1.50/min",
    "URGENT! Your number has been awarded a {gbp} bonus caller prize! To claim call 09061 {d3} {d4} from a landline. Claim code {d4}. 150ppm",
    "Txt WIN to 8{d4} to enter this week's draw for a brand new iPhone! Each entry £1.50, 18+ T&Cs apply",
    "尊敬的用户，您已获得免费观影体验资格，回复1即可每日收看精彩内容（信息费2元/条，包月15元，次月自动续订）",
    "You've been chosen for a FREE {shopen} gift card! Reply YES to claim. Msg&data rates apply, $9.99/wk subscription until you text STOP to 8{d4}.",
    "【未接来电提醒】{time} 号码+882{d6}给您来电1次，留言：有急事，请尽快回电。",
    "【簡訊通知】恭喜您獲得免費遊戲點數，回覆Y即可領取（本服務每則簡訊費用{small}元，月租制）",
    "欢迎致电幸运大抽奖热线，请听清以下提示，本次通话每分钟收费三元，您的中奖号码正在核对中请勿挂机……请按1继续……核对中请稍候……",
  ],
  parcel_fee: [
    "Royal Mail: Your parcel is being held due to an unpaid shipping fee of {gbp}. Please pay by {dateen} or it will be returned to sender: {link}",
    "USPS: The package {d12} cannot be delivered due to incomplete address information. Pls update within 12 hours: {link}",
    "【{courier}】您的包裹{d12}因地址不详无法派送，请在24小时内更新地址并补缴{small}元运费：{link}",
    "【{courier}】您的包裹因關稅未繳已暫扣於海關，請於{date}前完成繳費以免退回：{link}",
    "香港郵政：你嘅郵件因郵資不足暫存本局，請喺48小時內補付郵資，否則將退回寄件人 {link}",
    "喂你好我是{courier}的快递员你那个件是国际件啊这边需要补缴一个清关税{small}块我这边加你微信你扫码付一下我马上给你送过去",
    "AusPost: Your item is awaiting redelivery. A redelivery fee of {usd} is required. Schedule your delivery now: {link}",
    "你好，我是{station}的，你有个到付件还差{small}元运费没付，我加你微信发个收款码，你付一下我就给你放门口了😊",
  ],
  account_lock: [
    "【{bank}】您的账户因异地登录存在风险，已被临时冻结，请登录{link}完成身份验证解冻。",
    "Netflix: We're having trouble with your current billing information. Your account will be suspended within 24 hrs. Update payment: {link}",
    "Apple ID: Your ID has been locked for security reasons on {dateen}. To unlock, verify your information: {link}",
    "【{bank}】您的網路銀行帳戶因長期未使用已被停用，請點擊連結重新綁定以免影響權益：{link}",
    "喂你好这边是{app}安全中心的检测到您的账号在异地有一笔大额消费我们这边已经先帮您冻结了现在需要您提供一下刚才收到的六位验证码来确认是本人操作",
    "【ETC服务】尊敬的车主，您的ETC卡已失效，车牌{plate}将无法正常通行高速，请立即认证：{link}",
    "【WeChat Pay HK】你嘅帳戶因違反使用條款已被限制，請於今日內完成實名認證，否則將永久停用：{link}",
    "Dear Customer, your {banken} account will be blocked today as your KYC is pending. Update PAN immediately: {link}",
  ],
  tax_refund: [
    "HMRC: You are eligible for a tax refund of {gbp}. To claim, please complete the form before {dateen}: {link}",
    "IRS Notice: Your stimulus payment of {usd} is pending. Verify your identity to receive direct deposit: {link}",
    "【{city}社保局】您的个人社保补贴{amount}元待领取，请于{date}前登录办理，逾期视为自动放弃：{link}",
    "【財政部】您有一筆{year}年度綜所稅退稅款尚未領取，請於{date}前點擊連結登錄帳戶資料辦理：{link}",
    "喂你好我这边是{city}医保局的啊您有一笔医保退费{amount}块钱因为政策调整要退给您那您现在手边有没有银行卡我这边指导您到ATM机上操作一下",
    "【ETC】根据交通部最新政策，您的ETC可申请高速通行费返还{small}元，请在{hours}小时内点击申请：{link}",
    "工作人员：您的育儿补贴已经审批下来了，每月{amount}元，发放前需要核实一下您的银行卡信息，您把卡号和预留手机号收到的验证码报一下。",
    "myGov: You have a pending refund from the ATO. Please verify your details within 24 hours to avoid delay: {link}",
  ],
};
