/**
 * Blind tuning set #68 (scam only; 12 templates for each of the seven typologies weakest on arrival this session — fake_collection, credit_repair, acquaintance, romance, premium_rate, game_trade, investment — written to look real, about a quarter English; session 15). Measured once on arrival (tree 80bba65), 3 renderings per
 * template: investment 75.0, fake_collection, acquaintance, romance 83.3, credit_repair, game_trade 91.7, premium_rate 100 % (the rules alone 50.0–83.3 %).
 *
 * Blind tuning set 68 — SCAM ONLY, seven typologies (fake_collection, credit_repair,
 * acquaintance, romance, premium_rate, game_trade, investment), 12 templates each.
 *
 * Written BLIND to the classifier: the author did not look at its code, rules, word lists,
 * tests or any other data set while writing these. Every other typology key is left empty.
 *
 * Styles: terse SMS, chat/IM messages, labelled and unlabelled call transcripts, ASR-style
 * speech without punctuation, Simplified and Traditional Chinese (Taiwan, Hong Kong Cantonese),
 * typos and emoji, and about a quarter English (UK, US, SG, AU, IN, PH, NG). Some are only an
 * opener carrying a single subtle hint; others are mid-conversation or the closing ask.
 *
 * Wording is original. Scam scripts were modelled on public DESCRIPTIONS of how these frauds
 * work (paraphrased, never copied texts or data sets): Ministry of Public Security / National
 * Anti-Fraud Center typology explainers (China), Taiwan 165 anti-fraud hotline advisories,
 * Hong Kong Police Anti-Deception Coordination Centre (ADCC) alerts, Singapore ScamShield /
 * SPF scam bulletins, UK Action Fraud and Ofcom / Phone-paid Services Authority guidance,
 * US FTC consumer alerts, Australian Scamwatch (ACCC), India RBI / CIBIL consumer warnings,
 * Philippine NTC advisories and Nigerian EFCC public notices.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_68_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}您好，您在{lenderapp}的借款已逾期{days}天，案件已转{city}合作律所，今日{time}前[结清|处理]可申请撤诉，还款请走委外对公通道 {link} 回T退订",
    "喂 是{name}本人吧 我这边{lender}贷后的 你那笔{amount}的 拖了{days}天了啊 明天我们外访的同事就去你户籍地了 你不想让家里人知道的话 今天下午之前 打到我们对接的那个账户上 账号我短信发你",
    "{name}先生/小姐您好，您於{loanapp}之分期帳款已逾期未繳，本公司將於{days}日內寄發存證信函至貴公司人資部門，如欲協商還款請加LINE：{wx}，逾時不候。",
    "{surname}生，你喺{loanapp}借嗰筆仲差{amount}未還，聽日我哋會打俾你公司同屋企人。唔想搞大就今晚之前轉數快入指定戶口，詳情撳 {link}",
    "FINAL NOTICE re account ending {d4}. Balance of {gbp} remains unpaid. A field agent visit is booked for {dateen} unless settled today via our recovery portal {link}. Do not ignore this message.",
    "Dear customer ur loan EMI from {loanapp} is overdue {days} days. Our legal team will send defaulter notice to all ur contacts and employer. Pay immediately to avoid police complaint, use this link only {link}",
    "{name}，我是{lender}委外的案件专员，关于你{year}年那笔账今天要跟你核实一下还款意向。后续请只跟本号码沟通，官方客服那边查不到委外案件的，别白打。",
    "催收员：你这个已经报上去了知道吧\n借款人：我不是在跟你们协商吗\n催收员：协商可以啊，先把{small}的停催费交了，我给你挂个暂停，不然今晚通讯录挨个打一遍",
    "{surname}某某，{lenderapp}欠款{amount}，通讯录{n}人已核实完毕，今晚8点统一发送告知函。扫码结清：{link}",
    "亲 你在{loanapp}的账单今天是最后期限了哦😅 系统明早就自动报送征信+起诉了 我这边私人帮你申请了个减免 只要还本金{amount} 加我微信{wx}发你收款码 别拖了",
    "Hi {fname}, this is from collections dept re your {loanapp} loan. Pls settle {usd} before 5pm today or we will visit ur workplace and inform HR. GCash or bank transfer to our agent account, details here {link}",
    "Attention {fname}, your loan with {loanapp} is now {days} days overdue. By tonight your contacts will receive a broadcast that you are a debtor and a fraud. To stop it, pay the balance to the recovery officer account we will send you. Reply OK now.",
  ],
  credit_repair: [
    "【征信服务】您好，系统检测到您在校期间于{loanapp}开通过学生借款账户，按最新规定需在{days}日内完成注销，逾期将[计入|影响]个人征信，回复1由专员协助办理。",
    "客服：您好，我这边是{app}金融的，您读书的时候开过一个学生账户，现在国家要求统一清理，没注销的话每年有几个点的利息会上征信。\n客户：我没用过啊。\n客服：没用过也要注销的，我帮您操作，需要您先把{app}里能借的额度都借出来，转到我们的核验账户，核完马上原路退回。",
    "您好，我們是{bank}信用修復部門，查到您的聯徵紀錄有{n}筆異常，可協助於{days}個工作天內消除，前置作業費{amount}元，詳情加LINE {wx} 了解。",
    "Boost your credit score 100+ points in 30 days! We remove late payments, collections and charge-offs, guaranteed. Upfront program fee {usd}, text YES to get started.",
    "Hi {fname}, our records show a CCJ was registered against you in error. We can have it removed from your credit file within {days} days. A small admin fee of {gbp} applies. Reply to book a call.",
    "征信逾期可修复，网贷/信用卡/担保黑名单均可洗白，内部渠道，不成功不收费（需先付材料费），V：{wx}",
    "嗯 你好 我这里是那个 金融监管 就是征信管理这边的 你名下有个{loanapp}的学生贷款账户 一直没关闭 这个按照最新的政策 要是今天不处理 会 会被判定为恶意 影响你以后买房 坐高铁这些",
    "{surname}小姐你好，我哋係信貸資料修復顧問，你嘅TE紀錄有負面資料，我哋可以同銀行協商刪除，唔成功唔收錢，不過要先交{amount}手續費俾專員開file。",
    "你现在打开{app}，看一下借呗和微粒贷的额度，对，全部借出来，这是证明你有还款能力，系统才能把你那个校园账户的记录清掉。钱转到我发你的那张对公卡上，清完两小时内退回给你。",
    "Your CIBIL score is low due to old loan default. Our team can correct your CIBIL record in {days} days through approved process. Processing charge only {small}, pay first then we start. WhatsApp us now.",
    "{name}同学你好，我是{school}毕业生服务中心的，你在校期间有一个助学相关账户没有结清，可能影响考编政审，麻烦加一下QQ {qq} 核对一下。",
    "Hi {fname}, declined for finance again? We can clear default listings off your credit file, fixed fee {usd} paid before we lodge. Reply STOP to opt out.",
  ],
  acquaintance: [
    "{name}，我是{surname}总，这是我新号码，旧的不用了，存一下。明早九点到我办公室来一趟。",
    "在吗？我在开会不方便接电话，{city}那边有个领导要打点一下，我不方便出面，你先用[公司|你自己]账户转{amount}到我发你的户头上，回头我签字补手续，这事别在群里说。",
    "老同学还记得我不😄 我{surname}啊 高中坐你后面那个 我换微信了 加下{wx}",
    "小{surname}啊，我是你{surname}叔，听得出来吧？……对对，我嗓子有点哑。我这边朋友家里出事，要转{amount}过去，我卡被限额了，你先帮我垫一下打到他卡上，晚上就还你，别跟你爸妈说啊，他们又要唠叨。",
    "各位家长好，我是{school}班主任{surname}老师，本学期资料费每人{small}元，请扫下方二维码缴纳，缴完截图私发我，勿在群里讨论。",
    "妈 我手机摔坏了这是同学的 我现在急要交{amount}的培训费 你直接转给老师吧 卡号我发你 别打电话 在上课",
    "hey mam, phone's broke so using a temp one, save this. need a favour when u get a sec x",
    "{fname}, are you available? I need you to handle something discreetly for me right now. I'm in a meeting and can't talk, reply here.",
    "Dad it's me, new number, old sim got locked. Can you cover my rent this week, {usd}? I'll pay you back Friday, landlord needs it today. Pls don't call I'm at work",
    "欸我換LINE了，舊的被盜，加一下新的 {wx}。對了你現在方便嗎？我在外面網銀轉不了，幫我先匯{amount}給廠商，晚點還你",
    "喂，係我呀，估下我係邊個？……係呀，我阿{surname}呀！我換咗電話，有啲急事想你幫手，你而家喺唔喺度？",
    "Good morning {fname}, this is Pastor using my secretary's line. There is an urgent need for a member in hospital, kindly assist with any amount and send to the account below, I will explain after service. Keep it between us please.",
  ],
  romance: [
    "Hi {fname}, saw your profile on {romanceapp}, you have such a kind smile 😊 I'm a structural engineer on contract in Dubai so I'm rarely on here, can we chat on WhatsApp instead?",
    "宝，今天那个数据我又看了，今晚十点窗口期，我舅舅那边的内部消息，你先充一点试试，{small}都行，赚了就当给你买个包🥰",
    "亲爱的 我的签证下来了 下个月就能回国见你了 但是海关这边要交一笔{amount}的清关费 我的卡在国外转不了 你先帮我垫一下好吗 到了马上还你❤️",
    "{surname}姐，上次说的那款茶叶到了，您什么时候方便过来拿呀？",
    "在嗎？你的照片好有氣質喔，我是在{city}做珠寶設計的，平常工作很忙很少上交友軟體，方便加LINE聊嗎 {wx}",
    "BB，我尋晚發夢見到你😳 我哋傾咗咁耐都未見過面，等我月尾收咗呢單工程嘅錢就飛過嚟搵你。不過而家公司戶口俾凍結咗，要交{amount}解凍，你可唔可以幫我頂住先？",
    "(voice note) hey babe it's me… signal here is terrible… listen I need you to do something for me, the supplier won't release my shipment unless the duty is paid, it's {usd2}, I'll send you the bank details, I promise this is the last time, I love you",
    "Darling I just withdrew my profit from the platform my aunt manages, 18% this week 😘 you should open an account too, I'll guide you step by step, start with {usd} only",
    "嗯 我跟你讲 我这个人 就是比较 比较传统 想找一个能一起过日子的 我现在在{city}做跨境电商 你要是信得过我 我带你一起做 不用你出很多",
    "Hello dear, I am a surgeon with an NGO posted overseas, I got your number by friend suggestion. I have a consignment box of my savings to send to you for safe keeping, the diplomat will deliver, you only pay the clearance.",
    "Hi hon 💕 good morning from Toronto. I want to send you a surprise for your birthday, the courier said there's a pending fee of {usd} before they release it to you in Manila. Can you handle it first? I'll refund you later 😘",
    "你是不是不信任我？我连身份证都发给你看了。平台说你账户要交{pct}%的个人所得税才能提现，我已经帮你垫了一半，剩下的你自己想想办法吧，明天过期就全冻结了。",
  ],
  premium_rate: [
    "You have 1 new voicemail from an unknown caller. To listen dial 0906 {d3} {d4}. Calls cost £3.60/min plus your network access charge.",
    "txt STARS to 8{d4} for ur daily horoscope 🔮 £4.50/msg, 3 msgs/wk until you send STOP",
    "您有1条来自好友的加密语音留言，回复Y即可收听（信息费2元/条，由{operator}代收）",
    "恭喜！您的号码被选为本月幸运用户，发送ZJ到106{d4}{d3}领取话费，信息费{small}元/条",
    "FREE MSG: Your ringtone club subscription is active, $9.99/wk billed to your phone. To get your first tone reply GO. Txt HELP for help.",
    "Someone has a crush on you 😍 Find out who: reply YES to 19{d6}. $5/msg, 3/wk. Unsub STOP",
    "您有一个未接来电 +{d3}{d6} 对方留言：有急事请尽快回电",
    "Congrats! Ur no. won the Lucky Draw iPhone. SMS CLAIM space your name to 5{d4}{d3}. Rs 10 per sms.",
    "【得獎通知】您的門號抽中{goods}，請直撥 0204-{d3}-{d4} 確認領獎資料（本通話每分鐘計費）",
    "想知邊個暗戀你？回覆 Y 至 5{d4}，每條$12，每週最多7條，唔想收覆STOP",
    "CONGRATS! Your SIM was picked for today's raffle. To join text REG to 2{d4}, P2.50/txt, daily until unsubscribed.",
    "你好 这里是 情感交友热线 美女主播 一对一在线陪聊 按1接通 每分钟两块 月底从话费里扣",
  ],
  game_trade: [
    "兄弟你那个号我要了，{amount}没问题，不过咱们走{gameplat}交易安全点。我刚下了单，你那边是不是显示要先交保证金才能解冻？截个图我看看",
    "{game}出号 全皮肤 V10 低价急出 只走私下 平台抽成太狠了",
    "卖家：号已经换绑给你了，钱你在那个平台付吧\n买家：付了，但平台说我收款卡号填错了，资金被冻结，要再交{small}才能解冻\n卖家：那你快交，交了一起退的",
    "客服：您好，这里是{gameplat}客服中心，由于您收款时银行卡号填写有误，货款已被冻结，需要您向保证金账户转入同等金额做验证，验证通过后会连同货款一并退还给您。",
    "{game}周年庆活动，绑定手机号免费领限定皮肤，点击 {link} 输入游戏账号密码即可到账",
    "收{game}帳號，高價回收，8591太慢了啦，我們走自己的交易網比較快，連結在這 {link}",
    "你放嗰個{game}帳號我有興趣，俾{amount}，不過我哋用呢個交易平台啦，佢會做擔保，你註冊完話我知 {link}",
    "yo saw your post, I'll take the account for {usd}. already paid thru the middleman site, u just need to verify ur seller profile there, costs {usd2} one time, refundable",
    "Congratulations! You've been chosen for the {game} creator beta. Claim 5000 free in-game coins by logging in at {link} before midnight.",
    "小朋友你好，我是{game}官方客服，你刚才抽中了全皮肤礼包，但你是未成年，需要家长手机扫码做实名认证，认证要付{small}元，认证完原路退回哦～",
    "Sir ur {game} diamond top-up failed and refund is stuck. Pay {small} activation to release 10,000 diamonds, contact agent on telegram {tg}",
    "{game}金币批发，比官方便宜一半，先付款后发货，老顾客都这么来的，加微信{wx}",
  ],
  investment: [
    "【{company}】{name}您好，您已受邀加入“价值投资研习社”，{fund}前基金经理每日免费分享盘前策略，入群：{link}",
    "老师今天的票又涨停了🔥 群里跟上的都吃到了 下周还有一支重组的 内部消息只给VIP 名额就剩3个",
    "对 我们这个平台 是香港那边持牌的 你看那个收益 每天都能看到的 现在你想提现 这个没问题 就是要先交一个 百分之{pct}的 风险保证金 这个是监管要求的",
    "Hi {fname}, your account on our crypto platform has {usd2} in profit ready. To withdraw, a one-time tax clearance of {usd} must be paid in USDT first.",
    "Hi, I'm Jessica, assistant to Prof. {surname}. He's sharing free SGX picks this week in our WhatsApp group, 3 of 4 calls hit last month. Interested?",
    "Registered advisor 💹 Join our telegram {tg} for sure-shot intraday calls, 300% returns guaranteed. IPO allotment quota available, limited seats!!",
    "您好，我是{company}的助理，蔡老師這週開放三天免費股票健診，貼上您的持股代號就可以，加LINE：{wx}",
    "喂你好，我哋係{company}嘅客戶經理，而家有個美股IPO認購機會，保證上市首日升三成，最低入場{amount}，你有冇興趣了解下？",
    "外汇黄金 稳定日收益{pct}% 团队带单 亏损平台兜底 今天开户送体验金 下载地址 {link}",
    "Hi {fname}, following your enquiry your Bitcoin trading account is now live. Your account manager will call today to help you make your first deposit of {gbp}.",
    "Invest 50k, get 150k in 7 days. Our FX traders are verified, 100% legit, payment proofs on my status. DM now before slots close",
    "您好，您的账户因操作异常被风控，盈利{amount2}暂无法出金，需按规定缴纳{pct}%的解冻费至指定账户，逾期本金将被清零。",
  ],
  task_rebate: [],
  fake_loan: [],
  customer_service: [],
  police_impersonation: [],
  military_purchase: [],
  prize: [],
  parcel_fee: [],
  account_lock: [],
  tax_refund: [],
};
