/**
 * Blind tuning set #87 (scam only; 20 templates for each of police_impersonation, fake_loan, customer_service and
 * acquaintance, 4 for each other typology; about half long call transcripts or chat logs, as real collections hold them;
 * session 17). Measured once on arrival (tree f3c85a7), 3 renderings per template: 16 of 16 typologies at 100 %. Then
 * tuned on.
 *
 * Blind tuning scam set 87 — session 17.
 *
 * Written blind: the author did not open, read or search any file of the project, ran none of its
 * code and saw none of its data. Every text was composed from general knowledge of how fraud
 * messages and scam calls looked in 2024–2026.
 *
 * Styles mixed in every group: terse SMS with and without 【签名】, long WeChat / QQ / LINE /
 * WhatsApp / Telegram / dating-app messages, multi-turn chat logs and phone-call transcripts
 * (labels 骗子/受害人, 客服/用户, A/B, 对方/我, 左/右, or none), ASR-like transcripts with fillers,
 * Traditional Chinese (Taiwan, Hong Kong, Cantonese) in about a fifth of the Chinese texts, typos,
 * homophones, pinyin initials, emoji, and English in UK, US, Indian, Singaporean, Malaysian,
 * Nigerian, Filipino and Australian voices.
 *
 * Sources whose public DESCRIPTIONS of scam patterns were paraphrased (no real text was copied):
 * 公安部刑侦局 / 国家反诈中心 published typology lists and 反诈宣传 case summaries, 最高检 典型案例
 * descriptions, 中国银保监会 / 国家金融监督管理总局 风险提示, 165 反詐騙 (Taiwan) and 香港警務處
 * 防騙視伏器 alerts, UK Action Fraud and NCSC phishing guidance, Ofcom / Phone-paid Services
 * Authority notes on premium-rate scams, US FTC consumer alerts, ACCC Scamwatch (Australia),
 * Singapore ScamShield advisories.
 */
import type { TypologyId } from "../../src/domain/typologies";

export const BLIND_TUNING_87_SCAM: Record<TypologyId, string[]> = {
  fake_collection: [
    "【{lender}法务中心】您名下借款已逾期{days}天，经多次催告未果，现已移交[属地律所|仲裁委]处理。请于今日{time}前联系专员{phone}协商还款，逾期将启动上门核实并同步至通讯录联系人。",
    "催收员：喂，是{name}本人吧？我这边是{lenderapp}贷后管理部的。\n我：是我，怎么了？\n催收员：你有一笔{amount}的借款逾期了，今天不处理的话我们就要发函到你单位和户籍地了。\n我：我上个月不是已经还了吗？\n催收员：系统显示没有入账，可能是你还款渠道有问题。这样，为了不影响你征信，我给你一个对公账户，你先把{amount2}转过来，我这边人工帮你销账。\n我：为什么是个人名字的卡？\n催收员：那是我们财务的结算账户，很正常，转完截图给我就行。",
    "对方：您好，这里是全国金融纠纷调解中心，工号{d4}。\n我：调解中心？我没申请过调解啊。\n对方：是{lender}把您的逾期案件委托给我们的，欠款本息{amount2}，下周一就要立案了。\n我：我最近确实困难，能不能缓缓？\n对方：可以帮您申请减免，但要先交一笔诚意金{amount}，证明您有还款意愿。\n我：交到平台APP里吗？\n对方：不用，平台那边已经结案了，直接转到调解中心的托管账户，我把二维码发您微信，扫完您的通讯录就不会被通知了。",
    "阿{surname}你好，呢度係{lender}嘅委託律師行。你嗰筆貸款已經拖咗好耐，我哋已經準備入稟法院。如果唔想影響信貸評級同埋屋企人知道，聽日之前將{amount}轉去指定戶口，我哋可以幫你撤案。有咩問題WhatsApp我。",
  ],
  task_rebate: [
    "左：宝子，还在找兼职吗？我们是给商家做好评的，每单{small}佣金，秒结。\n右：真的假的？要交钱吗？\n左：不用交钱哒，先做三单体验任务，你下载这个APP {link} 注册，邀请码{d6}。\n右：做完了，到账{small}，好快！\n左：厉害吧～接下来是福利单，充值{amount}做一单返{pct}。\n右：充了，怎么显示卡单了？\n左：系统派了连环单，再充{amount2}才能解锁，不然前面的都提不出来，导师说很多人都卡过，坚持一下就好了。",
    "接待：欢迎加入任务群，第一单是关注抖音账号截图，完成返佣{small}元已到账了吧？\n我：收到了，挺快的。\n接待：现在进入进阶任务，垫付{amount}购买指定商品，完成后本金+{pct}佣金一起返。\n我：好的，我付了。\n接待：系统提示您触发了联单任务，需要再完成两单{amount2}的才能一起提现哦。\n我：我没那么多钱了……\n接待：中途放弃的话前面的资金会被冻结，建议您想办法凑一下，很多人都是这样做的。",
    "Hi dear, I'm {fname} from a digital marketing agency. We need part-time staff to rate hotels and products online. Earn {usd}-{usd2} per day, 30 mins only, paid daily. No experience needed 😊 Reply YES to join our Telegram {tg}",
    "電影票房預售任務📽️ 每單收益{pct}，帶你做數據，先試3單免費賺{small}元。名額有限，私訊客服Line ID：{wx}，老師會一對一教學。",
  ],
  investment: [
    "嗯，喂，您好，我这边是{company}的，呃，就是看您之前在我们这边留过资料，想了解炒股是吧？\n……嗯，没有。\n没关系哈，我们这边{surname}老师呢，最近在做一个公益直播课，就是免费教大家怎么选票，然后每天会推一只，上周推的那只连拉了三个板。您加一下我们助理的微信，{wx}，拉您进群，就是，嗯，听听课也好，不收费的。",
    "助理：{surname}老师今天带的那只票吃了{pct}，您跟上了吗？\n用户：没有，我在观望。\n助理：我们的机构专户通道在APP里，能拿到打折的大宗交易额度，普通散户买不到。\n用户：这个APP在应用商店搜不到啊。\n助理：机构版是内测的，从这个链接下载 {link}，开户后先入金{amount}体验。\n用户：我赚了想提现，为什么提示要交个人所得税{amount2}？\n助理：这是证监会规定的，交完马上到账，不然资金会被风控。",
    "Bro u still holding BTC? My uncle works at a quant fund, they got AI trading bot doing 3-5% daily. I put {usd} last month now withdrawn {usd2} already 💰 Register thru my link {link} and use my code {d6} for bonus. Limited slots ah",
    "我係{company}嘅分析師，見你喺群組入面問美股嘢。我哋而家有個黃金期貨套利計劃，保本保息，月回報{pct}，最低入場{amount}港幣。想了解可以加我WhatsApp，我send份計劃書俾你睇。",
  ],
  fake_loan: [
    "【{loanapp}】尊敬的用户，您的信用额度{amount2}0元已审批通过，无视征信黑白户均可下款，年化低至{pct}，点击{link}立即提现，24小时有效。",
    "客服：您好，您的借款{amount2}元已经审核通过了，但放款时系统显示您的银行卡号填错了一位，资金被冻结了。\n用户：那怎么办？\n客服：需要您缴纳{amount}元的解冻金，证明是本人操作，解冻后和借款一起退还到您卡上。\n用户：能不能从借款里扣？\n客服：不行哦，冻结状态下资金不能动，这是银行风控规定。\n用户：我转了，怎么还没到？\n客服：系统检测到您的流水不足，还要做一笔{amount}的刷流水证明还款能力。",
    "急用钱找我👉 私人放款，不看征信不上门，有身份证就能贷，最高{amount}元当天到账。先息后本，加QQ {qq} 咨询，不收任何前期费用（放款后再收）",
    "嗯，喂，您好，我是{lender}的客户经理，看到您之前在我们这儿申请过借款没通过，现在我们内部有个额度激活活动，就是，呃，之前被拒的客户可以重新审批，额度最高二十万，利息一分都不到。您方便的话我加您微信，给您发个链接，您填一下资料就可以。",
    "A：您申请的{amount2}元贷款审核通过了，签合同前需要交{pct}的保证金。\nB：说好不收前期费用的啊？\nA：保证金是为了证明您有还款能力，放款后连同借款一起打给您的。\nB：我就借一点急用，哪来这么多钱。\nA：那您可以找朋友凑一下，很多客户都是这样的，放款后马上还朋友。\nB：好吧，转到哪里？\nA：转到我们合作的担保公司账户，户名{name}，转完截图给我。",
    "您好，{bank}信用贷款部通知：您符合我行“公积金贷”预授信条件，额度{amount2}0元，月息{pct}，无需抵押。请下载官方APP：{link} 填写资料领取额度，本短信仅限本人。",
    "我：你好，我在你们平台申请了贷款，显示“账户异常，请联系客服”\n客服：您好亲，是因为您提交的银行卡户名和身份证不一致，系统判断为套现账户冻结了。\n我：那我改一下就好了吧？\n客服：修改需要激活账户，缴纳{small}元的工本费，是给银行的认证费。\n我：交了之后能马上到账吗？\n客服：能，10分钟内到账。不过您信用分只有{d3}，还要提升到{d3}以上，需要您再交{amount}的信用保证金。",
    "【{loanapp}】恭喜您获得{amount}元免息借款资格，您的贷款已下发至您的钱包账户，因账户未激活暂不可提现，请在{hours}小时内登录{link}完成激活。",
    "Dear customer, ur loan of RM{amount} approved!! No CTOS no CCRIS checking, blacklist also can. Just pay RM{small} processing fee b4 disbursement. WhatsApp Mr {fname} 01{d4}{d4} now, limited quota today only 🏦",
    "骗子：您的借款已经打款了，但是显示打款失败。\n受害人：为什么？\n骗子：您填写的卡号是{bank}的，但预留手机号和银行不一致，资金被退回到我们监管账户冻结了。\n受害人：我核对过的，没错啊。\n骗子：系统判断就是有问题，要走人工解冻流程。您先转{amount}到财务那边，证明您的卡能正常收付。\n受害人：我没那么多钱。\n骗子：那就没办法了，冻结满七天会视为您违约，要赔付借款金额的{pct}。",
    "您好，{lenderapp}额度提升通道已开启，您账户当前可借额度{amount2}，需先支付{small}元会员费开通VIP，开通后秒批秒到，不满意可退。回复Y办理，拒收请回复R",
    "你好，我哋係專業財務公司，私人貸款無需入息證明，TU差都批，最快一小時過數。借{amount}只需簽約手續費{small}，WhatsApp {phone} 即問即答💵",
    "大哥我跟你说实话哈，你这个征信是真的花了，正规银行肯定批不了。我们这边有内部渠道，可以帮你包装流水做成企业贷，下款三十万。前期就是需要你出一个包装费，{amount}块，包装完下款了你再给我们点数就行。",
    "客服：您的贷款合同已生成，请在APP上签字。\n用户：签了，钱什么时候到？\n客服：还需要您开通一个网银U盾验证，我给您发个会议链接，您打开屏幕共享，我指导您操作。\n用户：这个安全吗？\n客服：放心，我们是持牌机构，全程录音。\n用户：我看到要输入验证码？\n客服：对，把收到的验证码念给我就行，这是放款验证码。",
    "【{lender}】您的网贷额度{amount2}元待领取，因您近期有过申请记录，系统已将您列为优质客户，征信不好也可下款。戳 {link} 领取，退订回T",
    "您好，我們是合法註冊的民間融資公司，負債整合、信用瑕疵都可以辦理，最高可貸{amount2}萬，免保人免抵押。加LINE：{wx} 專人為你服務，辦理前不收任何費用。",
    "Hi {fname}, Your pre-approved loan of {usd} is ready. Bad credit OK, no credit check! To release funds, purchase a {usd2} Google Play gift card as insurance deposit and send us the code. Funds in 30 mins. Reply STOP to opt out.",
    "那个，呃，你好啊，是你在网上留了个贷款咨询吧？我们这边是{loanapp}的，嗯，就是你这个情况可以做，但是你流水不够，要刷一下流水。就是你先往这个卡里转{amount}，然后我们再转回给你，这样银行那边看着你流水就好看了，审批就过了。",
    "用户：我已经交了保证金和解冻费了，怎么还不放款？\n客服：亲，您的账户还需要做一个验资，证明您有{pct}的还款能力。\n用户：你们这是骗人的吧，我要报警！\n客服：您冷静一下，您前面交的钱都在账户里，只要验资通过就会连本带款一起到账。如果现在放弃，前面的费用就都作废了，而且您已经签了合同，违约我们会起诉您的。",
    "Good day Sir/Ma, we are a registered lending company offering loans from N50,000 to N5,000,000 at low interest. No collateral, fast approval. Send your BVN and pay N{d4} form fee to get started. Call/WhatsApp {phone}",
  ],
  customer_service: [
    "客服：您好，请问是{name}吗？我是{shop}的售后客服，您{date}购买的商品因为质检不合格被下架了，我们要给您三倍理赔。\n用户：哦，是那个吹风机吗？\n客服：对的，理赔款是{amount}，不过需要您通过支付宝的备用金功能领取。\n用户：备用金？我没用过。\n客服：没关系，我一步步教您。您打开支付宝，搜索“备用金”，然后截图发我。\n用户：它显示借款五百？\n客服：对的，您先领出来转给我们，这是走系统回流，理赔款会一起退给您。",
    "【{courier}】您好，您的快递单号{d12}在运输途中丢失，我司将按价赔付{small}元，请添加理赔专员企业微信或点击{link}填写收款信息。",
    "喂，您好，这边是抖音直播平台的，您之前开通了一个百万保障服务，现在试用期到了，嗯，下个月开始每月要从您银行卡扣{small}元。您要不要关闭？要关闭的话我教您操作，您下载一个叫“{app}会议”的APP，我们远程给您取消。",
    "A：您好，我是{app}客服，您之前申请了学生会员，现在已经毕业了，身份不符，需要取消，否则会影响个人征信。\nB：我没申请过学生会员啊。\nA：可能是您以前注册时默认勾选了。您看一下微信里的微粒贷或者京东金条，有没有额度？\nB：有五千的额度。\nA：您先借出来，转到我们的监管账户上，证明账户不是用于套现，核验通过后系统会自动还款注销。",
    "亲，您在我们店铺购买的宝贝快递那边反馈丢件了哦，我们这边给您办理退款+额外补偿{small}元，但您的支付宝显示信用分不足暂时不能退，需要您扫一下我发的二维码激活退款通道哈😊",
    "您好，这里是{shop}商城客服，您开通的商家店铺已经欠费，每月会自动扣除{small}元年费。如非本人开通请致电{phone}，逾期未关闭将从您绑定的银行卡内自动扣款{amount}元。",
    "客服：您好，您在我们平台购买的机票，航班{d4}因为机械故障取消了，可以改签或者退票补偿{small}元。\n用户：啊？我刚收到航空公司短信说正常啊。\n客服：那是系统还没同步，我这边是航空公司总部的。您要退票的话，需要您去ATM或网银上操作一下退款确认。\n用户：退款不是原路退回吗？\n客服：退补偿金需要单独验证，您打开手机银行，转账页面，我教您输入退款验证码。",
    "【菜鸟驿站】您的包裹在{station}因地址异常无法派送，已滞留超过{days}天，请在{hours}小时内点击{link}更新地址，否则将退回寄件方。",
    "呃，您好，我这边是，嗯，那个{courier}的，就是您有个快递在我们这里破损了，就是里面的东西坏了，我们这边要给您理赔，理赔金额是{small}块，嗯，您看您是用微信还是支付宝收款？您加我一下，我发个码给您扫一扫，填一下信息就行。",
    "我：你们说要退我钱，让我开屏幕共享？\n客服：对的，因为您的账户需要注销会员身份，需要我们远程协助您操作，不然您自己操作会错。\n我：我不太放心。\n客服：这是我们的工号{d6}，您可以查。开共享后我这边看不到您的密码，只是指导。\n我：好吧。\n客服：现在您手机会收到一个验证码，这是会员注销码，您直接告诉我或者在会议里念出来就可以。",
    "客服：您好，{shop}平台客服，您的账号被系统误认定为代理商，下个月起每月扣{small}元代理费。\n用户：我就是普通买家啊。\n客服：是的，所以需要帮您取消。您名下哪些银行卡绑定了{shop}？\n用户：一张{bank}的。\n客服：好，取消需要银行那边配合，我把{bank}客服专员的电话给您，{phone}，您打过去说取消代理商扣费就行。\n用户：银行的客服号不是{bankno}吗？\n客服：那个是普通业务，这个是专员直线，处理更快。",
    "親，您好，這裡是蝦皮購物客服，您的訂單因為系統錯誤被設定成批發商分期付款，每月會從您的帳戶扣款{amount}元，連續扣12期。請您配合我們到ATM操作解除分期設定，我幫您轉接銀行專員。",
    "Hi, this is {shopen} customer service. We noticed an order for an iPhone 15 Pro {usd} charged to your account. If you did not make this purchase, press 1 to speak to an agent. To cancel we need remote access to your device via AnyDesk to process your refund.",
    "喂，係咪{name}先生？我哋係順豐速運，你有一件包裹喺運送途中遺失咗，我哋會賠償{amount}蚊俾你。麻煩你加我哋客服WhatsApp，我send條link俾你填銀行資料，賠償即日到賬。",
    "骗子：您好，我是快手直播平台客服，您在我们平台的直播打赏功能被误开通了，每个月要扣{amount}元。\n受害人：我没开过啊，怎么扣钱？\n骗子：应该是您手机被人误操作了，现在要关闭需要验证身份。您先下载一个“{app}”的APP，进入会议室，我让银联的工作人员帮您操作。\n受害人：银联的人？\n骗子：对，因为涉及扣款，要银联那边解绑。您打开屏幕共享，然后按他的指引操作。",
    "【{app}】您的美团月付账户涉嫌异常交易，已被临时限制。请在{date}前联系客服{phone}或访问{link}处理，否则将影响您的个人征信。",
    "Dear customer this is Lazada service team 🛒 your order #{d12} could not be delivered due to incomplete address. We will refund you RM{small} plus compensation. Please click {link} and enter your bank details to receive. Thank you!",
    "客服：您好，您的保险理赔款已经审批通过，金额{amount}元。\n用户：我是买过那个运费险。\n客服：对，但您的支付宝账户没开通理赔功能，要开通需要芝麻信用分达到{d3}分。\n用户：那我怎么达到？\n客服：在“借呗”里借出{amount2}，然后转到我们的验证账户，系统会判定您信用良好，五分钟后借款和理赔款一起退回。",
    "您好，我是{app}外卖平台的客服，您昨天的订单骑手反馈餐品洒了，我们这边给您双倍退款{small}元。由于退款通道维护，需要您添加我们的专属客服微信{wx}，客服会给您发一个专属退款链接。",
    "Hi {fname}, Amazon here. Your Prime membership auto-renewal of {usd} will be charged today. If you wish to cancel, call our support at 1-8{d3}-{d3}-{d4}. Our agent will guide you to install a support app to process your refund safely.",
  ],
  police_impersonation: [
    "骗子：喂，您好，这里是{city}市公安局反诈中心，我姓{surname}，警号{d6}。\n受害人：啊？公安局？有什么事？\n骗子：我们在侦办一起洗钱案，查获的一张{bank}卡开户人是您，涉案金额{amount2}万。\n受害人：我从来没在那边办过卡啊。\n骗子：很多人都是身份证被冒用，所以需要给您做个笔录证明清白。这个案子是保密的，您现在在哪？身边有人吗？\n受害人：我一个人在家。\n骗子：好，我现在把电话转接到检察院，您下载一个会议软件配合资金核查，名下所有资金需要转入国家安全账户清查，核查完48小时内原路退回。",
    "【{city}市人民检察院】{name}，你涉嫌一起跨境洗钱案件，案件编号{case}，请立即登录{link}查看逮捕令及冻结通知，并于{hours}小时内与办案民警联系，逾期将依法强制执行。",
    "嗯，你好，这边是那个，呃，{operator}客服中心，就是你的手机号码在{city}那边被人实名登记了，然后被用来发了大量的诈骗短信，我们要把你这个号码停机。\n啊？我没有啊。\n那这样的话，嗯，我帮你把电话转到{city}市公安局网安支队，你跟警官说明一下情况，做个报案登记。\n……\n喂，我是网安支队的{surname}警官，你的身份信息涉及一个非法集资案，现在需要你配合调查，不要挂电话，也不要告诉家里人。",
    "您好，我是{city}市医疗保障局的工作人员，系统显示您的医保卡在{city}{hospital}有一笔{amount}元的违规开药记录，涉嫌骗保。如非本人操作，请拨打{phone}转接当地公安报案，否则医保卡将在今天下午{time}冻结。",
    "對方：你好，呢度係香港入境事務處，你有一份文件需要處理，請按1。\n我：喂？咩文件？\n對方：我哋收到內地公安通報，你嘅身份證涉及一宗洗黑錢案件，我而家幫你轉駁去上海公安局。\n（轉接）\n對方：我係上海市公安局嘅{surname}警官，你要即刻錄口供。為咗證明你啲錢係合法，要將戶口資金轉去監管賬戶做核查，唔好同任何人講，否則妨礙調查。",
    "Hello this is Officer {fname} from the Federal Police. A parcel in your name was intercepted at customs containing 8 fake passports and drugs. A warrant has been issued. To avoid arrest you must cooperate now, do not hang up, do not tell anyone. Press 1 to talk to the investigating officer.",
    "A: 我是{city}市社保中心的，你社保卡在外地被人恶意透支了{amount}，现在要给你办理暂停。\nB: 我没去过那边啊。\nA: 那你可能是被人冒名了，我给你转{city}公安分局刑警队备个案。\nB: 好的。\nA（换人）: 我是刑警队{surname}队长，你名下账户涉及一起重大毒品洗钱案，必须配合做资金清查，先把卡里的钱转到我们指定的清查账户，查明后全额返还。\nB: 我能到派出所去办吗？\nA: 案件涉密，你去派出所会走漏风声，后果自负。",
    "【国家税务总局】您{year}年度个人所得税存在偷逃税嫌疑，金额{amount2}元，已被列为重点稽查对象。请立即联系稽查科{phone}说明情况，逾期将移送公安机关处理。",
    "喂，{name}吗？我是{city}中级人民法院的书记员，你有一张传票一直没签收，是关于你欠信用卡的诉讼。明天上午九点开庭，你不到场就缺席判决，会被拘留。你要是觉得有误会，我给你转到经侦那边，让警官帮你查一下。",
    "骗子：你现在做的笔录是有法律效力的，视频不能关，旁边也不能有其他人。\n受害人：警官，我真的没做过这种事，我就是个上班族。\n骗子：我相信你，但我们要证明你是清白的。你名下的存款、理财都要申报，由检察院做资金比对。\n受害人：怎么比对？\n骗子：把钱转到这个监管账户，名字是{name}，是我们的专案账户。\n受害人：这是个人名字啊？\n骗子：案件保密需要，用的是办案人员的名义，比对完系统自动退回。你要是不配合，明天就对你实施网上追逃。",
    "{fname}, this is HMRC criminal investigations. There is an outstanding case against your National Insurance number for tax fraud. Your NI number will be suspended and officers are on the way. Call 020 3{d4} {d4} immediately to settle. Do not ignore.",
    "唔該，你係咪{name}？我係深圳市公安局嘅，你個身份證喺深圳開過一個銀行戶口，用嚟洗錢。而家案件已經立案，你要即刻配合調查，唔可以講俾屋企人知。我哋會send一份通緝令俾你睇，你check下WhatsApp。",
    "This is Officer {fname} from the Customs Department. Your DHL parcel to Taiwan contains 5 credit cards and a fake passport, I'm transferring you to Mumbai Cyber Crime Cell now, stay on Skype video, this is a digital arrest, you cannot leave the room until investigation done.",
    "你好，我是{operator}的，你的号码实名信息异常，今晚24点前要停机。你在{city}是不是还办了一张卡？那张卡涉及诈骗短信投诉，被{city}公安立案了。我现在给你一个刑警大队的电话{phone}，你打过去报个案，说明不是你本人办的，号码就不会停。",
    "對方：這裡是中華電信客服，您的門號在台中申請了一支新機，欠費{amount}元。\n我：我沒有申請過啊。\n對方：那可能是個資外洩，我幫您轉接台中市警察局刑事組報案。\n對方（男）：這裡是刑事組{surname}小隊長，你的帳戶被詐騙集團當作人頭帳戶，地檢署已經發監管令，你要把存款領出來，交給我們派去的監管科人員保管，否則帳戶會被凍結。",
    "呃，喂，你好，我这里是，就是{city}公安局出入境管理的，嗯，你有一份护照在我们这边没有领取，然后系统显示你护照被人拿去办理了一个，呃，境外的银行账户，涉嫌非法转移资产。这个你必须本人来处理，或者我们现在远程给你做个登记，你加一下这个警官的QQ {qq}，他会给你发一个安全认证链接。",
    "【最高人民检察院】你因涉嫌参与重大金融诈骗案已被列为在逃嫌疑人，已冻结你名下{bank}所有账户。如有异议请在{hours}小时内登录 {link} 提交资产清查申请，否则将依法执行逮捕。",
    "客服：您好，这里是国家金融监督管理总局，我们在清理违规网贷，发现您还有一笔校园时期的账户没有注销。\n用户：我没借过啊。\n客服：没借款也有账户，不注销会影响您的征信和工作。我们这边需要核查您的资金流水是否干净。\n用户：怎么核查？\n客服：您先把银行卡的钱转到我们提供的验资账户，系统检测通过后退还，这是监管部门的标准流程。",
    "Sir this is Inspector {fname} from the Narcotics Control Bureau. A courier booked in your Aadhaar number has 200g MDMA. FIR registered. You are under digital arrest, stay on video call. To verify your funds are clean, transfer your FD amount to RBI verification account, it will be refunded after 24 hours.",
    "A：喂，我是{city}交警支队的，你的车{plate}在高速上有三次违章没处理，涉及肇事逃逸案。\nB：我车一直停在小区啊。\nA：那是套牌了，要报案。我给你转到刑侦大队。\nA（换人）：你好，我是刑侦大队{surname}警官，这个套牌车涉及一起贩毒案，需要你配合调查。你先下载这个APP，打开屏幕共享，我核实一下你的银行流水。",
  ],
  credit_repair: [
    "骗子：您好，我是{lender}的客服，您大学期间注册过校园贷账户，按照监管要求必须在{date}前注销，否则影响征信。\n受害人：我毕业好几年了，从来没借过。\n骗子：注册了就有记录的，您查一下支付宝的借呗和微信的微粒贷，有额度吗？\n受害人：借呗有{amount2}。\n骗子：这就是问题，系统把您当在校生在授信。您把额度全部借出来，转到我们给的央行对接账户，额度清零后系统自动帮您还款。\n受害人：会不会产生利息？\n骗子：不会，当天操作当天还，利息平台承担。",
    "客服：您好，查到您名下有一个未注销的学生贷款账户，需要现在处理。\n用户：我读书的时候确实用过，但已经还清了。\n客服：还清了但账户没注销，系统还记录您是学生身份，利率不合规，要清零。\n用户：怎么清零？\n客服：您在几个借款平台把额度借出来，转到我们的清零账户，系统核验完会把您的额度清零，钱也全部退回。\n用户：为什么要借出来？\n客服：要证明额度是空的才能注销，这是人民银行的规定。",
    "征信花了？逾期记录太多？专业征信修复，内部渠道删除不良记录，不成功不收费！前期只需{small}元建档费。咨询V：{wx}",
    "您好，這裡是聯徵中心，您的信用報告顯示有一筆異常的學貸紀錄，可能是個資被冒用。若不處理，會影響您往後的房貸與信用卡申請。我們可以協助您申請信用修復，請加LINE {wx} 由專員為您辦理，需要先提供帳戶做資金驗證。",
  ],
  acquaintance: [
    "{name}，我是{surname}总，这是我新微信，旧号不用了，你通过一下。明天上午你来我办公室一趟，有点事要跟你说。",
    "领导：小{surname}在吗？\n员工：在的{surname}总。\n领导：我在外面跟客户谈事情，不方便接电话。有个合作方的款要急着付，你先帮我转{amount2}到他们公司账户，我回头让财务给你报销。\n员工：好的，但我这边要走审批吧？\n领导：来不及了，对方今天{time}之前必须到账，不然项目就黄了。你先垫付，我担着。\n员工：那您发个账号给我。\n领导：{bank} 户名{name}，转完截个图，这事先别跟其他人说。",
    "爷爷，是我啊，你听不出来了吗？我嗓子感冒了。我在外面跟同学打架，把人家打伤了，现在在派出所，要赔{amount}块钱才能私了，你别告诉我爸妈，他们会骂死我的。一会儿我同学给你打电话，你把钱给他就行。",
    "老师：各位家长好，本学期的资料费和课外辅导费请于今天下午前缴纳，每位{small}元，请扫描群里的二维码缴费，缴费后截图发给我核对名单。谢谢配合！",
    "A：喂，老同学，猜猜我是谁？\nB：呃……是小{surname}吧？\nA：哈哈对，还是你记性好！我换号了，这个是新号码。\nB：好久不见啊，你现在在哪？\nA：我刚调到{city}工作，过两天去看你。对了，我这边有个急事，刚买了套房子首付还差{amount}，下午就要交，你能不能先借我一下，月底就还你。\nB：这么急啊？\nA：是啊，我银行卡额度限制了，你直接转到我表弟卡上吧。",
    "Hi Mum, it's me. I dropped my phone in the toilet 🙈 this is my new number, can u save it. Also can u help me pay a bill? My banking app is locked on the new phone, it's {gbp}, I'll pay u back tmrw x",
    "阿嫲，係我呀，我係阿仔。我喺外面出咗事，撞親人，對方要我賠錢，唔係就報警。你唔好話俾阿爸知，你攞{amount}蚊出嚟，等陣有個朋友上嚟攞。",
    "嗯，喂，{name}吗？是我，你表哥，呃，我现在在国外出差，这边手机信号不好。那个，就是我想让你帮个忙，我这边要给国内一个客户打款，但是外汇有额度限制，我先把钱转到你账上，然后你再帮我转给他。你把你卡号发我一下，我转过去之后截图给你。",
    "{surname}老师好，我是您之前教过的学生{name}，您还记得我吗？😊 我现在在{city}做生意，想请您帮个小忙，我有个学生家长的费用要周转一下，您方便先借我{amount}吗？下周一定还。",
    "对方：喂，爸，是我。\n我：怎么用这个号打的？\n对方：我手机坏了，借同事的。爸，我现在有点急事，单位组织体检查出问题，要马上做手术，医院要先交押金{amount2}。\n我：啊？什么病？严不严重？\n对方：医生说不要紧，但要先交钱。我这边工资卡冻住了，你先转给我这个同事的账户吧，他帮我交。\n我：你让医生跟我说一下。\n对方：医生在忙，爸你别问了，先转钱吧，我晚点视频给你。",
    "{surname}局，我是办公室小{surname}，您的新微信我已经加上了。刚才您说的那笔款项，我这边转不了这么多，单笔限额{amount}。您看是不是分几次转？还是您让对方发个其他账户？",
    "老闆，我是你以前公司的同事阿{surname}呀，LINE換了帳號。我最近在幫朋友辦一個活動，需要你幫忙買幾張點數卡，{amount}元的，先用你的名義買，序號拍照傳給我，我晚上匯錢給你。",
    "Hey {fname}! It's your boss here, I'm in a meeting and can't talk. I need you to get some Apple gift cards for a client appreciation, 5 x $200. Scratch the back and send me photos of the codes asap. I'll reimburse you today. Thanks.",
    "骗子：小{surname}，你在干嘛？\n受害人：您是？\n骗子：你连我都听不出来了？\n受害人：是{surname}叔叔吗？\n骗子：对对，是我。我手机号换了。我明天去你那边办事，顺路去你家看看。\n受害人：好啊好啊。\n骗子：哎，我这边遇到个事，跟领导吃饭被查了，需要交个罚款{amount}，我身上钱不够，你能先帮我垫上吗？明天见面就还你。",
    "【视频通话】（画面中是{name}的脸，声音有点卡）哎，我这边网不好，就不说了啊。我跟你说，我现在急需一笔钱周转，{amount2}，你先转过来，我下午就还你。卡号我文字发给你。（通话随即挂断）",
    "Hello uncle, this is {fname} your nephew from Lagos. I am stranded at the airport, my wallet and passport were stolen. Please help me with {usd} to sort things out, I will refund you when I get home. Send via Western Union to the name I will text you.",
    "兄弟，我这号被封了，用的我朋友的号。有个事麻烦你，我有个亲戚住院要交钱，我这边转账受限了，你先帮我垫{amount}，转到这个卡：{bank} {d4}****{d4}，我晚上还你，拜托了🙏",
    "A：{name}，我是你大学室友啊，还记得吗？\nB：记得记得，你怎么换号了？\nA：原来的号不用了。我下个月结婚，想请你来当伴郎。\nB：恭喜恭喜！\nA：谢谢！就是现在酒店那边要交定金，我手上的钱都压在理财里取不出来，你能不能先借我{amount}？\nB：你直接给我打个视频吧。\nA：我在开车呢，不方便。你先转我，晚上我请你吃饭。",
    "你好，我是你孩子的班主任{surname}老师，孩子在学校里突然晕倒了，现在已经送到{hospital}了，需要马上缴费做检查，您先转{amount}到这个账户，我在医院帮您办理手续。",
    "Bhai, it's me {fname}, new number. Urgent plz, my dad is in ICU, need Rs {amount} for medicine right now. My UPI not working. Can u send to this GPay number? Will return by Friday pakka. Don't call, I'm in the hospital.",
  ],
  game_trade: [
    "买家：你好，你的{game}号还在卖吗？{amount}我要了。\n卖家：在的，怎么交易？\n买家：我们去{gameplat}上交易吧，有担保安全。我把链接发你 {link}\n卖家：好的，我注册了。\n买家：我已经付款了，你看下。\n卖家：平台说我的账户资金被冻结了，要交{small}的保证金才能提现？\n买家：对的，新用户都要交，提现时会一起退给你，我之前卖号也是这样。",
    "我：你好，{game}那隻帳號還在嗎？\n賣家：在喔，全皮膚全英雄，{amount}賣你。\n我：可以面交或走8591嗎？\n賣家：我人在外地，走我們常用的交易網比較快 {link}\n我：我付款了，帳號呢？\n賣家：網站顯示你的訂單被風控，需要再付{small}認證金才會放行，認證完會退回。\n我：可是剛剛沒說啊？\n賣家：這是平台規定不是我能決定的，你不付的話錢就卡在裡面了。",
    "你好，我是{gameplat}的客服，你出售的游戏账号买家已经付款，但是因为你填写的收款银行卡信息有误，交易被冻结了。需要你缴纳{amount}元的解冻金，解冻后连同货款一起打给你。",
    "Yo bro, selling my {game} acc with 50+ rare skins for just {usd}, below market price. Middleman is a trading site {link}, you deposit there first, I transfer acc after. Legit 100%, got vouches on Discord.",
  ],
  romance: [
    "他：早安宝贝☀️ 昨晚睡得好吗？\n我：挺好的，你呢？\n他：我一直在看盘，我舅舅在{company}做数据分析，他说这周那个平台有个漏洞窗口，稳赚{pct}。\n我：我不懂这些。\n他：没关系，我教你，你先注册 {link}，充{amount}试试，赚了就是我们以后的婚房首付。\n我：可以提现吗？\n他：当然可以，我昨天刚提了{amount2}。你连我都不信吗？😢",
    "Me: Why can't you video call?\nHim: My camera is bad here on the oil rig baby, internet is very slow. I'm sending you a parcel with gold jewellery and {usd} cash for our future.\nMe: Aww thank you.\nHim: The courier company will contact you. Just pay the customs clearance fee, I'll pay you back when I come home next month. I love you so much 😘",
    "亲爱的，我在{romanceapp}认识你以来，每天跟你聊天是我最开心的时候。我在叙利亚维和部队当军医，下个月就要退役了。我有一个包裹要寄给你，里面是我这些年的积蓄，海关说要交{amount}的清关费，我在这边转不了账，你能先帮我垫一下吗？",
    "寶貝，我朋友介紹我一個博彩網站，有內部漏洞，包贏不輸，我昨晚贏咗{amount}。你都試吓啦，我帶你玩，先充{small}試吓水，贏咗我哋一齊去旅行😍",
  ],
  military_purchase: [
    "老板你好，我是{city}武警部队后勤处的{surname}干事，我们部队要采购一批{goods}，量大，你那边有货吗？我们先签采购合同，部队采购都是公对公转账，不过需要你先帮我们垫付一下给指定供应商的物资款{amount2}，回款一起结。",
    "A：您好，我是某部队炊事班的，要订一百份盒饭，今晚送到营区门口。\nB：好的，谢谢首长照顾生意。\nA：另外我们还要一批特供酒，你那边没有吧？我给你推荐个供应商，你帮我们代买一下，部队报销比较慢，你先垫付，我们一起结款。\nB：要多少钱？\nA：{amount2}。你放心，我们部队是正规单位，证件我拍给你看。",
    "对方：您好，我是{school}后勤处的{surname}老师，学校要为新生采购一批{goods}，共{d3}件，您那能供货吗？\n商家：可以的，什么时候要？\n对方：下周。合同我们这边拟好了，需要您先交{pct}的履约保证金，货到验收后连同货款一起退。\n商家：保证金打到学校对公账户吗？\n对方：学校财务走流程太慢，先打到我们后勤的代收账户，户名{name}，我给您出收据，盖了公章的。",
    "Good morning, I am Sergeant {fname} from the army base. We need to order 200 units of {goodsen} for our unit. Payment will be by military transfer after delivery. But first you need to purchase a special packaging from our approved vendor, contact him at {phone}.",
  ],
  prize: [
    "【{tvshow}】恭喜您的手机号被抽中为本期场外幸运观众，获得价值{amount2}元奖金及笔记本电脑一台，请登录{link}领取，验证码{code}。",
    "Congratulations! Your mobile number has won £{d4} in the UK National Lottery international draw. To claim your prize contact our claims agent {fname} with your bank details and a processing fee of {gbp}.",
    "A：您好，请问是{name}吗？我是{shop}周年庆活动组的，恭喜您抽中二等奖，一台苹果手机。\nB：真的吗？我不记得参加过抽奖啊。\nA：是老用户自动参与的，您下单的手机号被系统抽中了。\nB：那怎么领？\nA：奖品价值较高，按规定要先交{pct}的个人所得税，也就是{small}元，交完我们就发顺丰。\nB：税不是从奖金里扣吗？\nA：实物奖品没法扣，只能您先交，我们公司有公证处的公证书，我发您看看。",
    "恭喜你喺我哋嘅週年抽獎中獲得{usd}現金獎！請即點擊{link}輸入你嘅銀行資料領獎，獎金會喺3個工作天內過數。",
  ],
  premium_rate: [
    "URGENT! You have won a guaranteed £1000 cash or a holiday. To claim call 09{d3} {d6} now! Calls cost £1.50/min from landlines. T&Cs apply. Box {d3} LS1 3AJ",
    "Caller: Hello? Hello? ... *line drops*\nMe: (calls back the number +232{d6}{d3})\nRecording: Thank you for calling. Please hold, your call is important to us. Your call is being connected to an operator...\nRecording: All our operators are busy, please stay on the line.\n(Me: stayed on for 9 minutes, next bill showed {gbp} per minute international premium charge)",
    "FREE msg: Ur horoscope for this week is ready! Txt STAR to 8{d4} to receive. £{d3}p per msg, 3 msgs/wk until u send STOP. 18+ only.",
    "寂寞了吗？美女在线一对一陪聊，拨打16{d3}{d4}{d4}，真人声音，随时陪伴。每分钟{small}元，拨通即计费。",
  ],
  parcel_fee: [
    "{courieren}: Your parcel is on hold due to an unpaid shipping fee of {gbp}. Please pay within {hours} hours or it will be returned to sender: {link}",
    "【{courier}】您好，您的国际包裹因关税未缴纳暂扣海关，请于{date}前通过{link}缴纳{small}元清关费用，逾期将退回原寄件地。",
    "Courier: Hi, {courieren} here, I'm outside but no one answered.\nMe: Sorry, at work. Leave it with the neighbour?\nCourier: Cannot, needs signature. Small redelivery charge of {gbp}, book a new slot here {link}\nMe: Never been charged before?\nCourier: New policy mate, just card verification, takes 1 min.",
    "【香港郵政】您的包裹因地址資料不完整暫時無法派送，請於24小時內更新資料並支付HK$12.5重新派送費：{link}",
  ],
  account_lock: [
    "【{bank}】尊敬的客户，您的账户因长期未进行身份核验已被限制非柜面交易，请于今日登录{link}完成实名认证，否则将冻结您的银行卡。",
    "客服：您好，这里是高速ETC服务中心，您车牌{plate}的ETC设备检测到异常，明天起将被系统拉黑。\n用户：我昨天还刚用过啊。\n客服：是根据新的政策要重新认证，没认证的都会失效，上高速会被拦下补缴。\n用户：那怎么认证？\n客服：我给您发个短信链接，您点进去填一下银行卡号和手机号，收到验证码后再填进去就行。\n用户：要填密码吗？\n客服：要的，需要验证您是持卡本人，放心，是官方页面。",
    "{banken}: A new device has been registered to your account. If this was NOT you, please verify your identity immediately at {link} to avoid account suspension.",
    "Apple: Your Apple ID has been locked for security reasons. Please verify your account at {link} within 24 hours or it will be permanently disabled.",
  ],
  tax_refund: [
    "HMRC: You are eligible for a tax refund of {gbp}. To claim please complete the form at {link} before the deadline. Ref: {d6}",
    "【国家税务总局】尊敬的纳税人，您{year}年度个人所得税汇算清缴可退税{amount}元，请于{date}前登录{link}填写银行卡信息办理退税。",
    "嗯，喂，您好，我这边是{city}市人社局的，呃，就是通知您一下，您符合今年的那个育儿补贴，就是每个孩子一年三千六，嗯，您这边还没申领。\n哦，要怎么弄？\n您加一下我们工作人员的企业微信，我们拉您进补贴群，然后里面有个链接，您填一下银行卡和身份证信息，嗯，还有手机验证码，审核过了就直接打到您卡上了。",
    "IRS Notice: You have a pending tax refund of {usd}. Due to an error in your filing, we need you to verify your details and bank account to process the refund: {link}",
  ],
};
