/**
 * Scam texts per fraud typology, written for this project from public descriptions of each
 * typology (sources in data/README.md). `{slot}` is filled by scripts/corpus/generate.ts,
 * `[a|b|c]` picks one phrasing. `tune` templates may be looked at while writing patterns;
 * `holdout` templates (scripts/corpus/holdout-templates.ts) were written before any evaluation
 * on them and are only ever measured.
 */
import type { TypologyId } from "../../src/domain/typologies";

export interface TemplateSet {
  tune: string[];
  /**
   * The first hold-out set: measured once (recorded in data/README.md), then used for tuning like
   * `tune`, so it counts as tuning data now.
   */
  retiredHoldout: string[];
}

export const SCAM_TEMPLATES: Record<TypologyId, TemplateSet> = {
  fake_collection: {
    tune: [
      "【{lender}】{name}[先生|女士]，您的借款已逾期{days}天，欠款{amount}元，我司将于{hours}小时内[起诉|提起诉讼]并[上门催收|安排人员上门走访]，请立即登录 {link} 处理。",
      "{lender}法务部通知：您名下欠款{amount}元长期拖欠，已进入[立案|诉讼]程序，今日内不处理将通知您的[紧急联系人|家人和单位]。还款请转账至专员个人账户。",
      "您好，这里是{lender}贷后管理中心，您的账单逾期未还，[我们将联系您通讯录好友|将爆通讯录]，请[马上|尽快]联系专员{phone}协商还款。",
      "【{lender}】最后通知：您的贷款已违约，{hours}小时后移交第三方催收并上报失信黑名单。处理请回复验证码确认身份。",
      "{name}，你在{lender}的欠款{amount}元再不还，我们就去你单位和老家[找你|上门]，后果自负。加微信{wx}处理。",
      "[尊敬的客户|客户您好]：您的分期账单已严重逾期，{lender}将于{date}向法院申请强制执行，如需协商请提供身份证号和银行卡号至专员。",
    ],
    retiredHoldout: [
      "{lender}催收部：{name}，你欠的{amount}元已经拖了{days}天了，律师函明天寄到你户籍所在地，不想闹到法院就今天下午前打款到我给你的卡上。",
      "温馨提醒：您在{lender}的借款已超期，若仍不处理，我方将委托律师事务所对您提起诉讼并将记录同步至您的亲友。协商电话{phone}。",
      "【{lender}】{name}，您的逾期欠款已转交外访组，外访人员将于{date}到您居住地核实情况，避免上门请扫码还款 {link}",
      "喂，{name}是吧？我们是{lender}委托的催收公司，你这个欠款不处理的话，我们会联系你的紧急联系人，还要起诉你，你看今天能不能先还一部分，转到我们指定的账户。",
      "【{lender}】您的借款合同已违约，法务已准备起诉材料，今晚24点前未结清，将影响子女上学及出行。请通过 {link} 结清并输入短信验证码。",
    ],
  },
  task_rebate: {
    tune: [
      "【兼职招聘】在家[动动手指|用手机]就能赚钱，抖音点赞关注，一单{small}元，日结{amount}元，有意者加微信{wx}",
      "宝妈学生党福利：手机刷单兼职，垫付后返本金加佣金，[日赚|日入]三五百，详询QQ {qq}",
      "您好，我们是{shop}商家，招募好评师，做任务返佣金{pct}，[零基础|不限时间]，加V{wx}领取任务",
      "点赞员急招！给视频点赞截图即可领{small}元，[每天|一天]轻松赚{amount}，下载APP接单：{link}",
      "恭喜您被选为{shop}推广员，完成连单任务可获高额返利，首单垫付{amount}元即可提现本金和佣金，联系导师{wx}",
      "Part-time job: like videos and earn {usd} per day from home. Tasks take 10 minutes. WhatsApp {phone} to start.",
    ],
    retiredHoldout: [
      "招聘线上兼职，每天[一两个小时|几十分钟]，帮商家提升店铺销量，每笔返{pct}提成，当天结算，感兴趣回复1或私聊微信{wx}",
      "亲，还在找工作吗？网络打字员/关注员，不收任何押金，做一单结一单，{small}元起，进群领任务：群号{qq}",
      "你好，我是之前联系你的人事，任务群今天有福利单，充{amount}返{amount2}，名额只有十个，要的话赶紧私我",
      "Hi! We're hiring remote workers to rate products online. Earn a commission on every task, paid daily. Reply YES or message me on Telegram {tg}",
      "【招聘】京东淘宝刷信誉兼职，不占用时间，佣金当场结清，做完即返。添加客服QQ{qq}备注兼职",
    ],
  },
  investment: {
    tune: [
      "【私募内部消息】明日涨停牛股免费推荐，[跟着老师|导师带你]操作稳赚不赔，点击进群：{link}",
      "您好，我是{company}的投资顾问，最近我们有一个数字货币项目，保本保息，[月收益|回报]{pct}，加我微信{wx}详聊。",
      "炒股亏了？专业团队带单，三天翻倍，名额有限，加QQ{qq}进VIP群领取牛股",
      "[恭喜您|您好]获得{company}直播间免费听课资格，导师每日分享内幕消息，下载APP注册即送体验金：{link}",
      "Earn guaranteed returns of {pct} weekly with our crypto trading mentor. Join our VIP group now: {link}",
      "稳赚项目：投资{amount}元，每天收益{small}元，无风险随时提现，平台官网{link}",
    ],
    retiredHoldout: [
      "哥，上次说的那个外汇平台我已经赚了{amount}了，老师说这周有个大行情，你要不要也跟一单？我把邀请码发你。",
      "{name}您好，本周A股有三只主力资金拉升的票，我们研究院免费送，添加助理微信{wx}即可领取，仅限前50名。",
      "Insider tip: this stock is about to double next week. Our analysts have a 95% win rate. Text me on WhatsApp {phone} for the name before it's too late.",
      "内部原始股认购通知：公司明年上市，现价每股2元，上市后至少涨十倍，认购请联系财务{phone}，额度有限先到先得。",
      "【股票交流群】今晚8点直播讲解抄底机会，群友上周平均收益{pct}，扫码入群：{link}",
    ],
  },
  fake_loan: {
    tune: [
      "【{loanapp}】不看征信，黑户也能下款，最高{amount}元，当天到账，申请：{link}",
      "您申请的{amount}元贷款已审核通过，但因银行卡号填写有误资金被冻结，请联系客服{phone}缴纳解冻金{small}元后[即可到账|马上放款]。",
      "无抵押信用贷款，低息[秒批|秒到账]，需先交{small}元保证金证明还款能力，加微信{wx}办理",
      "尊敬的用户，您的贷款额度{amount}元已批下，放款前需[刷流水|验资]{small}元，完成后本金一并退还，详询专员{wx}",
      "急用钱？网贷[包下款|百分百下款]，征信花了也能借，加QQ{qq}咨询，仅收少量服务费",
      "Need cash fast? Guaranteed approval loans up to {usd}, no credit check. Pay a small processing fee to release your funds: {link}",
    ],
    retiredHoldout: [
      "您好，您在我平台的借款申请已通过，放款失败原因：账户信息异常，需支付{small}元会员费激活账户，激活后资金即时到账，请在APP内联系在线客服。",
      "【快速借款】工作人员：你的征信分数不够，我们可以帮你包装，提前付{small}元手续费就能批下{amount}额度。",
      "{name}你好，我是{loanapp}的放款专员，你的钱卡在系统里了，要先转{small}到我们对公账户做个流水证明才能解冻，转完立刻到账。",
      "你的贷款{amount}元已放款至平台钱包，因提现银行卡户名不符，需缴纳{small}元保证金修改信息，逾期资金将被退回。",
      "Congratulations, your loan of {usd} is approved! Before release we need an insurance deposit of {gbp}. Contact our agent on WhatsApp {phone}.",
    ],
  },
  customer_service: {
    tune: [
      "您好，我是{shop}客服，您购买的商品[存在质量问题|被检测出甲醛超标]，我们将为您办理[双倍|三倍]退款{amount}元，请添加客服微信{wx}办理。",
      "【{courier}】您的快递在运输途中丢失，我司将理赔{amount}元，请点击 {link} 填写银行卡信息领取赔偿。",
      "{shop}客服：您开通的百万保障服务即将每月扣费{small}元，如需取消请[致电|联系]{phone}，客服指导您操作。",
      "亲，您的订单因系统故障重复扣款，退款需在支付宝备用金里操作，请加QQ{qq}，我们远程指导您。",
      "您在{shop}的订单货物丢件，现可理赔{amount}元，请下载腾讯会议开启屏幕共享，专员协助您完成退款。",
      "This is {shopen} customer service. Your order has been charged twice. To receive your refund please click {link} and enter your card details.",
    ],
    retiredHoldout: [
      "喂，您好，这里是{shop}售后中心，您前几天买的那件衣服批次有问题，我们给您退{amount}元，您打开支付宝看一下有没有一个叫备用金的功能，我教您操作。",
      "【{shop}】您已开通的直播会员将于今晚自动续费{small}元/月，若非本人开通，请于24小时内拨打{phone}办理关闭，否则将持续扣费。",
      "{courier}理赔中心：您的包裹因仓库失火损毁，按规定赔付{amount}元，需核实您的收款账户，请扫描二维码添加理赔专员。",
      "Hi, Amazon support here. A refund of {usd} is waiting for you but our system failed. Please install AnyDesk so our agent can process it for you.",
      "您好，您在我们店铺购买的儿童玩具被召回了，现在给您补偿{amount}元，麻烦您加一下我们的售后微信{wx}，发一下收款码。",
    ],
  },
  police_impersonation: {
    tune: [
      "【{city}公安局】{name}，您涉嫌一起[洗钱|非法集资]案件（案号{case}），请立即配合调查，将名下资金转入安全账户核查，否则将被[通缉|逮捕]。",
      "我是{city}市公安局刑侦支队的民警，你的身份证被人冒用开户涉嫌犯罪，案件需要保密，不能告诉任何人，请下载会议软件配合做笔录。",
      "{city}检察院通知：您名下账户涉及一起诈骗案，[资产将被冻结|需进行资金清查]，请拨打{phone}联系办案警官。",
      "您的医保卡在{city}异常消费{amount}元，涉嫌违规套现，已移交公安机关，如有疑问请按9转接警官处理。",
      "【国家反洗钱中心】您的银行账户被用于洗钱，需将资金转入国家监管账户进行核查，核查后全额返还。联系专员{phone}。",
      "{city}法院传票：您因涉嫌违法被起诉，请于今日内联系法官{phone}，并提供银行卡及验证码以冻结资产。",
    ],
    retiredHoldout: [
      "喂，你好，这里是{city}公安分局，我是王警官，我们在办理一起跨境洗钱案，嫌疑人供出一张以你名字开的银行卡，你现在要配合我们，这件事属于机密，家里人也不能说。",
      "您好，我是{city}卫健委的工作人员，您的医保账户被他人冒名使用，需要为您转接到{city}公安局经侦大队，请保持电话畅通。",
      "【{city}市检察院】关于您涉嫌参与非法洗钱的通知：逮捕令已签发，如您是被冒用身份，请在2小时内通过视频与办案人员联系说明情况，并提交名下存款明细。",
      "This is the police fraud unit. Your bank account has been linked to money laundering. To protect your savings you must move them to a safe account we provide. Do not tell your bank.",
      "{name}，我是派出所的，你的快递里查出了违禁品，你涉嫌走私，现在要对你的资金进行清查，把钱转到我们指定的账户，查清后会退给你。",
    ],
  },
  credit_repair: {
    tune: [
      "【{lender}】您在校期间开通的校园贷账户未注销，根据监管要求需立即注销，否则将影响个人征信，请联系专员{phone}。",
      "您好，您的京东金条学生账户[需要注销|存在违规]，注销前需将额度清空，请添加客服微信{wx}指导操作。",
      "征信修复：逾期记录、不良记录[一键消除|洗白]，内部渠道，成功后付款，联系{qq}",
      "您的[征信|信用记录]出现异常，影响贷款和出行，可协助修复，需先缴纳{small}元服务费，详询{phone}。",
      "{lender}客服：根据国家政策，学生贷款账户必须注销，未注销将上报征信黑名单，注销请下载会议APP配合操作。",
      "Your credit file shows a default from a student loan. We can remove it within 48 hours for a small fee. Call {phone}.",
    ],
    retiredHoldout: [
      "同学你好，我是{lender}的，你上大学时候注册过我们的借贷账号，现在国家要求全部清理，不处理你的信用会有污点，以后买房买车都受影响，我这边帮你关掉。",
      "【银保监提醒】经核查，您曾开通网络借贷服务，现需对账户进行关闭处理，请在今天内回电{phone}，逾期将记入不良信用。",
      "你好，你的信用报告上有一条逾期，我们是专业征信修复机构，和银行有合作，三天内帮你删除，收费{amount}元。",
      "{name}您好，您的网贷账户存在未结清额度，影响您的信用评分，需要将各平台额度贷出转入我司核查账户后再统一注销。",
      "尊敬的用户：您在大学期间开通的分期账户利率不合规，需要撤销，否则会对您的征信造成严重影响，请添加专员QQ{qq}。",
    ],
  },
  acquaintance: {
    tune: [
      "[爷爷|奶奶]，我是您的孙子，我换号了，[出了点事|在外面撞了人]急需用钱，千万别告诉爸妈，先转{amount}给我。",
      "{name}，我是你们[张|王|李]总，明天上午到我办公室来一趟。另外我这边有笔款急着付，你先帮我垫付{amount}，转到我发给你的账户。",
      "[老同学|老朋友]，猜猜我是谁？我换新号码了，存一下。最近手头有点紧，能借我{amount}周转一下吗？",
      "妈，我手机[丢了|坏了]，这是我新号，学校要交{amount}的培训费，你先转到这个卡上，别跟爸说。",
      "Hi Mum, this is my new number, I dropped my phone. Can you help me pay a bill of {gbp}? I'll pay you back tomorrow. Don't tell dad.",
      "我是你领导，现在在开会不方便接电话，有个[客户|领导]急需打点，你先转{amount}过去，回头公司给你报销。",
    ],
    retiredHoldout: [
      "舅舅，还听得出我是谁吗？我是小明啊，之前那个号不用了。我现在在医院，朋友出了车祸要交手术费，差{amount}，您能先借我吗？我妈那边先别说。",
      "{name}你好，我是你们学校的{surname}校长，加一下我的新微信{wx}，有事需要你帮忙处理。",
      "Hey it's me, I'm using a friend's phone as mine broke. I need to pay rent today or I'll lose the flat, could you transfer {gbp}? I'll send details.",
      "小{surname}，我是{surname}局长，我原来的号码停用了，以后联系这个。现在有一笔领导交办的费用需要你先帮忙垫一下，今天下班前办好，这事先不要声张。",
      "姐，是我啊，我这边出了点事被派出所扣了，需要交{amount}保证金才能出来，你先打到警官给的账户上，千万不要让爸妈知道。",
    ],
  },
  game_trade: {
    tune: [
      "出售{game}账号，全皮肤[满级|顶配]，低价转让{amount}元，私下交易加QQ{qq}，走平台要手续费。",
      "【{gameplat}】您出售的{game}账号已被买家购买，因您的账户未实名认证，资金已冻结，请缴纳{small}元保证金解冻。",
      "{game}点券、钻石五折充值，[代充|内部渠道]，先付款后到账，联系微信{wx}",
      "你好，我是在群里要买你{game}装备的，我已经在交易平台付款了，平台说你要先交{small}元认证费才能提现，你看一下这个链接 {link}",
      "免费领取{game}限定皮肤！登录 {link} 输入游戏账号和密码即可领取。",
      "Selling cheap {game} skins and accounts, 50% off. Pay by gift card only, DM me on Discord {tg}.",
    ],
    retiredHoldout: [
      "兄弟，你那个号我要了，我这边付款显示你的收款账户被冻结了，客服说是因为你操作失误，要你往账户里存{small}元激活一下，钱会一起退给你。",
      "【游戏交易中心】您的{game}角色交易订单已生成，买家已付款{amount}元，卖家需缴纳交易押金{small}元后方可提现，请点击 {link}",
      "有人在{game}世界频道喊低价收号吗，我这边直接给你高价，咱们别走平台，平台抽成太多，你加我微信{wx}，我转你定金。",
      "Hey, I'll buy your {game} account for {usd}. I've paid through the trading site, but it says you need to pay a {usd2} verification fee to unlock the funds.",
      "{game}代练上分，王者保底，先付{small}元定金，打完再付尾款，接单联系QQ{qq}",
    ],
  },
  romance: {
    tune: [
      "[亲爱的|宝贝]，我发现一个博彩平台有漏洞，我舅舅在里面工作，跟着他下注稳赚，你也充一点试试：{link}",
      "你好，我是在婚恋网上认识你的{fname}，我在国外工作，给你寄了礼物，海关需要交{amount}元关税，你帮我先垫一下好吗？",
      "相亲认识这么久了，我想来看你，可是机票钱还差{amount}，你能先转我吗？见面就还你。",
      "交友软件上认识的[小姐姐|哥哥]说带我投资数字货币，[已经赚了|稳赚]，让我也充值{amount}",
      "Hi dear, I'm a doctor working overseas. I met you on the dating site and I think we have something special. I need {usd} for my flight to see you, please help.",
      "宝贝，这个理财平台是内部的，我每天都在上面赚钱，你注册一下，我带你操作：{link}",
    ],
    retiredHoldout: [
      "认识你真的是缘分，我们聊了一个多月了，我想和你有个未来。最近我在做黄金投资，有内部数据，你先投{amount}试试，赚了我们一起买房。",
      "老公，我在外地的项目出了点问题，资金被冻结了，需要交{amount}解冻金，你能先帮我转一下吗？等我回来就结婚。",
      "I've really enjoyed talking to you, my love. My crypto platform made me a lot this month. Let me show you how, just deposit {usd} and I'll guide you.",
      "美女你好，同城交友认识一下？我是做跨境电商的，带你一起开网店赚钱，前期只需投入{amount}进货。",
      "你好呀，我们是在{romanceapp}上配对的，我父亲生病住院急需手术费，能不能先借我{amount}，我下个月发工资还你。",
    ],
  },
  military_purchase: {
    tune: [
      "您好，我是{city}武警部队后勤的，我们要采购一批{goods}，[大批量|量很大]，需要您帮忙联系供应商，先垫付货款，部队统一结款。",
      "老板你好，我是部队司务长，连队要订{n}份盒饭，麻烦加我微信{wx}，我们有指定合作商，需要您先代购一批矿泉水。",
      "我是{city}军区的采购员，要订购一批{goods}，对公转账前需要贵店缴纳{small}元押金作为合作保证，请联系{phone}。",
      "您好，{city}消防支队采购{goods}，[急需|明天就要]，我们领导指定了一家供应商，你先从他那里进货垫付，我们加价给你。",
      "This is Sergeant {fname} from the army base. We want to order {n} meals for our unit, please pay our supplier first and we'll reimburse you by bank transfer.",
      "军人采购：{city}驻地部队需订购{goods}一批，请先付定金{small}元到后勤指定账户，货到全额结款。",
    ],
    retiredHoldout: [
      "老板，我们是附近营区的，首长让我来订{n}桌年夜饭，另外需要帮我们买几箱特供酒，酒只能从我们合作的酒厂拿，你先把酒钱转过去，结账时一起算。",
      "你好，我是{city}监狱后勤科的，要给服刑人员采购{n}套床上用品，价格好说，但需要你先交{small}元投标保证金。",
      "您好，我们是部队的，想在您店里下单{goods}，因为部队有规定不能对私，需要您先帮忙代付一下给我们的供货商，我们的财务马上对公打款给您。",
      "Hi, I'm an officer with the military police. We need {n} units of {goodsen} for the barracks. Our procurement rules require you to buy the packaging from our approved vendor first.",
      "【采购通知】{city}武警支队食堂长期采购蔬菜，诚邀合作商，首次合作需预付{small}元资质审核费，联系人：{surname}干事{phone}",
    ],
  },
  prize: {
    tune: [
      "【{tvshow}】恭喜您被抽中为场外幸运观众，获得{amount}元现金及笔记本电脑一台，请登录 {link} 领取，验证码{code}。",
      "恭喜您的手机号码中奖了！奖金{amount}元，领奖前需缴纳{small}元个人所得税，联系兑奖中心{phone}。",
      "您好，您参与的{shop}周年庆活动获得一等奖，奖品为iPhone一部，[请点击|点击] {link} 填写收货地址并支付运费。",
      "Congratulations! You have won a {usd} Walmart gift card. Claim your prize now at {link}",
      "You have been selected to receive a cash prize of {gbp}. To claim call {phone} and quote your winner code {code}.",
      "[尊敬的|亲爱的]用户，您已获得{shop}年终大奖，奖金{amount}元，兑奖请添加客服微信{wx}。",
    ],
    retiredHoldout: [
      "WINNER!! As a valued customer you have been chosen to receive a {gbp} reward. Reply CLAIM with your name and address to collect.",
      "您的号码在本次移动积分抽奖中获得特等奖，可兑换现金{amount}元，逾期作废，兑换网址 {link}",
      "恭喜！您在{tvshow}节目互动中被系统随机抽中，获得价值{amount}元的大礼包，工作人员将与您联系，请先准备好公证费。",
      "Your mobile number won the Apple lottery draw! Collect your iPhone by paying shipping of {gbp} here {link}",
      "亲，您上次在我们店购买的商品参与了幸运抽奖，获得了二等奖{amount}元，麻烦您提供一下银行卡号，我们给您打过去。",
    ],
  },
  premium_rate: {
    tune: [
      "URGENT! You have won a 1 week FREE membership in our {gbp} prize jackpot! Txt the word CLAIM to 81010 T&C 150p/msg",
      "Congratulations, you've won a guaranteed {gbp} cash prize. To claim call 09061{d6} now. Calls cost 150ppm.",
      "FREE entry to win a holiday for 2! Text WIN to 87121 to receive entry. Std txt rate. 18+ only",
      "Your mobile has been selected for a bonus reward. Call 09050{d6} from a landline to claim. Cost £1.50/min.",
      "Hot singles in your area want to chat! Txt DATE to 69696, £3/msg.",
      "You are a winner! Our records show you are owed a reward. Ring 0906 {d3} {d4} to collect, 60p per min.",
    ],
    retiredHoldout: [
      "Final attempt to contact you! Your prize of {gbp} is waiting. Call 09064{d6} before midnight. 25p/min from landlines.",
      "Want the latest ringtones? Reply TONES to 85069 now, £4.50/week until you text STOP.",
      "Someone has a crush on you! To find out who, send LOVE to 83021. Cost 150p per msg. 18+",
      "Double your mins and txts for free! Call our customer line on 09058{d6}, calls 150p/min, std network charges apply.",
      "Claim your free entry to the cash draw, txt CASH to 88066 now. T&Cs apply, 150p per txt.",
    ],
  },
  parcel_fee: {
    tune: [
      "{courieren}: Your parcel could not be delivered due to unpaid shipping fee of {gbp}. Please pay at {link}",
      "Your package is on hold at our depot. Update your delivery address and pay the redelivery fee here: {link}",
      "【{courier}】您的包裹因地址不详无法派送，请点击 {link} 更新地址，并补缴运费{small}元。",
      "您有一个国际包裹被海关扣留，需补缴关税{small}元，请于{hours}小时内通过 {link} 缴纳，逾期将退回。",
      "USPS: The package has arrived at the warehouse and cannot be delivered due to incomplete address information. Please confirm your address in the link {link}",
      "[快递通知|物流提醒]：您的快件派送失败，请登录 {link} 重新预约派送并支付{small}元服务费。",
    ],
    retiredHoldout: [
      "We tried to deliver your item today but there was no one home. A small fee of {gbp} is required to rebook. Visit {link}",
      "【邮政EMS】您的邮件因信息不全滞留在分拣中心，需在线核对收件人信息并支付{small}元仓储费：{link}",
      "DHL: your shipment is awaiting customs clearance. Duty of {usd} is due before release. Pay now: {link}",
      "您的跨境快件已到达{city}口岸，因申报价值不符需补交税款，请在 {link} 完成缴纳，否则包裹将被销毁。",
      "Evri: We missed you. Your parcel will be returned to sender unless you schedule a new delivery at {link} (fee {gbp}).",
    ],
  },
  account_lock: {
    tune: [
      "【{bank}】您的账户存在异常交易已被冻结，请于24小时内登录 {link} 完成身份验证解除限制。",
      "{banken}: Your account has been suspended due to unusual activity. Verify your identity at {link} to restore access.",
      "您的支付宝账户因违规操作已被限制，请点击 {link} 进行认证，否则将永久封号。",
      "尊敬的客户，您的{bank}手机银行将于今日失效，请尽快登录 {link} 重新激活，需验证卡号及密码。",
      "ALERT: A new payee was added to your {banken} account. If this was not you, log in at {link} to secure your account.",
      "【ETC服务】您的ETC卡已失效，将于{date}停用，请登录 {link} 重新认证。",
    ],
    retiredHoldout: [
      "Your Apple ID has been locked for security reasons. To unlock it, please confirm your details within 24 hours: {link}",
      "【{bank}】尊敬的用户，系统检测到您的账户存在风险，为保障资金安全已暂停使用，请立即访问 {link} 更新信息。",
      "Netflix: we were unable to process your last payment and your membership is on hold. Update your payment details at {link}",
      "您的微信账号因涉嫌违规被限制登录，解封请点击 {link} 并输入短信验证码。",
      "{banken} Security: your card has been temporarily blocked. To reactivate, visit {link} and enter your card number and PIN.",
    ],
  },
  tax_refund: {
    tune: [
      "HMRC: You are eligible for a tax refund of {gbp}. Claim it at {link} by entering your card details.",
      "【国家税务总局】您有一笔个税退还{amount}元待领取，请于{date}前登录 {link} 填写银行卡信息办理。",
      "【人社局】您符合{year}年社保补贴发放条件，补贴金额{amount}元，请点击 {link} 申领。",
      "Government Cost of Living payment of {gbp} is ready for you. Apply now at {link} before it expires.",
      "您的医保退费{small}元已到账，请登录 {link} 进行领取，需提供银行卡号及验证码。",
      "IRS: We've calculated your tax rebate of {usd}. To receive it please submit the form at {link}",
    ],
    retiredHoldout: [
      "【个税APP】您{year}年度汇算存在多缴税款{amount}元，系统已自动退税失败，请在 {link} 重新填写收款卡号。",
      "Council Tax: you have been overcharged and are due a refund of {gbp}. Click {link} to get your money back.",
      "DWP: your energy rebate of {gbp} has been approved. Complete your application here {link}",
      "【{city}财政局】{year}年度育儿补贴开始发放，每孩{amount}元，请家长尽快点击 {link} 登记领取。",
      "您好，您符合失业补助金领取条件，可领取{amount}元，请扫描链接 {link} 完善个人信息后发放。",
    ],
  },
};
