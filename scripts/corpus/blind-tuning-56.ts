/**
 * Blind tuning set #56 (scam only; 8 templates per typology written to look like real texts and recordings: 【】 SMS, long chats, labelled and unlabelled call transcripts, ASR-style speech, Taiwan and Hong Kong wording, about a fifth English; session 15). Measured once on arrival (tree aabbd9f), 3 renderings per
 * template: every typology ≥ 87.5 % (task_rebate, premium_rate, parcel_fee, account_lock 87.5; the rest 100; the rules alone 75–100 %).
 *
 * Blind tuning set 56 — SCAM templates only (8 per typology).
 *
 * Written BLIND to the classifier: the author saw no code, rules, weights, tests or
 * data from the repository, only the list of typology keys and placeholder slots.
 *
 * Styles, mixed on purpose inside each key: terse SMS with 【】 signatures; long,
 * chatty chat messages (WeChat, QQ, LINE, WhatsApp, Telegram); call transcripts in
 * several formats (labelled turns with varied labels, an unlabelled monologue of the
 * caller, ASR-style run-on transcripts with fillers and little punctuation);
 * Traditional characters (Taiwan usage, Hong Kong Cantonese); typos, homophones,
 * pinyin initials and emoji. Some items are only the opening message with a single
 * subtle hint, others are mid-conversation or the closing ask. About a fifth English.
 *
 * All wording is original. It paraphrases public DESCRIPTIONS of scam scripts —
 * never copied message texts or data sets — from: anti-fraud awareness material of
 * China's Ministry of Public Security criminal investigation bureau and the National
 * Anti-Fraud Center (common telecom-fraud types), People's Bank of China notices on
 * "credit repair" scams, Taiwan's 165 anti-fraud hotline case summaries, the Hong Kong
 * Police Anti-Deception Coordination Centre, UK Action Fraud / NCSC / Ofcom /
 * Phone-paid Services Authority guidance, and US FTC consumer alerts.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_56_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}您好，您在{lenderapp}的借款已逾期{days}天，待还{amount}元。法务部拟于{date}将材料移交属地法院，并安排外访人员前往您户籍地核实。今日18点前请致电{phone}协商，过时不候。",
    "在吗？我是{lenderapp}贷后的小张。你那笔{amount}一直没动静，通讯录前二十个联系人我们这边已经整理出来了，说实话我也不想一个个打过去，你家里人知道了多难看😮‍💨 今天给你开个绿色通道，走对公的话系统会自动加罚息，你加我私人V {wx}，我发你一个减免后的还款账户，只还本金就行。",
    "催收员：喂，是{name}吗？ 接听人：嗯，哪位？ 催收员：{lender}风控中心，你名下一笔{amount}的分期已经进了征信上报流程，我这边最后能帮你撤回一次。 接听人：我没借过啊。 催收员：系统里是你身份证办的，不处理的话明天开始冻结你名下所有银行卡。你先还最低{small}元，走我们指定的清算账户，卡号我短信发你。",
    "喂你好这边是那个嗯{lender}委外合作的律所啊就是关于你那个欠款的事情然后呢你这个已经是第三次催告了啊我们这边明天呢就要把材料寄到你单位还有你村委会那边你看你今天能不能先处理一部分嗯就是扫一下我发你的那个码就可以了啊不用去网点",
    "【{lender}法務部】{name}君您好，您積欠之款項新臺幣{amount}元已逾期多日，本公司將於{date}派員前往您戶籍地及工作場所進行債務確認。若不希望驚動家人同事，請於今日內加LINE：{wx} 辦理和解。",
    "{surname}生，你張單拖咗{days}日啦，我哋同事聽日會上你公司搵你老細傾下。唔想搞到咁難睇就今晚12點前入返{amount}蚊去呢個戶口，過咗數WhatsApp張收據俾我{phone}，我即刻幫你停咗個case。",
    "FINAL NOTICE: Your outstanding balance of {usd} with {lender} remains unpaid. A field agent is scheduled to visit your home and employer on {dateen}. To cancel the visit and the legal filing, settle today through our resolution page {link} or call {phone}.",
    "{name}，你好呀，我们是{lender}的协商专员，关于你{year}年在{loanapp}的借款记录，现在有个一次性结清的减免政策，只需还本金的{pct}%，不再上zx，名额有限哈，方便的话加一下我私人微信{wx}细聊🙂",
  ],
  task_rebate: [
    "【{shop}商家招募】在家用手机点点赞就能赚，单单日结，日入{small}+，不收任何费用，感兴趣加客服QQ{qq}，备注“兼职”。",
    "亲你前面三单的佣金都到账了对吧😊 现在系统给你派的是联单任务，一组三单必须连着做完才能一起结算，第一单{amount}，做完本金加{pct}%佣金一次性退回。这个是老师特批给你的名额，别人想接都接不到，做完今天就能提现哈，别中途停不然会卡单的",
    "派单员：你好，卡单了是吧？ 学员：对，说我操作超时，钱提不出来。 派单员：这个是系统风控，你需要再充一笔{amount2}把订单刷新一下，刷新完之前的本金{amount}和佣金一起退，我们是正规平台放心。 学员：我真的没钱了。 派单员：那你可以找朋友借一下，今天不做完就全部作废了哦。",
    "然后呢就是你看啊我们这个是抖音那个点赞关注的任务嗯你截图发给我我给你返三块然后后面呢有那个福利单福利单就是你先垫付一下嗯金额不大{small}块钱然后返你{pct}个点的佣金嗯做得好的话一天几百块没问题的",
    "您好～我們是{shopen}平台的小助理，看到您有在找兼職，目前正在招募線上商品評價員，只要幫商品按讚截圖就有佣金，日領不拖欠💰 加LINE ID：{wx} 先領第一筆體驗金",
    "Hi {fname}! I'm Emma, a recruiter for a digital marketing agency working with {shopen}. We have flexible remote work: just rate products in our app, 30-60 mins a day, earn {usd}-{usd2} daily. Would you like to hear more? 😊",
    "Your account has received a combination order 🎉 To complete the set you need to top up {usd} first, then your commission and full balance will be released together. Several members finished theirs today, please don't lose your earnings now.",
    "宝子们 家里蹲也能月入过万 不是微商不用囤货 只要手机🤳做做任务 垫付的本jin秒返 佣j另结 [有意私聊|感兴趣戳]V：{wx}",
  ],
  investment: [
    "【{company}】尊敬的投资者，您已获邀加入“牛股内参”VIP群，本周三只票平均涨幅{pct}%，明早开盘前老师免费分享主升浪标的，入群口令888，点{link}",
    "王老师助理小雅：{name}您好，昨天老师直播讲的那只票今天是不是封板了？👍 我们在{company}有个机构专用通道，能拿到打折的大宗席位，普通散户是买不到的。老师说今天再开放五个名额，起步{amount}，您考虑下要不要先占个位，晚了就没了哦",
    "Hey {fname}, my uncle works at a quant fund and gave me a signal for the ETH contract tonight, I made {usd} in 2 hours last week 😅 The platform is {link}, I can guide you step by step, just start small with {usd2} and see for yourself.",
    "客服：您好，这里是{company}数字资产平台。 客户：我要提现，为什么一直显示审核中？ 客服：您这笔收益超过了单日额度，根据反洗钱规定需要先缴纳{pct}%的个人所得税和风险保证金，共计{amount2}元，缴完两小时内连本带利到账。 客户：不能从收益里扣吗？ 客服：不可以的，这是监管要求，必须另行转入。",
    "对对对就是你先看着嘛我不让你投钱你就先跟着老师看三天嗯你看他这个喊单准不准啊准了的话你再考虑我们这个平台是香港那边持牌的嗯外汇黄金都能做杠杆一百倍的那个嗯你先注册一个就行",
    "投資朋友您好，我是{company}的分析師助理，老師這週免費帶單台股，昨日分享的標的已獲利{pct}%，想跟單請加入LINE群組：{link}，名額只剩最後12位。",
    "Hi 朋友，我哋有個Telegram群 {tg} 專做美股期權，導師每日開市前出call，上個月成班人賺咗三成幾，而家入會首月免費，有興趣PM我啦😎",
    "{name}你的账户目前浮盈{amount2}元，但平台检测到你是新账户首次大额出金，需要验资，把账户余额的{pct}%作为流动性保证金存入，验资通过立刻解冻。老师已经帮你跟风控沟通好了，今晚12点前完成就行，别让老师白忙哈",
  ],
  fake_loan: [
    "【{loanapp}】{name}您好，您的{amount}元备用额度已审批通过，年化低至3.6%，不看征信，最快10分钟放款，回复1领取或点击{link}",
    "亲，你的借款已经审核过了，但是你填写的银行卡号和身份证信息不一致，款项被系统冻结了。需要你转入{small}元解冻金证明是本人操作，解冻后和借款一起打到你卡上，财务那边都有记录的，放心哈",
    "业务员：喂，{surname}[先生|女士]，您在{loanapp}申请的{amount}额度批了，不过您的流水有点不够，需要刷一下。 客户：怎么刷？ 业务员：您找朋友先往卡上转{amount2}，然后按我发的账户转出去，一进一出显示您有还款能力就行，半小时搞定，钱会原路退回。",
    "你好我这边是那个嗯金融服务中心的看到你之前有在网上申请过贷款没通过是吧嗯我们这边呢可以帮你走一个内部通道啊就是无抵押的嗯你只需要先交一个会员费{small}块然后呢当天就能下款",
    "【{loanapp}】親愛的客戶，恭喜您信貸核准新臺幣{amount}元，免保人免照會。因您信用分數不足，撥款前需繳交保證金{small}元，請加LINE專員：{wx} 協助辦理。",
    "Congratulations {fname}! Your personal loan of {usd2} has been APPROVED regardless of credit history. To release the funds today a one-time refundable insurance deposit of {usd} is required. Reply YES or visit {link}",
    "{name}您好，我是{lender}信贷部的小刘，看您之前有过借款意向，目前我们有一款公积金信用贷，最高{amount2}，利息很低。需要的话下载我们的APP，不用去应用商店搜，直接点这个链接{link}，我发您专属邀请码。",
    "急用钱找我 🈶额度{amount} 征xin花了也能做 只需要先做个资料包装 包装费{small} 下款后返还 V{wx}",
  ],
  customer_service: [
    "【{shop}客服】您好，您于{date}购买的{goods}因质检不合格被厂家召回，我司将对您进行三倍理赔，请联系理赔专员{phone}办理。回TD退订",
    "坐席：您好，{courier}客服，您单号{d12}的包裹在转运时丢失了，我们给您走一个{small}元的理赔。 用户：哦，好的。 坐席：您用支付宝吧？打开首页搜“备用金”，先把备用金领出来，理赔款会跟备用金一起打回去，系统需要这样对一下账。",
    "你好这里是{app}官方客服哈嗯看到您之前开通了那个学生会员呢现在您已经毕业了如果不关闭的话每个月会从你账户扣{small}块钱然后呢持续扣费会影响你的征信啊我现在教您关闭就是您先下载一个会议软件我们共享一下屏幕",
    "亲亲，您好，我是{shop}售后小美，您的订单因为仓库爆仓没办法发货，已经帮您申请了退款+补偿{small}元～ 因为系统升级原路退回失败了，麻烦您扫下面的二维码进入退款通道，填一下银行卡和收到的验证码就好啦💗",
    "【{shopen}】您好，因系統錯誤將您設定為批發商分期付款，每月將自動扣款{small}元共12期，如需取消請儘速撥打客服{phone}，專員將引導您至ATM解除設定。",
    "你好，{courieren}客服度講，你個包裹地址唔完整送唔到，要重新安排派送，同埋你張單有保險賠償。麻煩你加WhatsApp {phone}，我同事會教你點樣用網上銀行攞返筆錢。",
    "Hi, this is {shopen} Customer Care. A charge of {usd2} for an iPhone 15 Pro was placed on your account. If you did not authorise this, press 1 or call {phone} immediately. To process the refund we will need remote access to verify your banking app.",
    "{name}你好，我们是{app}百万保障的服务专员，您名下已开通该保障，免费试用期今天结束，后续将按月自动扣费，如不需要请及时致电{phone}取消。",
  ],
  police_impersonation: [
    "【{city}市公安局】{name}，你涉嫌一起跨境洗钱案件（案号{case}），请于{hours}小时内联系办案民警{phone}配合调查，逾期将依法采取强制措施。",
    "“陈警官”：你好，这里是{city}公安局刑侦支队，你的身份证被人冒用在{bank}开了户，涉及一起{amount2}的洗钱案。 受害人：我不知道这事啊。 “陈警官”：现在要核实你是不是同案犯，案子属于机密，不能跟任何人说，包括家人。你找个没人的地方，我们开视频做笔录。 受害人：好。 “陈警官”：为了证明你资金清白，名下存款要转到检察院的安全帐户做资金清查，查完原路返还。",
    "喂，是{name}吗？我这边是{city}医保局的，你的医保卡在外地有违规刷卡记录，一共{amount}块钱，开了大量管控药品，现在卡已经被冻结了啊。如果不是你本人操作的话，我这边帮你转接到当地公安局报案，你先别挂电话。",
    "你好这是电信管理局的嗯你名下有一个号码呢在两个小时之后将被停机因为涉嫌发送违规短信我们已经接到大量的举报啊如果不是本人办理的话我帮你转接到公安机关嗯你稍等一下不要挂机",
    "您好，這裡是{city}地檢署，您涉及一件詐騙洗錢案，檢察官已開立拘票。為避免帳戶遭凍結，請依指示將存款轉入法院監管帳戶，並遵守偵查不公開原則，不得告知任何人。",
    "喂，{surname}先生，我係深圳市公安局嘅，你嘅香港身份證同一宗電話詐騙案有關，而家要同你錄口供，你要即刻下載我哋發俾你嘅App做身份核實。呢件事係保密嘅，唔好同屋企人講。",
    "This is Officer Miller from the Federal Investigation Unit. Your Social Security number has been linked to a drug trafficking case. A warrant will be issued within {hours} hours unless you speak to me now. Do not discuss this call with anyone. Press 1 to be connected.",
    "【{city}海关】您有一件国际包裹因夹带违禁物品被扣留，涉嫌走私，案件编号{case}，请按1转人工核实详情。",
  ],
  credit_repair: [
    "【征信中心】{name}您好，系统检测到您在{year}年注册的校园贷账户未注销，根据银保监最新规定须于{date}前完成注销，否则将影响个人征信，详询{phone}",
    "客服：您好，这边是{app}金条风控的，您大学期间开通的学生账户现在要清零，不然影响个人信用。 我：那怎么操作？ 客服：您需要把各个平台的可借额度都借出来，转到我们指定的核验账户，核验完就注销并退回，整个过程十几分钟。",
    "嗯对就是我们现在国家政策要求啊所有的校园贷必须要关闭嗯你这个账户呢现在还有额度的话呢会被认为是那个违规的到时候呢你的征信就花了就会影响你以后买房买车啊孩子上学也受影响的",
    "zx花了？逾期记录能消！专业团队对接内部渠道，{days}个工作日征信报告干干净净✔️ 成功后再付款，仅需先交{small}元档案调取费，咨询V：{wx}",
    "您好，我們是聯徵中心委託的信用修復顧問，您的信用紀錄有瑕疵，可協助刪除不良紀錄，讓您順利申辦房貸。需先支付處理費{small}元，詳情請加LINE：{wx}",
    "Bad credit holding you back? Our team can REMOVE late payments, defaults and CCJs from your credit file in {days} days, guaranteed. Pay a small admin fee of {gbp} to get started: {link}",
    "{name}同学你好，我是{school}学工处合作的金融服务老师，看到你在校期间有一笔网贷记录还没结清，现在可以免费帮你注销，方便的话加我一下微信{wx}",
    "你在{lenderapp}那个额度我这边已经帮你申请关闭了，但是系统显示还有{amount}的可用额度没清零，你需要先借出来，放到你自己卡上，然后我给你一个银行的监管户，你转过去系统会自动识别清零，清零后你的个人信用就恢复了哈，钱会退回的别担心",
  ],
  acquaintance: [
    "我是{name}，换新号了，旧号不用了，存一下这个。明天上午来我办公室一趟。",
    "小{surname}，在吗？我这边在开会不方便接电话，有个朋友急需周转{amount}，我不方便直接出面，你先帮我转一下，账户我等下发你，会后我让财务还你。这事先别声张。",
    "各位家长好，我是{school}班主任{surname}老师，本学期资料费和校服费已统一，请各位家长扫码缴纳{small}元，缴完截图发群里，今天截止，未交的同学明天领不到教材。",
    "妈，我手机摔坏了，这是我同学的号，我在学校出了点事，要赔人家{amount}块，你先转到这个卡上，别跟爸说，也别打我以前那个号，打不通的😭",
    "喂猜猜我是谁啊你听不出来啦哈哈就是我啊老同学嗯我这边换号了这不最近在{city}出差嘛嗯有个事情想麻烦你一下我那个卡被冻结了有一笔货款今天必须付你能不能先帮我垫一下明天就还你",
    "媽，我換咗新電話，舊嗰部壞咗，以後用呢個號碼WhatsApp我啦。有張單急住要交，你可唔可以幫我過住{amount}蚊先？我聽日還返你❤️",
    "Hi Mum, it's me, dropped my phone in the loo 🙈 this is my new number. Can you save it and message me on WhatsApp? Need a favour, got a bill I have to pay today and my banking app is locked on the new phone x",
    "表哥：喂，是我啊，听出来没？ 我：是……小军？ 表哥：对对对，我在外地出了车祸，撞了人，对方要私了，我这钱不够，你先借我{amount2}，打到处理事故那个朋友的账户上，千万别告诉我妈，她心脏不好。",
  ],
  game_trade: [
    "【{gameplat}】您在{game}发布的账号已被买家下单，因您的账户未完成实名认证，货款已被冻结，请在{hours}小时内点击{link}完成认证解冻。",
    "老板你那个号我要了，{amount}没问题👌 不过咱别走{gameplat}了，平台抽成太狠，走我朋友的交易网站{link}，也是担保交易，你上去注册一下就行",
    "您好，您的账户提现失败，系统显示您的银行卡号填写有误，资金已被冻结，需联系客服缴纳{small}元保证金修改信息，修改后连同货款一起提现。",
    "“平台客服”：您好，这边是{gameplat}交易中心，您刚售出的装备款项因为您是新用户，需要先开通VIP才能提现。 卖家：要多少钱？ “平台客服”：{small}元，开通后当场退还，只是验证一下您的资金流水。",
    "喂你是那个要{game}皮肤的吧就是我这边有内部渠道的嗯一折拿全皮肤号啊你先付个定金嗯扫那个码就行然后我给你上号哈放心我好多回头客的",
    "您好，我在8591看到您賣的{game}帳號，想直接跟您買，但我不太會用平台，可以加LINE {wx} 交易嗎？我用我朋友的交易網站付款比較快",
    "hey bro saw ur {game} account listing, ill pay {usd2}. lets use a middleman site my friend runs, super safe: {link} just log in with ur Steam details so they can verify the items 👍",
    "🎁{game}周年庆！免费领取限定皮肤+{n}钻石，仅限今天，输入游戏账号和密码即可到账：{link}",
  ],
  romance: [
    "你好呀，不好意思加错人了😅 不过看你头像挺阳光的，也算是缘分吧，我是做跨境电商的，平时在{city}，你呢？",
    "亲爱的，今天收盘我舅舅又带我赚了{amount}，我一直想着我们以后的家。你要是也开个户，我把他的内部数据同步给你，我们一起努力好不好❤️ 先投一点点试试，亏了算我的",
    "Good morning my love 🌹 I'm on the oil rig now, signal is bad. My salary is stuck at customs, they need a {usd} clearance fee before they release the box with my gold and documents. I will pay you back the day I land, I promise, you are my everything.",
    "宝，我这边是平台系统出问题了，你充值的钱需要再交{pct}%的个人所得税才能提出来，我已经把我所有积蓄都投进去了，你再想想办法好吗，就差这最后一步，提出来我们就去见面🥺",
    "Hi，我在{romanceapp}上看到你的资料，感觉我们挺合拍的，那边消息太多不方便，加个微信慢慢聊？{wx}",
    "我是在敘利亞維和的美軍軍醫，下個月就退役了，想把我的積蓄寄到台灣跟你一起生活，但包裹需要先付關稅新臺幣{amount}元，你能先幫我墊一下嗎？我愛你💕",
    "BB你今日食咗飯未呀？琴日同你講嗰個平台，我又玩咗一轉賺咗{usd}，你唔信可以睇截圖。我教你開戶啦，入{usd2}試下先，我會睇住你㗎❤️",
    "hey sweetheart it's me um listen I know we haven't met yet but I'm stuck at the airport in Istanbul and my cards got blocked I just need {usd} for the fine so they let me board can you send it as gift cards um Apple ones I'll explain everything when I see you",
  ],
  military_purchase: [
    "老板你好，我们是{city}某部队后勤处的，营区要采购一批{goods}，数量{n}箱，价格好商量，明天下午派车过来拉，方便留个电话吗？",
    "采购员：老板，我们部队还需要一批急救包，你那没有吧？ 店主：没有。 采购员：没事，我们有个长期合作的供应商，你先帮我们从他那进货，垫付{amount2}，到时候连同你的货款一起结给你。部队是公对公，要你出面采购。 店主：那我转哪？ 采购员：我把供应商的账户发你，是他们指定的。",
    "喂你好是那个饭店吧嗯我们是武警支队的啊明天中午要订三十桌啊然后呢还需要你们帮忙代购一批酒啊就是那个部队特供的酒你们那没有的话我给你个供应商电话你联系一下先把定金付了",
    "老板，这是我的军官证照片📷，你放心，部队采购都有规定的，明天上午十点派车来拿货，货款{amount}走财务对公。另外领导说还要二十箱特供酒，你帮忙联系一下我发你的供应商{phone}，先付定金，他们只认地方商户转账。",
    "老闆您好，我們是國軍某營區的採購官，要訂購{n}份便當及一批{goods}，另需代購軍用睡袋，廠商是我們指定的，需先由您匯款訂金，營區會統一結算。",
    "您好，请问是{shop}的老板吗？我是{city}消防支队的，队里最近要采购一批{goods}，想问问您这边能开发票吗？",
    "Hello, this is Sgt. Collins from the base near {city}. We'd like to place a bulk order of {n} units of {goodsen} for the barracks. We also need some specialised kit from our approved supplier, so we'll need you to pay them first and we'll reimburse everything with your invoice.",
    "老板，货我们验过了没问题，财务说要走军队采购结算流程，你那边先把那批帐篷的钱{amount2}打给供应商，回执发我，我这边马上连同你的{amount}一起结算，今天之内就到账，领导在催了",
  ],
  prize: [
    "【{tvshow}】恭喜您的手机号被抽中为场外幸运观众，获得{amount2}元奖金及笔记本电脑一台，请登录{link}领取，验证码{code}",
    "Congratulations! You have won a {gbp} supermarket gift card in our monthly draw 🎉 Claim your prize before midnight at {link} (a small delivery charge applies).",
    "工作人员：恭喜您，您在{shop}年终回馈活动中抽中了二等奖，奖品是价值{amount}元的{goods}。 对方：真的假的？ 工作人员：是的，不过按规定需要先缴纳{pct}%的个人所得税，缴纳后三个工作日内寄出。",
    "喂您好这边是{app}周年庆的抽奖活动中心的嗯恭喜您被抽中了一等奖嗯奖金是{amount2}块钱啊然后您需要先下载我们的兑奖APP填写一下银行卡号还有那个手机收到的号码",
    "【{shopen}】恭喜您成為本月幸運得主，獲得iPhone 15一支，請於{date}前至{link}填寫收件資料並支付運費{small}元，逾期視同放棄。",
    "恭喜你！你嘅電話號碼喺週年抽獎中咗頭獎，獎金港幣{amount}，請即WhatsApp {phone} 提供銀行資料領獎 🎉",
    "{name}您好，您购买的{goods}包裹里附赠的刮刮卡中了二等奖{amount2}元，请尽快拨打卡片背面的兑奖热线{phone}核实，过期作废。",
    "URGENT! Your mobile number has been awarded a {gbp} prize GUARANTEED. Call {phone} from a landline. Claim code {d4}. Valid 12hrs only",
  ],
  premium_rate: [
    "FREE entry into our weekly comp to win {goodsen}! Txt WIN to 8{d4} now. 3 msgs per week at {gbp} each. 18+ only. To opt out txt STOP",
    "Your mobile has been selected for a {gbp} loyalty bonus. To claim call 0906{d6} before midnight. Calls cost 1.50 per min from landlines, mobiles more.",
    "【電信加值】恭喜您獲得免費星座運勢體驗，回覆1即可每日收到專屬運勢，每則資訊費新臺幣10元，由{operator}代收。",
    "想知道TA心里有没有你吗？回复TA的名字到10669{d4}，立即测算缘分指数💕（信息费2元/条，每日最多5条）",
    "hey it's Jessica 😘 been trying to reach u all week! call me back on 0909{d6} I'm waiting xx",
    "您错过了来自+882{d6}的3个来电，对方留言：有急事，请尽快回电。",
    "【{tvshow}】您的号码已获得节目会员抽奖资格，回复Y确认参与，即可每周收到独家花絮，资费{small}元/月，由{operator}代收。",
    "嗯您好这里是情感热线啊嗯感谢您拨打我们的号码哈嗯现在为您转接到专属陪聊老师嗯通话期间会按照每分钟{small}元收取信息费请不要挂机嗯马上就接通了",
  ],
  parcel_fee: [
    "【{courier}】您的包裹{d12}因地址不详无法投递，请于{hours}小时内点击{link}更新地址，逾期将退回寄件人。",
    "{courieren}: Your parcel is on hold due to an unpaid shipping fee of {gbp}. Pay now to schedule redelivery: {link}",
    "We missed you! Your package {courierno} could not be delivered due to an incomplete address. Reschedule within 48h: {link} (reply Y and reopen this message to activate the link)",
    "【海关总署】您的国际包裹{d12}需补缴关税{small}元，未缴纳将于{date}退运销毁，缴费通道：{link}",
    "【中華郵政】您的包裹因地址資訊不完整暫存於物流中心，請點擊{link}補填資料並支付NT$35配送費，以免退件。",
    "【香港郵政】你嘅郵件因郵資不足被扣留，請喺24小時內繳付{small}港元：{link}",
    "快递员：喂你好，我是{courier}的，你有个到付件，{shop}寄来的，要收{small}块运费，你认一下吗？ 收件人：我没买东西啊。 快递员：那可能是活动赠品，你扫我微信发你的二维码付一下，我就给你放{station}了。",
    "喂你好这边是{courier}国际件的嗯你的快递在口岸呢被海关抽查了啊就是需要你补缴一个那个清关费然后呢今天不交的话就要退回了嗯我加你一下微信把付款码发给你",
  ],
  account_lock: [
    "【{bank}】尊敬的客户，您的账户因长时间未完成实名认证已被限制使用，请及时登录{link}进行认证，以免影响正常使用。",
    "Apple ID: your account has been locked for security reasons. Verify your information within 24 hours to avoid permanent suspension: {link}",
    "Netflix: We couldn't process your latest payment. Your membership is on hold. Update your payment details here {link} to keep watching.",
    "【ETC服务】您的ETC卡已失效，将无法正常通行高速，请于{date}前登录{link}重新认证，逾期将注销。",
    "【{banken}】您的網銀帳戶因異常登入已被暫停使用，請立即點擊{link}驗證身分以恢復服務。",
    "【{banken}】你嘅戶口偵測到異常交易，已被暫時凍結，請即登入 {link} 解除凍結，否則24小時後永久停用。",
    "客服：您好，我这边是{app}安全中心，检测到您的账户在{city}异地登录，并尝试转出{amount}元，现在已经冻结。 用户：不是我啊。 客服：好的，我给您发个验证码，您把收到的六位数念给我，我帮您申请解冻并修改密码。",
    "{app}安全提醒：您的账号已在另一台设备登录，若非本人操作，请回复1或致电{phone}联系我们。",
  ],
  tax_refund: [
    "【个人所得税】您有一笔{year}年度个税退税{small}元待领取，请于{date}前登录{link}填写银行卡信息办理。",
    "HMRC: You are eligible for a tax refund of {gbp}. Please submit your claim via {link} within 48 hours to receive your payment.",
    "【{city}人社局】根据最新政策，您可领取{year}年度职工技能提升补贴{amount}元，请点击{link}申领，逾期作废。",
    "工作人员：您好，我这边是{city}医保中心的，您的医保卡有一笔{small}元的年度返还款还没领取。 对方：怎么领？ 工作人员：您去附近的ATM，插入银行卡，我一步一步教您操作，先选英文界面。",
    "嗯你好这里是{city}教育局的嗯你家孩子这个学期有一个那个嗯教育补贴啊一千多块钱的嗯还没有领我们这边呢要核实一下你的银行卡信息还有余额嗯你方便吗",
    "【財政部】您的綜所稅退稅款因帳戶資料錯誤遭退件，請於{date}前至{link}重新登記，以免逾期作廢。",
    "GOV.UK: Your cost of living payment of {gbp} is ready. Confirm your eligibility and bank details at {link} before {dateen}.",
    "【ETC服务中心】您的车辆{plate}有一笔通行费多扣退款{small}元，请添加专员企业微信{wx}办理退回。",
  ],
};
