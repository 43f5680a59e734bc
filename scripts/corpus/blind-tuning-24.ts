/**
 * Blind tuning set #24 (scam only, session 13): the four typologies of the real-text goal in the styles of real data sets
 * (SMS as received with masked digits, labelled and unlabelled call transcripts, ASR text), 30 templates each, 6 for the rest.
 * Measured once on arrival, before any tuning, 3 renderings per template: police_impersonation 100 %, customer_service 100,
 * fake_loan 96.7, acquaintance 86.7, the rest 100 % (rules alone 70–100 %). Then tuned on.
 *
 * BLIND_TUNING_24 — scam-only tuning set for the Chinese/English anti-fraud SMS classifier.
 *
 * Written BLIND to the classifier: no code, rules, keyword lists or earlier test sets were read;
 * every template was composed from scratch for this file.
 *
 * Styles imitated (as fraud SMS / fraud-call-recording corpora are described by researchers and police):
 *  - SMS as received: with or without 【】 signatures, digits sometimes masked (尾号xxxx, ****),
 *    ad-style loan spam with 退订 tails, English smishing (parcel, account, tax, premium-rate).
 *  - Call transcripts: speaker-labelled (left:/right:, 坐席/客户, 嫌疑人/受害人, 1:/2:) and unlabelled
 *    ASR-style text with no punctuation, repetitions, fillers and long monologues; IVR prompts (按9转人工).
 *  - Both first-contact messages and later-stage messages (fee demands, “unfreeze”, secrecy, follow-ups).
 *
 * Public sources whose DESCRIPTIONS of scam scripts were paraphrased (no texts or data sets copied):
 *  - 公安部刑侦局 / 国家反诈中心 public warnings and typology descriptions of 电信网络诈骗
 *    (刷单返利, 虚假投资理财, 虚假网络贷款, 冒充电商物流客服, 冒充公检法, 虚假征信, 冒充领导熟人,
 *    网络游戏虚假交易, 网络婚恋交友, 冒充军警购物) and local police anti-fraud bulletins;
 *  - research papers describing Chinese fraud SMS and telecom-fraud call-transcript corpora
 *    (speaker-labelled ASR dialogues, masked digits);
 *  - consumer-protection descriptions of smishing and premium-rate scams (FTC, Action Fraud,
 *    Ofcom/PSA-style premium-rate guidance, HMRC/IRS/postal-service phishing warnings).
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_24_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}您好，您在{loanapp}的借款已逾期{days}天，欠款{amount}元，今日18点前未处理将移交法务部门[起诉|立案]并[安排上门催收|通知您的紧急联系人|上报征信系统]，请速联系专员{phone}。",
    "{surname}先生您好，您的账单已严重逾期，公司已启动外访程序，拟于{date}派人前往您{city}户籍地核实，如需协商请将{amount}元还款转入专员个人账户，收款信息查看：{link}",
    "坐席：喂你好是{name}本人吗 这边是{lender}贷后管理部的 客户：是 什么事 坐席：你在我们平台的借款逾期{days}天了 今天必须把{amount}处理掉 不然下午就给你通讯录里的人挨个打电话 客户：我没借过啊 坐席：系统显示就是你的身份证 你现在加一下专员微信{wx} 把钱转到专员那边 先给你停催",
    "逾期告知函：尾号xxxx用户，您的网贷欠款{amount}元已由{city}某律师事务所受理，{days}日内将提起诉讼并冻结名下银行卡及微信支付宝，申请撤诉请扫描附件二维码缴纳{small}元调解费。",
    "【催收中心】{name}，你在{loanapp}的欠款再拖着不还，我们就把你的逾期信息和照片发到你所有联系人手机里，让你亲戚朋友同事都知道，今天是最后期限，还款账户回电{phone}获取。",
    "您好，您在{lender}的借款已转交第三方处置，如对欠款有异议可申请停息挂账、减免罚息，需先支付{small}元服务费，详询{link}",
  ],

  task_rebate: [
    "【兼职】在家动动手指日赚{small}-{amount}元，点赞关注截图即可，一单一结，不收任何费用，加V：{wx}",
    "亲，{shop}商家招聘刷单员，垫付货款即返本金加{pct}%佣金，连做3单额外奖励{amount2}元，学生宝妈优先，联系QQ{qq}",
    "喂你好 我们这边是做抖音点赞的 就是给商家的视频点个赞截个图发给我 一个赞三块钱 对 你先加一下我们接待员的QQ{qq} 进群之后有导师带你做 前面几单小任务做完会有一个联单任务 需要先垫付的 做完了本金和佣金一起返给你",
    "您的任务账户已冻结：第{n}单联单未完成，系统判定为操作失误，需再充值{amount}元解冻，完成后本金及佣金共{amount2}元一次性返还。客服电报{tg}",
    "【{app}】恭喜您通过兼职审核，每日任务收益{small}元起，点击{link}登记接单，逾期未登记名额作废。",
    "招募线上打字员、评论员，时间自由日结{small}元，入职需缴纳{small}元会员押金，工作满一周全额退还。联系QQ{qq}",
  ],

  investment: [
    "【{company}】尊敬的客户，您已被邀请加入股票VIP交流群，首席分析师亲自带盘，明日涨停牌免费送，加微信{wx}备注“牛股”。",
    "{name}你好，我是群里王老师的助理，导师最近拿到内部通道打新，中签率{pct}%，名额有限，下载专用APP：{link}开户即可参与。",
    "1：你那个账户现在盈利已经{amount}了 2：对 我想提现出来 1：提现要先交一个个人所得税 是盈利的百分之二十 还有一个风险保证金 这个是平台规定 2：为什么不能从收益里扣 1：不行的 这是监管要求 必须从外部转入 交完二十四小时之内到账",
    "USDT稳定套利，日化收益{pct}%，{company}数字资产平台合规运营，新用户注册送{usd}美元体验金，联系电报{tg}",
    "【外汇黄金】金价即将暴涨，专业导师一对一喊单，跟单一周翻倍，已带{n}位会员回本，详情{link}",
    "您在{company}平台的账户因提现金额过大触发反洗钱审核，需缴纳{amount}元资金证明金（审核后退还），否则账户资金将被永久冻结。",
  ],

  fake_loan: [
    "【{lender}】尊敬的客户，您的个人信用贷款已预审通过，额度{amount}元，年化低至{pct}%，无抵押当天放款，点击{link}领取额度。",
    "无抵押无担保 凭身份证即可贷款 额度5万-50万 黑户白户均可 秒批秒到 详询{phone} 微信同号",
    "您好，您申请的{amount}元贷款已审批通过，但因您填写的银行卡号有误，资金已被系统冻结，需缴纳{small}元解冻金方可重新放款，请联系客服QQ{qq}。",
    "【{loanapp}】您的借款已审核通过，因您的账户流水不足，需先缴纳保证金{amount2}元进行验资，验资完成后连同借款一起转入您的银行卡。",
    "代办大额信用卡，包下卡，无视征信黑白户，额度{amount}起，不成功不收费，前期只收{small}元工本费，联系微信{wx}",
    "坐席：您好 您这边申请的那个贷款我们已经批下来了 但是您的银行流水不够 需要刷一下流水 客户：怎么刷 坐席：就是您往我们给您的这个账户里转{amount2} 系统检测到流水以后 会连同贷款一起退给您 客户：这个钱会退吗 坐席：肯定退的 您放心 都是有合同的",
    "您的会员资格尚未开通，开通VIP会员（{small}元）即享优先放款，额度{amount}元，{hours}小时内到账：{link}",
    "【急用钱】低息贷款月息低至{pct}%，不看征信不查负债，下载{loanapp}注册即送{small}元免息券，下载地址{link}",
    "喂你好 打扰一下 我这边是{lender}的 就是看您之前在我们这边有一个贷款的意向 然后我们现在有一个活动 无抵押的 额度最高可以到二十万 利息很低的 嗯 您这边有没有资金上的需求 有的话我加一下您QQ 把那个APP发给您 您下载下来填一下资料就行了 很快的 当天就能放款 当天就能放款的",
    "尊敬的用户，您在{loanapp}的提现申请因征信评分不足被驳回，需刷流水{amount2}元提升评分后自动放款，请按客服指引操作。",
    "您的借款合同已生成，请于{time}前转账{small}元手续费至客服提供的账户完成签约，逾期合同作废并影响个人征信。",
    "【{bank}】您的信用卡符合提额条件，可提至{amount}元，请访问{link}输入卡号、有效期及短信验证码完成提额。",
    "嫌疑人：你这个贷款是批下来了 但是系统显示你的银行卡号填错了一位 资金现在是冻结状态 受害人：那怎么办 嫌疑人：你需要转一笔贷款金额百分之三十的钱到你的账户里面 证明你有还款能力 我们财务核实完 会连同贷款一起解冻给你 受害人：要转多少 嫌疑人：{amount2} 你尽快 今天之内不处理的话 这笔贷款就作废了",
    "Hi {fname}, your personal loan of {usd} has been pre-approved with no credit check. Pay a one-time {usd2} processing fee to release the funds today: {link}",
    "【{lender}】尊敬的用户，恭喜您获得专属备用金{amount}元，限时{days}天领取，逾期失效，点击{link}",
    "放款失败通知：您的账户存在异常操作已被风控，为证明非本人恶意套现，需在{hours}小时内缴纳{amount2}元风控解冻费，否则将上报征信。",
    "你好，我是{lender}的信贷经理小{surname}，你之前咨询的那笔{amount}元贷款已经批了，加我QQ{qq}发你放款链接，注意只能在我们的APP里面操作。",
    "x月x日起 公积金、社保、保单、车辆均可贷 最高{amount}元 利息{pct}厘 手续简单当天到账 咨询{phone} 退订回T",
    "大学生贷款免面签 凭学生证即可借款{amount}元 无需父母知晓 不上征信 联系QQ{qq}",
    "1：你好 你是要办信用卡是吧 2：对 我征信有点花 能办下来吗 1：可以的 我们这边是内部渠道 包下卡 额度{amount}起 2：要什么费用 1：前期需要交一个包装费{small}元 给你做一下资料 下卡以后再收百分之十的手续费",
    "【{loanapp}】您的借款资料已审核，需先激活还款能力，请向指定账户转入{small}元，激活成功后全额退还并放款{amount}元。",
    "您的征信评分过低暂无法放款，我司可内部处理后放款，需支付{amount2}元包装费，款到即放，不成功全退。",
    "尊敬的客户，您申请的{amount}元借款需购买个人借款保证保险方可放款，保费{small}元，放款后随首期还款一并退还。",
    "喂 那个你的银行卡号是不是填错了啊 对 我们这边打款打不过去 现在钱被冻在银行的监管账户里面了 嗯 需要你这边做一个解冻 就是你往你自己的卡里面存一点钱进去 然后转到我们这个对公的账户 证明这张卡是你本人在用 然后系统会自动解冻 你不要担心 钱是会退回来的 会退回来的",
    "信用卡提额专线：您的{bank}信用卡已获临时额度{amount}元，回复1确认，客服将致电为您办理，办理需支付{small}元年费。",
    "【贷款到账提醒】您的{amount}元借款已转入尾号****银行卡，因该卡被列入冻结名单暂无法入账，请尽快联系客服{phone}办理解冻。",
    "Dear customer, your loan application #{d6} is APPROVED. To receive {gbp} today, verify your identity and pay the insurance deposit at {link}",
    "客服：您好，您在我们平台申请的借款已经审核完了 客户：那什么时候到账 客服：您需要先开通会员，会员费{small}元，开通之后优先放款 客户：不开会员不行吗 客服：不开的话要排队三个月，您急用的话建议开一下",
    "急需资金周转？{lender}推出无抵押信用贷，额度最高{amount}元，线上办理无需面签，下载APP：{link} 拒收请回复R",
    "您在{loanapp}的借款因“银行卡账户名不一致”放款失败，资金已退回平台冻结，请在{hours}小时内联系在线客服缴纳{small}元修改费，逾期将按违约处理并收取违约金。",
  ],

  customer_service: [
    "【{shop}】您好，您购买的商品因质量问题被厂家召回，我们将为您办理[双倍|三倍]退款，请添加售后客服QQ{qq}办理。",
    "您好，我是{courier}快递理赔专员，您的快递单号{d12}在运输途中丢失，公司将赔偿您{amount2}元，请联系{phone}办理理赔。",
    "坐席：您好 请问是{name}吗 我是抖音官方客服 客户：是的 坐席：您之前开通了抖音的百万保障服务 现在试用期到了 下个月开始每个月会自动扣费{amount}元 客户：我没开过啊 坐席：那可能是误开通的 我们这边可以帮您取消 但是需要您配合操作一下 您先打开支付宝",
    "【{app}】您开通的百万保障服务将于今日到期，次月起每月自动扣费{small}元，如需取消请致电{phone}。",
    "您好，我是{shop}客服，系统检测到您的账户被误开通了代理商权限，每月将扣除{amount}元，需要您配合在{app}上关闭，请问您现在方便吗？",
    "喂你好 我们这边是京东金融客服 您在读书的时候开通过京东的学生账户对吧 嗯 现在国家出台了政策 学生账户都要注销 不注销的话会影响您的征信 以后买房买车贷款都贷不了 您现在在电脑旁边吗 我这边一步一步教您注销 您先下载一个会议软件",
    "亲，您在{shop}购买的{goods}订单异常，货款已被冻结，为避免重复扣款请点击{link}申请退款。",
    "客服：为了核实您的身份，需要您打开支付宝的备用金，借出{small}元转到我们的验证账户，验证完成后系统会连同退款一起退回给您。",
    "【拼多多】您的店铺直播权限已被误开通，如不关闭将每月扣费{small}元，请回电{phone}办理关闭。",
    "尊敬的快手用户，您的分期业务即将生效，首月扣费{amount}元，取消请联系客服{phone}，逾期未取消视为同意开通。",
    "嫌疑人：您现在下载一个腾讯会议 我给您发一个会议号 然后您点那个共享屏幕 受害人：共享屏幕干嘛 嫌疑人：我这边要看您的操作 帮您把退款申请提交上去 您按我说的点就行 受害人：好 嫌疑人：您现在打开手机银行 看一下余额有多少",
    "Your {shopen} order of {goodsen} for {usd} has been placed. If you did not authorise this purchase, reply 1 and our refund agent will call you within 10 minutes. Ref {d6}",
    "【{shop}】亲，您的订单因仓库货物受潮无法发货，我们将为您申请{amount2}元理赔款，请加企业微信{wx}提交理赔资料。",
    "您好，我们是京东金融客服，您学生时期开通的京东白条学生账户按国家规定需要注销，否则会影响个人征信，请联系专员{phone}办理。",
    "您的微信备用金已开通，如非本人操作请在{hours}小时内联系客服{phone}关闭，否则每月产生{small}元服务费。",
    "退款通知：您在{shop}购买的{goods}检测出甲醛超标，商家主动退款{amount2}元，请扫描二维码或访问{link}填写收款信息。",
    "1：你好 我是{courier}的 你有一个快递在我们中转站被弄丢了 2：哦 那怎么办 1：我们这边会给你理赔 按商品价格的三倍 你下载一个{app} 然后开一下屏幕共享 我们理赔员在上面给你操作 2：要我的银行卡吗 1：对 你绑一张卡就行 钱直接打到卡上",
    "您好，您的{shop}账号近期有一笔异常订单，若非本人购买请回复1，客服将为您办理退款并关闭该功能。",
    "客服：您现在打开支付宝 首页搜索备用金 然后把它借出来 对 借出来以后转到我发给您的账户上 客户：我为什么要借钱 客服：这个是验证您的还款能力 系统会自动退回的 您放心 这个是系统流程",
    "【{courier}】您好，您的包裹已丢件，经核实予以三倍赔偿{amount2}元，因金额较大需走理赔通道办理，请添加理赔客服微信{wx}。",
    "亲，您的退款因收款账户冻结无法原路返回，请提供银行卡号及收到的验证码，客服将为您手动退款。",
    "喂您好 这边是抖音客服中心的 就是您的账户开通了一个会员服务 然后这个会员服务是自动续费的 每个月要扣您{amount} 嗯 您如果不需要的话 我这边帮您关闭 关闭需要您在支付宝里面操作一下 对 因为您的支付宝绑定了这个扣费 您现在打开支付宝 打开了吗",
    "您的淘宝店铺因违规已被平台冻结保证金{amount}元，如需解冻请联系店小二客服QQ{qq}，逾期将关闭店铺。",
    "您在{shop}购买的{goods}被检测出质量问题，您可获得赔偿，请下载{app}并开启屏幕共享，工作人员将指导您操作。",
    "您好，我是{shop}的售后，您昨天买的{goods}那个批次有问题，我们要给您做退款，请问您的支付宝有没有开通花呗借呗？需要您先把额度借出来做个验证。",
    "【京东】尊敬的用户，您的京东金条额度因学生账户违规将被强制注销并影响征信，请于今日联系专员{phone}处理。",
    "right: 喂你好 left: 你好请问是{name}吗 我是{courier}快递的 你有一个快递在我们这里丢失了 right: 啊 丢了 left: 对 我们这边按公司规定给你赔偿 三倍赔偿 你加一下我们理赔的QQ{qq} 我们在那边给你操作",
    "您好，您开通的{app}VIP会员已进入自动续费，明日将扣款{amount}元，若非本人操作，请回电{phone}取消。",
    "Your {shopen} Prime membership will auto-renew for {usd} today. If you did not request this, cancel and get a full refund here: {link}",
    "客服：姐你好 就是你这个退款已经打过去了 但是系统显示你那边没收到 因为你的支付宝没有开通商家收款功能 所以你需要先转{small}元给我 激活一下 激活以后退款和这{small}元一起退给你",
  ],

  police_impersonation: [
    "您好，这里是{city}市公安局，您有一份重要的法律文书未签收，详情请按9转人工服务。",
    "您好，这里是{operator}通信管理局，您的电话卡涉嫌发送诈骗短信，将在两小时内停机，如有疑问请按9转人工。",
    "嫌疑人：你好 是{name}吗 我是{city}市公安局的 受害人：是的 嫌疑人：你的身份证在{city}被人冒用开了一张银行卡 这张卡涉嫌一起洗钱案 案号是{case} 受害人：我没去过{city}啊 嫌疑人：所以我们要核实 你现在不要挂电话 找一个安静没人的地方 这个案子是保密的",
    "【{city}市人民检察院】{name}，你涉嫌参与非法洗钱案（案号{case}），逮捕令已下发，请立即点击{link}查看并配合调查。",
    "医保局通知：您的医保卡在{city}存在违规套现{amount}元，卡片即将被冻结，如非本人操作请按9转人工。",
    "喂你好 我这里是{city}市公安局刑侦支队的 我姓{surname} 警号是{d6} 你可以记一下 嗯 现在我们在办一个非法集资的案子 抓到的嫌疑人供述 说是你把身份证卖给他的 你名下有一张银行卡在里面流转了几百万 你要配合我们调查 你如果不配合的话 我们就要对你进行拘捕了",
    "right: 喂 left: 你好 我这边是{city}海关 你有一个从国外寄过来的包裹 里面检测出有违禁品 十几本护照和银行卡 right: 不是我的 left: 收件人写的是你的名字和身份证号 我现在帮你转接到{city}公安局 你跟警官说明情况",
    "{name}先生，我是{city}公安局经侦支队民警，你的银行账户涉嫌非法集资资金流转，现需对你名下资金进行清查，请将资金转入国家安全账户，核查无误后48小时内返还，此事属于国家机密，不得告诉任何人包括家属。",
    "国家税务总局提醒：您名下公司存在税务异常，需补缴税款{amount}元，逾期将列入失信黑名单，请登录{link}办理。",
    "{city}市疾控中心：经流调您为传播疾病相关案件的密接人员，且您的身份信息已被他人冒用，现转接公安机关为您做笔录，请保持电话畅通。",
    "1：你好 是{name}吗 这里是{city}市人民法院 2：对 1：你在{bank}办的信用卡欠款{amount}元一直没有还 银行已经起诉你了 明天上午开庭 2：我没有这张卡啊 1：那可能是被人冒办了 你需要报案 我帮你转接公安局",
    "你好，我是{city}市人民法院的，你有一张传票未领取，因你涉嫌信用卡恶意透支，法院将于明天开庭审理，详情请按9。",
    "中国驻外大使馆通知：您有一份紧急文件未领取，涉及您的签证和护照，查询请按9，人工服务请按0。",
    "市场监督管理局：您名下的营业执照存在异常经营记录，即将被吊销，请于今日内联系{phone}处理。",
    "嫌疑人：你现在找一个没有人的房间 我们要对你进行视频笔录 你手机下载一个{appen} 不要挂电话 也不要告诉任何人 包括你的家人 受害人：为什么不能告诉家人 嫌疑人：你现在是涉案人员 如果泄露案情 你要负法律责任的",
    "您的社保卡因涉嫌违规使用已被暂停，详情请按9咨询，或登录{link}进行身份核验。",
    "【公安提醒】{name}，你名下的银行卡涉嫌跨境赌博资金转移，已被列为涉案账户，请于{time}前联系办案民警{phone}，否则将依法采取强制措施。",
    "你不要紧张 你不要紧张 我们只是核实一下 你是不是在{city}办过一张{bank}的银行卡 没有是吧 没有的话 那就是你的身份信息被泄露了 嗯 现在这张卡涉嫌洗钱 涉案金额是{amount2} 你要证明自己的清白 就要配合我们做资金核查 配合我们做资金核查",
    "这里是{operator}客服中心，根据工信部要求，您的手机号码因涉嫌诈骗将在两小时后强制停机，如需继续使用请按9。",
    "警官：你的身份证在{city}被人冒用开了银行账户，涉嫌一起{amount2}元的洗钱案，我现在把电话转给检察院的{surname}检察官，你跟他说明情况，全程录音。",
    "left: 喂你好 right: 你好 这边是{city}市医疗保障局 你的医保卡在{hospital}有一笔大额的消费 是你本人在用吗 left: 不是啊 right: 那可能是被人冒用了 涉嫌骗保 我这边帮你转接到公安机关报案",
    "通缉令查询：{name}，身份证号xxxxxx****xxxx，涉案编号{case}，点击{link}查看并签署保密协议。",
    "嫌疑人：为了证明你的清白 你需要把你卡里的钱转到我们指定的资金清查账户 受害人：转多少 嫌疑人：全部 包括你的定期 我们清查完会原路退回 这个过程你要保密 如果泄露出去 你要负法律责任",
    "您好，您的快递里被查出夹带{n}张他人银行卡和身份证，已移交{city}公安局处理，转接警方请按9。",
    "医保局工作人员：您好 我们系统显示您的医保卡在外地医院有大额消费记录 如果不是您本人的话可能是被人盗用了 我现在帮您转接当地公安机关报案 您稍等不要挂断",
    "2：你好这里是{city}市公安局反诈中心 1：啊 2：你的个人资料被泄露了 被不法分子用来注册了账户 现在需要你配合调查 不要挂断电话 保持通话 1：要怎么配合 2：你先加一下我们办案民警的QQ{qq} 民警会跟你视频",
    "【最高人民法院】您有一份民事判决书待查收，因您拒不履行判决，法院将强制执行并冻结名下资产，立即查看：{link}",
    "国家反诈中心提示：您的账户涉嫌电诈资金流入，需进行资金清查，请下载“安全防护”APP {link} 并按民警指引操作，期间请勿告知他人。",
    "你好 我是{city}市公安局的 你涉嫌一起洗钱案 现在需要你加一个QQ{qq} 我们给你发逮捕令 你看一下 上面有你的照片和身份证号 你看了就知道了 这个案子很严重 你的所有账户都要冻结",
    "{city}通信管理局提醒：您的身份证名下新办理的号码{phone}涉嫌违法短信群发，将被停机并纳入黑名单，本人申诉请按1，转人工请按9。",
  ],

  credit_repair: [
    "【征信中心】您的个人征信存在逾期记录，影响房贷车贷办理，我司可一对一修复征信，{days}天内消除不良记录，咨询{phone}",
    "喂你好 我是银保监会的工作人员 您之前注册过校园贷 现在国家要求全部注销 不注销会影响您的征信 您需要把借款额度全部借出来 转到我们的指定账户 我们核销之后再退给您",
    "专业洗白征信，逾期、呆账、查询过多均可处理，不成功不收费，先付{small}元定金，联系QQ{qq}",
    "您好，您在大学期间开通的校园贷账户未注销，根据最新政策将在{date}上报征信黑名单，请尽快联系客服{phone}办理注销。",
    "【{lender}】您的征信报告存在错误信息，需要缴纳{amount2}元手续费申请异议更正，更正链接：{link}",
    "1：你这个校园贷账户要注销的话 需要先把里面的额度清零 2：怎么清零 1：你在这几个平台上面把钱借出来 转到我们监管账户 我们系统确认以后帮你注销 钱会退回来的",
  ],

  acquaintance: [
    "{name}，我是{surname}总，这是我新号码，加我微信{wx}，明天上午来我办公室一趟。",
    "小{surname}，明天早上九点来我办公室一下，有点事找你，先存下这个号。",
    "在吗？我现在开会不方便接电话，有个领导那边需要转{amount}元，你先帮我垫付一下，会后还你，对方账户我发你。",
    "猜猜我是谁？我换号了，存一下我新号。",
    "你不记得我了？老同学啊，我是你高中同桌，最近怎么样？",
    "妈，我手机掉水里了，这是同学的手机，我现在急需交{amount}元培训费，你先打到这个账户，别跟爸说。",
    "爷爷，是我，你孙子，我在外面跟人打架了，被派出所扣着，要交{amount}元保证金才能出来，千万别告诉我爸妈。",
    "各位家长好，我是{school}班主任，本学期资料费每人{small}元，请扫描群内二维码缴纳，今天下午截止。",
    "老{surname}，是我呀，我换手机号了，你帮我个忙，我在{city}出差钱包丢了，先借我{amount}元，回去就还你。",
    "1：喂 小{surname}啊 2：您是 1：听不出来了？我{surname}总 2：哦{surname}总您好 1：我换了个号 你存一下 然后加一下我这个号的微信 有点事要你办 2：好的好的 1：我在外面跟客户吃饭 不方便说话 你加了微信我跟你说",
    "我是{surname}校长，今天教育局有人来检查，有个费用你先帮我处理一下，转给对方{amount2}元，回头给你报销，这事别声张。",
    "你那边现在方便吗？我这边有个朋友急用钱，我不方便直接转，你帮我转{amount}元给他，卡号我发你，明天我还你。",
    "侄子，我是你{surname}叔，换新号了，我这边急着给供应商打货款，你手头有没有{amount}先周转一下？",
    "嫌疑人：喂 猜猜我是谁 受害人：你是 小王吗 嫌疑人：对对对 是我 我换号了 过两天我去你那边看看你 受害人：好啊 嫌疑人：那我到了给你打电话",
    "喂，是我，你{surname}哥，我过两天到{city}，你在家吗？到时候找你吃饭。",
    "{name}，你加一下这个QQ{qq}，是我，有些事情在这边跟你说，不要在单位群里提。",
    "我这边在办公室陪领导谈事情不方便接电话，你帮我给{company}财务转一下{amount}元的保证金，我已经跟你们领导说过了，转完截图给我。",
    "老公，我手机没电了，用的同事手机，卡里钱不够，你先给这个账号转{amount}元，急用，回家跟你说。",
    "同学会通知：{name}，我是班长，我们下个月在{city}办毕业{n}周年聚会，AA费用{small}元，转我新微信{wx}。",
    "{name}家长您好，我是孩子的班主任{surname}老师，孩子在学校突发疾病已送往{hospital}，需缴{amount}元手术押金，请尽快转到医院账户，我把卡号发您。",
    "阿姨您好，我是您儿子的室友，他在{city}出了车祸正在抢救，手机摔坏了，医院要先交{amount}元，您先转给我，我去缴费。",
    "喂 是我啊 听不出来啦 我是你老同学啊 你猜猜 对对 就是我 我换了个号码 你存一下啊 嗯 过两天我有事跟你说 先这样 先这样啊",
    "我是{surname}局，这个号是我新的工作号，你存一下，明天有事找你。",
    "{name}，我是{surname}总，我在外面跟一个重要客户谈事情，需要给对方送点礼，你帮我先转{amount}元过去，明天到公司给你。",
    "在不在？帮我一个忙，我银行卡今天限额了转不出去，你先用你的卡帮我转{amount}给我朋友，我马上把钱打给你。",
    "刚才那个事办好了吗？对方催得急，转完截图发我看一下，记得不要在工作群里说。",
    "舅，我是小{surname}，这个是我微信新号，学校要交{amount}的学费，我卡被冻住了，你先帮我交一下，我爸那边先别说。",
    "right: 喂你好 left: 喂 你听得出我是谁吗 right: 你是 left: 你连我都听不出来了 你好好想想 right: 是李哥吗 left: 对对 是我 我换号了 我现在遇到点麻烦 你能不能先借我{amount}",
    "{name}你好，我是你{surname}阿姨，你妈妈让我跟你说，她手机坏了，这是我号码，她在医院看病要交钱，你先转{amount}到我这里。",
    "小{surname}，这是我私人微信，你加一下，公司的事不要跟别人说。我现在在开会，你先帮我给对方账户转{amount2}，转完截图给我，下午回公司再说。",
  ],

  game_trade: [
    "出{game}满级账号，全皮肤全英雄，低价{amount}元急售，走{gameplat}平台交易，加QQ{qq}看号。",
    "【{gameplat}】您出售的装备已被买家购买，但您的账户未缴纳保证金，需缴纳{small}元激活后方可提现，否则资金冻结。",
    "你好，我在群里看到你卖的{game}号，我要了，已经在{gameplat}下单了，你点这个链接{link}登录确认收款。",
    "您的{game}账号因交易违规被冻结，请联系官方客服QQ{qq}缴纳{small}元解冻费。",
    "{game}周年庆免费送限定皮肤和点券，限时活动，登录{link}输入账号密码即可领取。",
    "1：你的提现失败是因为银行卡号填错了 需要再充值{amount2}元修改信息 2：我刚卖的号钱都没拿到还要充 1：充值的钱会连同货款一起提现的 这是平台规定",
  ],

  romance: [
    "你好呀，我是在{romanceapp}上看到你的，感觉你很有眼缘，可以加个微信吗？{wx}",
    "亲爱的，我舅舅今天又有内部消息了，这个平台{link}晚上九点有个补仓机会，你先放{amount}进去试试，我已经赚了好多了。",
    "宝贝，我从海外给你寄了一个包裹，里面有我送你的礼物和美金，海关说需要你交{amount}元清关费才能放行。",
    "哥哥，我现在在{city}，想过去找你，但是没钱买机票了，你能先借我{small}吗？见面就还你。",
    "Hi dear, I'm {fname}, a doctor with the UN on deployment. I love you and want to come to you, but I need {usd} for my leave approval. Please help me, I will pay you back.",
    "老公你别担心 这个平台是正规的 我表哥就在里面做技术 你把钱充进去 我们一起为我们的未来努力 等赚够了我们就结婚 你相信我好不好 你相信我",
  ],

  military_purchase: [
    "您好，我是{city}某部队后勤采购{surname}参谋，我们部队需采购一批{goods}，共{n}份，价格好说，麻烦报个价。",
    "老板，部队采购已确定，但有一批特需物资你们店没有，我们长期合作的指定供应商{phone}那边有，你先垫付{amount}元帮我们订一下，结账时一起付给你。",
    "我是武警{city}支队的，明天中午要订{n}桌饭，另外需要你帮忙代购几箱部队专供酒，供应商联系方式我发你。",
    "嫌疑人：老板你好 我们是部队的 要订一批{goods} 受害人：要多少 嫌疑人：{n}份 部队走公账 不过还需要一批急救包 你那边没有的话 我给你个供应商 你先跟他订 钱你先垫一下 到时候一起结",
    "军官证和采购单已发您微信，部队财务只走对公账户，先由贵店向指定厂家预付{amount2}元订金，货到后连同货款一并结清。",
    "您好，我是{city}部队的司务长，部队要采购{goods}，长期合作，您先加我微信{wx}，我把采购清单发给您。",
  ],

  prize: [
    "【{tvshow}】恭喜您被抽选为场外幸运观众，获得奖金{amount}元及笔记本电脑一台，请登录{link}领取，验证码{code}。",
    "尊敬的{operator}用户，您的积分已满足兑换{amount}元现金大奖，需先缴纳{small}元个人所得税，领取地址{link}",
    "Congratulations! You have WON a {usd} {shopen} gift card. Claim now at {link} before it expires in {hours} hours.",
    "恭喜您在{shop}周年庆抽奖中获得二等奖{goods}一台，请在{days}天内缴纳{small}元邮费领取。",
    "You've been selected as our lucky winner of a {gbp} cash prize! Reply with your bank details to claim before {dateen}.",
    "刮刮卡中奖通知：您包裹内的奖卡中奖{amount}元，请登录{link}填写资料，需先支付公证费{small}元。",
  ],

  premium_rate: [
    "URGENT! You have won a guaranteed {gbp} prize. To claim call 09061{d6}. Calls cost 150p per min.",
    "Txt WIN to 8{d4} to enter our weekly draw for a {goodsen}! Msgs cost 1.50 GBP each. Stop? txt STOP",
    "FREE ringtone! Reply TONE to 8{d4} now. Subscription service 4.50 GBP per week, 16+ only.",
    "【点播】恭喜成为尊享会员，回复Y立即开通，信息费{small}元/条，每月自动扣费。",
    "您的好友给您留言了，拨打1259{d4}收听，信息费2元/分钟。",
    "Someone has a secret crush on you! To find out who, call 0909{d6} now. Calls 1.50 GBP per min.",
  ],

  parcel_fee: [
    "【{courier}】您的快递因地址不详无法派送，请在{hours}小时内点击{link}更新地址并支付{small}元重新派送费。",
    "{courieren}: Your parcel {d12} is on hold due to an unpaid shipping fee of {gbp}. Pay now: {link}",
    "海关通知：您的国际包裹{d12}需缴纳关税{small}元，逾期将退回或销毁，缴费{link}",
    "{courieren}: We attempted to deliver your package today. Schedule redelivery for a {usd} fee: {link}",
    "【邮政】您的邮件因邮资不足滞留{city}分拣中心，补缴{small}元后派送：{link}",
    "USPS: Your package arrived at the warehouse but could not be delivered due to an incomplete address. Confirm at {link} within 24 hours.",
  ],

  account_lock: [
    "【{bank}】您的账户存在异常登录，已被暂时冻结，请立即登录{link}进行身份验证解除限制。",
    "{appen}: Your account has been locked due to suspicious activity. Verify your identity at {link} to restore access.",
    "Netflix: We couldn't process your payment. Your membership is suspended. Update your billing details at {link}",
    "【微信支付】您的账户因违反相关规定已被限制收款，请在{hours}小时内完成实名认证：{link}",
    "【ETC】您的ETC卡已失效，将影响高速通行，请及时登录{link}进行认证。",
    "Apple ID: Your account was disabled for security reasons. Confirm your details at {link} within {hours} hours or it will be permanently deleted.",
  ],

  tax_refund: [
    "【国家税务总局】您有一笔{amount}元个税退税待领取，请在{date}前登录{link}办理。",
    "HMRC: You are eligible for a tax refund of {gbp}. Claim your refund online: {link}",
    "【人社局】您的{year}年度失业补贴{amount}元待领取，请访问{link}填写银行卡信息。",
    "您的医保个人账户有结余{amount}元可退还，逾期作废，申请地址{link}",
    "ETC用户您好，您有一笔通行费多扣退款{small}元待退还，请点击{link}领取。",
    "IRS: Your stimulus payment of {usd} is pending. Verify your information at {link} to receive your refund.",
  ],
};
