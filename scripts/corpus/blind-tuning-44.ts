/**
 * Blind tuning set #44 (scam only; 25 templates for each of the real-text goal's four typologies, written to differ from
 * #39: other regions, platforms and stages, victims' retellings, screenshot text; 4 for the others; session 14).
 * Measured once on arrival (tree f402dc8), 3 renderings per template: police 100 %, customer service 98.7, fake loans
 * 93.3, acquaintance 92.0; every other typology 100 %.
 *
 * Blind tuning set 44 — SCAM ONLY.
 *
 * Hand-written test templates for the Chinese/English anti-fraud SMS classifier, written BLIND to how
 * the classifier works (no code, rules, data or other test sets were looked at). 4 templates per
 * typology, except police_impersonation, fake_loan, customer_service and acquaintance (25 each).
 *
 * Styles imitated: SMS as received (with or without 【】 signatures, digits masked with x or *),
 * chat messages (QQ / WeChat / marketplace chat), call transcripts with speaker labels (左/右, 坐席/客户,
 * 嫌疑人/受害人, 1/2, 甲/乙) or unlabelled ASR text without punctuation, with fillers and repetitions,
 * long monologues, texts cut off mid-sentence, victims' own retellings, OCR-like screenshot text with UI
 * words (转账 / 确认 / 返回), Cantonese and traditional-Chinese (Taiwan / Hong Kong) wordings, northern
 * colloquial speech, and English SMS. Scripts are taken at different stages: first contact, mid-call,
 * and the last message before the money moves.
 *
 * Public sources whose DESCRIPTIONS of scam scripts were paraphrased (no texts or data sets copied):
 * Ministry of Public Security / 国家反诈中心 public warnings on common telecom-fraud types; 最高人民检察院
 * and local police typical-case write-ups; 中国人民银行 warnings on 征信修复 / 注销校园贷 scams; 人社部 and
 * 医保局 warnings on subsidy and medical-insurance-card scams; Hong Kong Police ADCC and Taiwan 165
 * anti-fraud descriptions; UK Action Fraud / NCSC and US FTC consumer alerts; and academic papers that
 * describe (in prose) the structure of Chinese fraud SMS, fraud chat-log and fraud call-recording corpora.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_44_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}】{name}您好，您在{lenderapp}的借款已逾期{days}天，欠款{amount}元，案件已移交{city}法务部，{date}前未处理将安排外访人员上门并通知您通讯录联系人。请将欠款转入专项还款账户：{bank} 6217 **** **** {d4}，户名{surname}经理。",
    "喂你好是{name}吗 我这边是{lender}贷后管理部的 你那个账单拖了有{days}天了啊 我跟你讲现在系统这边已经准备给你上报征信了 然后你填的那个紧急联系人 我们今天下午就要打电话过去核实 你要是不想让家里人知道 你现在马上处理 我给你发一个二维码 你扫一下 先还个{small}块钱 把这个状态先撤下来 听明白没有",
    "FINAL NOTICE: Your outstanding balance of {usd} with {lender} is now {days} days overdue. Legal proceedings will begin in {hours} hours unless payment is made via {link}. Do not ignore this message.",
    "左：你的网贷债务已经被我们公司收购了，现在由我们负责催收 右：我没借过啊 左：系统显示你身份证名下有一笔{amount}的记录，今天不处理明天就联系你单位 右：那怎么办 左：加我微信{wx}，我给你走协商减免通道，只需要还本金的一半",
  ],
  task_rebate: [
    "【兼职】在家动动手指日入{amount2}+，帮{shop}商家点赞关注，一单一结，佣金{small}元起，宝妈学生均可，加Q{qq}领任务",
    "接待员：第一单体验任务已完成，佣金{small}元已返到您的账户，您可以提现试一下 接待员：现在进入联单任务，需连续完成3单才可一起返还本金和佣金，第二单金额{amount}元 接待员：您操作超时系统已卡单，需要再补{amount2}元才能解冻",
    "我就是在抖音看到说给视频点赞一个赚三块 然后他拉我进了一个群 前面几单都给钱了 后来说做预付任务 垫{amount}回来返百分之{pct} 我转了之后说我操作超时要再做三单才能提现 我又借了钱转进去",
    "Hi! I'm a recruiter from {shopen}. Part-time remote job, 60-90 minutes a day, earn {usd} daily by rating products. Message me on Telegram {tg} to start today.",
  ],
  investment: [
    "【{company}】尊敬的客户您好！{name}老师明晚将在直播间分享一只短线牛股，预计涨幅{pct}%，回复1进入VIP内部交流群，名额仅剩{n}个",
    "助理：{name}老师今天带的那只又涨停了，您看群里的截图 助理：要不您先开个户试试，在我们{company}平台做美股期权对冲，老师亲自带单，稳赚不赔 助理：首充{amount}元还送体验金",
    "提现审核通知 您的账户余额{usd}申请提现失败 原因：账户盈利需缴纳{pct}%个人所得税及风险保证金{amount}元 缴纳后24小时内到账 如有疑问请联系在线客服 确认 返回",
    "Hey {fname}, I made {usd} this week on the {company} crypto arbitrage program. My mentor only takes a few new members each month. Sign up at {link} and mention my name.",
  ],
  fake_loan: [
    "【{loanapp}】{name}您好，您的信用额度{amount}元已审批通过，年化低至{pct}%，无抵押无担保，黑户白户均可，点击{link}立即领取，退订回T",
    "代办大额信用卡，征信不好也能办，[额度3万到20万|额度最高50万]，包下卡，前期0费用，详询微信{wx}",
    "喂您好 我这边是{lender}的信贷专员 姓{surname} 看到您之前在我们平台有过一个申请记录 现在呢我们这边有一个国家扶持的小微贷款 利息特别低 一万块钱一天才两块钱 您近期有没有资金需要呢 没有也没关系 可以先把额度给您开出来 放在那里不用不收利息的",
    "【{loanapp}】尊敬的用户，您的借款{amount}元放款失败，原因：收款银行卡号填写错误，资金已被冻结。请于{hours}小时内联系专员办理解冻，逾期将影响您的个人征信。客服QQ：{qq}",
    "客服：您好，系统检测到您的银行流水不足，不符合放款要求，需要您往自己卡里存入{amount2}元做一个验资，证明您有还款能力，验资完成后连同贷款一起打回来 客户：我没那么多钱 客户：能不能少点 客服：亲这个是系统规定的哦 最少{amount2}",
    "我在网上申请了一个贷款 说是额度下来了五万 但是我提现的时候显示账户冻结 客服说我填的名字和银行卡不一致 要交百分之二十的解冻金 我交了{amount}之后 又说要交会员费才能加急放款 然后又说我的评分低要刷流水",
    "{loanapp} 借款详情 借款金额 {amount}.00 借款期限 12期 状态：审核通过 打款失败（银行卡信息异常） 请联系客服处理 在线客服 确认 返回",
    "坐席：{name}先生是吧，我这里是{loanapp}放款部的，您这笔贷款已经批了，但是我们有个规定，首次借款要先交一个保证金，{small}块钱，防止您借了不还嘛。客户：那下款后退不退？坐席：肯定退的，跟借款一起打到您卡上。客户：那我转到哪？坐席：我给您一个对公账户，您记一下",
    "【提额通知】您的{app}借款额度可提升至{amount}元，仅需开通极速会员（{small}元/月），开通后立即生效，点击{link}办理",
    "{name}你好，按你要求额度可以做到{amount}，不用查征信，下载我们的APP注册就行，链接发你了{link}，安卓苹果都可以，注册好截个图给我",
    "你好，我系{lender}嘅信贷经理，你申请嗰笔贷款已经批咗，不过因为你嘅信用分唔够，要先转{amount2}去指定户口刷下流水，搞掂之后即刻放款俾你",
    "Congratulations! Your personal loan of {usd} has been pre-approved, no credit check needed. To release the funds pay a one-time insurance fee of {usd2} in gift cards. Reply YES to continue.",
    "大学生专享无息分期，凭学生证即可借款{amount}元，当天到账，不看征信，加QQ群{qq}咨询，名额有限先到先得",
    "对对对 就是你这边那个账户呢 现在是被冻结的状态 冻结的状态你明白吧 不是我们不给你放款 是你自己卡号输错了一位 系统认定你是 嗯 恶意骗贷 那现在呢你要做的就是把这个 这个解冻金 百分之十 打到我们的监管账户上 打进去以后系统会自动审核 二十分钟 二十分钟之内连本带",
    "流水已经刷到{amount}了，还差最后一笔{amount2}就达标了，转完截图发我，我这边马上给你点放款，今天下午四点前一定到账，别再拖了，再拖额度就收回了",
    "您的贷款已进入放款流程，根据规定需缴纳合同印花税及公证费共计{small}元，请转入以下账户：{bank} 尾号{d4} 户名：{name}，备注您的姓名，缴费后{hours}小时内放款",
    "【公积金信用贷】有公积金社保即可贷，最高{amount}元，最快{hours}小时放款，月息{pct}厘，本地人优先，回复1办理",
    "客户：为什么还没到账？ 在线客服：亲，您的账户存在风险，需要提供一份第三方担保证明，费用{small}元，缴费后为您优先处理。客户：之前你说交完保证金就到账 在线客服：保证金是保证金，这是风控流程，两个不一样的",
    "甲：你好请问是{name}吗 乙：是的 甲：你之前在{loanapp}申请的额度现在可以提到{amount}，你需要吗 乙：要交钱吗 甲：不需要的不需要的，就是你手机上下载一个我们的会议软件，我一步一步带你操作",
    "车主贷 押证不押车 有车就能贷 {car}也可以 当天放款 征信花 有逾期 也能做 {phone} {surname}经理",
    "专业信用卡提额 代还 {bank}都可以做 额度低的 被降额的 找我 先交服务费后提额 只收{pct}个点 详询V：{wx}",
    "受害人陈述：{date}我接到一个自称{lender}客服的电话，说可以给我办理低息贷款，让我下载了一个叫{loanapp}的软件，申请了{amount}元，随后软件显示银行卡号错误资金冻结，对方要求我转账{amount2}元解冻，我按对方提供的账户转了",
    "【{loanapp}】您申请的借款已审核通过，待放款金额{amount}元，因您的综合评分不足，需缴纳{pct}%的风险保证金后方可放款，保证金将于放款后全额退还至您的",
    "1：你这个要先做个资质认证 2：什么认证 1：就是证明你有还款能力嘛 你往你自己卡上转{amount2}进去 截图发我 我们这边就能给你批 2：转到我自己卡上？ 1：对 然后你把收到的验证码报给我 我们远程核实一下",
    "老铁你那贷款我给你整下来了 就差一步 你那卡流水太少了 银行那边不给过 你先整{amount2}转我这卡上 我给你走一圈流水 完事儿连本带贷一起给你打回去 放心 我干这行多少年了",
  ],
  customer_service: [
    "【{shop}】亲，您好，您于{date}购买的{goods}经质检部门检测存在甲醛超标问题，已被下架，我们将为您办理三倍赔付，请添加理赔专员微信{wx}办理，超时视为自动放弃",
    "喂您好请问是{name}女士吗 我这边是{shop}的售后客服 工号{d4} 您之前在我们店铺买过一件{goods}对吧 那个批次的货呢因为质量问题 被抽查不合格 我们这边需要给您做一个退款处理 退款金额是商品原价的双倍 您方便操作一下吗 就是打开您的支付宝 找到那个备用金",
    "【{courier}】您好，您的快递单号{d12}在运输途中丢失，我司将按照物流理赔标准赔付您{amount}元，请点击{link}填写理赔信息，或添加客服QQ{qq}办理",
    "坐席：您好，这边是{app}官方客服，您之前开通的百万医疗保障是实习生帮您误开通的，每个月会从您的账户扣除{small}元，如果不取消的话会一直扣费并且影响征信。客户：我没开过啊。坐席：对的，所以需要您配合我们关闭，请您打开{app}首页",
    "您好，我是抖音平台工作人员，检测到您的账号开通了直播会员服务，每月自动扣费{amount}元，如不需要请在今日内联系我们取消，否则将自动续费并上报征信，客服热线{phone}",
    "【{city}航空】尊敬的旅客，您预订的{date}{time}航班因机械故障取消，请您及时联系客服办理改签或退票，我司将额外补偿{small}元，客服电话：400-8xx-{d4}。",
    "客户：对我收到短信说航班取消了 客服：是的女士 您这个航班取消了 我们给您改签到下一班 另外补偿您{small}元延误险 但是需要您先验证一下银行卡 因为补偿金是直接打到银行卡的 您用的哪个银行 客户：{bank} 客服：好的 您现在到附近ATM机这边 我教您操作",
    "您好，我是{shop}客服，系统检测到您在学生时期开通了学生账户，现在您已经毕业了，根据国家规定需要注销，否则会影响您的征信，请配合我们下载{app}进行操作",
    "买家：我拍下了但是付不了款 平台提示你的闲鱼店铺没交保证金 要冻结交易 你联系一下客服吧 这是客服QQ {qq} 卖家：我卖东西还要交保证金？ 买家：客服说新用户都要认证的 交完就退",
    "好的您现在按照我说的 打开{app} 右上角那个加号 对 有个会议 点加入会议 会议号我发您短信了 进去之后点共享屏幕 这样我这边能看到您的操作 帮您一步步把这个扣费关掉 您不用担心 我们看不到您的密码的",
    "【拼多多】您好，您在平台开通的分期付款服务因操作失误被设置为每月自动扣款{small}元，如需关闭请联系专属客服{phone}，逾期未处理将上报征信系统。",
    "快手官方客服提醒您：您的快手小店账号存在违规刷单记录，平台将冻结您名下资金，如有异议请在{hours}小时内联系客服申诉，申诉入口：{link}",
    "客服：您的退款需要通过备用金通道退回，您打开支付宝搜索备用金，领取{amount}元，领取之后我们会把退款和备用金一起退给您。顾客：领了然后呢 客服：然后您把这{amount}元转到我们的退款核对账户，系统核对完毕会原路返回",
    "我当时接到电话 对方准确说出我在{shop}买的东西 订单号 收货地址都对 说我买的{goods}有质量问题要给我退款 让我加了一个QQ 然后发了一个链接让我填银行卡信息 我填完收到一个验证码 他说是退款用的让我念给他 挂完电话卡里就少了{amount}",
    "{shopen} Support: A refund of {usd} is pending for your recent order but our system could not process it. Please install AnyDesk so our agent can complete the refund for you. Reply 1 and we will call you.",
    "{shop}售后服务中心 退款申请单 订单编号：{d12} 商品：{goods} 退款金额：¥{amount} 退款原因：商品质量问题（质检不合格） 办理方式：请添加专员QQ {qq} 确认 返回",
    "京东客服：您好，您的订单{d12}因仓库系统升级出现重复扣款，多扣了{amount}元，需要为您办理退款，请问您现在方便用电脑操作吗？我们需要通过远程会议指导您",
    "【{courier}理赔中心】尊敬的客户，您单号{d12}的包裹因破损已登记理赔，赔付金额{amount}元，请在{hours}小时内通过以下链接领取：{link}，逾期作废。",
    "甲：您好，这边是{shop}的运费险中心 乙：啥 甲：就是您之前买东西开通了一个运费险，那个运费险是每次自动扣钱的，我们核查到您被多扣了，要给您退回去 乙：那咋退 甲：您微信上有没有零钱 有的话打开零钱通 找到那个",
    "好的现在钱已经退到您支付宝了对吧 您看一下 哦显示的是借呗的额度 没关系 那个是系统暂时垫付的 您现在需要把这{amount}转回到我们平台的对公账户 户名是{company} 转过来之后借呗那边会自动结清 不会产生利息 您快点操作 还有两分钟通道就关闭了",
    "{name}您好，您在{app}开通的会员即将自动续费{small}元/月，如非本人操作请[致电|尽快联系]客服取消：{phone}【会员中心】",
    "【網購客服中心】您好，您上月在本網站購物時，因作業人員疏失誤設為分期付款（12期），將每月從您帳戶扣款，請盡快與我們聯絡並依指示至ATM操作解除分期設定。",
    "左：你好 我是{city}航空公司客服 您的航班因天气原因取消了 右：那我怎么办 左：我们为您提供改签和退票服务 并且补偿{small}元 需要您提供一下银行卡号 我这边帮您登记 右：卡号发你了 左：好的 稍后您会收到一条验证短信 请把里面的数字告诉我",
    "【{shop}商家中心】您的店铺因近期投诉过多将被冻结，需缴纳保证金{amount}元解冻，请于今日内联系平台客服QQ{qq}办理，逾期店铺将永久关闭",
    "您好，我这边是{shop}平台的客服，您前段时间购买的那款{goods}存在质量问题，我们已经紧急召回，给您造成的不便深表歉意，现在为您办理全额退款，另外补偿您{small}元，您看一下您的手机上有没有收到一个",
  ],
  police_impersonation: [
    "喂你好这边是{city}公安局刑侦支队的 我姓{surname} 警号{d6} 我们在侦办一起特大洗钱案件中 发现嫌疑人手里有一张以你身份证开户的{bank}银行卡 涉及洗钱金额{amount}元 你现在涉嫌参与 你知道吗",
    "您好，这里是工业和信息化部通信管理局，您名下的手机号码因涉嫌发送诈骗短信，将在两小时内被停机，如有疑问请按9转人工服务",
    "【医保局】您的医保卡在{city}{hospital}存在异常消费记录，金额{amount}元，涉嫌骗保，卡片已被冻结，如非本人操作请回拨{phone}联系医保中心核实",
    "嫌疑人：{name}你听清楚 现在这个案子是保密案件 你不能跟任何人讲 包括你的家人 否则你就是泄露案情 要负法律责任的 我现在把你的电话转接到{city}人民检察院 {surname}检察官会给你做笔录 受害人：好的好的",
    "{name}你好，我是{city}人民检察院经侦科，你涉嫌的洗钱案已正式立案，案件编号{case}，你的逮捕令和冻结令已经发布在网上，你可以自己登录查询：{link}，输入你的身份证号就能看到",
    "为了证明你的清白，你需要配合我们进行资金核查，把你名下所有银行卡里的钱转到国家指定的安全账户，核查完毕后24小时内原路退回，账户信息我现在发给你，转完之后不要删除转账记录",
    "现在开始视频笔录 你找一个安静的房间 把门关好 不能有其他人在场 摄像头对着你的脸 手机不要挂断 如果中途有人打电话进来 不管是谁 包括银行 一律不接 你听明白了吗 明白了回答明白",
    "您好，这里是{courier}快递，您寄往{city}的包裹在检查中发现夹带多本护照和银行卡，属于违禁品，现在已经移交当地公安处理，我现在帮您转接{city}警方，请不要挂机",
    "【社保中心】您的社保卡因在外地被冒用已被暂停使用，请于今日内回拨{phone}办理解冻，逾期将注销您的社保账户",
    "这里是{city}市场监督管理局，您在网上开设的店铺被大量投诉售卖假货，现已立案调查，需要您缴纳{amount}元保证金配合调查，否则将吊销营业执照并移交公安",
    "【{city}海关】您有一个国际包裹涉嫌走私，内含违禁药品，已被海关扣押。请立即回电{phone}说明情况，否则将移交公安机关处理。",
    "这边是{city}税务局稽查局，我们查到你在{year}年有一笔{amount}元的收入没有申报个税，现在要补缴税款和滞纳金，不然会列入失信被执行人名单，出行和子女上学都会受影响",
    "您好，这里是{city}出入境管理局，您的护照信息被他人冒用办理了签证，涉嫌一起偷渡案件，请按1转接办案民警",
    "{name}同学你好，这里是中国驻外大使馆领事部，国内公安机关通报你的护照涉嫌一起跨国洗钱案，你需要配合国内警方调查，请按1转人工",
    "您好，这里是{city}疾控中心流调组，您于{date}在{hospital}与一名阳性病例有时空交集，需要核实您的行程，请提供您的身份证号和银行卡号用于隔离补贴发放",
    "【{city}人武部】你已被列入今年征兵对象，请于{date}前缴纳体检费和政审保证金{small}元，逾期未缴将视为逃避兵役，记入个人征信",
    "坐席：您好 我是电信管理中心 您身份证名下在{city}办理的一张手机卡 号码{phone} 最近大量发送诈骗信息 已经被多人举报 客户：我没办过啊 坐席：那很可能是您的身份信息泄露了 我这边帮您转接{city}公安局网警 您跟警官说明一下情况",
    "{city}人民检察院 刑事拘留冻结管制令 案号：{case} 犯罪嫌疑人：{name} 身份证号：xxxxxxxxxxxxxx{d4} 涉嫌罪名：洗钱罪 冻结资产：名下所有银行账户 本令自签发之日起生效 签发日期：{date} 返回 分享",
    "他们说我身份证被人拿去办了银行卡 参与了一个非法集资案 有几百个人被骗 要我证明清白 就让我下载了一个APP 说是公安的办案系统 然后让我把钱都转到自己一张新卡上 再把那个卡的信息填进去 说是资金清查 结果钱全没了",
    "This is the {city} Public Security Bureau. Your passport has been linked to an international money laundering case. You must not disclose this call to anyone. Press 1 to speak to the investigating officer.",
    "您好，这里是{city}中级人民法院，您有一张法院传票未领取，请于今日下午五点前到法院领取，逾期将强制执行，查询请按9",
    "{name}你的资金核查马上就要结束了 最后一步 你把{bank}那张卡里剩下的{amount2}也转进去 这张卡我们也要核查 核查完成之后检察院会出一个清白证明给你 今天就可以结案 记住转账备注写核查 柜员问你什么用途 就说是给家里人转",
    "1：你在{company}有没有投过钱 2：没有啊 1：可是我们查封的名单里有你的名字 你的账户收到了他们{amount}的返利 这个属于非法集资赃款 2：我真的不知道 1：你不知道没用 你要把这笔钱上缴 不然冻结你所有资产",
    "這裡是{city}警察局偵查隊，您的身分證被盜用開設人頭帳戶，涉及詐騙洗錢案，為避免您的存款被凍結，請依指示將存款轉至法院監管帳戶，本案屬偵查不公開，請勿告知家人。",
    "我现在跟你讲 你的身份证号码是不是{d6}开头的 对吧 那就没错 你现在被列为这起案件的第二嫌疑人 我们已经向法院申请了对你的逮捕令 但是考虑到你有可能是被冒用的 我们可以给你一个机会 你先不要挂电话 现在马上",
  ],
  credit_repair: [
    "【征信中心】您在大学期间开通的校园贷账户尚未注销，根据监管要求需于今日内注销，否则将影响个人征信，详询{phone}",
    "专业征信修复，逾期记录、呆账、查询过多均可处理，不成功不收费，先付{pct}%定金，联系微信{wx}",
    "您好 我这边是{app}金融中心的 系统显示您之前在学生时期注册了一个校园贷账户 现在国家在整治这个校园贷 您这个如果不注销的话会影响您的征信 以后买房买车都贷不了款 我这边协助您注销 您需要先把里面的额度全部取出来 然后转到我们指定账户做一个清零",
    "甲：你好，你的征信上有一个逾期记录，我们有内部渠道可以帮你洗白 乙：多少钱 甲：{amount}，先付一半，需要你提供身份证和银行卡照片",
  ],
  acquaintance: [
    "{name}，我是你{surname}总，这是我的新微信号，把我加一下，有事找你：{wx}",
    "喂 猜猜我是谁 听不出来啊 我是你老同学啊 你这都听不出来了 真是的 想想 高中的 对对对 就是我 我换号了 你把这个号存一下 过两天我去{city}找你吃饭",
    "哎老同学 是这样 我这边遇到点急事 本来不好意思开口 我在{city}出差 钱包丢了 身份证也丢了 现在酒店要押金 你能不能先借我{amount}块 我回去马上还你",
    "小{surname}，明天上午九点来我办公室一趟，有事交代。我是你{surname}局长，这是我的私人号码，不要外传。",
    "小{surname}，我这边在开会不方便接电话，有个领导家里孩子要出国，需要打一笔{amount}的学费，我这个身份不方便直接转，你先帮我垫付一下，转到这个账户：{bank} {name} 尾号{d4}，下午我让财务还你。这事别跟别人说",
    "各位家长好，我是{school}{surname}老师，本学期资料费和辅导费每人{small}元，请家长扫码添加收款微信缴纳，缴费后截图发群里，今晚截止。",
    "妈 我手机摔坏了 这是我同学的号 我现在在{city} 急需交一笔考证报名费{amount} 今天截止 你先打给我同学微信{wx} 他帮我交 别跟爸说 他又要骂我",
    "嫌疑人：奶奶 是我啊 受害人：是小军吗 嫌疑人：对对对 是我 奶奶我跟人打架把人打伤了 现在在派出所 要赔人家医药费{amount} 不然要坐牢 你千万别告诉我爸妈 待会有个叔叔来拿钱 你给他就行",
    "老战友，还记得我不？当年一个连的，{surname}班长啊。最近想搞个战友聚会，你加一下我微信{wx}，咱们拉个群",
    "老乡，我是{city}的{surname}哥啊，你爸让我联系你的，我现在在你那边打工，出了点事，能不能先借我{amount}应个急，下个月发工资就还",
    "大侄子 我是你三舅 换号了 你三舅妈住院了 在{hospital} 手术费还差{amount} 你先转我卡上 卡号我发你 你舅妈那边急 你别跟你妈说 她身体不好 怕她着急",
    "我是{school}的{surname}校长，最近学校有个采购项目，需要先垫付一笔{amount2}元给供应商，我这边不方便出面，你先帮忙转一下，回头学校财务给你报销",
    "老板：@财务 小{surname} 你现在把{amount}转到这个账户 合同我刚签完 对方催得紧 财务：好的{surname}总 要走审批吗 老板：我在开会 先转 审批回来补",
    "{surname}总 转账 ¥{amount} 待确认收款 你好，我已通过手机银行给你转账{amount}元，由于跨行需{hours}小时到账，你先帮我转给这个朋友，他急用 确认 返回",
    "在吗 我是你大学室友啊 原来QQ号被盗了 用的新号 我在外面和朋友吃饭 忘带钱了 你先微信转我{small}块 明天还你",
    "Hi [Mum|Dad], it's me, I dropped my phone and this is my new number. Can you text me on WhatsApp? I need a favour, it's urgent x",
    "阿妈 系我呀 我换咗新号码 啲嘢唔见晒 你可唔可以帮我过住{amount}蚊去呢个户口 急用 听日还返你 唔好同阿爸讲住",
    "那个人加我微信 头像和名字跟我们领导一模一样 第一天就聊了几句工作 问我最近怎么样 第二天就说有个朋友要借钱周转 他不方便出面 让我先垫{amount}转给那个人 我就转了 后来在单位碰到领导才知道",
    "小{surname}啊，我下周要去{city}拜访一位重要领导，想给人家准备点礼品，你帮我联系一下，先预付{amount2}元，回来我给你报销，这事低调点",
    "我是{name}的班主任{surname}老师，{name}在学校突发急病送往{hospital}，需要立即手术，请家长先转{amount}元押金到我这，我在医院陪着，账户信息如下",
    "甲：喂 是我 乙：谁啊 甲：你听不出来了吗 乙：是老张吗 甲：对 是我 我换了个号码 你存一下 明天我去你那办点事 乙：好啊 来了叫我 甲：行",
    "甲：老王啊 我明天过不去了 这边出了点事 一个领导要请客送礼 我这身份不方便自己转 你先帮我转给他{amount} 我明天一早就还你 乙：这么急啊 甲：急 十分钟内要 你转完截图给我",
    "爸 我在国外这边被人骗了 护照被扣了 现在要交{usd}罚款才能放人 你千万别报警 报警我就完了 转到这个账户 求你了",
    "我是{surname}书记，明天上午到我办公室来一下，带上笔记本。存一下我新号，原号码停用。",
    "是我 你{surname}叔 我现在在外面说话不方便 你听我说 你先别问那么多 我有个朋友的账户需要走一下 你帮我先",
  ],
  game_trade: [
    "出{game}满级账号，带绝版皮肤，只要{small}元，私聊QQ{qq}，不走{gameplat}，平台手续费太贵",
    "买家：我在{gameplat}上已经付款了，但客服说你的账户没有开通商户认证，需要你交{small}元保证金才能解冻资金，你联系一下这个客服QQ{qq}",
    "【{game}】恭喜您获得限定皮肤兑换资格，点击{link}登录领取，需使用游戏账号密码验证",
    "我在{game}里面卖装备 对方说在{gameplat}交易 给我发了个链接 我点进去填了银行卡 然后平台说我卡号填错了 资金被冻结了 要交{amount}解冻",
  ],
  romance: [
    "你好，我在{romanceapp}上看到你的资料，感觉你很真诚，我在{city}做跨境电商，方便加个微信{wx}聊聊吗",
    "亲爱的，我叔叔在{company}做数据分析，这个平台有漏洞，今晚十点可以稳赚，你先充{amount}试试，我教你操作，这是为了我们的未来",
    "Hi dear, I am a UN doctor on mission abroad. I want to send you a package with my savings but customs needs a {usd} clearance fee first.",
    "左：宝贝今天工作累吗 右：还好 左：我今天在平台又赚了{amount}，等我们攒够钱就在{city}买房 右：真的吗 左：你也注册一个吧 我带你 这是链接{link}",
  ],
  military_purchase: [
    "老板你好，我们是{city}某部队后勤处的，需要采购一批{goods}，数量{n}件，明天送到营区，你这边能做吗",
    "我们部队采购有指定的供应商，配套的物资你们店没有，你先帮我们从这个供应商那订一下，货款{amount}元你先垫付，到时候一起结算，我们部队都是公对公转账",
    "甲：我是武警{city}支队的{surname}参谋，我们训练基地要订{n}份盒饭 乙：好的没问题 甲：另外我们还需要一批军用睡袋，我们指定了一家军需商店，你帮忙代购一下，钱一起算给你",
    "一个穿军装的人加我微信 说他们部队要订我店里{n}箱矿泉水 还发了军官证照片 后来说还要一批军用物资 让我联系他们指定的供货商 先垫付{amount} 说营区不能带现金 我转过去之后他就不回了",
  ],
  prize: [
    "【{tvshow}】恭喜您被抽为场外幸运观众，获得奖金{amount}元及{goods}一台，请登录{link}领取，验证码{code}",
    "Congratulations {fname}! You have won a {usd} {shopen} gift card. Claim within 24 hours: {link}",
    "恭喜您的手机号在{shop}周年庆抽奖中获得二等奖，奖品为{car}一辆，领奖需先缴纳{pct}%个人所得税，请联系{phone}",
    "喂你好 这边是{app}客户回馈中心 恭喜您啊 您是我们这次抽中的一等奖 奖品是现金{amount}元 领取的话需要先交一个公证费{small}元 交完马上给您打款",
  ],
  premium_rate: [
    "恭喜您获得{operator}积分兑换资格，回复Y确认领取，信息费{small}元/条，由{operator}代收",
    "URGENT! Your mobile number has won a {gbp} prize. To claim call 09{d6}{d3} now. Calls cost 1.50 GBP per minute.",
    "Txt WIN to 8{d4} to enter our weekly draw for a new iPhone. Subscription {gbp}/wk, txt STOP to end.",
    "【{tvshow}】观众您好，您参与的节目互动已成功入选，回复1确认参与抽奖，资费{small}元/条，本服务由{operator}代收",
  ],
  parcel_fee: [
    "【{courier}】您的快递{d12}因地址不详无法派送，请点击{link}更新地址并支付{small}元二次派送费",
    "{courieren}: Your parcel is held at our depot due to unpaid postage of {gbp}. Pay now to arrange redelivery: {link}",
    "您好，您有一个国际包裹在{city}海关被扣留，需缴纳关税{amount}元后方可放行，请联系{courier}国际部{phone}",
    "USPS: The package arrived at the warehouse but could not be delivered due to incomplete address information. Please confirm your address within {hours} hours: {link}",
  ],
  account_lock: [
    "【{bank}】尊敬的客户，您的手机银行因长时间未进行实名认证已被冻结，请于{hours}小时内登录{link}完成认证，逾期将永久停用",
    "【ETC服务中心】您的ETC卡已失效，为不影响通行请点击{link}重新认证，认证后立即恢复使用",
    "{appen}: Your account has been suspended due to unusual sign-in activity. Verify your identity within {hours} hours at {link} or it will be permanently closed.",
    "微信团队提醒 您的账号因涉嫌违规被限制登录 需要好友辅助验证解封 请点击{link}并将收到的验证码发给我",
  ],
  tax_refund: [
    "【个税服务】您{year}年度个人所得税汇算清缴可退税{amount}元，请于{date}前点击{link}申请退税，逾期视为放弃",
    "【社保局】根据最新政策，您符合{year}年度社保补贴领取条件，补贴金额{amount}元，请添加专员微信{wx}登记领取",
    "HMRC: You are eligible for a tax refund of {gbp}. To claim, please complete the form at {link} before {dateen}.",
    "【医保中心】您的医保个人账户有{amount}元生育补贴待领取，点击{link}输入银行卡号及验证码即可到账",
  ],
};
