/**
 * Blind tuning set #63 (scam only; 8 templates per typology written to be hard to detect: euphemisms, homophones, pinyin, broken characters, polite scripts that read as notices until one detail, about a quarter English; session 15). Measured once on arrival (tree 32dcd8d), 3 renderings per
 * template: fake_collection 62.5, investment 95.8, police_impersonation 91.7, the rest 100 % (the rules alone 37.5–100 %).
 *
 * BLIND_TUNING_63 — hard scam-only tuning set (8 templates per typology).
 *
 * Written BLIND to the classifier: the author never saw its code, rules,
 * lexicons, thresholds or any other test data. Everything here was composed
 * from scratch from general knowledge of how these scripts are described.
 *
 * Styles: deliberately hard to detect — euphemisms instead of the textbook
 * words (no 验证码 / 安全账户 / 保证金 spelled out), homophones and pinyin
 * (zheng xin, 扣扣, 薇, V), spaced or broken characters, numbers written in
 * words, emoji, polite and patient scripts, texts that read like ordinary
 * notices or friendly chats until one tell-tale detail, mixed Chinese-English,
 * and ASR-style call transcripts with misrecognised words. About a quarter
 * are English. Each template still carries at least one hint a careful
 * reader would notice (an odd channel, an up-front payment, secrecy, a
 * private account, an unofficial link, a new number, etc.).
 *
 * Sources: only public DESCRIPTIONS of scam scripts were paraphrased —
 * 公安部刑侦局 / 国家反诈中心 typical-case bulletins (电信网络诈骗 typologies),
 * 中国人民银行 and 国家金融监督管理总局 consumer risk alerts, UK Action Fraud and
 * NCSC guidance, Ofcom / PSA (premium-rate) consumer notes, the US FTC
 * consumer alerts and Australia's ACCC Scamwatch. No real scam texts or data
 * sets were copied.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_63_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "{name}您好，这里是{lender}贷后[协调|沟通]中心。您的账单已过宽限期{days}天，为避免材料移交法务，今天{time}前可先处理一部分。入账通道已单独为您开好：{link} ，原APP还款近期会被系统拦截，请勿使用。",
    "{surname}先生/女士打扰了，您的借款档案（编号{case}）已进入“属地外访”排期，外访组拟于{date}到{city}您的户籍地和单位走访核实。如想暂缓，今天联系经办人{phone}（薇同号），按协商方案处理即可撤单。",
    "喂 您好 我这边是{lender}的 呃 债务协商部 您那个 欠 的 款 已经 已经 上报 正 信 了 就是 正信系统 然后呢 我们这边 可以 帮您 消 除 记 录 您先 把 最 低 的 那 个 {small} 块 转到 我 们 经 办 人 的 卡 上 就 可 以 了",
    "【法 务 部 告 知】{name}，您在{loanapp}的欠 款 已逾期，通讯录📒已导出备案，若{hours}小时内仍未处理，将同步告知您的亲属与同事。如需协商请➕V：{wx}，备注“协商”二字。",
    "{name}您好，冒昧打扰🙏 我是{lender}的客户经理小林，了解到您这个月周转有困难，公司可以帮您申请减免部分罚息。只需先把本期{amount}元存入我们合作的代收户（户名：{surname}某，个人名下），我这边马上提交减免。祝生活顺利。",
    "尊敬的客户：因{lender}对公结算系统升级，原还款渠道暂停使用，本期款项请扫描附件中的二维码或访问{link}完成，逾期将产生额外费用并影响信用记录。[如已处理请忽略|谢谢配合]。",
    "Hi {fname}, this is Sarah from the recoveries team at {banken}. Your overdue balance of {gbp} has been flagged for a doorstep visit on {dateen}. To pause this we can take a partial payment through our settlement partner today: {link} (online banking is under maintenance, so please don't pay there).",
    "Courtesy reminder re file {case}: still unpaid. Our field officer is booked to call at your home and your workplace on {dateen}. We'd honestly rather not involve your family or employer. Reply YES before {time} and an agent will text you a private settlement link.",
  ],
  task_rebate: [
    "亲，在家就能做的小兼职～帮商家点点赞、看看直播，一单佣 金{small}元，做完当场结✨ 感兴趣加小助理 {wx} ，今天名额有限哦🌸",
    "{name}您好，我们是{shop}优选推广部，正在招募“体验官”：先自行下单，确认后本金+{pct}%一起返还，首单只需{small}元。⚠️需在“任务大厅”APP里操作：{link}",
    "宝子们～打 zi 小兼职来啦，动动手指日入三百+，全程不收任何 fei 用💯 先试做三单，连续完成后才能一起 ti xian 哦～ 扣扣：{qq}",
    "恭喜您通过{app}兼职初审🎉 接下来是“组合任务”：需连续完成{n}单，全部完成后系统统一返还本金和佣金。中途卡单属于正常情况，补单即可解开。带教老师微信：{wx}",
    "喂 你好 我们这边是 抖 音 的 点 赞 员 招 聘 啊 就是 给 视 频 点 个 赞 截 个 图 一 个 三 块 钱 然后 你 加 一 下 我 们 的 接 待 员 后 面 还 有 那 个 预 付 的 任 务 佣 金 更 高",
    "【{shop}】尊敬的会员，您已获得“好评官”资格，每条好评奖励{small}元。需先拍下指定商品（商家不发货），确认收货后本金与奖励一并退回。详询客服扣扣：{qq}",
    "Hi there 👋 we came across your CV online. Remote part-time role: rate products for our merchant platform, 30-60 mins a day, earn {usd2} daily. Some 'premium tasks' need a small top-up of your work balance first, which comes back with commission. Chat on WhatsApp {phone}.",
    "Hey, it's Emma from the hiring team 😊 sorry for the random text! Our app-optimisation job pays per task and you cash out every evening. Combo orders pay 5x commission but need you to add a little balance before they unlock. Interested? Telegram {tg}",
  ],
  investment: [
    "{name}您好，我是{company}的助理小陈。本周三晚{time}有位老师在群里免费直播讲盘，近期连续带出三只涨停📈 进群口令“牛”，添加{wx}即可，名额只留给老客户推荐的朋友。",
    "老师今天的内部票已经出来了，上周跟的朋友基本都吃到了{pct}个点。明早开盘前要在“机构专用通道”挂单，普通券商账户抢不到，通道APP在这里下载：{link}",
    "您好，您在平台的收益已达{amount}元🎉 提现前需先缴纳百分之{pct}的个人所 得 税（由平台代扣代缴，须从外部银行卡转入），缴纳后两小时内到账，否则账户将进入风控。",
    "💰B圈内部消息：新币上线前认购，老师亲自带单，稳稳的，跟投门槛{amount}U起。不懂的先看看别人的 jie tu 再决定，私聊飞机：{tg}",
    "您好 我是 那个 {company} 的 投 资 顾 问 啊 我 们 这 边 有 一 个 国 家 扶 持 的 项 目 叫 做 什 么 数 字 人 民 币 的 那 个 内 部 额 度 保 本 保 息 的 月 化 大 概 在 百 分 之 {pct} 左 右 您 看 方 便 加 个 微 信 吗",
    "{name}，我是{fund}的客户回访专员。您之前在股市里的亏损可以申请“补偿额度”，需要在我们新开的合作平台上做几笔对冲操作，收益可以覆盖之前的损失。详情请加企业薇：{wx}",
    "Hi {fname}, great chatting at the weekend! As promised, here's the platform my uncle uses for gold arbitrage, I made {usd} just last week 😊 Register with my invite code and start with a small deposit to test it: {link}",
    "Dear investor, your {company} portfolio now shows a profit of {usd2}. To release the withdrawal, a one-time compliance verification deposit of {usd} must be made from an external card within {hours} hours, otherwise the funds will be held.",
  ],
  fake_loan: [
    "{name}您好，您在{loanapp}申请的{amount}元额 度已审批通过✅ 因银行卡号填写有误，资金暂时被锁定，需按流程做一次“解 冻 核 验”，核验款项会随借款一并返还。客服扣扣：{qq}",
    "【{lender}】尊敬的客户，您的信用良好，可享免抵押低息借款，最高{amount2}元，当天到账。为证明还款能力，需做一笔“流 水 认 证”，按专员指导转入即可，认证后原路退回。",
    "无视黑白户，不看 zheng xin，秒 下 款💯 只需提前交一点点 hui yuan fei 激活额度，三分钟出结果，加V：{wx}",
    "喂 你好 我 是 那个 {lenderapp} 的 审 核 专 员 啊 您 的 借 款 已 经 批 下 来 了 但 是 系 统 显 示 您 的 那 个 流 水 不 够 需 要 您 先 往 卡 里 存 入 百 分 之 二 十 做 个 验 资 完 了 之 后 连 本 带 款 一 起 给 您 打 过 去",
    "您好，注意到您最近在了解小额周转，我们{loanapp}是持牌机构合作方，年化3.6%起，资料齐全{hours}小时内到账。首次借款需购买一份“借款保障险”{small}元，由放款专员代办：{phone}",
    "您的借款合同已生成（编号{case}），放款前请下载签约APP完成电子签名：{link} ，签约后按页面提示支付公证服务费，资金随即到账。",
    "Congratulations {fname}! Your personal loan of {usd2} has been pre-approved, no credit check needed. To release the funds today, please buy a {usd} gift card as a refundable activation deposit and send a photo of the back to our agent on {appen}.",
    "Hi, this is Mark from QuickFund 👋 Good news, your application is approved! Because of a typo in your bank details the payout is on hold. A small unlock fee sorts it and is added back to your payout. Reply 1 to proceed: {link}",
  ],
  customer_service: [
    "您好，这里是{shop}售后。您{date}购买的{goods}因质检不合格被召回，我们将为您办理三倍赔付。请在{app}里搜索“理赔专属通道”，按提示操作即可领取，无需退货。",
    "亲亲，您的快递在{courier}分拣中心破损了😭 非常抱歉！我们这边给您做一下理 赔，{amount}元，方便加一下客服的企业薇吗？{wx} 需要核对一下您的收款信息哦～",
    "【{app}】您已开通“百万保障”服务，免费体验期将于今天结束，次月起每月自动扣费{amount}元。如非本人操作，请致电{phone}关闭，逾期将默认续费。",
    "喂 您 好 是 {surname} 女 士 吗 我 这 边 是 {shop} 的 客 服 啊 您 之 前 开 通 了 那 个 学 生 会 员 呃 代 理 您 现 在 已 经 毕 业 了 需 要 关 闭 不 然 会 影 响 您 的 正 信 我 这 边 教 您 操 作 一 下 您 先 下 载 一 个 会 议 软 件 打 开 共 享 屏 幕",
    "您好，您在{shop}的订单因商家缺货需要退款，但系统原路退款失败了。麻烦您打开支付APP里的“备 用 金”先领取{amount}元，再按客服指引还回去，就能完成退款流程🙏",
    "亲爱的用户，平台监测到您的账户被误设为“商户代理”，每月将产生服务费。请在{hours}小时内联系专员取消：企鹅号{qq}，逾期系统将自动扣款。",
    "Hi, this is the {shopen} customer care team. An order for an iPhone 15 ({usd2}) was just placed on your account. If you didn't authorise this, press 1 or call us on {phone} and we'll help cancel it. Please have your banking app open when we call.",
    "So sorry your parcel from {shopen} arrived damaged! We'd like to refund you double the item price 😊 To speed things up, our agent will guide you through a quick screen-share on AnyDesk. Start the chat here: {link}",
  ],
  police_impersonation: [
    "{name}您好，我是{city}市公安局反诈中心的民警。您的身份信息被人用于一起资金案件（编号{case}），需要您今天{time}前保持电话畅通配合核实。本案涉密，请勿向家人朋友透露，稍后会有专人联系您。",
    "【{city}医保局】您的医保卡在外地产生异常消费{amount}元，已被暂停使用。如有疑问请回电{phone}，工作人员将为您转接当地公安机关报案。",
    "喂 这 里 是 {city} 市 电 信 管 理 局 您 名 下 的 一 张 号 码 涉 嫌 发 送 违 规 信 息 两 小 时 后 将 全 部 停 机 如 需 人 工 请 按 九 我 们 会 为 您 转 接 公 安 机 关 备 案",
    "{surname}先生，我是{city}检察院的王检察官。您涉及的案子需要配合资 金 清 查，为证明名下资金合法，请将存款暂时归集到“清算核查账户”，审查结束后原数退还。此事请严格保密。",
    "您好，{city}海关通知：您的一个国际包裹内含违禁物品被扣留，涉嫌走私。请于{hours}小时内联系缉私警官{phone}配合调查，否则将被列入出入境限制名单。",
    "通知：您涉及的案件已立案，相关文书已生成，请查看：{link} 。为保障您的权益，可申请视频“录口供”，全程需在单独房间进行，不得让其他人知晓，也不要挂断电话。",
    "This is Officer Daniel Hughes from the National Crime Agency. Your National Insurance number has been linked to a money-laundering investigation. A warrant will be issued unless you cooperate today. Do not discuss this with anyone, including your bank. Call back on {phone}, ref {case}.",
    "IRS notice: a lawsuit has been filed under your name for tax evasion. To avoid arrest you must settle the outstanding {usd} today. Payment is only accepted through a secure federal voucher. Call {phone} immediately and stay on the line.",
  ],
  credit_repair: [
    "【征 信 中 心】您好，您在校期间注册的校园借款账户尚未注销，按最新监管要求须在{date}前清理，否则将影响个人信用。办理请联系专员{phone}。",
    "{name}同学你好，这里是{lenderapp}。因国家政策调整，你大学时开通的学生账户需要注销，注销前需把账户额度清零，我们会教你从其他平台借出来转入核销，放心，很快的。",
    "zheng xin 有污点？网贷逾期、信用卡呆账都能“洗白”✨ 内部渠道，{days}个工作日修复，不成功全额退，咨询V：{wx}",
    "喂 您 好 我 们 这 边 是 银 保 监 会 的 啊 您 之 前 在 京 东 金 条 那 个 开 通 的 学 生 账 号 现 在 需 要 注 销 不 然 每 年 要 扣 您 的 那 个 正 信 分 会 影 响 你 以 后 买 房",
    "亲，征信报告上查询记录太多导致借款被拒？我们是专业信用修复机构，可以协助删除查询记录、逾期记录，先付{pct}%服务费启动流程，效果看得见。",
    "您好，系统显示您名下仍有一笔{amount}元的“隐藏授信”未关闭，会导致后续房贷审批受阻。请在{hours}小时内完成关闭操作：{link}",
    "Bad credit holding you back? Our bureau partners can legally remove late payments and defaults from your file within {days} days. Guaranteed 700+ score. Pay the setup fee of {usd} and we start today. Text REPAIR to {phone}.",
    "Hi {fname}, we noticed an old student loan account opened in your name still shows on your credit file. To close it and protect your score, please confirm your identity and clear the remaining balance via {link} by {dateen}.",
  ],
  acquaintance: [
    "{name}，是我，{surname}总。这是我新号，旧号不用了，先存一下。明天上午有个事要你帮忙办，你先加一下我私人薇：{wx}，别在群里说。",
    "爸，我手机掉水里了，这是同学的号。我报了个培训班今天要交{amount}元，老师说今天截止，你直接转到老师卡上吧，卡号我等下发你，先别告诉妈，她又要念叨😅",
    "{name}家长您好，我是{school}的{surname}老师。这学期的资料费和保险费统一收取，每位{small}元，请加新的班级群（扣扣{qq}）扫码缴纳，今天下午五点前截止。",
    "老同学，还记得我吗？我是高中坐你后面那个，换号了😂 最近在{city}出差，有个事想麻烦你一下，方便加个微信吗？{wx}",
    "喂 {fname} 啊 猜 猜 我 是 谁 哈 哈 对 对 是 我 我 换 号 了 那 个 我 现 在 在 外 面 有 点 急 事 你 能 不 能 先 借 我 {amount} 块 我 明 天 就 还 你 转 我 一 个 朋 友 的 卡 上 就 行",
    "小{surname}，我在开会不方便接电话。有位领导的亲戚要交一笔钱，我这边不方便出面，你先帮我垫付{amount2}元，转到我发你的账户，回头我签字报销。这事别跟其他人说。",
    "Hi Mum, it's me 😊 I dropped my phone and this is my new number. Can you save it and message me on {appen}? I need a quick favour, I'll explain there xx",
    "Hi {fname}, are you available? I'm stuck in a board meeting and need you to pick up some Apple gift cards for a client today, I'll reimburse you later. Please keep this between us for now. Sent from my iPad",
  ],
  game_trade: [
    "兄弟，你挂在{gameplat}上那个{game}号我挺想要的，但那边抽成太高，咱们私下走吧。我一直用的“游戏交易保障平台”：{link} ，你先注册一个收款账号，我这边马上付。",
    "您好，您在{gameplat}出售的账号已被买家拍下。因您的收款账户未达到“认证等级”，货款暂被锁定，需充值{amount}元激活等级，激活后连同货款一起退回。",
    "【{game}】亲爱的玩家，周年庆福利🎁 免费领取限定皮肤+{n}点券，用游戏账号密码登录活动页即可领取：{link} ，活动仅剩{hours}小时。",
    "出{game}满级号，全皮肤，急出只要{small}元！不走平台，平台抽成太狠了，扣扣{qq}私聊，先付一半定金锁号。",
    "喂 你 好 我 是 那 个 交 易 猫 的 客 服 啊 你 那 个 账 号 卖 出 去 了 但 是 买 家 付 款 的 时 候 你 这 边 银 行 卡 填 错 了 一 位 现 在 钱 卡 在 系 统 里 面 要 你 这 边 做 一 个 保 障 流 水 才 能 解 开",
    "代充{game}点券，官方渠道七折🔥 秒到账，支持{app}付款，量大更优惠，找我薇：{wx}，充完记得别跟客服提哦。",
    "Hey! Saw your {game} account listing. I'll pay {usd2}, more than you asked 😄 I only trade through a middleman site that holds funds safely, just sign up here: {link}. They'll email you once I've deposited.",
    "Congrats gamer! 🎮 You've been picked for a free rare skin drop in {game}. Log in with your {gameplat} username and password within {hours} hours to claim it: {link}",
  ],
  romance: [
    "早安☀️ 昨晚聊得好开心，你说的那家咖啡店我记下了。今天我还要去盯一下盘，舅舅说这几天有个窗口期，你要是想的话，我带你一起试试小额的～",
    "亲爱的，今天好累，香港的项目还要两个月才能回来。我发现一个平台的数据有规律，每天都能稳稳赚一点，我已经赚了不少了，想让你也不用那么辛苦💕 {link}",
    "你好，冒昧打扰，在{romanceapp}上看到你的资料觉得特别投缘。我是做跨境电商的，平时比较忙，可以加个微信慢慢聊吗？{wx}",
    "宝贝，我的账户提现被卡住了，客服说要先交{pct}%的“风 险 金”才能出来，我手上的钱都在理财里，你能不能先帮我垫一下，到账马上还你，爱你❤️",
    "喂 宝 贝 是 我 呀 我 在 迪 拜 这 边 海 关 说 给 你 寄 的 那 个 礼 物 里 面 有 现 金 要 交 一 个 清 关 费 我 这 边 卡 转 不 了 你 先 帮 我 交 一 下 好 不 好",
    "Good morning beautiful 🌹 I'm on the oil rig till next month and the signal is terrible. I've sent you a little surprise package, the courier says there's a small customs fee. Could you cover it for me? I'll pay you back the moment I'm home.",
    "Hi, sorry, wrong number? 😅 I was looking for my tennis coach Linda. Well, you seem nice. I'm Jessica, I work in crypto trading in Singapore. Maybe we could be friends? I can share some tips that have worked really well for me.",
    "Honey 我们认识一个月了，我是真的很认真的💕 下个月想飞过去见你，可是我的卡 temporarily 被冻住了，机票你先帮我买一下好吗？到了就还你，I promise.",
  ],
  military_purchase: [
    "老板您好，我们是{city}某部队后勤采购的，想订{n}箱{goods}，下周一送到营区，能开票吧？价格好说。另外有几样配套的东西要从我们指定的厂家拿，加个微信对接一下：{wx}",
    "您好，部队这边急需一批{goods}，您店里没现货的话可以从我们长期合作的供应商那里调，我把联系方式给您，您先垫一下货款，我们这边走公账一起结给您。",
    "老板，我是武警支队的司务长，营区食堂要{n}份{goods}，明早六点自取。另外首长交代要配两瓶特供酒，您店里没有，我给您个酒商电话{phone}，您先帮忙订一下，钱一起算。",
    "喂 你 好 是 {surname} 老 板 吗 我 们 这 边 是 那 个 部 队 的 采 购 员 啊 要 订 一 批 货 我 们 这 边 有 规 定 必 须 从 指 定 的 供 货 商 那 里 拿 你 先 帮 我 们 把 钱 垫 上 结 账 的 时 候 一 起 给 你",
    "您好，{city}消防支队采购中心，需订购{goods}一批，预算{amount2}元，已经过审批。为保证质量，需贵店先向指定的军需供应商缴纳一笔“入围费”，发票另开，货款到时一并支付。",
    "老板，我们连队搞活动要订蛋糕和{goods}，加急！定金我这就安排，不过部队财务有规定，需要您先往我们财务那边转{small}元做个备案，钱马上一起返给您。",
    "Hello, this is Sgt. Mike Reynolds with the base procurement office. We'd like to order {n} units of {goodsen} for delivery to the base next week. Our approved vendor supplies the packaging, so you'd need to pay them first, we reimburse on a government purchase order.",
    "Hi there, I'm the catering officer for a military unit nearby. We need food for {n} soldiers tomorrow. Could you also sort drinks from our contracted supplier? Just pay them upfront and add it to our bill, we pay it all on pickup.",
  ],
  prize: [
    "恭喜！您的手机号在“{tvshow}”场外幸运观众抽选中获得二等奖，奖金{amount2}元及笔记本电脑一台💻 请登录{link}填写领奖信息，逾期视为自动放弃。",
    "{name}您好，您参与的{app}周年庆活动抽中了{goods}一份🎁 只需支付{small}元运费即可包邮到家，地址确认：{link}",
    "亲，您在{shop}的购物记录被抽中为“幸运锦鲤”🐟 可领取{amount}元现金红包，添加客服薇{wx}领取，名额仅限今日。",
    "您 好 这 里 是 {tvshow} 节 目 组 恭 喜 您 被 抽 中 为 我 们 节 目 的 场 外 幸 运 观 众 获 得 了 奖 金 {amount2} 元 领 奖 前 需 要 先 缴 纳 百 分 之 二 十 的 个 人 所 得 税 公 证 处 的 电 话 是 {phone}",
    "【{operator}积分】尊敬的用户，您的积分已参与抽奖并获得幸运大礼包！请于{hours}小时内点击兑换，逾期作废：{link}",
    "Congratulations! Your mobile number was selected in this year's international Mobile Lottery draw. You have won {usd2}. To process your winnings, contact our claims agent at {link} and quote ref {case}.",
    "{fname}, you're our lucky winner of the {shopen} loyalty prize 🎉 Your reward is ready to ship. Just cover the small delivery charge of {usd} to receive it: {link}",
    "Hi {fname} 您好！Your WeChat 账号在本月幸运抽奖中 won 一台 MacBook 💻 请 reply YES 并添加客服 {wx} 领取，只需付一点 handling fee 即可寄出。",
  ],
  premium_rate: [
    "You've been chosen for a 500 pound shopping voucher! To claim, call 0906{d6} now. Calls cost 1.50 per min from landlines, mobiles may be more. Claim closes {dateen}.",
    "Hey it's Chloe 😘 been thinking about you. txt CHAT to 8{d4} for a private chat. 3 pounds per msg received, 18+ only. Stop? txt STOP",
    "【{operator}】您已成功订制“精彩资讯”业务，信息费{small}元/条，每天{n}条，由话费代扣。如有疑问请拨打声讯热线1259{d4}。",
    "您有一条未接听的语音留言，请回拨1259{d4}收听（{small}元/分钟），您的朋友在等您哦😊",
    "Missed call from your secret admirer 💌 Find out who it is, ring 0909{d6} (calls cost 2.50 per min plus network charges).",
    "恭喜成为幸运用户！回复Y即可参与每日抽奖，赢取{goods}。资费：{small}元/次，由{operator}话费代收，每日自动参与。",
    "恭 喜 您 获 得 免 费 体 验 资 格 请 回 复 一 确 认 订 阅 每 月 仅 收 取 十 九 元 信 息 服 务 费 从 话 费 中 扣 除 回 复 零 取 消",
    "Free ringtone 🎵 for your 手机！Reply GO to 8{d4} 获取最新热门歌曲。Subscription 每周{small}元，auto-renew，从话费扣。",
  ],
  parcel_fee: [
    "【{courier}】您好，您的包裹{d12}因地址信息不完整暂存于{station}，请于{hours}小时内更新地址并支付{small}元二次派送费：{link}",
    "{courier}提醒：您有一件海外包裹清关时需补缴税费{small}元，未缴纳将在{days}天后退回原寄件地。补缴请前往 {link}",
    "您 好 这 里 是 {courier} 您 有 一 个 快 递 因 为 面 单 破 损 无 法 派 送 需 要 补 缴 {small} 元 的 重 新 打 单 费 请 在 收 到 的 短 信 链 接 里 面 完 成 支 付",
    "【{courier}】温馨提示：您的快件{d12}重量超标，需补差价{small}元，为避免耽误派送，请于今日完成：{link} 。如已支付请忽略。",
    "亲，您的快递因寄件人运费未付清被暂扣在网点，差额只有{small}元，付完马上给您派送📦 付款页面：{link}",
    "{courieren}: your package is on hold due to an unpaid shipping fee of {usd}. Please settle it at {link} within {hours} hours or it will be returned to sender.",
    "Royal Mail: we tried to deliver your parcel today but nobody was home. Book a redelivery here (a small fee of 1.45 applies): {link}",
    "Hi 您的 parcel from {shopen} 已到达{city}海关 customs，需支付 import tax {small}元 才能 release，pls pay via {link} 🙏",
  ],
  account_lock: [
    "【{bank}】尊敬的客户，因您的账户长期未进行身份核验，已被暂停非柜面交易。请于{hours}小时内登录{link}完成核验，逾期将冻 结全部功能。",
    "【ETC】您的ETC卡（车牌{plate}）认证已失效，为避免影响高速通行，请尽快登录 {link} 重新认证。",
    "{app}安全中心：检测到您的账户在异地设备登录，已临时限制支付功能。如非本人操作，请访问{link}解除限制。",
    "您 好 这 里 是 微 信 支 付 安 全 中 心 您 的 账 户 涉 嫌 违 规 已 被 限 制 收 款 如 需 解 除 请 配 合 客 服 完 成 身 份 核 实 稍 后 会 有 一 个 六 位 数 字 发 到 您 手 机 上 请 您 读 给 我 们",
    "Apple ID: your account has been locked for security reasons. Please confirm your details within 24 hours to avoid permanent suspension: {link}",
    "{appen}: we couldn't process your latest payment, so your membership is on hold. Update your billing info here to keep watching: {link}",
    "{banken} ALERT: a new payee was added to your account at {time}. If this wasn't you, secure your account now at {link} or call us on {phone}.",
    "【{bank}】Dear customer 您的 debit card 已被 temporarily blocked，因 system upgrade 需 re-verify，请于今日 visit {link}，否则 card 将 permanently 失效。",
  ],
  tax_refund: [
    "【个税】您{year}年度个人所得税汇算可退税{amount}元，请于{date}前登录 {link} 填写收款银行卡信息办理退税。",
    "{city}人社局通知：您符合{year}年职业技能提升补贴申领条件，补贴金额{amount}元，请点击{link}完成申领，逾期作废。",
    "【医保中心】您的医保个人账户有一笔{amount}元的返还款未领取，请扫描通知中的二维码或访问{link}办理。",
    "您 好 这 里 是 {city} 市 社 保 局 您 有 一 笔 失 业 补 助 金 {amount} 元 可 以 领 取 我 们 会 通 过 短 信 给 您 发 一 个 链 接 您 点 进 去 填 一 下 银 行 卡 号 和 密 码 就 可 以 了",
    "【ETC服务】尊敬的车主，您的车辆{plate}有一笔通行费多扣款{small}元待退还，请在{hours}小时内登录{link}办理。",
    "HMRC: you are eligible for a tax refund of {gbp}. Submit your claim at {link} before {dateen} to receive it directly into your account.",
    "Your {year} benefit payment of {usd} is pending. Confirm your eligibility and card details here to receive it within 48 hours: {link}",
    "【{gov}】您好，您的 subsidy 补 贴 金{amount}元 已 pending，需 verify 身份后才能 release，请登录 {link}。",
  ],
};
