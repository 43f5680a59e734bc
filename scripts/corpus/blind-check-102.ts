/**
 * Blind check set #102 (written blind during session 18 by two helpers — one the scam texts, one the genuine ones — in
 * the hold-out's composition, 10 templates per key; installed unread, to be measured once on the session's final tree).
 * Their original headers:
 *
 * Scam texts:
 * Blind check scam set 102 — 10 templates for each of the 16 scam typologies.
 *
 * Written BLIND (session 18): the author did not open, list, search or run anything in the
 * project; every template was written from general knowledge of how scam messages looked in
 * 2024–2026. No real message was copied; the texts paraphrase the published DESCRIPTIONS of
 * scam scripts in public warnings: 公安部刑侦局 / 国家反诈中心 typology notices and case write-ups,
 * 中国人民银行征信中心 and 国家金融监督管理总局 risk alerts, 台灣 165 全民防騙 and 刑事警察局 alerts,
 * Hong Kong Police ADCC / CyberDefender and Scameter notes, Singapore ScamShield / SPF advisories,
 * UK Action Fraud, NCSC, HMRC phishing guidance, Ofcom and Phone-paid Services Authority notes,
 * US FTC consumer alerts and IRS "Dirty Dozen", Australia ACCC Scamwatch and ATO scam alerts,
 * India I4C / Sanchar Saathi (Chakshu) and RBI advisories.
 *
 * Styles mixed inside every typology: terse SMS with and without 【签名】, long WeChat / QQ /
 * LINE / WhatsApp / Telegram / dating-app messages, multi-turn chats and call transcripts (with
 * varied speaker labels or none), ASR-like transcripts with fillers, Traditional Chinese (Taiwan)
 * and Cantonese (Hong Kong), typos / pinyin / homophones, emoji, and English in UK, US, Indian,
 * Singaporean, Malaysian, Nigerian, Filipino and Australian registers. About a quarter of each
 * typology's templates are only the OPENING message (first contact, one hint, no request yet).
 *
 * Genuine texts:
 * Blind check genuine set 102 — 10 genuine templates for each of the 9 categories.
 *
 * Written BLIND (session 18): the author did not open, list, read or search the project's code,
 * data or other sets; every text was composed from general knowledge of how genuine messages
 * looked in 2024–2026. Roughly half of each group are hard near misses that reuse scam vocabulary
 * (逾期, 验证码, 上门, 冻结, 退款, 理赔, 补贴, 注销, "verify", "new number"…) and point only to
 * official apps, official hotlines or {glink}; they never ask for a code, an up-front fee, a
 * transfer to a "safe"/stranger's account, screen sharing, or a link on an odd domain. The other
 * half are plain everyday texts.
 *
 * Styles mixed: terse SMS with and without 【签名】, WeChat/WhatsApp/LINE chats, multi-turn chats
 * and call transcripts (ASR fillers 嗯/呃/那个), Traditional Chinese (Taiwan, Hong Kong Cantonese)
 * in about a fifth of the Chinese texts, emoji, and English in UK, US, Indian, Singaporean,
 * Australian, Nigerian and Filipino registers.
 *
 * Public sources whose DESCRIPTIONS were paraphrased (no real texts copied): anti-fraud advice of
 * China's 国家反诈中心 / 96110 and the PBoC consumer-protection pages; bank and lender notice
 * formats as described in consumer-finance FAQs; Hong Kong Police ADCC / 防騙易 18222 advice;
 * Taiwan 165 反詐騙 hotline advice; UK Finance "Take Five", HMRC "phishing and scams" guidance and
 * NHS appointment-text descriptions; US FTC consumer alerts on bank fraud texts; India's 1930
 * cyber-crime helpline guidance; courier help-centre descriptions of pickup codes and redelivery.
 */
import type { TypologyId } from "../../src/domain/typologies";
import type { GenuineCategory } from "./genuine-templates";

export const BLIND_CHECK_102_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}您好，您在我司的借款已逾期{days}天，相关情况已登记备案，请于今日{time}前保持电话畅通，稍后[有专员|贷后专员|法务专员]将与您联系。",
    "【法务部】{surname}[先生|女士]，您在{lenderapp}的欠款{amount}元已逾期，因多次催收无果，我部将于{date}向您户籍所在地法院提交起诉材料并同步上报征信。如需协商，请今日内添加专员微信{wx}，处理后可申请撤案。",
    "催收：喂，是{name}吗？\n对方：嗯，谁啊？\n催收：我这边是{lender}调解中心的，呃，你那笔{amount}的欠款逾期{days}天了你知道吧？\n对方：我不是还了一部分吗\n催收：那个系统显示没有入账啊。你今天不处理我们就按流程走，你通讯录里的人都会收到通知。这样，你先转{small}到我们指定的对公过渡账户，我给你申请停催。",
    "Dear Customer, your loan from {loanapp} is overdue by {days} days. Legal notice will be sent to your employer and ALL contacts in your phonebook today. To stop this, clear the dues immediately via UPI to the recovery agent: {link} . Ignore at your own risk.",
    "FINAL NOTICE from Harlow & Reid Solicitors: County Court proceedings will be issued against you re: the outstanding balance of {gbp} owed to {banken}. Avoid a CCJ and a bailiff visit by settling within {hours} hrs at {link} or call 0203 {d3} {d4}.",
    "{surname}先生您好，這裡是{lender}委外催收的法務專員，您的貸款已逾期，本公司已準備向法院聲請支付命令。若不希望影響信用與工作，請於今日加LINE：{wx} 協商還款方案，逾期將直接寄發存證信函到您公司。",
    "喂{surname}生，我哋係財務公司追數部嘅，你筆數拖咗成{days}日喇，再唔還我哋就派人上你屋企同公司搵你，仲會通知埋你通訊錄啲人。今日之內入{amount}去我哋指定戶口，我先幫你停咗佢。",
    "您好，我是{lender}贷后管理部的工作人员，工号{d4}，关于您名下一笔逾期账单的事情需要跟您本人核实一下，方便的时候回复我。",
    "【互联网金融纠纷调解中心】您名下{lenderapp}账单已被转入“个人债务集中处置”程序，{date}前未确认将被列入失信被执行人名单并影响子女入学。点击{link}查看电子《调解通知书》，并上传身份证正反面完成身份核验。",
    "在吗？{name}是吧，你在{lenderapp}那笔wang贷的事，我们这边已经转到法wu部了，你自己心里有数😅",
  ],
  task_rebate: [
    "您好，我是{app}招聘部的HR小{surname}，看到您在平台留过简历，我们这边有个居家兼职，时间自由，[日结|当天结算]，请问您有兴趣了解一下吗？",
    "亲～任务很简单，关注指定抖音博主、点赞截图发给接待员，一个赞3元，做满10个马上结算。第一单已经给您发了{small}元红包对吧？现在进入进阶任务，需要下载“{loanapp}”APP，在里面垫付{amount}元做商家冲量单，完成后本金加{pct}佣金一起返还。",
    "导师：您这单触发了三连单，需要连续完成三单才能一起提现哦\n我：可我卡里只剩{amount}了\n导师：系统规定中途不能退出，否则之前的{amount2}会被判定违规冻结。您可以找朋友借一下，做完立刻全部返还，好多宝妈都是这样做的。",
    "【演唱会票务】急招线上票务助理，帮平台刷演唱会预售热度，每单佣金{small}元起，需先用自己账户代付票款，10分钟内连本带佣返还。报名加V：{wx}，名额有限，今天只收{days}位。",
    "Hi! I'm {fname} from a recruitment agency 😊 We have a flexible remote job: just rate hotels and products online, 30-60 min a day, earn $80–$300 daily. Would you like to know more?",
    "Hello sir, task no. 1 completed ✅ you earned Rs 150. Now you are in VIP prepaid task. Deposit Rs {d4} in merchant account, you will get back Rs {d4}0 within 15 mins. Kindly send payment screenshot to receptionist {tg}. Don't worry sir 100% genuine, 5000+ members earning daily.",
    "您好～這裡是蝦皮商城合作的網路兼職，幫賣家按讚、寫好評，每天在家輕鬆賺1000~3000元，不用經驗，手機就能做。有興趣的話加LINE ID：{wx} 跟我說「我要做」即可🙋‍♀️",
    "做完頭兩單已經即刻回咗$120俾你啦😄 而家有個高佣任務，要先入$2,000做商家訂單，完成即回本連30%佣金。唔好驚，我哋公司喺觀塘有寫字樓，好多學生都做緊。",
    "呃，你好，是{surname}女士吧，我们这边是{shop}商家的，就是，那个做一下店铺好评，嗯，一单给你{small}块，你先下单我们这边给你返……对，钱是先垫的，完了连本带佣金都退给你，你加一下我们QQ {qq}，那个接待员会带你做。",
    "在ma？有个兼zhi，躺着就能赚，每天1-2小时，日入三位数，宝妈学生都可以，感兴趣回1",
  ],
  investment: [
    "{name}您好，我是{company}的投资顾问助理小{surname}，{surname}老师今晚8点在群里免费直播讲解下周龙头股，[送三只潜力股|免费诊股]，需要我拉您进群吗？",
    "各位家人注意：今天尾盘机构专用通道开放，凭邀请码{d6}在“{company}机构版”APP认购新股，中签率100%，上市首日预计涨{pct}以上。名额有限，认购资金请转入APP内指定对公账户，截止今日{time}。",
    "客服：您好，您的账户收益{amount2}元已达到提现条件，但根据平台规定需先缴纳{pct}的个人所得税和风险保证金，税费不能从收益里扣除，需另外转入，缴纳后2小时内到账。\n用户：为什么不能直接扣？\n客服：这是监管的反洗钱要求，请您理解配合。",
    "Hey {fname}, my uncle works at a quant fund and they run an AI arbitrage bot on USDT. I put in $1,000 last month and now it's $4,700 🤯 Platform is {link} — you need at least $500 to activate. Want me to send you the invite code?",
    "As seen on BBC: new AI trading platform lets UK residents turn £250 into up to £1,500 a week 🚀 Limited spots left this month — register now and a personal account manager will call you: {link}",
    "{surname}大哥您好，我是{surname}老師的助理，感謝您加入「股海飆股研究社」。老師這週免費帶大家操作，明天開盤前會在LINE群發布主力布局的標的，請先下載我們合作券商的APP開戶，入金後我幫您開通VIP。",
    "今日老師話嗰隻港股聽日會有大消息，內幕價入貨穩賺三成。你而家開戶入住20萬先，我幫你攞到機構配售名額，遲啲就冇喇。",
    "【黄金投资】国际金价再创新高！{company}推出“稳盈金”产品，保本保息，月收益{pct}，1000元起投，今日开户送{small}元体验金，详询{phone}。",
    "A：嗯喂，{surname}先生您好，我这边是{company}的，就是我们最近有个AI量化选股系统，那个，内测期间免费给老股民用……\nB：免费的？\nA：对对，您加一下我们企业微信，呃，老师会给您开通权限，前期只需要交{amount}的数据服务费，赚了钱再分成。",
    "哥，在吗？上次群里那个{fund}你后来买了没，我这周已经赚了快两万了😂",
  ],
  fake_loan: [
    "【{loanapp}】尊敬的用户，您已获得预授信额度{amount2}元，年化低至3.6%，无视征信、黑户可贷，回复1了解详情，拒收请回复R。",
    "您的贷款{amount2}元已审批通过✅ 但系统检测到您填写的银行卡号有误，资金已被冻结。需要缴纳{pct}的解冻金验证您的还款能力，解冻后连同贷款一并打到您卡上，请尽快处理，超时将影响个人征信。",
    "客服：您好，这边是{lender}放款部，您申请的{amount2}已经到放款环节了。\n用户：那怎么还没到账？\n客服：是这样，您的银行流水不够，系统判定还款能力不足，需要您刷一下流水，转{amount}到我们提供的验资账户，验资通过后原路退还并同时放款。",
    "Instant personal loan upto Rs 5,00,000 without CIBIL check! No documents, approval in 5 min. Pay only Rs {d3} processing fee to get loan amount credited. Apply now: {link}",
    "Good day, your loan application of N500,000 with QuickCash has been approved. Kindly pay the insurance fee of N15,000 to the account below to enable disbursement within 30 minutes. Acct: 20{d4}{d4} Access Bank. God bless.",
    "免聯徵、免照會、信用小白也能貸！最快當天撥款，額度最高50萬。加LINE：{wx} 專人服務，只需身分證和存摺封面拍照即可申辦。",
    "你好，我哋係持牌放債人，見你喺網上申請過私人貸款。你嘅{amount2}已經批咗，不過要先過數$3,000做保證金證明你有還款能力，之後連本帶貸款一齊過返俾你。",
    "老哥，最近手头紧不？我这有个内部渠道，不看征信不查大数据，我上个月刚下了五万，要的话我推给你。",
    "【{loanapp}】您的借款申请未通过自动审核，开通“极速放款会员”（{small}元/月）可享人工优先审核，通过率提升至98%。立即开通：{link}",
    "嗯，你好，你这个额度我们这边已经帮你申请下来了，就是，那个，你的征信有点花，所以要交一个{amount}的保证金，呃，做个担保，放款以后这个钱，嗯，随你第一期还款一起退还给你。你现在方便用手机银行操作吗？",
  ],
  customer_service: [
    "【{courier}】您好，您的快递单号{d12}在运输途中丢失，我们深感抱歉，稍后理赔专员将致电与您核实赔付事宜。",
    "客服：您好，我是{shop}客服，您在我们店购买的商品检测出甲醛超标，需要给您办理三倍赔付。\n顾客：哦，那怎么弄？\n客服：您打开支付宝，搜索“备用金”，先借出{amount}，然后截图给我，系统会把赔付金额一起加进去，到时候一并退回。",
    "【{app}】您好，您开通的“百万保障”服务即将扣费，每月{small}元，如未主动关闭将按年扣除{amount}元。如需取消请致电客服{phone}。",
    "客服：您好，您之前在{shop}开通了学生会员，现在已经毕业了，不关闭的话会影响征信。我们需要通过[腾讯会议|钉钉会议|视频会议]帮您操作，会议号{d6}{d3}，您下载一下，进去点击共享屏幕就行。",
    "Amazon: An order for iPhone 16 Pro (£1,099.00) has been placed from your account. If you did not authorise this, press 1 to speak to an advisor or call 0800 {d3} {d4} now.",
    "Hi, this is {fname} from {shopen} support. We noticed a duplicate charge of {usd} on your card. To process your refund, please download AnyDesk and share the 9-digit code with me so I can reverse it for you.",
    "您好，這裡是momo購物客服，因系統錯誤，您上次的訂單被誤設為批發商，每月將自動扣款12期。等一下會有銀行專員聯繫您，協助您解除設定。",
    "喂你好，我哋係{courier}香港客服，你張單嘅包裹因為地址唔齊派唔到，而家可以安排退款同賠償$300，你用WhatsApp加我{phone}，我send個link你填銀行資料就得。",
    "嗯，您好，请问是{name}吗？我是{app}的理赔专员，就是您那个快递，呃，仓库那边出了点问题丢了，我们这边给您双倍赔偿，那个，您需要添加一下我们的理赔QQ {qq}，然后扫码进一下理赔通道。",
    "【抖音商城】亲，您上月开通的“直播带货会员”今日到期，系统将自动续费{amount}元/年，如不需要请在{time}前点击{link}进行解约。",
  ],
  police_impersonation: [
    "{name}您好，这里是{city}市公安局刑侦支队，我是民警{surname}警官，警号{d6}，现有一起案件涉及到您，请问您现在方便说话吗？",
    "对方：你名下一张{bank}卡被犯罪嫌疑人用于洗钱，涉案金额三百多万。现在对你下达秘密侦查令，不能告诉任何人，包括家人。为证明你的资金清白，需要把你名下所有存款转到国家安全账户进行核查，核查完毕原路退还。\n受害人：那我要去派出所吗？\n对方：不用，你下载我发给你的“警务通”APP，我们视频做笔录。",
    "您好，这里是{courier}，您寄往{city}的包裹被海关查出夹带多本护照和银行卡，已经移交当地公安处理，我现在帮您把电话转接到{city}公安局，您稍等。",
    "【人社局】您的社保卡因在外地异常使用已被暂停，如有疑问请按9转人工核实，否则将于{hours}小时后注销您的医保待遇。",
    "{surname}先生，我是{city}税务局稽查科的，您名下一家公司存在虚开增值税发票行为，需缴纳罚款{amount}元，加我微信{wx}处理，否则[移交公安|直接立案]。",
    "您好，这里是{operator}客服中心，您的身份证在{city}办理了一张手机号，频繁发送诈骗短信，已被公安立案。我们现在给您转接网警，请配合调查，不要挂断。",
    "This is a message from the National Crime Agency. Your National Insurance number has been suspended due to suspicious activity linked to money laundering. Press 1 to speak to an officer now, or a warrant will be issued for your arrest.",
    "Officer: This is Inspector Sharma, Mumbai Cyber Crime. A FedEx parcel in your name with 5 passports and MDMA has been seized. You are under digital arrest. Stay on this Skype video call, do not disconnect or tell anyone. To verify your funds, transfer your savings to the RBI verification account; it will be refunded after clearance.",
    "這裡是台北地檢署，{surname}先生您的帳戶涉及詐騙洗錢案，法院已發出拘票。為保全您的財產，請將存款提領交給本署派去的監管專員，案件結束後全額歸還，期間不得對外透露，以免觸犯偵查不公開。",
    "喂，係咪{surname}小姐？呢度係中國大陸公安局，你嘅香港身份證喺內地被人用嚟開咗銀行戶口洗黑錢，你而家要配合調查，唔好收線，我幫你轉駁去負責嘅警官。",
  ],
  credit_repair: [
    "{name}同学你好，我是{lender}校园贷清退专员，根据监管要求，之前在校期间开通过学生贷款账户的需要统一注销，你这边有一个账户还没处理。",
    "对方：您大学时在{lenderapp}开过学生账户，现在国家清理校园贷，不注销会影响您征信，以后买房买车都受影响。\n您：我没借过啊\n对方：开通了就有记录。您打开几个借款APP把额度借出来，转到我们指定的监管账户清零，系统检测额度为0后就能注销，钱马上原路退还。",
    "征信修复🔥 逾期记录、呆账、查询次数过多都能处理，银行内部渠道，不成功不收费，先付定金{amount}，3个工作日出新报告，V：{wx}",
    "【中国人民银行征信中心】您的个人信用报告存在异常记录，将影响贷款及出行，请于{date}前登录{link}进行信用修复申请。",
    "Bad credit? We can REMOVE defaults, CCJs and missed payments from your Experian and Equifax file in 14 days. 100% legal. Upfront fee {gbp}. Reply YES to start.",
    "Hi {fname}, this is the Credit Solutions Dept. Your FICO score dropped 87 points due to an unreported account. For {usd2} we can dispute and delete it today. Please confirm your SSN and DOB to begin.",
    "您好，這裡是金管會信用修復專線，查到您的聯徵紀錄有遲繳註記，會影響您未來房貸申請。我們可以協助刪除不良紀錄，需先匯款手續費8,000元至指定帳戶，處理完成後簡訊通知。",
    "你嘅TE信貸評級已經跌到J級，銀行唔會再批你任何貸款。我哋有內部渠道可以幫你洗白評級返A級，收費一萬蚊，先俾一半訂金，有興趣WhatsApp我 {phone}。",
    "您好，这里是{app}金融服务中心，系统显示您的账户在校期间开通了“学生专享”额度，目前不符合最新政策，需要跟您确认一下。",
    "呃，您好，您是{name}本人吧，我这是{bank}的，嗯，就是您的征信上有一个那个，个人消费记录是异常的，呃，需要您配合做一个征信修复，您先下载一下我们的那个会议APP，嗯，会议号发您，进去之后按我说的操作，把额度清空就行。",
  ],
  acquaintance: [
    "小{surname}，明天上午[来我办公室一趟|到我办公室来一下]。——{surname}",
    "我是{name}，在开会不方便接电话。有个合作方的{amount2}元项目款急需今天转，我这边账户限额，你先从公司账户打到这个账户，回头我签字补流程：{bank} 6222 {d4} {d4} {d4}，收款人{name}。转完截图给我。",
    "各位家长好，我是{school}班主任{surname}老师，本学期资料费、保险费共{small}元，请在{time}前扫描群里二维码缴费，缴完截图发群里，不要私下讨论。",
    "孙子：奶奶，是我呀，我嗓子感冒了……我在外面跟人打架，把人打伤了，现在在派出所，要交{amount}保证金才能放人，你千万别跟我爸妈说啊！一会儿有个警察叔叔上门来拿钱。",
    "（视频通话3秒后挂断）\n表哥，刚才视频网不好。我在外面跟人谈生意，对方要求先付{amount2}定金，我的卡被风控了转不出去，你先帮我转一下，明天一早就还你。账户我发你。",
    "Hi Mum, it's me 😊 dropped my phone in the loo so this is my new number. Can you save it and msg me on WhatsApp when you're free? x",
    "Mum I'm really stuck, my new phone won't let me log into my banking app for 24 hrs and I need to pay my rent {gbp} today or I'll get a late fee. Can you pay it for me? I'll send you the details, I'll pay you back tomorrow I promise xx",
    "阿姨，我是小{surname}啊，換新號碼了，妳猜我是誰？有件事想拜託妳一下，我這邊貨款急著付，銀行說要明天才能轉，先借我5萬，晚上就還妳。",
    "{fname}，我係阿明呀，我部電話壞咗，用緊朋友部。我而家喺深圳過唔到關，要交罰款，你可唔可以幫我轉$5,000入呢個戶口先？返到香港即刻還你。",
    "老同学，还记得我吗？我是你高中同桌{surname}，好久不联系了，最近在{city}做点小生意，哈哈，你现在在哪发展呀？",
  ],
  game_trade: [
    "兄弟，看你在{gameplat}挂了{game}的号，我挺想要的，你最低多少出？",
    "买家：钱我已经付了，平台显示你的账户被冻结了，因为你的银行卡信息填错了，需要缴纳{amount}的保证金解冻，客服说了缴纳后连同货款一起退你。\n卖家：我没收到通知啊\n买家：你加一下平台客服QQ {qq}，他们会发链接给你。",
    "{game}内部充值渠道，所有点券、钻石[5折|五折|半价]，官方授权代充，秒到账！先付款后充值，加QQ群{qq}领取首单福利🎁",
    "【{game}】恭喜您获得限定皮肤赠送资格！点击{link}登录游戏账号领取，{hours}小时内有效。",
    "Yo, selling my Fortnite acc w/ 200+ skins incl. Renegade Raider, $150. Middleman via {link} is safer for both of us, just pay there and I'll transfer the login 👍",
    "Hi po! Selling ML account Mythic rank, 120 skins, 2k diamonds, only 3500 pesos. Pls send payment via GCash first then I'll give you the bind email. Legit seller po, many vouches 😊",
    "您好，我在8591看到你要賣天堂W的帳號，我想買，不過我們走另一個交易平台比較快，我把網址傳給你，你註冊好後用LINE跟客服聯絡提款就可以。",
    "兄弟，你個{game}帳號我出$800收，不過我哋用個擔保平台交收，你要先俾$200入去做賣家保證金，等我確認帳號冇問題就一齊過數俾你。",
    "小朋友，你想要免费的皮肤吗？叔叔是{game}的客服，给你发个福利，但是要先用爸爸妈妈的手机扫一下这个码，验证一下你是不是未成年，验证成功皮肤马上到账哦😊",
    "嗯，喂，你好，我是那个，{gameplat}的客服，就是你挂的那个{game}账号有个买家已经下单了，但是，呃，我们系统检测到你的账户有点异常，要跟你核实一下。",
  ],
  romance: [
    "Hi，在{romanceapp}上看到你的照片，感觉我们挺有缘的，我叫{name}，在{city}做跨境电商，你平时喜欢做什么呢？😊",
    "宝贝，我跟你说个秘密，我舅舅在博彩平台做技术，知道后台漏洞，每晚9点到10点下注必中。我已经赚了三十多万了，你先注册一个账号，我带你玩一把，先充{amount}试试，赢了就当给我们攒婚房的钱❤️",
    "亲爱的，我从英国给你寄的礼物到{city}海关了，里面有首饰和5万英镑现金，海关要你交{amount}清关费才能放行，你先交一下，我到中国就还你，我爱你。",
    "Hello dear, I am Dr. {fname} Williams, a US Army surgeon currently on a peacekeeping mission in Syria. I saw your profile and I feel a connection. I'm a widower with one daughter. Can we talk on Telegram? {tg}",
    "My love, my leave application was approved but the UN requires me to pay {usd} for my flight ticket and clearance. My account is restricted while I'm on deployment. Please help me with Steam gift cards or Bitcoin, I will refund you when I arrive and we will start our life together 💕",
    "寶貝，我在新加坡的工作結束了，公司獎金被卡在平台上，需要繳保證金才能提領。我這邊差20萬，妳先幫我墊一下好嗎？等錢出來我馬上飛台灣找妳，我們一起去看房子。",
    "早晨呀靚女🌞 我哋識咗差唔多一個月啦，我真係好想同你一齊。我阿叔做黃金期貨，教我一個穩賺嘅方法，你都開個戶啦，我帶你一齊賺，將來我哋就唔使咁辛苦。",
    "请问是{surname}姐吗？我是昨天约好看房的小{surname}……啊不好意思发错了😅 不过也算缘分，可以认识一下吗？",
    "男：嗯，宝贝，我这边出了点事，那个，我在柬埔寨这边的项目资金被冻结了，就是银行说需要交一个，呃，反洗钱审查的费用，{amount2}块，我手上的钱都压在里面，你能不能先帮我转一下，我回国第一件事就娶你。",
    "哥哥你好呀，我是{romanceapp}上的小雨，今天我生日，在直播PK，差一点就赢了，哥哥能帮我刷个{small}元的礼物吗？赢了我就加你私人微信，晚上陪你聊天💋",
  ],
  military_purchase: [
    "老板你好，我是{city}某部队后勤处的采购员，我姓{surname}，想跟你们店咨询一下{goods}的价格，我们单位近期有一批采购需求。",
    "{surname}老板，我们部队这次要采购{goods}五百件，但是需要配套一批野战饭盒，你们店没有的话，我给你推荐个合作厂家，你先帮忙垫付{amount2}元给他们，结款时我们一起打给你，部队有规定采购必须走一个供应商。",
    "喂，是卖{goods}的吗？我是{city}[派出所|交警大队]的，所里要订一批{goods}，你先把报价单发我，领导签字后走公款结算。",
    "您好，我是{school}后勤处的{surname}老师，学校运动会需要定制{goods}，数量300份，预算{amount2}元，这是我们学校采购联系人的微信{wx}，您加一下对接，对方会跟你说供货要求。",
    "我们部队财务有规定，首次合作的商户需要先交{amount}的保证金到部队指定账户备案，这个钱结账的时候一起退，你看你这边能不能今天办一下，不然这单只能给别家了。",
    "老板，我是武警{city}支队的，晚上有三十个战士过来吃饭，帮我订三桌，菜你看着上。另外我们首长想要两箱茅台，你店里没有的话我给你个酒商电话，你先帮我垫付一下，吃完饭一起结。",
    "Hello, this is Sgt. {fname} from the Army base logistics office. We'd like to order 40 units of {goodsen} for our unit, paid by government purchase order. We also need 20 tactical first aid kits from our approved vendor, please prepay them and we will reimburse in full.",
    "Hi, I'm Officer {fname} with the county sheriff's department. We need catering for 60 officers tomorrow. Our department card can only pay after delivery, so please prepay {usd} to our partner supplier for the drinks and we'll cover the whole bill.",
    "老闆您好，我是國軍某營區的採購士官，營上要訂100份便當，另外要買一批軍用睡袋，您這邊如果沒貨，可以幫我們跟配合廠商先付訂金，月底軍方統一撥款給您。",
    "老闆，我哋係警署後勤，想訂一批{goods}，要開正式發票。我哋有指定供應商，你幫手先付$8,000訂金，收貨後我哋公數過返俾你。",
  ],
  prize: [
    "恭喜您！您的手机号在{tvshow}节目场外幸运观众抽奖中被抽中，稍后节目组工作人员会与您联系，请保持电话畅通。",
    "【{tvshow}】尊敬的观众，您已被抽选为场外二等奖幸运观众，获得奖金{amount2}元及笔记本电脑一台，请登录{link}领取，验证码{code}。",
    "您好，您的中奖奖金已审核通过，按照规定需缴纳20%个人所得税{amount}元，税费需单独缴纳，不能从奖金里扣，缴纳后奖金2小时内到账，请转入公证处账户。",
    "恭喜您獲得本公司週年慶抽獎頭獎：iPhone 16 Pro Max一支！請於3日內點擊{link}填寫收件資料並支付運費{small}元，逾期視為放棄。",
    "Congratulations! You've been selected as our {shopen} loyalty winner for {dateen}. Claim your £500 voucher now: {link} (offer ends in {hours} hrs)",
    "Dear Winner, your email ID has won ONE MILLION US DOLLARS in the Coca-Cola International Promotion {year}. Contact our claims agent Barr. {fname} Okafor with your full name, address, phone and ID. Ref No: {case}.",
    "KBC Lottery: Dear Sir, your number is selected for Rs 25 lakh prize. For claiming call our manager Mr. Rana Pratap on WhatsApp +44 7{d3} {d6}. Pay registration fee Rs {d4} only.",
    "Hi {fname}! You've been picked as one of our lucky shoppers in the {app} 11.11 mega draw 🎉 Our team will WhatsApp you shortly to confirm your prize.",
    "USPS Rewards: You have 1 unclaimed reward (Dyson V15). Complete a 30-second survey and pay {usd2} shipping to receive it: {link}",
    "恭喜你！你喺商場嘅抽獎中咗二獎，獎品係價值$8,800嘅風筒，請喺今日之內WhatsApp我哋{phone}，提供身份證副本同銀行戶口資料登記領獎。",
  ],
  premium_rate: [
    "URGENT! Your mobile number has been awarded a £2,000 prize GUARANTEED. Call 09061 {d3} {d3} from a landline. Claim code {d4}. Valid 12hrs only. 150p/min",
    "FREE MSG: Txt WIN to 8{d4} to enter our weekly iPhone draw! £4.50/wk until you txt STOP. 18+ T&Cs apply",
    "Hey, is this {fname}? Someone gave me this number, call me back when u can, it's about the package 📦",
    "Hey babe 😘 I'm Chloe, 23, bored and home alone. Wanna chat? Call me direct on 0909 {d3} {d4} (calls cost £3.60/min + network charges)",
    "FunTones: You are now subscribed to the ringtones & wallpapers club for £4.50/week. To unsubscribe text STOP to 8{d4}. Helpline 0330 {d3} {d4}",
    "Dear customer, [you have won|congrats u won] Rs 10,000 talktime! To claim, call 1900 {d3} {d3} now from this number. Offer valid {hours} hrs.",
    "【幸运热线】恭喜您获得{tvshow}场外大奖，请拨打1259{d4}{d3}转人工领取，信息费3元/分钟。",
    "寂寞了吗？美女主播一对一真人聊天，拨打16{d4}{d4}，今晚不孤单💋（资费2元/分钟）",
    "您有一通未接來電，來自+216 {d4} {d4}，請盡快回撥，以免錯過重要包裹通知。",
    "你好，呢度係生日祝福熱線，有朋友為你點咗一首歌同埋留咗言，請即致電1900 {d3} {d3}收聽，每分鐘$5。",
  ],
  parcel_fee: [
    "{courieren}: We missed you today. Your parcel {d12} could not be delivered. Reschedule and pay the {gbp} redelivery fee: {link}",
    "USPS: The package arrived at the warehouse but could not be delivered due to incomplete address information. Please confirm your address in the link within 12 hours. {link} (Please reply Y, then exit the SMS and open it again to activate the link.)",
    "AusPost: Your item is being held at our facility due to unpaid customs duty of $3.85. Pay now to avoid return to sender: {link}",
    "SingPost: Your parcel SG{d6}{d3} has an outstanding customs declaration fee of S$2.50. Kindly settle via {link} before {dateen} or it will be disposed.",
    "India Post: Dear customer, your package has arrived at our hub but is on hold due to an incomplete address. Our team will contact you shortly.",
    "【{courier}】您的快递{d12}因地址不详无法派送，已退回转运中心，请于{hours}小时内点击{link}更新收件地址并支付{small}元二次派送费。",
    "【海关】您的海外包裹（单号{d12}）涉及未申报关税，需补缴税款{amount}元，逾期将退运并记录不良通关记录，请添加海关客服微信{wx}办理。",
    "【中華郵政】您的包裹因未繳交關稅而滯留，請於今日內至{link}完成繳費，逾期將退回寄件人。",
    "香港郵政：你有一件包裹因地址錯誤未能派送，請於{hours}小時內經以下連結更新資料並繳付$18重派費：{link}",
    "您好，我是{station}的快递员，您有一个到付件，寄件方写的是{shop}，需要您本人确认一下地址。",
  ],
  account_lock: [
    "{banken}: A new device has been registered to your account on {dateen} at {time}. If this was NOT you, secure your account immediately: {link}",
    "WhatsApp Security: Your account will be suspended in 24 hours due to policy violations. Verify your number and enter the 6-digit code sent to you: {link}",
    "Apple ID: Your Apple ID has been locked for security reasons. Unlock it at {link} before {dateen} or your iCloud data will be deleted.",
    "Netflix: We couldn't process your last payment, so your membership is on hold. Update your billing details within 48 hrs: {link}",
    "Dear SBI user, your YONO account will be blocked today. Please update your PAN card immediately. Click {link}",
    "【ETC服务中心】尊敬的用户，您的ETC卡已失效，为避免影响您的正常通行，请及时点击{link}进行认证，车牌{plate}。",
    "【医保局】您的医保电子凭证因信息不全将于{date}停用，请尽快点击{link}完善个人信息并绑定银行卡。",
    "【中華電信】您的帳戶因異常登入已暫停使用，請於24小時內至{link}驗證身份，以免門號被停話。",
    "【八達通】你嘅八達通App戶口因安全理由已被暫停，請即登入{link}重新驗證身份，否則自動增值功能將會停用。",
    "【{bank}】尊敬的客户，您尾号{d4}的储蓄卡因账户信息过期，部分功能已受限，我行客服稍后将与您联系。",
  ],
  tax_refund: [
    "HMRC: You are eligible for a tax refund of {gbp}. To receive your refund, please submit your details here: {link}",
    "IRS: Your {year} Economic Impact Payment of $1,400 is pending. Verify your identity and bank details to receive it: {link}",
    "myGov: You have a new message about your ATO tax return. A refund of $687.41 is awaiting. Log in to claim: {link}",
    "GOV.UK: You are eligible for the Winter Fuel Payment {year}. Apply before {dateen} to receive £300: {link}",
    "Income Tax Department: Dear taxpayer, an income tax refund of Rs 15,490 has been approved for you. You will receive it shortly.",
    "【国家税务总局】您{year}年度个人所得税汇算清缴有退税{amount}元未领取，请于{date}前登录{link}填写银行卡信息办理退税。",
    "【{gov}】根据国家育儿补贴政策，您家庭可申领每孩每年3600元补贴，请添加专员微信{wx}，提供身份证、银行卡及验证码完成登记。",
    "嗯，您好，我这边是{city}人社局的，就是您符合那个，呃，失业补贴的发放条件，一次性可以领{amount}，您这边需要下载一个那个“社保服务”的APP，我发您链接，嗯，进去以后填一下银行卡……",
    "【財政部】您有一筆溢繳稅款{small}元待退，請於{date}前至{link}登錄帳戶資料，逾期將視同放棄。",
    "【政府消費券】你符合資格領取{year}年額外$2,000電子消費券，相關通知將經短訊發送，請留意。",
  ],
};

export const BLIND_CHECK_102_GENUINE: Record<GenuineCategory, string[]> = {
  bank: [
    "【{bank}】您尾号{d4}的储蓄卡{date}{time}[支出|消费]人民币{amount}.00元（快捷支付-{app}），余额{amount2}.56元。如非本人操作请致电{bankno}。",
    "【{bank}】温馨提示：本行工作人员不会以“账户异常”“征信修复”“安全账户”等理由要求您转账，也不会索要短信验证码。凡是要求屏幕共享、下载会议软件的都是诈骗！如有疑问请拨打{bankno}。",
    "【{bank}】您尾号{d4}的账户于{date}被有权机关依法冻结，冻结金额{amount}元。具体原因请向冻结机关了解，或本人携带身份证到任一网点查询，咨询电话{bankno}。",
    "【{bank}信用卡】您{date}账单应还{amount}元，最低还款{small}元，可通过本行手机银行或官方微信公众号还款。已还款请忽略。",
    "[您好|尊敬的客户]，您尾号{d4}信用卡的临时额度已调整至{amount2}元，有效期至{date}，无需任何操作。额度详情请在{bank}官方APP“额度管理”中查看。【{bank}】",
    "【國泰世華】您的信用卡末四碼{d4}於{date}{time}消費NT${amount}，如非本人交易，請撥打卡片背面客服專線。本行不會以簡訊連結要求您輸入卡號。",
    "【滙豐】提提你：銀行職員唔會透過電話或者短訊要求你提供一次性密碼，亦唔會叫你轉賬去所謂「安全戶口」。如接到可疑來電，請即收線並致電防騙易熱線18222查詢。",
    "客服：您好，这里是{bank}信用卡中心，工号{d4}。系统监测到您的卡刚才有一笔境外交易{usd}，请问是您本人操作吗？\n客户：不是啊！我人在家里。\n客服：好的，已经为您临时止付这张卡，不用您提供任何验证码。您稍后在官方APP里申请换卡，新卡免费寄到账单地址。\n客户：好，谢谢。",
    "【{bank}】您尾号{d4}的账户{date}转入人民币{amount2}.00元，摘要：代发工资，当前余额{amount}.32元。",
    "【{bank}】您尾号{d4}的账户已连续{days}天无交易，将按规定转为久悬户。如需继续使用请本人携身份证到网点办理，本行不会通过短信链接为您“激活”或“注销”账户。",
  ],
  lender: [
    "【{lender}】尊敬的客户，您本期账单{amount}元将于{date}到期，系统将从您绑定的{bank}借记卡自动扣款，请确保余额充足。",
    "【{lenderapp}】您的借款已逾期{days}天，逾期信息将依法报送金融信用信息基础数据库，可能影响您后续办理贷款、信用卡。请尽快通过{lenderapp}APP还款，我司不会要求您向任何个人账户转账。",
    "恭喜，您在{lenderapp}申请的借款额度已审批通过，可用额度{amount2}元，年化利率（单利）{pct}起，具体以合同为准。借款前请理性评估还款能力。[详情见APP|请在APP内查看]",
    "【{lender}】您已于{date}结清全部借款，结清证明可在APP“我的-结清证明”中下载。征信记录一般在次月更新，任何声称可以“删除逾期记录”“修复征信”的都是骗局。",
    "嗯您好，请问是{name}吗？我这边是{lender}贷后服务，工号{d4}。您的借款已经逾期{days}天了，待还{amount}元。\n——嗯，我知道，这个月手头有点紧。\n——理解。您可以在官方APP里申请延期或者先还一部分，呃，一定认准APP还款，我们不会让您转到私人卡上。\n——行，我晚上弄。",
    "【玉山銀行】您的信貸第{d3}期應繳金額NT${amount}，繳款截止日為{date}，將由您約定的帳戶自動扣繳，請留意餘額。已繳款者請忽略本簡訊。",
    "【{lender}】您申请的提前还款已处理成功，本次还款本金{amount}元、利息{small}元，剩余待还{amount2}元，可在APP账单页查看明细。",
    "【{lender}】近期有不法分子冒充我司客服，以“注销学生账户”“影响征信”为由诱导转账。我司从未开办校园贷，账户注销可在APP内自助办理，不收任何费用。如有疑问请拨打APP内公布的客服热线。",
    "【{lenderapp}】您申请的{amount}元借款已放款至尾号{d4}的{bank}卡，请注意查收。首期还款日为{date}。",
    "【安信】你嘅分期貸款本月供款{amount}元將於{date}自動過數，請確保戶口有足夠結餘。如有查詢，請登入官方App或致電我哋官方熱線。",
  ],
  otp: [
    "【{app}】验证码{code}，用于登录，5分钟内有效。验证码是您的重要凭证，切勿告知他人，包括自称平台客服的人员。",
    "【{bank}】您正在进行手机银行转账，金额{amount}元，收款人{surname}*，验证码{code}。任何人索要验证码都是诈骗，请勿泄露。",
    "【{app}】您的账号于{date}{time}在新设备登录，登录地{city}。如非本人操作，请立即在APP内修改密码并退出其他设备。",
    "【铁路客服】验证码：{code}，您正在使用12306进行手机号核验，[请勿将验证码告知他人|转发验证码会导致账号被盗]。",
    "【台新銀行】您的一次性驗證碼為{code}，10分鐘內有效。本行不會以電話或LINE索取驗證碼，請勿提供給任何人。",
    "您正在修改支付密码，校验码{d6}，若非本人操作请忽略本短信，您的资金仍然安全。【{app}】",
    "G-{d6} is your Google verification code.",
    "【腾讯科技】你正在登录微信，验证码{code}。转发给他人可能导致微信号被盗，[切勿转发|不要告诉任何人]。",
    "【{app}】您正在申请注销账号，验证码{code}。注销后数据将无法恢复，如非本人操作请忽略，账号不会被注销。",
    "【HKT】你嘅一次性密碼係{code}，5分鐘內有效。切勿向任何人透露，包括自稱職員嘅人。",
  ],
  delivery: [
    "【{courier}】您的快件{d12}已到{station}，取件码{pick}，请于{date}前取件。",
    "凭{pick}到{station}取件，营业时间08:00-21:00，[超时将退回|如需代收请联系驿站]。【菜鸟驿站】",
    "喂，嗯，是{surname}女士吗？我{courier}的，呃，你那个快递我到你们小区门口了，保安不让进，你是下来拿还是我给你放门卫？\n——放门卫吧，谢谢师傅。\n——好嘞，那我放了啊，拍个照发你。",
    "【{shop}】您购买的商品在运输中破损，商家已同意退款{small}元，款项将原路退回您的支付账户，1-3个工作日到账，无需提供银行卡号或验证码。详情请在{shop}APP“我的订单”查看。",
    "【{courier}】您的跨境包裹{d12}正在清关，需补充收件人实名信息，请在{courier}官方APP或小程序中填写，税费以海关税单为准，可在官方渠道核验：{glink}",
    "【美团】您的订单骑手{surname}师傅已取餐，预计{time}送达，请保持电话畅通😊",
    "【7-ELEVEN】您訂購的商品已送達門市，請於7日內攜帶證件取貨，取貨付款NT${small}。逾期未取將退回賣家。",
    "【{courier}】您的快件{d12}因地址不详暂存网点，快递员会致电与您确认，您也可在官方小程序修改地址，全程免费，快递员不会索要验证码。",
    "{courier}客服：您好，您反馈的快件{d12}经核实确已丢失，按保价规则可理赔{small}元。理赔款会在3个工作日内原路退回到您寄件时的付款账户，不需要您提供验证码，也不需要转账哦。",
    "【順豐】你嘅快件{d12}已到達智能櫃，取件碼{d6}，請喺{hours}小時內提取，逾時將轉回網點。",
  ],
  appointment: [
    "【{hospital}】您已成功预约{date}{time}{dept}门诊，请提前30分钟到院签到，凭就诊卡或医保电子凭证就诊。",
    "【{car}】{name}您好，您的爱车{plate}保养预约在{date}上午，预计时长2小时，店内有休息区，如需改约请回复或致电门店。",
    "亲，明天下午{time}给你约了{salon}的Tony老师，烫发大概三个小时，来之前不用洗头哈😊有事提前跟我说～",
    "【{school}】家长您好，本周五下午14:00召开家长会，地点各班教室，请[准时参加|安排好时间准时到校]。",
    "{name}你好，我是{company}人力资源部的小{surname}，你应聘的运营岗通过了初筛，邀请你{date}{time}来公司现场面试，地址我发你邮箱了，记得带简历。面试不收取任何费用。",
    "【{app}】您预约的空调维修师傅将于{date}{time}上门服务，师傅工号{d6}，服务费以APP内报价为准，请勿向师傅私下转账，如有问题请联系平台客服。",
    "[各位业主|居民朋友]您好，本小区燃气年度安检将于{date}进行，安检员持工作证上门，安检免费，不推销任何产品。如有疑问可拨打燃气公司官方热线核实。",
    "【台大醫院】您已預約{date}上午家醫科門診，看診號碼{d3}號，請攜帶健保卡報到。如需取消請至官網或APP辦理。",
    "教练：喂，{fname}吗？我是{gym}的私教小{surname}，嗯，就是提醒下你明天晚上七点的课，记得带毛巾。\n会员：好的，我可能晚十分钟。\n教练：没事没事，我等你。",
    "【牙科診所】提提你：{date}下午{time}洗牙預約，如需改期請提早一日WhatsApp我哋，唔該晒🦷",
  ],
  marketing: [
    "【{shop}】你关注的{goods}降价啦，领券立减{small}元，仅限今晚，可在APP内搜索查看。退订回T",
    "【{shop}】恭喜您在“年货节抽奖”中获得{small}元无门槛券，已自动放入“我的-优惠券”，无需支付任何费用。退订回T",
    "【{company}】{fund}今日开放申购，基金过往业绩不代表未来表现，基金有风险，投资需谨慎。请通过本公司官方APP或正规代销渠道办理。退订回T",
    "【{operator}】尊敬的客户，您本月套餐剩余流量{d3}MB，如需叠加流量包可通过官方营业厅APP办理，[月底自动失效|次月1日清零]。",
    "【爱奇艺】您的VIP会员将于{date}自动续费{small}元，如需取消请在APP“我的-会员-管理自动续费”中操作。",
    "【{shop}】{city}门店招聘兼职理货员，时薪面议，签订正式劳务协议，不收取任何押金或保证金，报名请到门店或官方招聘小程序。退订回T",
    "【全聯】會員獨享週末優惠，滿NT$1000折NT$100，詳情請見全聯APP。拒收請回覆STOP",
    "【社区团购群】明天到货：{goods}，团购价{small}元，需要的在小程序下单，自提点还是老地方～有问题找团长",
    "【{company}】尊敬的客户，您的账户新股中签{d3}股，请于{date}16:00前确保本人资金账户余额充足以完成缴款，详情请登录官方交易APP查看。",
    "【百佳】週三會員日，指定貨品8折，會員積分雙倍，詳情睇App。取消訂閱請回覆STOP",
  ],
  personal: [
    "哎你注意下，刚才有人冒充{name}加我微信借钱，头像昵称一模一样。我直接打电话问了他本人，他说根本没借，你要是也收到别理，直接举报。",
    "我是{fname}～换号了，这是我新号码，旧号下个月停用，你存一下哈。[有事还是微信找我|微信没变]，周末聚餐照旧👌",
    "老{surname}，我今天出门忘带钱包了，中午饭你先帮我付下呗，{small}块，下班转你😂\n——行，我一起扫码了。\n——谢啦，回头请你喝奶茶",
    "{name}你好，我是房东，下个月房租{amount}，还是转到合同上那张卡就行，水电单我拍照发你了，你核对一下。",
    "买家：你好，这个{goods}还在吗？能便宜点不\n卖家：在的，最低{small}包邮\n买家：行，我在闲鱼上直接拍，走平台担保，不私下转账哈\n卖家：没问题，拍了我今天就发",
    "兄弟今晚{game}上不上分？八点开黑，[带我一个|我拉你进队]，别又鸽了啊",
    "嗨～看你资料也喜欢徒步，我上个月刚去了{city}周边爬山😄下次如果有公开的徒步群活动可以一起报名呀",
    "宝，我加班到九点，晚饭你先吃，别等我了❤️",
    "欸我明天要去全聯，你要不要我順便幫你買什麼？衛生紙好像快沒了，順便問一下你週末要不要回家吃飯",
    "阿媽：今晚煲咗湯，你幾點返嚟食飯？\n我：七點幾啦，唔使等我\n阿媽：好，記得帶遮，天文台話會落大雨☔",
  ],
  government: [
    "【{city}公安】反诈提醒：公检法机关不会通过电话办案，不存在所谓“安全账户”，更不会要求视频笔录、屏幕共享。接到此类电话请立即挂断，拨打110或96110咨询。",
    "民警：您好，这里是{city}反诈中心，我们监测到您刚刚接到一个疑似诈骗电话，请问对方有没有让您下载什么APP或者转账？\n市民：他说是{bank}客服，让我注销什么校园贷账户……\n民警：那就是诈骗，您千万别操作，也别给他转钱，把号码拉黑就行。",
    "【{city}人社】您{year}年度社保缴费基数已核定，可通过“掌上12333”APP或国家社会保险公共服务平台查询。",
    "【{city}12345】您反映的小区夜间施工噪音问题已转交属地街道办理，将于{days}个工作日内回复办理结果，请保持电话畅通。",
    "【国家税务总局{city}税务局】{year}年度个人所得税综合所得汇算已开始，请通过官方“个人所得税”APP办理，应退税款将直接退至您本人银行卡，谨防仿冒链接和APP。",
    "【{city}交警】您的车辆{plate}于{date}有一条违法停车记录，请通过“交管12123”APP查询处理。",
    "【{city}农业农村局】{year}年耕地地力保护补贴{small}元已通过惠民惠农“一卡通”发放至您的社保卡账户，无需缴纳任何费用，工作人员不会索要验证码。",
    "【{city}气象台】{date}{time}发布暴雨橙色预警信号，未来3小时内可能出现50毫米以上降雨，请[减少外出|远离低洼地带]。",
    "【165反詐騙】檢警不會要求您監管帳戶、交付現金或操作ATM，接到可疑電話請掛斷後撥打165查證。",
    "【選舉事務處】投票日為{date}，投票時間上午7時半至晚上11時半，請攜帶香港身份證到指定票站投票。",
  ],
  english: [
    "{banken}: A payment of {gbp} to TESCO STORES was made with your card ending {d4}. If you don't recognise it, call the number on the back of your card. We'll never ask you to move money to a 'safe account'.",
    "{courieren}: Your parcel is out for delivery today between {time} and 18:00. Not in? Choose a safe place in the app.",
    "NHS: Your appointment at {clinic} is on {dateen} at {time}. To cancel or rearrange please call the surgery. Do not reply to this message.",
    "HMRC reminder: your Self Assessment tax return and payment are due by 31 January. Sign in through GOV.UK to file. We never text asking for bank details to pay you a tax refund.",
    "Wells Fargo Fraud Alert: Did you attempt a {usd} purchase at WALMART on {dateen}? Reply YES or NO. We will never ask for your PIN or a verification code by text.",
    "Dear Customer, Rs.{amount} debited from A/c XX{d4} on {dateen} via UPI to SWIGGY. Not done by you? Report in the official bank app or call 1930 (National Cyber Crime Helpline).",
    "SingPost: Item {d12} is ready for collection at POPStation Bedok. Please collect by {dateen}. [Track on the SingPost app.|Thank you.]",
    "Mummy: Tobi how far? Did you reach home safe? Call me when you're free o, your daddy is asking 🙏🏾",
    "Hi {fname}, reminder the Year 4 excursion ($15) is due Fri – pay through the Compass app as usual, no cash pls. Cheers, Ms Nguyen",
    "Hi it's {fname}, new number ko 'to, my old sim got lost. Pls save na lang. Kita tayo sa Sat sa party ni Tita ha! 🎉",
  ],
};
