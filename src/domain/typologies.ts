/**
 * Fraud typologies: the ten fraud types China's Ministry of Public Security publishes as the most
 * common, fake debt collection (this project's seed case), and the common English scam SMS.
 *
 * A typology is recognised from ideas that occur near each other, not from one phrasing: each rule
 * names concept groups (src/domain/concepts.ts) that must all appear within a window of characters,
 * so "转到我们提供的账户", "把钱汇入对方指定的银行卡" and "transfer to the account we give you" are
 * the same idea. Texts are folded first (full-width → ASCII, traditional → simplified, lower case).
 * Anti-fraud advisories name every idea of a scam ("凡是要求转账到安全账户的都是诈骗") and are never
 * a typology.
 */
import { type ConceptScan, Lexicon, stretchWithin, within } from "./concepts";
import { ALIAS_TERMS, type Institution, institutionsInHits } from "./institutions";
import { gateLiterals } from "./regex-gates";
import { COMPOUND_SURNAMES, SURNAMES } from "./redact";
import type { Category } from "./types";

export const TYPOLOGY_IDS = [
  "fake_collection",
  "task_rebate",
  "investment",
  "fake_loan",
  "customer_service",
  "police_impersonation",
  "credit_repair",
  "acquaintance",
  "game_trade",
  "romance",
  "military_purchase",
  "prize",
  "premium_rate",
  "parcel_fee",
  "account_lock",
  "tax_refund",
] as const;
export type TypologyId = (typeof TYPOLOGY_IDS)[number];

/** The report category each typology files under (shared with the report form and statistics). */
export const TYPOLOGY_CATEGORY: Record<TypologyId, Category> = {
  fake_collection: "fake_collection",
  task_rebate: "task_rebate",
  investment: "investment",
  fake_loan: "loan_scam",
  customer_service: "customer_service",
  police_impersonation: "police_impersonation",
  credit_repair: "credit_repair",
  acquaintance: "acquaintance",
  game_trade: "game_trade",
  romance: "romance",
  military_purchase: "military_purchase",
  prize: "prize",
  premium_rate: "prize",
  parcel_fee: "phishing",
  account_lock: "phishing",
  tax_refund: "phishing",
};

/**
 * Concept groups. Terms are literal (no patterns): simplified Chinese, lower-case English.
 * A term may sit in several groups.
 */
export const CONCEPTS = {
  // Generic ideas, shared with src/domain/signals.ts.
  pay: [
    "转账", "转款", "汇款", "打款", "转入", "转到", "转至", "转给", "汇入", "汇到", "汇给", "汇至", "存入", "充值", "付款", "支付", "缴纳", "交纳",
    "缴费", "垫付", "打到", "打钱", "转钱", "汇钱", "交钱", "付钱", "先交", "先付", "预付", "补缴", "补交", "缴清", "交清", "打过去", "转过去",
    "transfer", "pay", "payment", "wire", "send money", "settle",
    // Gift cards bought to be read out: their codes are the money.
    "get two", "buy gift cards", "apple gift cards", "google play cards", "steam cards", "itunes cards",
  ],
  upfront_fee: [
    "上架费", "上架先要交",
    "paid before we", "fee paid before", "one time, refundable", "refundable deposit", "verify ur seller profile", "verify your seller profile",
    "先付一半", "先付定金", "upfront fee", 
    "taxes be prepaid", "prepaid before release",
    "membership fee", "activation charge",
    "release fee", "activation fee", "processing fee", "insurance premium", "购置税", "上牌费", "加急配送费", "加急费",
    "开通会员",
    "insurance of", "required before disbursement", "before disbursement",
    "履约保险", "履约险",
    "调解费", "撤诉费", "结案费", "和解费", "撤案费", "销案费",
    "insurance bond", "refundable bond", "bond of", "release your funds", "to release your", "行政费", "领奖费", "兑奖费", 
    "办卡费", "稽核费", "加急稽核费", "个月的还款额", "连同贷款一起", "期利息", "交利息", "还款保证", "激活资金", "激活金", "渠道费", "verification fee", "放款后退还", "放款后退回", "放款后返还", "放款后一起退", "放款时一起退", "放款时退还", "提现时一起退", "到账后退还", "连同借款一并退还", "一并退还", "入职培训费", "入职费", "培训费", "会员费", "改派费", "加急审核费", "加急费", "just pay", "only pay", "仅需支付", "只需支付", "只需付", 
    // A word or two inside the phrase: 刷一下流水, 做个流水.
    "刷一下流水", "刷下流水", "刷个流水", "刷一笔流水", "做一下流水", "做个流水", "做一笔流水", "走一下流水", "走个流水", "解冻一下", "交解冻", "交一下解冻",
    "arrangement fee", "application fee", "fee to receive",
    "包装费", "做流水", "个月的利息", "个月利息", "先交利息", "预交利息", "砍头息", "担保费", "风险金", "信誉金", "诚信金", "卡号修改费", "贷款保险", "one-time fee", "a one-time fee", "fee is required", "upfront fee", "insurance payment", "guarantee fee", "transfer fee", "shipping cost", "postage",
    "认证金",
    "进口税", "关税",
    "运费", "邮费",
    "registration fee", "fee to activate", "修改费用", "修改费", "启用费",
    "gift card", "google play", "itunes", "steam card",
    "解冻费", "itunes",
    "开通费", "会员开通", "放款前", "前需支付", "前需缴纳", "前需要支付", "before release",
    "deposit", "insurance deposit", "upfront", "advance fee", "insurance fee",
    // "需要向联合国缴纳休假申请费三千美金": the soldier's or doctor's leave paid by the lover.
    "申请费", "休假费", "请假费", "leave fee", "vacation fee",
    "保证金", "手续费", "解冻金", "解冻费", "刷流水", "刷银行流水", "验资金", "验资", "激活费", "工本费", "认证费", "入会费", "押金", "前期费用",
    "贷前费用", "预付款", "税费", "个人所得税", "公证费", "通道费", "提现费", "审核费", "保险费", "验证金", "会员费", "服务费", "利息预扣",
    "release fee", "processing fee", "handling fee", "admin fee", "file charge", "file charges", "processing charge", "activation fee", "small fee", "unlock fee", "clearance fee",
    "customs fee", "redelivery fee", "delivery fee", "shipping fee", "settlement fee", "a fee", "the fee", "fee of",
  ],
  fee_waived: [
    // "如需缴纳税费将由海关系统另行通知": the fee, if any, is billed by the official system later.
    "将由海关系统", "由海关系统另行通知", "海关系统另行通知",
    // "请勿私下转账", "无需任何押金或培训费": the notice warns against the payment, or says there is none.
    "请勿私下转账", "勿私下转账", "不要私下转账", "切勿私下转账", "以平台订单为准", "无需任何押金", "无需押金", "不收押金", "不收取押金", "无押金", "无需培训费", "不收培训费",
    "不会委托第三方", "不会收取任何", "不需要您缴纳任何", "不收任何费用", "不用交任何", "不需要交任何", "不需要额外交钱", "不需要您垫付任何",
    // A lender's discount is no fee: "新用户借款首期利息打折".
    "利息打折", "利息优惠", "首期利息", "首期免息",
    "无需另付", "无需支付任何", "也无需支付", "无需支付运费", "免运费", "不收运费", "rebook free", "free of charge", "at no cost", "no charge",
    // A lender's anti-fraud line: "本平台从未委托第三方收取解冻费、保证金等任何费用".
    "从未委托", "从未收取", "从未要求", "从来不会", "从来不收", "未委托任何", "不会委托", "从未授权", "绝不收取", "等任何费用", "以任何名义", "任何名义收取",
    "never ask you to pay", "never ask for", "will never ask you", "never ask u",
    // "服务费用已在线支付，师傅不会另收现金": the fee was paid through the platform; nobody collects more.
    "不会另收", "不另收", "已在线支付",
    "free redelivery", "for free", "no extra charge", "no charge", 
    "不会收取任何", "任何放款前", "不收取任何费用", "从不收取", "不需要任何费用", "无需任何费用", "不会向您收取", "never charge", "won't charge", "no upfront",
    // A bank's overdraft notice: the fee is what paying in avoids, not what releases anything.
    "avoid a fee", "avoid fees", "avoid a charge", "avoid charges", "avoid any fees", "avoid any charges",
    "免手续费", "免收手续费", "手续费全免", "零手续费", "无手续费", "不收取任何", "不收任何", "不会收取", "免服务费", "免年费", "no fee", "free of charge"],
  need: ["需", "须", "必须", "才能", "方可", "后即可", "先", "要求", "要交", "得交", "要缴", "must", "need to", "needs to", "required", "requires"],
  /** "订单异常，房费需重新支付": paying again for what was paid, the refund of the first payment promised. */
  pay_again: ["重新支付", "重新付款", "再次支付", "需重新付", "重新下单付款", "pay again", "repay the order"],
  refund: [
    "全额退",
    "send back the difference", "refund the difference", "多转了", "多打了", "转错了", "accidentally processed", "overpaid you",
    "reverse it", "reverse the charge", "reverse the payment", "reverse this", "赔返", "赔返三倍", "退返",
    "payment back", "退回来", "给您退回", 
    "召回", "返款", "赔您", "赔给您", "赔你", "理赔金", "money back", "compensate", "overcharged", "duplicate charge", "charged twice", "double charged",
    "赔偿金", "补偿金", "理赔款", "退货款",
    "给您退", "退您", "退给您", "退钱", "refunded","退款", "理赔", "理pei", "赔偿", "赔付", "补偿", "退还", "返还", "退费", "双倍赔", "三倍赔", "refund", "compensation", "reimburse", "reimbursement"],
  act: [
    "card details", "entering your", "enter your card",
    "有支付宝吗", "有没有支付宝", "有微信吗", "理赔链接", "退款链接",
    "bank details", "confirm your", "walk u through", "别的银行卡", "打到卡里", "打到您卡", 
    "收款", "用支付宝还是", "支付宝还是微信", "install", "安装", 
    "二维码", "扫一下", "扫一扫", "理赔通道", "退款通道", "赔付通道", "拉您进群", "进群", "发您一个", "发给您一个", "按我说的", "按照我说的", "一步一步",
    "加下q", "加下微信", "加下v", "加一下q", "加个微信", "加个q", "加个v", "企业微信", "加企业微信", "walk you through",
    "call our", "guide",
    "press 1", "speak to an agent",
    "加客服", "客服微信", "客服qq", "加我",
    "借呗", "微粒贷", "收款码", "银行卡号",
    "call us", "call us on", "contact us",
    "新增",
    "添加", "加微信", "加我微信", "加qq", "加v", "加一下", "点击", "链接", "提供", "填写", "配合", "下载", "扫码", "扫描", "操作", "开通", "备用金",
    "共享", "登录", "登陆", "click", "tap", "provide", "download", "scan", "log in", "login",
  ],
  cancel: [
    "清零",
    "核销",
    "注xiao", "zhu销", "关bi",
    "帮您关", "给您关", "帮你关", "关了", "关一下", "不需要的", 
    "调整", "解除", "停止", "下调", "降低利率", "unsubscribe", "turn off", "opt out", "stop",
    "关掉", "清理", "清退", "销户", "撤销", "关停",
    "登出","注销", "关闭", "取消", "cancel"],
  loan_account: [
    "校园dai", "学生dai", "网dai", "dai款账户",
    "学生认证",
    "学生账户", "大学时", "读书时",
    "校园分期", "分期账户",
    "校园贷", "学生贷", "学生账户", "学生身份", "学生会员", "网贷", "贷款账户", "借贷账户", "京东金条", "金条账户", "金条额度", "白条", "借呗", "微粒贷", "网贷账户",
    "贷款平台", "借贷", "在校", "大学期间", "上学期间", "学生时期", "贷款记录", "借款账户",
  ],
  credit: [
    "tu评级", "信贷评级", "评级差", "坏纪录", "信用纪录",
    "credit bureau record", "student loan account", "blacklisted by banks",
    "debt relief", "your debts", "ur debts", "credit card debt", "your loans", "ur loans", "iva scheme",
    "黑户变白", "查询次数", "征信查询",
    "联征", "联征中心", "cibil",
    "bad credit", "ccj", "ccjs", "征xin", "zheng信",
    "信用修复", "征信修复",
    "credit report", "credit history", "credit rating", "征信报告",
    "信用会", "信用有", "信用受", "个人信用", "信用评分", "信用污点", "信用记录","征信", "信用记录", "信用报告", "信用分", "credit score", "credit record", "credit file"],
  credit_fix: [ "内部通道", "删掉", "删除逾期", "逾期记录删", "消除逾期", "forgiveness window", "loan forgiveness", "forgiveness program",
    "清走坏纪录", "清走", "帮你清",
    "clear default", "default listings", "off your credit file",
    "legally removed", "can be removed", "point increase", "points increase", "能删", "就能删", "内部有人", "银行内部有人",
    "forgiveness plan", "clear your credit", "$0 monthly payment",
    "wipe out", "write off", "negotiate with lenders", "negotiate with your creditors", "stop paying your creditors", "trust account", "pay us one",
    "improve it", "improve your score", "boost your score", "increase your score", "improve your credit",
    "弄干净", "搞干净", "处理干净", "洗干净", "帮你弄", "帮你搞", "帮您处理",
    "帮您提升", "帮你提升", "可以帮您提升", "帮您提高", "帮你提高",
    "异议处理", "申请异议", "异议申请", "异常查询", "撤销查询",
    "wipe", "wiped", "removed from", "off your file", "off ur file",
    "可处理", "均可处理",
    "处理逾期", "删除征信", "消除征信", "征信修复", "信用修复", "呆账可以消", "呆账能消", "内部关系", "内部渠道",
    "remove", "delete", "clean", "repair", "fix", "wipe","修复", "洗白", "消除", "清除", "删除", "恢复", "消掉", "清空", "污点", "不良记录", "铲单", "撤销记录"],
  screen: [
    // "把手机背面跟我这台手机碰一碰，NFC一碰就自动退款到账": a phone-to-phone tap that pays the caller.
    "跟我这台手机碰", "跟我的手机碰", "和我这台手机碰", "和我的手机碰", "碰一下我的手机", "手机背面跟我",
    "remote session", "remote desktop",
    "会议app", "会议软件", "会议应用", "开画面", "分享画面", "共享画面", "开屏幕", "屏幕分享",
    "support app", "remote support", "quick assist",
    "屏幕共享", "共享屏幕", "开启共享", "投屏", "视频会议", "腾讯会议", "钉钉会议", "zoom", "会议号", "会议室号", "qq视频", "微信视频", "视频通话",
    "远程协助", "远程控制", "向日葵", "todesk", "anydesk", "teamviewer", "screen share", "screen sharing", "share your screen", "remote access",
  ],
  download: ["下载", "安装", "download", "install"],
  /** An app to install from a link, "not from the app store": real institutions publish theirs in the stores. */
  sideload: ["请勿通过应用商店", "不要通过应用商店", "勿在应用商店", "不要在应用商店", "应用商店搜不到", "应用市场搜不到", "请勿通过應用商店", "not from the app store", "not available on the app store", "not on the play store", "not from the play store", "not on app store", "not on the app store", "not in the app store", "不在应用商店", "应用商店没有", "应用商店下载不到"],
  app: ["app", "软件", "客户端", "应用"],
  guided: [
    "support", "our team", "agent", "technician",
    "指导", "按照", "邀请码", "配合", "专员", "客服", "工作人员", "警官", "操作", "教您", "教你", "带您", "带你"],
  personal_info: [
    "个人信息", "个人资料", "家庭住址", "详细地址", "真实姓名", "姓名", "身份资料", "personal details", "personal information",
    "your details", "date of birth", "full name", "your address", "ssn", "social security number",
  ],
  give: ["提供", "填写", "完善", "上传", "发送", "告知", "登记", "回复", "核对", "补充", "提交", "provide", "confirm", "update", "enter", "submit", "verify", "send"],
  id_card: ["身份证", "证件号"],
  id_digits: ["后四位", "后六位", "末四位", "后4位", "后6位", "末4位", "last four digits", "last 4 digits"],
  enter: ["输入", "填写", "填入", "录入", "回复", "发送", "enter", "reply"],
  i_am: [ "听出来我是谁",
    "我系你", "系我啊",
    "妈,是我", "爸,是我", "妈妈,是我", "爸爸,是我", "奶奶,是我", "爷爷,是我", "妈是我", "爸是我", "奶奶是我", "爷爷是我", "mum, it's me", "dad, it's me",
    "mum it's me", "mum its me", "mom it's me", "dad it's me",
    "是我啦", "系我啦", 
    "系我呀", "系我啊", "我是你大学", "我是你室友", "你猜我是谁", "听不出来", "听不出我", "hey it's me", "hey its me",
    "我是您大", "猜我是谁", "还记得我", "your son", "your daughter", "your niece", "your grandson", 
    "听得出我是谁", "我是谁",
    "我是你", "我是您", "是我啊", "是我呀", "是我呢", "猜猜我是谁", "听出我是谁", "知道我是谁", "还记得我吗", "记得我吗", "我是你们", "i am your",
    "it's me", "its me", "this is your", "hi mum", "hi mom", "hi dad", "hello mum", "hello mom", "hey mum", "hey mom",
  ],
  relative: [
    "mam", "mummy",
    "哥,", "姐,", "哥哥,", "姐姐,", "弟,", "妹,",
    "妈,", "爸,", "妈妈,", "爸爸,", "老妈", "老爸", "阿妈", "阿爸","伯父", "伯伯", "阿姨", "姑姑", "姑父", "舅妈", "姨妈", "大伯", "二叔", "表姐", "表妹", "堂弟", "侄女", 
    "兄弟", "哥们", "姐妹", "闺蜜", "bro", "mate",
    "外公", "外婆", "爷爷", "奶奶", "姥姥", "姥爷",
    "孙子", "孙女", "儿子", "女儿", "外孙", "侄子", "外甥", "老同学", "老朋友", "老领导", "领导", "老板", "表哥", "表弟", "堂哥", "同学", "战友",
    "老乡", "舅舅", "叔叔", "mum", "mom", "dad", "son", "daughter", "grandson",
  ],
  new_number: [
    "phone's broke", "phone broke", "temp one", "temp number", "temporary phone",
    "new #", "got a new #",
    "changed number", "changed my number", "new no.",
    "changed my number", "change my number",
    "手机坏咗", "部机", "同事部机", "朋友部机", "用同事的手机", "用朋友的手机", "电话坏咗", "手机跌咗", "换咗号", "换咗新号",
    "personal number", "my personal number", "私人号码", "私人号",
    "工作号", "新工作号", "新薇信", "换了新薇信", "跌烂", "部电话", "新号码", "new number", "dropped my phone",
    "快没电", "手机快没电", "掉水里", "掉进水", "同学的号", "朋友的电话", "别人的电话", "手机摔坏", "摔坏了", 
    "手机没电", "闺蜜的手机", "室友的手机", "借的手机", "别人的手机给你", "借别人的手机", "用别人的手机", "phone died", "phone is dead", "using a friend's", 
    // A word inside the phrase: 换了个号码, 换了一个新号.
    "换了个号", "换了一个号", "换了个新号", "换了个手机号", "换了新的号", "换个号", "换了个电话", "换了个微信", "微信被封", "号被封", "账号被封", "新加的号", "这是我新", "这是我的新", "this is my new", "temporary number", "new mobile",
    "新换的号", "换的号码", "新换的", "换咗", "号码换了", "换手机号", "new no", "new num", "my new number",
    "mate's phone",
    "换新微信", "换了新微信", "换新号", "换line了", "换了line", "换微信了", "换qq了",
    "换了新号", "换了号", "新手机", "手机丢", "旧号停用", "new phone number", "lost my phone",
    "手机进水", "同学的手机", "朋友的手机", "同事的手机", "别人的手机", "同事电话", "朋友的号", "friend's phone",
    "号不用了", "之前那个号", "这个号码", "this number",
    "新微信", "新的微信", "新qq",
    "换号", "换号码", "新号", "新号码", "新手机号", "新的号码", "手机丢了", "手机坏了", "手机掉了", "手机被偷", "旧号", "原来的号", "原号码", "存一下",
    "存下", "保存一下", "备注一下", "new number", "new phone", "lost my phone", "broke my phone", "phone broke", "phone is broken", "my old phone",
    "dropped my phone",
  ],
  secret: [
    "本案涉密", "案件涉密", "请勿向家人", "不要向家人", "勿向家人朋友透露",
    "do not discuss", "don't discuss", "do not tell anyone", "don't tell anyone",
    "这事低调点", "低调点", "低调处理", "别声张", "不要声张",
    "别跟其他同事说", "别跟同事说", "不要跟同事说",
    "keep this quiet", "keep it quiet", "keep this between us",
    "不要在工作群", "别在工作群", "不要在群里说", "别在群里说", "不要在群里讲", "不要在原来的群", "别在原来的群", "不要在原群", "别在老群",
    "不能告诉", "不能跟任何人", "不要跟任何人", "不得告诉", "不得向任何人", "不能让别人知道", "不要让别人知道",
    "别报警", "不要报警", "不能报警", "don't call the police",
    "唔好话", "唔好同", "唔好讲", "唔好俾", "不要说出去", "别说出去", "don't mention", "don't let",
    "别告诉我", "keep it",
    "先别说", "别说",
    "不要让", "千万不要告诉", "千万不要跟", "千万不要让", "别和", "不要跟","别告诉", "不要告诉", "千万别告诉", "千万别跟", "千万别让", "先别跟", "别跟", "保密", "不要声张", "别声张", "别让", "don't tell", "dont tell", "keep this between"],
  money_need: [
    "帮我汇", "先帮我汇", "汇给厂商",
    "cover my rent", "can you cover",
    // The money goes to someone else's account: "the account is under my roommate's name".
    "under my roommate's name", "under my friend's name", "in my roommate's name", "in my friend's name", "my roommate's account", "my friend's account",
    "打过来", "先打", "速转",
    "交租", "转去", "呢个户口", "这个户口", "急要",
    "手术费过来", "钱打过来", "打钱过来", "快打钱",
    "急住要", "交一笔钱", "俾我朋友", "转俾", "转给我朋友", "打给我朋友", "急需一笔", "buy some gift cards", "buy gift cards",
    "把钱转到", "钱转到这个", "转到这个账户", "借我", "借点", "借钱", "借给我", "能借", "可以借", "借两", "借三", "借五", "借几", "借个", "千蚊", "百蚊", "蚊俾我", "俾我先", "有啲急事", "需要钱", "出了点事", 
    "给我转", "给我打钱", "快转", 
    "有急事", "急事找你", "遇到点困难", "手头紧", "应急", "急住用钱", "用钱", "转俾我", "万蚊", "pay a bill", "do me a favour", "do me a favor", "need a favour",
    "send it", "mate's account", "i'm in trouble",
    "赔",
    "赔人家", "交押金", "学费", "资料费", "培训费", "急用钱", "打给我",
    "转到我", "卡上",
    "can you send", "could you send", "send money", "my friend's account", "friend's account",
    "打到", "保证金", "交钱", "才能出来",
    "急用", "急需", "周转", "垫", "打点", "出事", "撞人", "撞了", "住院", "手术", "被抓", "赔钱", "保释", "转我", "转给我", "帮我转", "帮我付",
    // Not 打给/打给我: "晚点打给你" is a call.
    "帮忙付", "转一下", "医药费", "押金", "罚款", "borrow", "lend me", "need money", "can you pay", "pay for", "send me", "transfer",
    "bill", "urgent", "help me",
  ],
  /** "我是王总", "我是张局": a boss introducing himself by surname and title. */
  boss_intro: [...SURNAMES, ...COMPOUND_SURNAMES].flatMap((surname) => ["总", "董", "局", "处", "主任", "校长", "院长", "书记", "部长", "科长", "经理"].map((title) => `我是${surname}${title}`)),
  in_meeting: ["开会", "在会上", "in a meeting"],
  /** A small first deposit "to test" a platform: "put $1000 first to test, if can withdraw then you put more", "先投一点试试水". */
  test_deposit: ["first to test", "to test lah", "if can withdraw", "you try small first", "u try small first", "你先投一点", "您先投一点", "你先试试水", "你可以先试试水", "能提现再"],
  /** A trade that stays on the game's own platform: "请勿在平台外交易", "已到账您的平台钱包". */
  official_trade: ["到账至您的平台", "已到账至您的", "平台余额", "平台有担保", "平台担保", "在平台下单", "别私下转账", "不要私下转账", "trade hold", "请勿在平台外交易", "不要在平台外交易", "平台钱包", "已到账您的平台"],
  /** A game "gift" collected by logging in through a code or with the account's password: the account is taken. */
  game_login_trap: [ "login through this", "log in through this", "steam trade link", "trade link to confirm","扫码登录", "验证账号密码", "输入账号密码", "账号密码登录", "提供账号密码", "log in with your password", "enter your password"],
  /** Earlier losses "made good" by a new platform: the second sting of an investment scam. */
  loss_recovery: ["亏损可以申请", "补偿额度", "挽回损失", "挽损", "追回亏损", "亏损补偿", "弥补亏损", "recover your losses", "recover your loss", "recover the money you lost"],
  /** A new trading account pushed to its first deposit by an "account manager". */
  broker_push: ["account manager will call", "your first deposit", "make your first deposit", "首笔入金", "首次入金", "客户经理会联系您入金"],
  /** A debt settled today ("今日结清"): its "日结" is no daily pay. */
  settle_debt: ["日结清"],
  /** A link offered by a "fellow investor": "Want the link mate?". */
  offer_link: ["want the link", "send you the link", "send u the link", "i'll send the link", "要链接吗", "发你链接", "链接发你"],
  /** A bulk marketing text's opt-out line: an advert to many, not an order placed with one shop. */
  opt_out: ["退订回t", "回t退订", "退订回复t", "拒收请回复", "reply stop", "txt stop", "text stop"],
  /** A shop's after-sales agent by title: the opener of a fake refund when the talk moves to a chat account. */
  after_sale_agent: ["售后专员", "理赔专员", "退款专员", "售后客服专员", "售后小二"],
  /** A public procurement notice: tenders are published, not phoned to one shop. */
  public_tender: ["招标公告", "采购公告", "军队采购网", "公开招标", "在网上报名", "政府采购网"],
  /** Money redirected to a new account: "bank details have changed", "原账户已停用". */
  account_changed: ["bank details have changed", "bank details changed", "new bank details", "the old one is closed", "old account is closed", "账户变更", "账户已变更", "换了收款账户", "原账户已停用", "原来的卡不用了", "旧账户停用",
    "收款银行卡已注销", "收款卡已注销", "原收款卡", "转入新账户", "转到新账户", "旧卡转入", "旧卡不用了"],
  /** Proof of a transfer sent back to the asker: "转完截图发我". */
  transfer_proof: ["截个图给我", "转完了截", "转完截图", "截图发我", "回单截图", "转账截图", "回单发我", "付款截图"],
  exec_title: ["ceo", "cfo", "managing director", "md", "the director", "董事长", "总经理"],
  desk_check: ["at your desk", "are you available", "quick favour", "quick favor", "在工位吗", "在办公室吗"],
  quick_favour: ["small favour", "small favor", "favour to ask", "favor to ask", "quick favour", "quick favor", "need a favour", "need a favor", "do me a favour", "do me a favor", "at your desk", "are you available", "are you free now", "帮我办件事", "在办公室吗", "在工位吗"],
  leader: [
    "the boss", "boss asked", "my boss",
    "总让我", "董让我", "总交代", "总吩咐", "陪客户", 
    "你们公司", "董事", "老总", "总监","领导", "老板", "总经理", "董事长", "局长", "处长", "主任", "校长", "经理", "办公室", "书记", "院长", "科长", "your boss", "ceo", "manager"],
  work_money: [
    "buy some gift cards", "buy gift cards", "send me the codes", "the codes",
    "urgent payment", "new supplier", "arrange a payment", "process the payment", "process it", "这个账户", "这个卡号", "给这个账号", "打到这个账户", 
    "付给对方", "合同款", "从公司转", "你再转", "给客户转", "给一个客户转", "转给客户", "给客户打",
    "打点", "定金", "给对方", "账号我发", "公司账上", "从公司",
    "垫付", "转账", "先转", "转一下", "打款", "汇款", "帮我转", "转给对方", "付一下", "打过去", "转过去", "处理一笔", "一笔款", "一笔钱", "货款",
    "保证金", "送礼", "红包", "购物卡", "gift card", "gift cards", "wire", "transfer",
  ],
  authority: [
    "入境事务处", "入境处", "出入境管理", "移民局", "immigration department", "immigration office",
    "cyber crime", "police force", "地检署", "cbi", "customs",
    "最高检", "高检", "健保局", "健保署", "卫生署", "电信警察", "网络警察",
    "卫健委", "疾控中心", "疾控", "防疫办",
    "刑侦大队", "刑警大队",
    "interpol", "国际刑警", "刑侦大队", 
    "外汇管理局", "外管局", "反诈骗专线", "us customs", "border force", "customs and border", "dvla", "12381", "通信管理", 
    "社保卡", "医保卡", "社保中心", "医保中心", "税务", "通管局", "电信管理局", "国家反诈",
    "地检署", "检察署", "地方法院", "刑事局", "刑事警察局", "调查局", "警察局", "侦查队", "侦查大队", "分局", "social security administration", "ssa",
    "最高人民检察院", "市场监管局", "市场监督管理局", "工商局", "证监会", "银监会", "国家金融监督", "反诈中心", "公安机关", "司法机关", "办案人员", "办案警官", "办案民警", "侦查员", "探员", "警署", "警员", "网监", "出入境", "移民局", "大使馆", "领事馆", "纪委", "监委", "国安局", "the police", "met police", "immigration", "embassy", "hmrc", "irs", "department of justice", "sheriff", "financial crimes",
    "fraud office", "serious fraud",
    "国安", "公安部", "刑侦大队", "经侦大队", "网安", "警方", "detective", "investigator",
    "crime agency", "national crime", "fbi", "interpol", "fraud unit",
    "公安", "公安局", "派出所", "警官", "民警", "刑警", "警察", "检察院", "检察官", "法院", "法官", "网警", "国家安全", "反洗钱", "经侦", "刑侦",
    "专案组", "卫健委", "医保局", "社保局", "税务局", "海关", "通信管理局", "工信部", "电信局", "银保监", "金融监管", "人民银行", "央行",
    "最高人民", "公检法", "police", "officer",
  ],
  crime: [
    "资金案件", "一起案件", "刑事案件",
    "盗刷", "被盗刷",
    "暗网", "参与电信诈骗", "以你的名义", "用你的名义", "以您的名义", "用您的名义", "冒名办理",
    "digital arrest", "drugs", "aadhaar", "警示账户", "警示帐户",
    "追逃", "网上追逃", "通缉令", "在逃",
    "案子", "泄露国家机密", "赃款",
    "违禁", "夹带", "记录异常", "行程异常", "流调", "未申报", "被罚款", "将被罚款", "被人冒用", "冒用",
    "被查出", "drug trafficking", "money laundering", "was used in", "used in a", "your id was used", "ur id was used",
    "法院文书", "文书被退回", "无法送达", "传票未签收", "identity has been used", "organised crime", "organized crime", "歹徒", "seized", "fined", "be fined", "court summons", "summons", "unpaid tax", "tax owed", "户口信息", "户籍信息", "信息异常", "户口异常", "涉诈", "涉诈app", "涉诈账户", 
    "案情", "泄露案情", "被举报", "有人举报", "举报您", "举报你", "违规使用", "偷税", "漏税",
    "信息被泄露", "被泄露", "被人用来", "被他人冒用", "被不法分子",
    "人头账户", "人头户", "诈欺", "洗钱防制", "遭盗用", "涉及", "ssn", "social security number",
    "违禁品", "毒品", "涉毒", "涉及一宗", "一宗", "一起案件", "重大案件", "立案侦查", "侦查", "协查", "协助调查", "冻结审查", "审查", "吊销", "套现", "诈骗短信", "涉黑", "黑钱", "赃款", "赃物", "laundering", "fraud case", "criminal", "identity theft", "tax fraud", "arrest warrant", "under investigation", "crime", "illegal",
    "suspicious activity", "suspended", "investigating",
    "fraud", "compromised",
    "违法犯罪", "走私", "贩毒", "洗黑钱", "非法集资", "骗保", "冒领", "被冒用", "涉嫌违法",
    "涉嫌", "洗钱", "诈骗案", "犯罪", "逮捕", "通缉", "拘留", "传唤", "涉案", "非法", "违规", "违法", "盗用", "冒用", "冒名", "身份被", "医保卡异常",
    "异常消费", "资产清查", "资金清查", "清查", "资金核查", "资产核查", "账户核查", "流水核查", "调查", "案号", "逮捕令", "冻结令", "刑事", "嫌疑", "传票", "money laundering",
    "arrest", "warrant", "investigation", "suspect",
  ],
  police_act: [
    "must not hang up", "don't hang up", "transfer you to the prosecutor", "prove your innocence", "keep this confidential",
    "failure to comply", "required to assist", "call inspector", "inspector", "to avoid police", "attending your address", "avoid police", "digital arrest", "stay on video call", "don't disconnect", "transfer your savings", "verification account",
    "不要挂断", "不要挂电话", "别挂电话", "请勿挂断", "先不要挂", "稍后会有", "等一下会有", "会有检察官", "会有警官", "通报警察", "通报警方", "已通报",
    "跟警官联系", "联系警官", "已报警", "帮你转到", "帮您转到", "转到检察院", "转到法院", "进行资金保护", "做资金保护",
    "电话转到", "电话转给", "把电话转", "转到公安", "转给警方", "call the agent", "face arrest", "or face arrest", "be arrested", "arrest warrant",
    "investigating officer", "speak to an investigating", "解封", "call our agent", "our agent", "停机名单", "强制停机", "给你转过去", "帮你转接", "帮您转接", "转接到", 
    "联系警方", "与警方联系", "和警方联系", "警方联系", "没人的地方", "没有人的地方", "安静没人", "法律责任", "证明你的清白", "证明您的清白",
    "资金来源",
    "侦查不公开", "领出", "交付", "面交", "提领", "atm",
    "机密", "国家机密", "不得向", "不能告诉任何人", "不能跟任何人", "不要跟任何人", "不能讲", "任何人", "单独", "宾馆", "开房", "安静的地方", "无人的地方", "冻结", "名下资产", "名下资金", "财产", "资产", "监管", "下载", "加我微信", "加微信", "qq", "做笔录", "线上笔录", "办案人员", "要求操作", "罚款", "清白", "证明清白", "唔好话", "唔好同", "唔好讲", "funds", "your money", "protection", "bail", "gift cards", "do not tell", "tell no one", "secret",
    "press 1",
    "secure account", "transfer your money",
    "withdraw", "courier", "safekeeping", "savings",
    "公证账户", "资金核查", "取证", "保密协议", "不得透露", "不要告诉", "秘密", "拘传", "confidential", "don't tell",
    "avoid arrest", "call immediately", "immediately",
    "转接", "按9", "按1", "按0",
    "安全账户", "资金清查", "清查账户", "核查账户", "国家账户", "监管账户", "转账", "配合调查", "配合", "保密", "不得告诉", "不能告诉", "视频",
    "笔录", "银行卡", "验证码", "远程", "报备", "口供", "资金", "存款", "safe account", "cooperate",
  ],
  invest: [
    "加仓", "仓位", "建仓", "补仓",
    "养老项目", "认购", "trading group", "gold long", "wallet address", "trc20", "erc20", "3x contract", "platform is legit",
    "pre-ipo", "ipo allocation", "share allocation",
    "尾盘", "拉升", "机构专户", "gold trading", "forex trading", "crypto trading",
    "股友",
    "配资", "跟投",
    "btc", "bitcoin", "crypto", "trade btc", "ai bot", "trading", "forex", "mining pool", "mining", "现货黄金", "分析师", "原始股", "申购", "机构席位", "未公开发行", "理才", "理财项目", "养老产业", "养老项目", "国家扶持", "扶持项目", "投一万", "投资项目",
    "国债", "逆回购", "台股", "飙股", "明牌", "外汇平台", "stock picks", "investment club", 
    "港股打新", "打新", "新股", "配售", "中签", "出金", "入金", "学员群", "量化", "token", "合约", "杠杆", "期权", "币", "认购", "ipo",
    "选股", "trader", "trade for you",
    "潜力股", "牛市", "hedge fund", "coin",
    "开户", "交易商", "低价股", "重组",
    "证券", "票", "操盘", "fund",
    "股市", "投资群", "荐股群", "理财产品", "基金经理", "交易所", "币圈", "nft", "portfolio", "trading bot", "ai trading",
    "交易软件", "炒币", "赚了",
    "a股", "港股", "美股", "个股", "主力",
    "投资", "理财", "股票", "炒股", "牛股", "荐股", "内幕", "涨停", "数字货币", "虚拟币", "比特币", "usdt", "期货", "外汇", "黄金", "基金", "带单",
    "私募", "原始股", "博彩", "平台", "项目", "invest", "investment", "crypto", "bitcoin", "trading", "forex", "stock", "stocks", "shares",
  ],
  scarcity: ["名额就剩", "仅剩名额", "slots close", "limited slots", "only a few slots", "只剩", "名额仅剩", "仅剩", "最后几个名额", "名额不多", "only a few spots", "spots left", "名额有限", "限时", "先到先得", "仅限", "起投", "limited", "today only", "最后一期", "明天就截止", "don't miss it", "dont miss it", "will be cancelled", "within 12 hours", "within 24 hours"],
  invest_lure: [
    // "Put in AUD 250 & I'll turn it into 5k in a week".
    "turn it into", "double your money", "grow your money",
    "真的赚了", "入场价", "上大交易所", "已经捞咗", "捞咗几十万",
    "内部价", "上市首日", "配售计划", "收益翻倍", "机构通道",
    "涨停", "内部消息", "只给vip", "100% legit", "payment proofs", "guaranteed returns",
    "doubled my money", "doubled my", "money doubled", "made another", "deposit bonus",
    "每月分红", "已经回本", "professor's signal", "vip level", "made 18%", "withdrew again",
    "pre-ipo", "allocation",
    "利好消息", "重大利好",
    "内部配资", "跟投权限", "vip跟投", "grown", "has grown", "already grown",
    "金股", "直播课", "送股", "免费直播", "课后送", "保证收益",
    "made me $", "made me", "earned me",
    "made $", "i made", "made over", "earned $", "pays out daily", "pays out", "min deposit", "minimum deposit", "guaranteed returns", "a week from", "原始股", "机构席位", "未公开发行", "内部额度", "一单能赚", "十倍杠杆", "跟着分析师", "入金", "稳赚不赔", "本金随时可取", "随时可取", "日收益", "日收溢", "月收益", "保本", "每月返", "送米面油", "送鸡蛋", "来了就送", 
    "翻了一倍", "翻了一番", "翻了几倍", "翻了三倍", "可以带我们", "带我们", "making money", "great money", "make money", "making great money", "free stock picks", "free picks", "picks every day", "报明牌", "明牌", "胜率", "飙股", "went up", "内部通道", "日入过千", "日入", "零分险", "带你玩", "持牌", "试试水", "试水", "出金", "members earned", "private investment", "好稳阵", "稳阵", 
    "返息", "每月返", "月返", "政府背书", "养老项目", "至少翻倍", 
    "即赚", "必赚", "中签即赚", "每天都有收益", "每天有收益", "天天有收益", "提现秒到", "先投一点", "投一点试试", "小试一下",
    "翻一倍", "至少翻", "中签率", "百分百", "保底", "年化", "月化", "稳稳", "两个点", "三个板", "连板", "赚了三十万", "赚翻", "稳赚不赔", "不赔", "送你", "内部配售", "配售额度", "学费免费", "10x", "to the moon", "gave me a tip", "带新人",
    "准确率", "免费体验", "每天都有利息", "比银行高", "靠谱",
    "借壳", "三倍", "倍收益", "vip",
    "分析师", "returned", "minimum investment", "advisor", "内部资金", "即将重组", "进场", "限时免费", "回本", "纯收益", "每天返利", "区块链",
    "必涨", "布局", "学习群", "zero risk", "操盘",
    "翻番", "暴涨", "带你赚", "guaranteed profit", "no risk",
    "保证本金", "本金安全", "高收益", "保收益", "套利", "稳定收益", "内部渠道", "搬砖",
    "insider", "double", "win rate", "tip", "tips",
    "主力资金", "拉升", "免费送", "研究院", "大行情", "行情", "十倍", "先到先得", "额度有限", "上市后",
    "稳赚", "保本", "包赚", "高回报", "翻倍", "日收益", "月收益", "内幕", "免费荐股", "荐股", "牛股", "涨停", "带单", "导师", "老师", "专家", "进群",
    "入群", "群里", "直播间", "名额有限", "零风险", "无风险", "日赚", "躺赚", "暴利", "抄底", "跟单", "收益翻", "内部消息", "guaranteed", "double your",
    "returns", "risk-free", "risk free", "mentor", "vip group", "whatsapp group", "telegram", "profit",
  ],
  contact: [
    "接龙", "群内", "扣扣", "加扣扣",
    "助理", "问助理", "找助理", "加助理",
    "下载链接发您", "链接发您", "发您链接", "链接发给您", "send you the link", "text your name",
    "text loan", "txt loan",
    "dm", "dm @", "加薇信", "薇信", "加薇", "威信", "入金", "先入金", "说明会", "来了就送", "有需要的", "+v", "+vx", "+微", "reply loan", "reply yes", "text yes", "txt yes",
    "show u how", "2 show u", "want me to show you", "show you how", "想唔想", "试下", "要唔要", "方便吗", "现在方便", "开一个户", "开个户", "有意的", "有意者", "诚信的来", "你先投", "加我v", "加我q", "加我vx", "v信", 
    "你要参加吗", "要参加吗", "了解一下", "感兴趣", "有兴趣", "interested", 
    "扣1", "回1", "dd我", "滴滴我", "拉你进", "line", "tg", "上车", "想上车", "want in", "企业微信", "link", "site",
    "txt back", "txt me",
    "text back", "要不要", "跟一点", "跟着买", "放进去", "send me",
    "add you", "the group", "group",
    "reply",
    "deposit", "call",
    "私我", "私聊我", "找我", "邀请码", "注册", "拉你", "带你",
    "联系微信",
    "新增", "dm me", "discord",
    "加微信", "加我微信", "添加微信", "加qq", "加v", "添加", "进群", "入群", "扫码", "下载", "点击", "链接", "私聊", "私信", "联系", "咨询", "回复",
    "加好友", "微信", "qq", "join", "whatsapp", "telegram", "click", "contact", "dm", "message me", "text me",
  ],
  task: [
    "冲量", "店铺冲量", "冲量活动", "优质买家",
    "trial task", "merchant tasks", "merchant task",
    "product rating", "rating job",
    "rating products", "rating apps", "rate apps", "rate hotels", "rating hotels", "side income", "side hustle",
    "按赞", "小帮手", "线上小帮手", "兼zhi", "jian职", 
    "录入员", "数据录入", "招兼职", "打字录入", 
    "点点关注", "截图", "截截图", "看视频", "看看视频", "浏览", "推广", "冲销量", "刷销量", "补单", "拍单", "下单返", "接待员", "派单员", "工作群", "任务群", "悬赏", "阶段任务", "组合任务", "新人任务", "试岗", "like and follow", "subscribe", "youtube", "tiktok", "5-star", "reviews", "remote staff",
    "hiring", "online assistants", "no experience",
    "组合单",
    "点赞员", "评论员", "好评员", "推广员", "打字", "抄写", "手工活", "做数据", "网络兼职", "线上兼职", "线上任务", "rate products", "ratings", "data task",
    "刷单", "兼职", "点赞", "做任务", "接单", "派单", "返佣", "日结", "动动手指", "好评", "做单", "任务单", "连单", "抢单", "打字员", "宝妈", "学生党",
    "零基础", "在家", "手机操作", "手机兼职", "关注", "刷好评", "垫付", "任务", "part-time", "part time", "work from home", "likes", "task", "tasks",
    "recruiter", "remote job",
  ],
  /** The question that ends an unsolicited job offer: the reply starts the script. */
  job_pitch: ["would you like to hear more", "would you like to know more", "are you interested", "interested?", "有兴趣吗", "感兴趣吗", "有兴趣了解", "想了解一下吗"],
  earn: [
    "u get back", "you get back", "get back $",
    "your earnings", "withdraw your", "mins/day", "mins a day", "minutes a day", "minutes per day", "per task", "daily pay",
    "returns", "has been credited",
    "每天", "返佣", "高佣",
    "pays", "each like", "per like",
    "个赞", "做完就结", "就结",
    "当日领薪", "领薪", "日jie", "一则", "每则",
    "一两百", "零花", "当天结算", "当天结", "一单赚", "补贴", "奖励", "per task", "paid",
    "连本带利", "返还",
    "红包", "有单",
    "赚", "结算", "提成",
    "每条", "一条", "每个赞", "一个赞",
    "福利单", "大单", "返本", "返还本金", "高额返", "充值返",
    "日赚", "日入", "日结", "佣金", "返利", "返现", "收益", "提成", "工资", "元一单", "一单", "每单", "轻松赚", "月入", "日薪", "高薪", "赚钱", "本金",
    "earn", "per day", "a day", "daily", "commission", "salary", "income",
  ],
  loan: [
    "loan is ready", "ur loan", "your loan is approved",
    "loan is sanctioned", "loan sanctioned",
    "应急钱", "应急资金", "面签",
    "payday", "b4 payday", "下款",
    "信用卡代办", "代办信用卡", "办信用卡", "办卡", "能下", "特批", "大额信用卡", "下卡", "均可贷", "即可贷", "都可贷", "可贷款", "经营贷", "可贷", "借条",
    "急用钱", "缺钱", "就能借", "能借到", "秒过", "担保人", "贷款担保",
    "批款", "拨款", "已批", "批下", "授信", "周转金", "代还", "lender", "funds", "cash",
    "借贷", "信贷", "放贷", "可借", "借款额度", "personal loan", "borrow",
    "贷款", "借款", "额度", "放款", "下款", "借钱", "网贷", "信用贷", "无抵押", "低息", "免息", "秒批", "黑户", "提现", "loan",
    "loans", "cash advance", "credit line",
  ],
  loan_lure: [
    "预授信额度", "获得预授信", "额度作废",
    "no cibil check", "without cibil", "no salary slip", "no income proof",
    "回复1立即到账", "立即到账", "最后领取日", "包下卡", "秒下卡", "可提升至", "提额", "提升额度",
    "应急钱", "免面签", "不用面签", "无需面签", "不用面审", "三分钟到账", "五分钟到账",
    "approve everyone", "we approve", "everyone approved", "免息名额", "给您一个名额", "正规网贷平台", "内部名额",
    "no guarantor", "cash in 1 hour", "cash in an hour",
    "no credit checks", "no credit check", "instant decision", "whatever your credit", "bad credit ok", "秒下款", "不打电话", "先息后本", "黑户白户",
    "无须担保", "无需担保", "免担保", "包过件", "包过", "代办", "专人协助", 
    "只要有身份证", "有身份证就能", "秒过", "无视黑白户", "有身份证就",
    "无需抵押", "凭身份证", "身份证即可", "只需身份证", "只要身份证", "一张身份证", "黑白户", "分钟到账", "当天到账", "当天放款", "当日放款", "快速到账", "极速到账", "保证下款", "不看负债", "征信不好也", "信用差", "负债高", "低门槛", "零门槛", "any credit", "instant approval", "approved in", "no collateral", "same day",
    "no credit history", "instant loan",
    "征信差", "征信不好", "no checks",
    "不看征信", "无视征信", "黑户", "包下款", "必下款", "百分百下款", "无需审核", "免审", "秒批", "无抵押", "免抵押", "不查征信", "征信花", "白户",
    "不上征信", "低息", "秒到账", "no credit check", "guaranteed approval", "bad credit",
  ],
  loan_fail: ["提升信用分", "信用分只有", "分才能放款", "一类卡", "二类卡", "激活资金", "信用分不够", "分数不够", "信用不够", "不够提现", "信用分太低", "评分过低", "评分不够", 
    "流水不够", "看到流水",
    "transfer failed", "mismatch",
    "存在风险", "银行卡存在", "验证后", "进行验证",
    "填写有误",
    "卡号有误", "卡号错误", "填写错误", "信息错误", "资料有误", "账户冻结", "资金冻结", "被冻结", "已冻结", "流水不足", "刷流水", "征信不足", "信用分不足",
    "解冻", "验资", "还款能力", "frozen",
  ],
  shop: [
    "质检不合格", "质量问题", "买了一件", "在我们平台买",
    "某宝", "某东", "某多多", "某音", "客fu", "店铺保证金",
    "resolution centre", "resolution center", "apple care", "applecare", "internet provider", "broadband", "buyer protection", 
    "paypal", "support", "billing", 
    "apple support", "tech support", "support app",
    "航空公司", "客服中心", "理赔专员", "网店", "直播间", "购买", "买的", "下单", "airline", "ebay", "store", "purchase",
    "billing team", "charged",
    "customer support", "support team",
    "returns team", "returns",
    "ordered", "your order",
    "商城", "快递公司", "理赔中心", "售后中心", "平台客服", "店家",
    "客服", "售后", "快递", "包裹", "物流", "商品", "订单", "淘宝", "天猫", "京东", "拼多多", "抖音", "快手", "闲鱼", "唯品会", "商家", "网购", "购买的",
    "店铺", "卖家", "快递员", "顺丰", "中通", "圆通", "韵达", "申通", "邮政", "菜鸟", "amazon", "order", "customer service",
  ],
  membership_charge: [
    "每月会扣", "vip会员",
    "备用金",
    "月付", "先用后付", "年费", "会员费",
    "利息太高", "利息过高", "利率太高", "额度利息", "多扣", "每月多扣", "自动升级", 
    "批发商", "经销商", "重复扣款", "重复扣", "误设", "设定成", "设定错误", "分期付款", "每月扣款", "会员等级", "升级为",
    "即将扣费", "自动续费", "白条利率", "利率过高", "利率不符", "利率超标", "京东金条", "金条额度", "金条借款", "白条", "借呗", "微粒贷", "花呗", "商家代理", "代理服务", "直播权限", "auto renewal", "will be charged",
    "贷款服务", "开通了一个",
    "医疗保障", "保障服务",
    "直播会员", "扣款", "月费", "auto-renew",
    "百万保障", "代理商", "学生会员", "金融服务", "会员服务", "自动扣费", "扣除年费", "每月扣", "扣费", "续费", "开通了", "年费", "保险服务", "会员",
    "subscription", "membership", "renewal",
  ],
  game: [ "螃蟹账号", "交易猫",
    "这号我要了", "这个号我要", "号挂上去",
    "限定皮肤", "送皮肤", "领皮肤", "号挂", "账号平卖", "帐号平卖",
    "genshin", "roblox", "robux", "fortnite", "v-bucks", "vbucks", 
    "满皮肤",
    "你号", "买你号", "你的号",
    "gold coins", "coins",
    "战力", "段位", "上号", "点卡", "q币", "game account",
    "那个号", "收号", "卖号", "出号", "号主",
    "游戏", "装备", "皮肤", "点券", "游戏币", "王者", "和平精英", "原神", "英雄联盟", "梦幻西游", "代练", "金币", "钻石", "买号", "卖号", "租号", "号商",
    "游戏账号", "cdk", "steam", "道具", "账号交易", "game", "skins",
  ],
  trade: [ "i'll pay", "i will pay", "ill pay",
    "收号", "高价收", "秒结",
    "selling cheap", "cheap diamonds", "平价放", "平卖", "低价出", "便宜卖", "挂上去", "比官方便宜",
    "出号", "出个", "出一个", "出满", "价格美丽", "交易猫", "螃蟹",
    "拍下", "挂的",
    "尾款", "定金",
    "买卖",
    "我要了", "付款", "收款",
    "代练", "上分", "代充", "先付", "接单",
    "代充", "五折", "半价", "低价",
    "selling", "buying", "sold", "cheap", "for sale","交易", "出售", "收购", "回收", "转让", "低价", "折扣", "买家", "卖家", "买", "卖", "trade", "buy", "sell"],
  game_trap: [
    "middleman site", "middleman website", "u log in there", "you log in there",
    "低价代充", "代充", "私人交易", "走私人",
    "free robux", "free v-bucks", "free vbucks", "free skins", "free skin", "免费领皮肤", "免费送皮肤",
    "转账后", "转帐后", "转帐",
    "gcash first", "payment first", "first then i send", "先转数快", "先过数", "转数快后", "先转钱", "市价一半",
    "先转账后发货", "先转账", "后发货", "入钱之后", "入钱", "比官方便宜", "别在那个平台", "不在平台", "平台外", "换个平台", "手续费太高", "常用的交易网站", "交易网站", "off the platform", "outside the app",
    "friends and family", "paypal friends", 
    "私聊", "私聊qq", "加微", "收款功能", "开通收款", "未实名", "实名认证", "先付款后上号",
    "认证金",
    "bank transfer", "pay first",
    "启用",
    
    "不走平台", "微信转账", "私下",
    "fee", "verification fee", "unlock", "escrow",
    "定金", "先付", "联系qq", "操作失误", "激活",
    "联系微信", "先付款",
    "gift card", "discord", "dm me",
    "保证金", "解冻", "冻结", "手续费", "激活", "认证费", "操作失误", "验证金", "私下交易", "加qq", "加微信", "扫码", "非官方", "链接",
    "充值", "提现", "流水", "押金", "frozen",
  ],
  romance: [ "thinking about u all day", "thinking about you all day", "been thinking about u", "been thinking about you", "直播间",
    // "刚才视频你看到我了吧，我就是照片上的人": proof of a face the reader only knows from photos.
    "我就是照片上的人", "照片上的人", "the person in the photos",
    "我养你",
    "以后我们就是一家人", "我们就是一家人",
    "跟你聊天", "和你聊天", "聊得好开心", "聊天好开心",
    "才认识", "认识一个月", "认识你是我", "最大的幸运", "army doctor", "看到你的资料", "你的资料", "跨境电商",
    "娶你", "嫁给你", "等我回来",
    "feel so close", "oil rig", "been talking", "close to you",
    "网上认识", "线上认识", "聊了", "认识你很开心", "军医", "海外", "overseas", "soldier",
    "配对", "探探", "soul", "陌陌", "match", "matched",
    "交友", "婚恋", "相亲", "征婚", "网恋", "网友", "同城", "认识你", "缘分", "约会", "见面", "寂寞", "单身", "美女", "帅哥", "女朋友", "男朋友", "婚恋网",
    "交友软件", "世纪佳缘", "珍爱网", "dating", "met on", "lonely", "single",
  ],
  pet: [
    "我养你",
    "hon", "hun",
    "darling", "my love",
    "my queen", "my king",
    "bb", "哥哥", 
    "my dear", "baby",
    "宝宝","亲爱的", "宝贝", "老公", "老婆", "honey", "babe", "darling", "sweetheart", "my love"],
  romance_money: [ "刷火箭", "刷两个火箭", "刷个火箭", "刷几个嘉年华", "刷个嘉年华", "刷嘉年华", "刷礼物", "冲上榜一", "冲榜", "打榜","itunes card", "gift card", "help me with an", "520红包", "1314红包", "发个520", "发个1314",
    "诚意金", "见面费", "见面诚意金", "红娘费", "牵线费",
    "出车祸", "车祸", "在医院", "手术", "工钱", "工资被扣",
    "周转", "一箱", "shipping fee", "savings", "pay the", "下载", "注册", "带你一起做", "一起做", "轻松几万", "稳赚不赔",
    "手续费", "保管", "寄给你", "项目", "投入", "前期投入",
    "清关费", "提现", "账户冻结", "money", "send",
    "手术", "借我", "手术费",
    "投资", "博彩", "彩票", "漏洞", "内部", "赚钱", "带你赚", "充值", "下注", "理财", "数字货币", "赌", "机票", "路费", "关税", "礼物", "清关", "生病",
    "住院", "急用", "解冻", "保证金", "invest", "platform", "crypto", "gift", "customs", "ticket", "hospital", "visa", "flight",
  ],
  /** Money moving, in its shortest forms: only read beside loan trouble. */
  move_money: [
    "打钱", "打进去", "钱进去", "存进去", "转进去", "打到卡", 
    "存","转", "充值", "存入", "汇", "打款", "交", "付", "deposit", "pay", "transfer"],
  ultimatum: [
    "不交的话", "不交就", "如不缴纳", "不缴纳的话",
    "最后通牒", "想清楚", "掂量", "看着办", "别怪我", "不然的话", "要不然", "再不还", "再唔还", "or else", "last warning", "final warning",
    "不然", "否则", "最后一次机会", "最后给你", "后果自负", "otherwise", "unless"],
  /** "诈骗" outside a case the scam accuses the reader of is a warning about scams. */
  fraud_word: [
    "scam", "scams", "scammer", "scammers","诈骗", "骗局", "骗子",
    // Hong Kong's word for a swindler: "騙徒會冒充政府官員…".
    "骗徒"],
  fraud_case: [
    "is this a scam", "this is a scam", "is it a scam", "not a scam", "scam right", "are you a scammer", "系咪骗子", "唔系骗子",
    // A call's own lines: the victim's doubt and the caller's denial ("你们不会是骗子吧？" "我们不是骗子").
    "是骗子吧", "不会是骗子", "是不是骗子", "你是骗子", "你们是骗子", "不是骗子", "我们不是骗子", "是诈骗吧", "不是诈骗",
    "发送诈骗", "发送大量诈骗", "用于发送", "被诈骗分子", "正在被诈骗", "参与电信诈骗", "电信诈骗案", "帮你追回", "帮您追回", "追回损失",
    "用于传送", "被人用于", "传送大量诈骗",
    "诈骗洗钱", "涉及诈骗", "诈骗洗钱案", "涉嫌诈骗",
    "被诈骗风险",
    "反诈骗专线", "用于实施诈骗", "诈骗账号", "用于诈骗", "参与诈骗", "诈骗的账号", "涉嫌", "诈骗案", "诈骗团伙", "诈骗犯罪", "诈骗集团", "诈骗账户"],
  owed: ["欠款", "拖欠", "借款", "贷款", "还款", "欠你", "你欠", "debt"],
  advance: [
    "to begin", "deposit rs",
    "clear the deficit", "negative balance", "combination order", "combo order",
    "buy first then", "buy first and",
    "first deposit", "after your deposit", "unlock after",
    "拍下", "付款截图", "不用发货", "不发货", "空单",
    "垫资", "预先垫资", "补足", "余额不够", "余额不足", "先付", "解锁提现", "才能提现", "prepay",
    "投入", "每人投入",
    "先充值", "充值","垫付", "先垫", "联单", "连单", "卡单", "充值返", "advance payment", "top up",
    // "pls transfer the remaining $25 to the order account… to unlock your payout".
    "transfer the remaining", "pay the remaining", "the remaining balance to", "unlock your payout", "unlock ur payout", "to unlock your commission"],
  walkthrough: ["跟住我指示", "跟住我", "开一开网上银行", "打开网上银行", "开启支付宝", "开启微信", "打开支付宝", "打开微信", "方便打开", "walk u through", "talk u through", "guide u", "按照步骤", "按步骤操作", "按照流程", "按流程操作", "按我的步骤", "跟着步骤", 
    "guide you", "we'll guide", "help you cancel", "assist you with", "talk you through",
    "配合操作", "配合一下操作", "配合我们操作", "配合我操作", "按我说的", "按照我说的", "一步一步", "一步步", "按步骤", "教您怎么", "step by step", "walk you through",
    "atm", "到atm", "依照指示", "按照指示", "依指示", "操作网络银行", "操作网银", "网络银行",
    "我来帮您", "帮您关闭", "打开手机银行",
    "我帮您", "帮您取消", "先打开", "您先打开","按我的指导", "我的指导", "我来教您", "我教您", "我教你", "指导您", "教您操作", "帮您操作", "远程", "协助您", "跟着我", "按照提示"],
  seller: [
    "我是买家", "买家", "给你付款", "收到钱", "付款的时候","卖家", "卖号", "出售", "号主", "seller"],
  romance_fee: [
    "passport expired", "renew my passport", "western union",
    "release it", "pending fee",
    "clearance fee", "customs fee", "holding the gold", "release the package",
    "扣住", "被扣", "税先", "出返嚟", "帮我顶", "顶住先", "周转", "提出来", "才能出来",
    "release the funds", "release funds", "to release", 
    "card is blocked", "account is frozen",
    "被冻结",
    "visa", "ticket", "flight","解冻金", "解冻", "清关", "关税", "保证金", "手续费", "税", "customs", "release fee", "fee"],
  /** A relative or friend on the inside of a trading firm: the partner's "sure thing". */
  insider_tip: ["舅舅是做", "叔叔是做", "表哥是做", "姑姑是做", "从来没亏", "没亏过", "never lost", "my uncle's", "my aunt's", "my cousin's", "my uncle works", "my aunt works", "my cousin works", "inside info", "insider", "special window", "内幕", "内部消息", "姑姑在", "舅舅在", "叔叔在", "表哥在"],
  platform_trick: [
    "教你的那个平台",
    "投资机会", "赚了不少", "我已经赚了", "又赚了",
    "trick", "a trick", "showed me", "姑姑在", "舅舅在", "叔叔在", "表哥在",
    "技术员", "平台的技术", "内部人员", "舅舅教", "又赚了",
    "opportunity", "investment opportunity", "great investment", "每次都能赢", 
    "后台", "稳赢", "博彩","漏洞", "内部", "带你", "平台", "稳赚", "必赚", "导师", "technical", "platform"],
  bet: [
    "你要不要一起", "要不要一起", "一起投", "一起玩", "教你玩", "want me to show you",
    "也试试", "要不要也", "我带你", 
    "投一点", "一起投", "投点", "充点", "每次都能赢", 
    "充","充值", "投资", "下注", "赚钱", "投注", "本金", "invest", "deposit"],
  /** A buyer who pays too much and asks for the difference back (the cheque bounces later). */
  overpayment: ["refund the difference", "send back the difference", "return the difference", "pay back the difference", "send the extra back", "refund the extra", "cashier's check for extra", "cashier's cheque for extra"],
  military: [
    "警察训练", "警察学院", "police academy", "police training",
    "军需品", "bd采购",
    "police dept", "police department", "coast guard", "saf camp", "army officer", "indian army", "cantonment", "military base", "army camp",
    "defence", "defense", "logistics unit",
    "部duì", "司务zhang", "消防站", "消防中队",
    "驻军", "支队", "army base", "procurement officer", "军用",
    "消防大队", "消防",
    "军采", "barracks", "base",
    "部队", "军队", "军人", "武警", "战士", "连队", "营区", "军区", "后勤", "首长", "驻地", "消防队", "消防支队", "军官", "司务长", "炊事班", "监狱", "军营",
    "营部", "团部", "战区", "army", "military",
    // Taiwan's armed forces: "國軍某旅的採購士官".
    "国军", "士官",
  ],
  purchase: [
    "packets of food", "packets of", "food for training",
    "want to order", "ordering", "we will buy", "procurement", "need 30", "need 50", "units for",
    "purchase order",
    "采gou", "劳保", "盒饭", "好烟", "烟酒",
    "meals", "meal", "pizzas", "catering", "we need", 
    "需要一批", "采购一批",
    "procurement", "buy", "units", "supply",
    "订", "买几", "定","采购", "订购", "购买", "订餐", "订货", "大批量", "一批", "下单", "物资", "订单", "代购", "供货", "订一批", "要一批", "order", "purchase"],
  mil_pay: [ "accredited vendor", "approved vendor", "our vendor",
    "供货商电话", "先付钱订", "你先付钱", "最后一起结账",
    "代购军需品", "钱一起结", "钱一起jie",
    "prepay", "regular contractor",
    "designated vendor", "advance the payment", "front the", "our usual supplier", "help buy first", "logistics partner", "verify your upi", "send rs 1",
    "垫一下", "帮我们垫", "帮忙垫", "推个", "烟酒店", "公zhang", "走公账",
    "指定厂家", "厂家", "approved vendor", "special packaging", "buy the", "对公转账",
    "指定供应商", "合作商家", "对公",
    "转过去", "保证金", "先交", "投标",
    "supplier", "pay first", "reimburse", "upfront", "vendor",
    "垫付", "先付", "预付", "代付", "帮忙购买", "代购", "垫资", "定金", "押金", "合作商", "供应商", "转账", "对公", "结款", "加微信", "报价", "合作",
    "指定", "先垫", "deposit",
  ],
  prize_strong: [
    "在获奖名单中", "在获奖名单", "获奖名单中",
    "prize is confirmed", "the prize is yours",
    "已中签", "抽签已中签",
    "抽中的", "lucky draw win", "on the winners list",
    "幸运得主", "被选为本月幸运", "被选为幸运", "prize is yours", "cash is yours", "reward is yours",
    "幸运得主", "二等将", "一等将", "三等将", "特等将", "领将", "中咗头奖", "out of the hat", "prize is yours",
    "头奖", "中咗大奖", "抽奖中获得", "抽奖活动中获得", "lucky visitor", "lucky winner", "spin to win", "spin the wheel", 
    "幸运会员", "年度幸运", "获赠", "场外幸运", "幸运奖", "you've been chosen", "been chosen as", "weekly winner", "congrats", "congratulations",
    "幸运客户", "been selected", "selected 2 receive",
    "幸运大奖",
    "被选中", "抽奖中被", "获得现金", "幸运顾客", "特别奖励", "u've won", "was selected", "monthly draw", "prize draw",
    "randomly selected", "been randomly", "selected to receive",
    "兑换现金", "积分兑换现金", "可兑换现金", "被抽为", "抽为",
    "lucky customer", 
    "have won", "has won", "won a", "won an", "won the", "u won",
    "中奖", "获奖", "被抽中", "抽中", "幸运用户", "幸运观众", "一等奖", "二等奖", "三等奖", "特等奖", "现金奖", "you have won", "you've won", "you won",
    "winner", "have been selected", "been chosen", "selected to receive", "cash prize", "cash award", "jackpot", "lottery",
  ],
  prize_weak: ["幸运大礼包", "大礼包", "领取资格", "免费领取资格", "获得免费领取", 
    "恭喜您", "恭喜你",
    "抽奖","大奖", "奖金", "奖品", "prize", "reward", "gift card", "bonus", "award",
    "loyalty draw", "prize draw", "monthly draw", "number came up"],
  claim: [ "log in to review", "login to review", "log in to claim", "log in to receive",
    "备好银行卡", "准备好银行卡",
    "绑卡", "重新绑卡", "accept deposit", "accept at", "accept it", "accept your", "to accept", "deposit it",
    "claims agent", "contact our", "打返嚟", "打返来", "回电领取", "致电领取", "call back to claim",
    "登陆", "card details", "your card details", "cover delivery", "cover shipping", "cover the postage", "确认领取",
    "登记收货", "收货地址", "登记", 
    "办理领奖", "领奖手续", "发货", "收件资料", "is waiting", "waiting",
    "verify",
    "填写", "重新填写", "申请", "办理", "complete", "application", "apply",
    "receive", "submit", "apply", "get your", "fill in", "form",
    "领取", "领奖", "兑奖", "兑换", "申领", "点击", "链接", "登录", "回复", "致电", "联系", "claim", "collect", "call", "redeem", "click", "reply", "txt",
    "text", "visit", "tap",
  ],
  parcel: [
    "清关缴费", "import charge", "到付件", "快件", "速递", "kd已丢失", "kd丢失", "kd丢了",
    "航空托运", "宠物托运", "托运","parcelforce", 
    "国际包裹",
    "快件", "投递",
    "deliver", "item", "rebook",
    "包裹", "快递", "邮件", "物流", "派送", "配送", "海关", "清关", "邮政", "ems", "顺丰", "parcel", "package", "delivery", "shipment", "royal mail",
    "evri", "dpd", "usps", "ups", "dhl", "fedex", "hermes", "courier", "postal", "post office",
  ],
  parcel_problem: [
    "滞留", "压仓", "仓储费", "长期未取", "延期保管", "派送失败", "延误", "重新排队",
    "未付足", "邮资", "暂存", "补付",
    "地址写错", "写错了", "改地址", "改派费", "address issue", "handling charge", "suspended until", "redelivery charge", "charge applies", 
    "无法签收", "信息异常", "收件信息", "地址异常", "地址不完整", "地址不详", 
    "超重", "补运费", "申报信息不全", "申报", "fee due", "awaiting", "customs clearance", "shipping fee", "returned",
    "进口税", "税", "cannot be delivered", "address is incomplete", "incomplete",
    "无法投递", "投递费", "重新投递", "面单", "无法清关", "清关费", "未实名", "confirm the payment", "payment of",
    "派送费", "shipping charge", "reschedule",
    "运费", "关税", "补缴", "补交", "派送失败", "地址不详", "地址不全", "地址有误", "地址错误", "无法派送", "无法配送", "重新派送", "二次派送", "更新地址",
    "滞留", "扣留", "暂扣", "未缴", "费用", "redelivery", "could not be delivered", "couldn't be delivered", "unable to deliver", "failed delivery",
    "delivery attempt", "incomplete address", "held", "on hold", "unpaid", "customs", "duty", "fee", "missed",
  ],
  parcel_act: [
    "sort it", "clear it",
    "尽快处理", "处理",
    "补付",
    "settle", 
    "扫码", "缴费入口", "pay here", "rebook",
    "补交","点击", "链接", "填写", "登录", "支付", "缴纳", "补缴", "更新", "确认", "click", "pay", "update", "confirm", "visit", "reschedule", "schedule", "tap", "follow"],
  account: [
    "手机号", "医保电子凭证", "电子凭证",
    "金融卡", "签帐卡", "签帐金融卡", "签账金融卡",
    "你嘅户口", "您的户口", "户口已", "户口因", "银行户口", "借记卡", "手机号码", "您的号码", "电话卡", "sim",
    "mailbox", "email account", "microsoft", "outlook", "icloud", 
    "网银证书", 
    "账户", "帐户", "账号", "银行卡", "网银", "手机银行", "支付宝", "微信", "医保卡", "社保卡", "信用卡", "花呗", "etc", "account", "card", "bank",
    "electricity", "power supply", "apple id", "paypal", "netflix", "hsbc", "barclays", "lloyds", "natwest", "santander", "monzo", "chase", "wells fargo", "bank of america",
  ],
  lock: [ "new device has been added", "new device added", "device has been added", "device was added", "new device was added",
    "另一部装置登录", "另一部装置", "另一台装置", "其他装置登录", "另一台设备登录", "其他设备登录",
    "异地登录", "异常登录",
    "止付", "停机", "实名信息不全", "未实名", "冻洁", "冻接", "已被动结", "new payee", 
    "stop the ban", "be banned", "account ban", "permanently banned", "suspension", "payment failed", "payment was declined", "declined", "new device", "tried to log in", "sign-in attempt", "login attempt", "unrecognised", "unrecognized", "placed a hold", "a hold on", "unusual payments", "hold on your", 
    "被关闭", "违规",
    "证书", "清零", 
    "冻结", "锁定", "限制", "停用", "暂停", "异常", "风险", "失效", "过期", "注销", "封号", "封禁", "locked", "suspended", "blocked", "restricted",
    "disabled", "unusual activity", "suspicious activity", "limited", "deactivated", "停权", "account is on hold", "card is on hold", "been put on hold", "placed on hold", "frozen", "compromised", "unauthorised",
    "unauthorized", "new payee", "will be closed", "disconnected", "will be cut",
  ],
  verify: [
    "核实", "认正",
    "补登记", "登记", "freeze it", 
    "re-activate", "reactivate it", 
    "unfreeze", "reply with",
    "点击", "登录", "登陆", "链接", "验证", "认证", "更新", "解除", "解冻", "重新激活", "激活", "verify", "confirm", "click", "log in", "login",
    "update", "unlock", "reactivate", "visit", "secure", "restore",
  ],
  benefit: [ "mygov", "ato message", "medicare rebate", "tax rebate", "rebate of $", "rebate of £", "消费券",
    "通行费", "etc退款", "etc通行费",
    "个税可以退", "税可以退", "可以退税",
    "医保个人账户有", "个人账户有",
    "医保个人账户", "医保账户", "社保卡升级", "升级为第三代", "第三代社保卡", "技能提升补贴",
    "返还款", "个税退款", "退税款", "unclaimed refund", "eligible", "payment of £",
    "返还金", "医保返还", "报销款",
    "多缴", "overpaid",
    "energy bill discount", "bill discount", "household support", "support payment", "relief payment", "cost of living payment",
    "退税", "个税退还", "税费退还", "补贴", "补助", "津贴", "失业金", "育儿补贴", "生育津贴", "医保退费", "退费", "tax refund", "hmrc", "irs",
    "council tax", "rebate", "benefit", "cost of living", "stimulus", "grant", "overpaid", "refund", "dwp", "universal credit", "gst", "hst", "cra",
  ],
  debt: [ "authorised collection", "authorized collection", "collection on your account", "collections on your account",
    "委外", "还款意向", "那笔账",
    "减免罚息", "减免部分罚息", "罚息减免",
    "still unpaid", "remains unpaid",
    "别装死", "必须还", "今天必须还",
    "collection team", "loan repayment", "repayment overdue",
    "collections side", "recovery dept", "recovery department", "recovery unit", "recovery team", "recovery agent", "recovery till", "your file is",
    "never repaid", "you borrowed", "u borrowed", "owed to", "debt collection", "outstanding debt", "outstanding balance",
    "在我们这借", "在我们平台借", "他借了", "她借了",
    "债务转让", "债权转让", "转让给我公司",
    "延滞", "迟缴", "逾期未缴", "分期款项", "延迟缴款",
    "唔还", "再唔还", "嘅数", "啲数", "还数",
    // A collector's bare demand and pinyin spellings (网dai, yu期).
    "钱呢", "钱什么时候还", "什么时候还钱", "网dai", "wang贷", "dai款", "欠kuan", "yu期", "逾qi",
    "网贷", "网代", "网货", "拖了", "账拖", "一分钱不还", "不还钱", "还钱", "欠账", "欠债", "欠下", "结清", "最低还款", "贷后", "委外", "账款", "催告", "loan", "late", "repay", "unpaid balance",
    "还不还", "那笔钱", "欠的钱", "you owe", "owe",
    "借的", "没还","逾期", "欠款", "拖欠", "未还", "欠费", "还款", "催收", "借款", "贷款", "账单", "违约", "欠", "overdue", "debt", "arrears", "outstanding"],
  hard_threat: [
    "已转律所", "转合作律所", "已转法务", "可申请撤诉", "申请撤诉",
    "at your home and your workplace", "your home and workplace", "involve your family", "your family or employer", "your family and employer",
    // A loan app's harassment: the reader's contacts told, the reader's photo sent as a "debtor".
    "your phonebook", "ur phonebook", "all persons in your", "all your contacts", "all ur contacts", "contact list has been", "photo as debtor", "call ur family", "call your family", "ur family & office", "your family and office",
    "our ppl will come", "our people will come", "come down to ur office", "come to ur office", "visit ur office", "visit your office",
    "直接上门", "明天上门", "马上上门", "今天上门",
    // Visits and family consequences in other words: 明天你单位见, 排咗期上門, 孩子上学受影响.
    "单位见", "公司见", "你家见", "家门口见", "老家见", "排期上门", "排咗期上门", "安排同事上门", "派同事上门", "上门搵你", "上门找你", "去你屋企", "难睇", "孩子上学", "子女上学", "影响子女", "影响孩子", "子女考公", "政审",
    "上门执行", "司法程序", "安排人员上门", "家属", "您的家属", "你的家属", 
    "公司前台", "你公司", "你单位", "你们单位", "hr", "人事部", "所有联系人", "联系人", "户籍地", "户籍", "走访", "派员", "法律程序", "走法律", "吃官司", "判下来", "判决", "限高", "限制高消费", "坐不了", "丢人", "社死", "屋企", "阿妈", "你妈", "你爸", "你老婆", "你老公", "你父母", "给你冻结", "冻结你", "employer", "your family", "your home", "workplace", "field agent",
    "你爸妈", "你家里", "派人", "催收函", "朋友圈", "公司群", "county court", "judgment", "ccj",
    "legal team", "enforcement agents", "visit your property", "上报人行征信", "visit ur house", "visit your house", "inform ur family", "inform your family", "your family members", "ur family members", "everyone you know", "everyone u know", "sheriff", "drop by your office", "your hr", "post them", "your contacts", "credit bureaus", "negative entry", "去他单位", "他单位", "找他领导", "到他公司",
    "亲戚朋友", "亲戚", "打电话给你的", "老赖", "让大家都知道",
    "财产保全", "冻结您的", "查封", "保全", "老家", "村委会", "公开", "曝光", "到你家", "找你",
    "起诉", "诉讼", "立案", "法院", "上门催收", "上门走访", "上门核实", "上门调查", "上门拜访", "律师函", "传票", "强制执行", "通知家人", "联系家人", "紧急联系人",
    "通讯录", "单位", "拘留", "失信", "黑名单", "法务", "仲裁", "刑事", "第三方", "移交", "外访", "家人", "亲友", "court", "legal action", "legal matter", "legal proceedings", "bailiff", "bailiffs",
  ],
  // What the request patterns of src/domain/signals.ts ask for: those patterns only run when one occurs.
  code_item: ["验证码", "校验码", "动态码", "动态密码", "短信码", "短信验证", "随机码", "otp", "verification code", "code", "codes", "pin"],
  id_item: [
    "身份证", "证件", "身份信息", "银行卡", "卡号", "银行账号", "密码", "cvv", "cvn", "安全码", "卡背", "有效期", "社保卡号", "人脸", "刷脸", "面部识别",
    "视频认证", "视频验证", "card", "numbers on the back", "bank details", "account details", "payment details", "sort code", "password", "pin",
  ],
  private_item: ["账户", "账号", "银行卡", "卡", "支付宝", "微信", "二维码", "扫码", "收款码", "付款码", "户名", "paynow", "payid", "upi id", "new account", "bank details", "different account", "nominated agent", "designated account", "nominated account", "agent account", "agent's account", "collector's account", "safe account", "holding account"],
  /** Genuine services never threaten the reader's credit record over a membership or a rate. */
  credit_threat: [ "on your credit file", "default goes on", "default listed", "default listing",
    "通报联征", "报联征", "联征纪录", "联征记录",
    "上报征信", "报送征信", "记入征信", "纳入征信", "征信黑名单", "影响征xin", "report to credit",
    "影响征信", "影响您的征信", "影响你的征信", "影响个人征信", "影响您的个人征信", "影响信用", "影响您的信用", "影响你的信用", "上征信", "征信受影响",
    "征信会受", "征信有影响", "影响到征信", "affect your credit", "hurt your credit",
  ],
  /** The sender asks the reader to do something now: a boss's transfer order, not a report about money. */
  reader_request: [
    "你先", "您先", "帮我", "你帮", "您帮", "麻烦你", "麻烦您", "尽快", "马上", "立即", "立刻", "现在", "赶紧", "抓紧", "今天", "先转", "先付", "先打", "先垫",
    "你转", "你打", "你付", "请转", "请把", "你把", "您把", "can you", "could you", "please", "asap", "today", "now",
  ],
  /** A payment already made ("货款已经转过去了，请查收"): a report to a boss, not a request. */
  /** The money already sent is not enough: "还差一点，你再转6000". */
  pay_more: ["你再转", "再转一", "再打一", "还差一点", "还差点", "还差一些", "send another", "send the rest"],
  paid_done: ["转过去了", "打过去了", "汇过去了", "付过了", "已付款", "已转账", "已经转账", "请查收", "查收一下", "麻烦确认", "转账凭证", "付款凭证", "回单"],
  /** "把余额转到安全账户": no bank, platform or police keeps one. */
  safe_account: [
    "verification account", "rbi account","安全账户", "保护账户", "安全资金账户", "safe account", "secure account"],
  /** A refund already on its way back ("已原路退回"): a shop's notice, not a lure. */
  refund_done: ["已为您登记", "原路返回", "原路退", "已退回", "已原路", "退款成功", "已退款", "退款已到账", "has been processed", "has been refunded", "been issued", "we've refunded", "we have refunded", "refunded to your",
    // Compensation already paid: "已按保价规则赔付49元至寄件支付账户".
    "已赔付", "已按保价", "已理赔", "已赔偿", "已补偿", "已退还", "已返还", "已退至", "已赔至", "已打款至", "已发放至", "已存入", "has been credited", "been paid to"],
  flight_trouble: ["航班取消", "航班因故取消", "航班已取消", "航班已被取消", "航班延误", "因故取消", "航班异常", "flight cancelled", "flight has been cancelled", "flight was cancelled"],
  /** Asking a partner for money: "你能先借我", "先帮我垫". */
  ask_money: [
    "can u send", "send via western union", "via western union",
    "先转我", "转我", "能不能先转", "帮我顶", "顶住先", "转俾我",
    "借我", "先借", "帮我垫", "转给我", "打给我", "你先付", "你先充", "先帮我", "借点钱", "send me", "lend me", "can you send", "could you send"],
  /** Signed up without knowing: "被开通了百万保障", "误设成批发商" — the pretext of a fake cancellation. */
  unwanted_signup: [
    "误将你登记", "误登记", "误将您登记",
    "违规开通", "违规办理", "不合规", "不符合规定", "不符合国家规定", "未经授权开通",
    "被开通", "误开通", "错误开通", "不小心开通", "默认开通", "自动开通", "被设置成", "被设置为", "误设", "工作失误", "操作失误", "百万保障", "批发商", "代理商"],
  flight: ["航班", "机票", "flight"],
  /** "请问您有哪些银行卡": a caller taking stock of the reader's cards. */
  which_cards: ["别的银行卡", "其他银行卡", "有没有银行卡", "哪些银行卡", "哪几张银行卡", "几张银行卡", "哪家银行的卡", "什么银行的卡", "银行卡有哪些", "which bank", "which banks"],
  /** A robocall's menu: "详情请按1", "按9转人工". */
  ivr: ["按1", "按9", "按0", "按2", "请按键", "请按井号", "转人工", "转接人工", "人工服务", "press 1", "press 9", "press 0", "press one"],
  /** What only a fake investigator asks for: money moved to be "checked" or to "prove innocence". */
  clear_name: [
    "做一个清查", "做个清查", "清查完", "不是赃款", "证明这些钱",
    "进行资金保护", "做资金保护",
    "资金保全", "做资金保全", "证明清白", "证明你的清白", "证明您的清白", "资金核查", "资金清查", "监管账户", "核查账户", "清查账户", "国家账户", "公证账户", "清查资金", "核查资金"],
  /** Who must say who they are is no one the reader knows well: not a greeting ("hi mum", "是我呀"). */
  self_intro: [ "听出来我是谁", "听出来是谁",
    "long time no see", "from high school", "from secondary school", "from primary school", "from uni", "from college",
    "上次一起吃过饭", "一起吃过饭的", "一起吃饭的那个",
    "我是你", "我是您", "我是你们", "猜猜我是谁", "猜我是谁", "你猜我是谁", "听得出我是谁", "听出我是谁", "知道我是谁", "听不出来", "听不出我", "还记得我",
    "我是谁", "i am your", "this is your", "your son", "your daughter", "your grandson", "your niece", "your nephew",
  ],
  /** A "boss" summoning the reader: "明天到我办公室来一趟". */
  summon: ["到我办公室", "来我办公室", "到我的办公室", "来我的办公室", "到我这里来一趟", "来我这一趟", "来找我一趟", "come to my office", "see me in my office"],
  /** A fake investigator's setting for a "statement": alone, on video, never hanging up. */
  isolation: [
    "安静的房间", "安静的地方", "找个安静", "找一个安静",
    "没人的房间", "没有人的房间", "一个人的房间", "单独的房间", "没人的地方", "没有人的地方", "安静没人", "宾馆", "开个房", "开一间房", "全程不能挂断", "不能挂断",
    "不要挂断", "不许挂断", "不准挂断", "somewhere private", "don't hang up", "do not hang up",
  ],
  statement: ["笔录", "做笔录", "线上笔录", "视频笔录", "电话笔录", "口供", "录口供", "statement"],
  /** Someone "known" who cannot take a call: the voice would give them away. */
  cant_talk: ["pls don't call", "please don't call", "don't call i'm", "can't talk", "can't be reached", "cannot be reached", "unreachable", 
    "不方便视频", "不能视频", "不方便影片", "不能影片", "不方便开视频", "can't video", "cant video", "不方便接电话", "不方便接听", "不方便说话", "不方便通话", "先别打", "别打过来", "别打电话", "不要打电话", "不要打过来", "接不了电话", "不能接电话", "唔方便听电话",
    "can't talk", "cant talk", "can't call", "can't take calls", "no calls",
  ],
  /** A unit that does not name itself: "我们是某部队的". */
  anon_unit: ["某旅", "某部队", "某部的", "某支队", "某中队", "某军区", "某营区", "某连队", "某武警", "某消防"],
  /** A surcharge on a parcel already on its way: "超重了要补运费". */
  parcel_surcharge: [
    "加急配送费", "加急费", "保管费", "滞留费", "超时费","超重", "运费未付", "到付", "补运费", "补差价", "补邮费", "补交运费", "补缴运费", "需要补", "要补", "改派费", "补寄费"],
  /** Paying a courier by a code they send: "扫我发你的码". */
  qr_pay: ["二维码付", "发你的二维码", "扫我微信", "扫码补缴", "扫码补交", "扫我发你的码", "扫我发的码", "扫我的码", "扫这个码", "扫一下码", "扫码付", "扫码支付", "扫码缴", "收款码", "付款码"],
  /** An English courier's charge, and the new slot it is paid for: "a redelivery charge applies, book a new slot". */
  parcel_charge: [
    "for £", "for $", "small fee","fee", "charge", "charges", "duty", "payment of", "handling charge", "redelivery charge"],
  parcel_rebook: [
    "a new delivery", "be arranged", "arrange a new","book", "book a", "rebook", "new slot", "select a new", "reschedule", "settle", "arrange redelivery"],
  /** Where a "prize" is to be sent: what a genuine shop already has. */
  ship_details: ["登记收货地址", "收货地址", "收件地址", "邮寄地址", "收件资料", "收货信息", "shipping address", "delivery address"],
  chat_add: ["你加一下", "加一下这个", "加这个微信", "添加客服微信", "加客服微信", "添加微信", "加微信", "加我微信", "客服微信", "加qq", "客服qq", "加v", "whatsapp", "telegram"],
  /** A new manager introducing themself by name: not the "我是你王总" of an impostor. */
  newcomer: ["新来的", "刚调来", "新上任", "新任"],
  /** A cancellation already done, or left to the reader in the app: a service's notice, not a walkthrough. */
  cancel_done: ["app内操作", 
    // A reassurance, not a threat: "可随时关闭，不影响征信".
    "不影响征信", "不会影响征信", "不影响您的征信", "不影响个人征信", "不影响信用", "won't affect your credit", "will not affect your credit",
    "已经帮您关闭", "已帮您关闭", "已为您关闭", "已经关闭", "已关闭", "已取消", "已为您取消", "已经帮您取消", "帮您关闭了", "帮您关了", "帮您取消了", "已经取消",
    "可在服务页面", "可在app内", "在app内关闭", "自行关闭", "随时关闭", "可随时取消", "cancel anytime", "in your account settings",
  ],
  /** How a fake lender "gets the loan through": packaged records, an inside or VIP channel. */
  loan_trick: ["transaction history", "build your history", "bank statement shows", "too little activity","有个渠道", "渠道能下", "打点一下", "给审批的", "特批", "走特批", "包装资料", "包装流水", "帮您包装", "帮你包装", "流水太少", "流水不够", "流水不足", "走一圈流水", "走个流水", "走流水", "流水已经刷", "刷够流水", "流水达标", "流水还差", "资料包装", "内部渠道", "内部通道", "走内部", "特殊通道", "vip通道", "开通vip", "强开额度", "刷额度"],
  /** A "known" person's first text from a new number, promising a request to come: "明天找你有点事". */
  teaser: [
    "something to ask you", "have something to ask", "need to ask you something", "something to tell you",
    "有事跟你说", "有事和你说", "有点事跟你说", "有事要跟你说", "有事同你讲",
    "有件事要", "件事要交代", "要交代你", "事要交代", "有件事找你",
    "有事要安排", "有事安排", "有事交代", "有事要交代", "帮个忙", "遇到点难处", "遇到难处", "想找你帮", "找你帮个忙",
    "需要你帮忙", "有个事情需要", "帮忙处理", "有个急事", "急事要你", "要你帮我办", "帮我办一下", "帮我办件事", "帮我个忙", "请你帮个忙", 
    "明天找你有事", "明天找你有点事", "有点事找你", "有事找你", "揾你有啲事", "有啲事揾你", "有事想请你帮忙", "有个事想请您帮", "想请你帮个忙", "想请您帮个忙",
    "need a favour", "need a favor", "have a favour to ask",
  ],
  /** Paying a "shop" or "buyer protection" in gift cards: no real service takes them. */
  gift_card_pay: [
    "pics of the codes", "photos of the codes",
    "apple gift cards", "read me the numbers", "numbers on the back",
    "itunes cards", "google play cards", "steam cards", "amazon cards", "amazon gift cards",
    "itunes vouchers", "vouchers", "gift card", "gift cards", "itunes card", "google play card", "steam card", "礼品卡", "购物卡", "充值卡"],
  fee_en: ["fee", "fees", "verification fee", "release fee"],
  /** "听不出我是谁啦？" — who must make the reader guess is no one the reader knows well. */
  guess_who: [ "听出来我是谁", "听出来是谁", "听出是谁",
    "guess who", "guess who's this", "guess who is this",
    "你估下", "估下我系边个", "recognise my voice", "recognize my voice","听不出我", "听不出来", "猜猜我是谁", "猜我是谁", "你猜我是谁", "知道我是谁", "听得出我是谁", "还记得我"],
  /** Why "I" cannot pay myself: a friend's hijacked account asking for a transfer ("我微信被限额了"). */
  transfer_excuse: [
    "付款不方便", "转账不方便", "在国外付款", "国外转账", "汇款不方便",
    "网银出了点问题", "网银出问题", "网银有问题", "转不出去", "取不出来", "一时取不出",
    "被限额", "限额了", "转不了账", "转账受限", "支付被限", "微信被限", "额度用完了", "卡被冻结了", "can't transfer", "my card is blocked", "my account is locked"],
  /** "我已给你转账，跨行需24小时到账": the fake transfer whose money never comes, before "you pay my friend now". */
  delayed_credit: ["跨行需", "24小时到账", "24小时内到账", "延时到账", "次日到账", "跨行转账有延迟", "will take 24 hours to clear", "takes 24 hours to arrive"],
  repay_promise: [
    "已经把钱转你了", "钱转你了", "钱已经转你", "看下截图", "转账截图", "晚点到账", "延迟到账", "已经转给你了", "回来我给你报销", "回来给你报销", "给你报销",
    "听日还你", "听日还", "迟啲还你", "过几日还你", "发工资就还", "下个月还你", "明天就还", "pay you back tomorrow", "pay u back tomorrow","晚上还你", "明天还你", "回头还你", "马上还你", "过两天就还你", "下周就还你", "回来还你", "pay you back", "pay u back", "pay it back"],
  /** "存一下": the opener's ask to keep the new number, which a relative just saying hello rarely adds. */
  save_number: [
    "drop me a whatsapp", "drop me a message", "drop me a text", "message me on whatsapp", "text me on whatsapp", "can u save", "can you save",
    "text me back", "on here",
    "text me back", "message me back", "msg me back", "text me on", "message me on", "whatsapp me", "加一下好友", "加好友", "加我好友", "先加一下",
    "存一下", "存下", "存个", "保存一下", "备注一下", "记一下", "save it", "save this", "save my", "save低"],
  /** A loan "frozen" that the online customer service will unfreeze. */
  loan_frozen: ["放款失败", "被冻结", "已冻结", "冻结放款", "资金冻结", "账户冻结", "解冻"],
  online_cs: ["线上客服", "在线客服", "联系客服", "人工客服", "客服qq", "客服微信", "专属客服"],
  /** "If this wasn't you, call us": an unauthorised charge as the pretext for a call. */
  unauthorised_charge: ["did not authorise", "did not authorize", "not authorise this", "not authorize this", "wasn't u", "if this wasn't u", "if this wasn't you", "if this was not you", "if you didn't make", "if you did not make", "if you did not authorise", "if you did not authorize", "didn't authorise", "wasn't you"],
  call_cue: ["call", "ring", "phone us", "press 1"],
  /** A caller threatening a deduction unless the reader cancels with them: "不取消的话每个月会扣". */
  deduct_threat: ["不取消的话", "不取消就", "不关闭的话", "不关闭就", "不注销的话", "不处理的话会"],
  /** Walking the reader through online banking: no bank unfreezes an account that way. */
  bank_walkthrough: ["操作网银", "操作网络银行", "按照我的指示", "按我的指示", "依照指示", "依指示", "按照我说的", "按我说的"],
  /** A bank sending the reader to itself, not to a number in the text: "call us on …", "in the app". */
  bank_contact: ["call us", "call us on", "contact us", "ring us", "via the app", "in your app", "in the app", "in our app"],
  /** Student loans, banned since 2017: nobody genuine writes about one any more ("您名下有一笔校园贷未结清"). */
  student_loan: ["校园贷", "学生贷", "校园dai", "学生dai", "学生账户", "学生会员", "校园分期", "大学期间开通", "在校期间开通", "上学时开通", "学生时期开通", "student loan account"],
  /** Credit drawn out to be "written off" or to fund a "refund": "把借款额度都借出来，转到我们的账户核销". */
  borrow_out: [ "能借出多少", "借出多少", "额度清零", "把额度清零","借呗里借", "从借呗借", "花呗里借", "从花呗借", "额度借出", "额度都借出", "额度全部借出", "把额度借", "借款额度借出", "备用金借出", "借呗借出", "花呗借出", "额度提出来", "额度取出来", "把钱借出来"],
  /** Paid when the goods arrive: "我们验完货当场结账", "货到付款". */
  pay_on_delivery: ["现金结账", "来取时付", "取的时候付", "pay when we collect", "pay on collection", "验完货当场", "当场结账", "当场结清", "货到付款", "到货付款", "货到结账", "送到再付", "收货后付款", "验货后付款", "pay on delivery", "cash on delivery"],
  /** A fault found in the reader's purchase by the platform itself: "您购买的防寒服因质检不合格被平台下架". */
  product_fault: ["质检不合格", "质检不过关", "质量不合格", "存在质量问题", "甲醛超标", "被平台下架", "被下架", "已下架处理", "强制下架", "failed quality inspection", "failed a quality check", "product recall"],
  /** Someone will ring the reader: the pretext's call is still to come ("专员稍后致电", "保持电话畅通"). */
  will_call: [
    "稍后致电", "稍后来电", "稍后给您来电", "稍后联系您", "稍后会联系", "稍后与您联系", "专员会联系", "专员将联系", "专员联系您", "专员致电", "专员会致电", "专员将致电",
    "保持电话畅通", "保持手机畅通", "留意来电", "注意接听", "will call you shortly", "will call you soon", "will be calling you", "keep your phone on",
  ],
  /** Card number and phone typed into a "refund" page: "填写一下您的银行卡号和预留手机号". */
  card_entry: [
    "entering your card details", "enter your card details", "your card details at","银行卡号和预留手机号", "卡号和预留手机号", "填写银行卡号", "填写您的银行卡号", "填写一下您的银行卡号", "输入银行卡号", "填写银行卡信息", "填写卡号", "填一下银行卡"],
  /** A third party relaying a relative's emergency: "他让我给你打电话". */
  relay: ["让我给你打电话", "让我给您打电话", "让我跟你说", "让我跟您说", "让我通知你", "让我通知您", "让我联系你", "托我", "asked me to tell you", "asked me to call you"],
  /** A relative's emergency: "我出车祸了，撞到人了", "被拘留了", "突然住院要交手术费". */
  emergency: [
    "wallet got stolen", "wallet was stolen", "lost my wallet", "stuck in", "stranded",
    "突发疾病", "送往医院", "送医院", "送到医院", "手术押金", "晕倒", "昏迷",
    "撞车", "police station", "in a bit of trouble",
    "打伤", "受伤",
    "在医院抢救", "抢救",
    "出车祸", "撞到人", "撞人了", "撞了人", "打架", "打伤了人", "被拘留", "被抓了", "在派出所", "突然住院", "住院了", "手术费", "保释金", "had an accident", "in hospital", "been arrested", "bail"],
  /** The official way to pay is "closed", so the reader must pay the caller: "官方APP的还款通道已经关了". */
  /** "账户资料有误…请更新账户": the payee's account "updated" through the text. */
  account_update: ["更新退税账户", "更新账户", "更新收款账户", "账户资料有误", "账户信息有误", "update your bank details", "update your account details", "update your payment details"],
  /** "您学生时期开通的账户": the 注销校园贷 script's opener — no genuine lender calls about a student-era account. */
  student_account: ["学生时期开通", "学生时期办理", "学生时期注册", "上学时开通", "读书时开通"],
  channel_closed: [
    "只跟本号码沟通", "官方客服那边查不到", "官方客服查不到", "别打官方", "不要联系官方", "不要找官方客服", "官方客服处理不了",
    "别走app", "不要走app", "app那边已经锁", "app已经锁了",
    "原还款渠道暂停", "还款渠道暂停", "原还款渠道", "结算系统升级",
    "请勿通过app还款", "勿通过app还款", "不要通过app还款", "不要在app还款", "改由专员",
    "原账户已停用", "账户已停用", "原账户停用", "以下新账户", "新的还款账户", "新还款账户",
    "通道已经关", "通道已关", "通道关闭", "通道已关闭", "渠道已关闭", "渠道关闭了", "app还不了", "app无法还款", "app里还不了", "系统维护无法还款", "官方还不了",
    "无法通过app", "app上还不了", "还款入口关闭", "还款入口已关",
  ],
  /** A child asked to use a parent's phone or payment app: "领取需要用爸爸妈妈的手机扫码", "用家长的微信扫码". */
  parent_phone: [
    "爸爸妈妈的手机", "爸妈的手机", "爸爸的手机", "妈妈的手机", "家长的手机", "家长手机", "家长的微信", "家长微信", "爸妈的微信", "爸爸的微信", "妈妈的微信",
    "父母的手机", "父母的微信", "家长的支付宝", "爸妈的支付宝", "parent's phone", "parents' phone", "your mum's phone", "your mom's phone", "your parents' card",
  ],
  /** What the child must do with that phone: scan, verify, claim (not a purchase the parent already knows of). */
  parent_act: ["扫码", "扫一扫", "扫一下", "验证", "认证", "领取", "付款码", "收款码", "scan", "verify", "claim"],
  /** A teacher or class group collecting money: "各位家长好…资料费每人2000元，请扫群里的二维码缴费". */
  school_fee: [
    "school trip fee", "trip fee", "excursion fee",
    "统一收取", "收取费用", "研学", "定金","资料费", "书本费", "教材费", "学杂费", "补课费", "校服费", "班费", "辅导费", "研学费", "活动费", "报名费", "午餐费", "school fees", "class fund"],
  parents: [
    "class teacher", "your child's teacher", "your child's class",
    "请家长", "家长您好", "各位家长好","各位家长", "家长们", "家长好", "班主任", "dear parents"],
  /** Walked through a cash machine: "去附近的ATM，插卡以后按我的提示操作，先把界面换成英文". */
  atm_walk: ["去附近的atm", "到atm", "去atm", "附近的atm", "取款机", "柜员机", "插卡以后", "插卡后", "界面换成英文", "英文界面", "换成英文", "at the atm", "cash machine"],
  /** Registering or claiming by a QR code in the text: "请扫码登记领取". */
  qr_claim: [
    "二维码领取", "附件二维码", "扫描附件", "扫码即可领取","扫码登记", "扫码领取", "扫码申领", "扫码办理", "扫码认证", "扫码验证", "扫二维码领取", "扫描二维码领取", "scan the qr", "scan the code"],
  /** Chinese pay-per-call lines: "请拨打125907001收听，信息费2元/分钟" (Taiwan: 0204). */
  premium_cn: [ "倾诉热线", "倾听师", "话费账户扣除", "从话费中扣除", "由您的话费",
    "情感热线", "陪聊", "拨打1259",
    "资费", "发送到106", "发送至106", "拨打125", "拨打 125", "收听明星", "独家爆料","信息费", "声讯", "语音留言", "语音信箱", "未收听", "0204"],
  per_minute: [ "每分钟99元", "每分钟",
    "元/分钟", "元每分钟",
    "每分钟", "每条收费",
    "元/条", "元每条", "元一条","元/分钟", "元每分钟", "元一分钟", "元/分", "/min", "per minute", "a minute"],
  /** A stranger's opener that pretends to be a mistake: "不好意思加错人了", "sorry wrong number". */
  wrong_contact: ["加错人", "加错了", "传错了", "传错人", "sent to the wrong", "加错好友", "发错了", "发错人", "打错了", "认错人", "搞错人", "wrong number", "wrong person", "wrong contact", "sorry wrong", "meant to text", "wrong chat"],
  /** ...followed by a compliment or an offer of friendship, the first step of a 杀猪盘. */
  befriend: [ "look so sweet", "in ur pic", "in your pic", "in ur photo", "in your photo",
    "u seem nice", "where r u from", "where are u from", "saw ur pic", "saw your pic",
    "know you better", "found your profile", "saw your profile",
    "交个朋友", "做个朋友", "做朋友", "有品味", "有品位", "love at first sight", "一见钟情", "认识一下", "头像", "有气质", "好有气质", "挺有气质", "聊聊天", "可以聊聊", "缘分",
    "you seem nice", "you seem lovely", "seem like a nice", "where are you from", "be friends", "get to know", "nice to meet", "beautiful", "handsome", "cute", "your profile",
  ],
  /** The invented life of a romance scammer: a soldier, doctor or engineer far away, a widowed parent in business. */
  romance_persona: [ "offshore rig", "field hospital", "ship engineer", "marine engineer", "on a ship", "peacekeeping mission",
    "us soldier", "soldier stationed", "stationed overseas", "stationed in",
    "army doctor", "us army", "un mission", "with the un", "un doctor", "un surgeon", "un peacekeeper", "peacekeeping", "deployed", "on deployment", "oil rig", "offshore engineer", "widower", "widowed", "single dad", "single father", "contractor in",
    "军医", "维和", "单亲爸爸", "单亲妈妈", "丧偶", "珠宝生意", "在国外工作", "海外工作", "在国外做生意", "石油平台", "felt a connection",
  ],
  /** Moving the chat off the platform it started on. */
  move_chat: [ "move to telegram", "move to signal", "move to line", "switch to whatsapp", "switch to telegram", "continue on telegram", "continue on whatsapp", "转去whatsapp", "转去wa", "转去微信", "转去line", "转去telegram", "转去tg", "过去whatsapp", "whatsapp倾", "微信倾",
    "add my telegram", "add me on telegram", "add my whatsapp", "add me on whatsapp", "add my line", "add me on line",
    "加line", "加个line", "加微信", "加个微信", "加个v", "加v信", "加我微信", "聊天不方便", "说话不方便", "换个地方聊", "慢慢聊", "加个好友",
    "account got deleted", "account was deleted", "account got banned", "messaged you here", "账号被封", "号被封了", "talk on whatsapp", "chat on whatsapp", "on whatsapp", "on telegram", "on hangouts", "on signal", "move to whatsapp",
  ],
  dating_app: [
    "soul","探探", "soul上", "陌陌", "世纪佳缘", "珍爱网", "百合网", "交友软件", "交友app", "婚恋网", "tinder", "hinge", "bumble", "dating app", "dating site"],
  /** A paid "video chat": the fee is the scam. */
  cam_lure: ["想视频吗", "视频聊天", "裸聊", "私密视频", "一对一视频", "视频陪聊", "陪聊", "一个人好无聊", "好寂寞", "video chat", "cam show"],
  vip_pay: ["开vip", "开通vip", "充值", "充", "开会员", "开通会员", "vip会员", "top up", "membership fee"],
  /** Money "waiting" for the reader, who must reply or call to get it. */
  unclaimed: ["未领取", "尚未领取", "待领取", "没有领取", "未申领", "还没领取", "unclaimed", "not yet claimed", "yet to claim", "waiting to be claimed"],
  reply_cue: ["回复1", "回1", "回复数字", "回复y", "回复是", "reply 1", "reply yes", "reply y", "获取领取方式", "获取办理方式", "获取领奖方式", "回复领取"],
  /** Collected in person where the reader already is (reception, a counter, a shop): nothing to send or pay. */
  /** A fee that is the order's own, shown and paid in the platform's app: "服务费用以App内订单为准". */
  fee_in_order: ["以app内订单为准", "以订单为准", "以app订单为准", "在app内支付", "app内支付", "订单内支付", "在订单中支付", "pay in the app", "paid in the app"],
  in_person: ["当面支付", "当面付", "当面收", "当面给", "签收时支付", "签收时当面", "公司收款码", "from reception", "at reception", "front desk", "at the office", "到前台", "前台领取", "到店领取", "到店兑奖", "彩票原件", "凭彩票", "凭票兑奖", "门店领取", "服务台领取", "pick it up from", "collect it from", "collect from",
    // "Pls collect your voucher at Level 1 Customer Service with your receipt": a mall's lucky draw, claimed at its counter.
    "collect your voucher at", "customer service counter", "with your receipt"],
  /** A bank carrying out a court's order and sending the reader to the court: "根据…法院协助执行通知书…本行无法解除该冻结". */
  court_order_executed: ["协助执行通知书", "协助执行通知", "本行无法解除", "请直接联系执行法院"],
  /** The writer went to the police themself: "是我自己报的警". */
  reporter_self: ["我报的警", "我自己报", "我报警了", "我报了警", "我已经报警", "我去报案", "我报案了", "我报的案", "报案回执", "报警回执"],
  /** A reply to the reader's own application ("已收到您的征信异议申请，正在核查"): a status, not an offer. */
  status_update: ["已收到您的", "您的申请已受理", "已受理", "正在核查", "正在处理", "结果将", "处理结果", "we have received your", "has been received", "is being processed"],
  /** "I reported your account by mistake": the pretext for a fake admin who will "sort it out". */
  false_report: ["accidentally reported", "reported your account", "reported you by mistake", "误举报", "不小心举报", "举报错了"],
  /** A "virus alert" with a number to call: tech-support scripts. */
  tech_alert: ["computer is infected", "computer has been infected", "virus detected", "do not shut down", "don't shut down", "technical support", "tech support", "电脑中毒", "电脑感染", "中了病毒"],
  /** A class moved to a "new group" where the fee is paid. */
  new_group: ["加入新群", "进新群", "新群", "换群", "群被封", "旧群", "新的班级群", "新班级群", "新的家长群", "新家长群", "新的群"],
  /** Winnings or profits that can only be withdrawn after paying more: the hook of 杀猪盘 and fake platforms. */
  withdraw_block: ["就能提现", "才能提现", "才可以提现", "提不出来", "无法提现", "提现不了", "提不了现", "can't withdraw", "cannot withdraw", "to withdraw your"],
  /** Hook-up spam: someone "nearby" free tonight. */
  /** An electronic invitation sent as a link: "请柬在这里你看看", "wedding invitation attached". */
  invitation: ["请柬", "请帖", "电子请帖", "邀请函", "婚礼邀请", "wedding invitation", "wedding invite", "invitation card"],
  /** A premium-rate dating tease: "someone u know has a secret crush on u", "3 singles in ur area sent u a msg". */
  dating_tease: ["secret crush", "has a crush on u", "has a crush on you", "singles in ur area", "singles in your area", "girls in ur area", "girls in your area", "sent u a msg on", "暗恋你", "附近单身"],
  /** "…wanna find out who?": the reply that starts the charges. */
  find_out: ["find out who", "see who", "know who", "想知道是谁", "看看是谁"],
  hookup: ["lonely tonight", "verify your age", "chat with me on", "同城约会", "附近的人", "在你附近", "今晚有空吗", "约吗", "附近美女", "同城交友", "陪聊"],
  /** The reader's own operation, confirmed by a code ("验证码…您正在进行退款操作"): not a caller's offer. */
  own_operation: ["您正在进行", "您正在办理", "您正在申请", "你正在进行", "you are making", "you're making", "you are requesting"],
  /** "转到我们的账户": the sender's own account as the destination, which no advisory names. */
  our_account: ["转到我们的", "转入我们的", "汇到我们的", "汇入我们的", "存到我们的", "存入我们的", "转到我们指定", "转入我们指定", "转给我们", "打到我们", "户名写", "户名填"],
  /** Whoever "calls the trades" on a fake platform. */
  mentor: ["mentor", "the mentor", "my mentor", "导师", "带单老师", "分析师", "analyst"],
  /**
   * Nothing for the reader to do: a genuine notice of something already done ("您已获赠10GB流量，无需办理",
   * "已赔付至寄件支付账户，无需额外操作").
   */
  no_action: [
    "has been added to your", "added to your account", "credited to your", "already in your account", "已充值到", "已充值至", "无需提供",
    // "已自动发放至“我的-优惠券”，无需填写任何信息": a prize already credited asks nothing.
    "已自动发放", "无需填写任何",
    "不需要提供任何", "不需要您提供", "不用提供任何", "无需您提供", "已经发到您的", "已发到您的",
    "无需额外操作", "无需任何操作", "无需您操作", "无需操作", "无需办理", "无须办理", "无须操作", "无需领取", "无需申请", "无需手动", "无需您再",
    "不需要任何操作", "不需要您操作", "不用操作", "不用办理", "不用另外", "自动到账", "自动发放", "已自动", "系统自动",
    "no action needed", "no action is needed", "no action required", "no action is required", "nothing you need to do", "you don't need to do anything",
    "no need to do anything", "will be applied automatically", "applied automatically", "added automatically",
  ],
  /** The institution's own channel: its app, website or 95xxx hotline ("请登录官方APP处理或致电95533"). */
  official_channel: [
    "在线客服反馈", "通过在线客服",
    "登录app", "可登录app", "app-", "app完成",
    "官方app", "官方渠道", "官方客服", "官方热线", "官方电话", "官方网站", "官网", "本行app", "手机银行", "网上银行", "营业网点", "就近网点", "柜台",
    "致电95", "拨打95", "热线95", "客服95", "致电96", "拨打96", "official app", "our app", "official website", "our website", "the number on the back", "number on the back of your card", "back of your card",
    // Claimed inside the institution's own app or game: "可在中国移动APP兑换", "已发放至游戏邮箱".
    "app内", "app中", "app兑换", "app领取", "app查看", "游戏内", "游戏邮箱", "卡包", "in the app", "in our app",
  ],
  advisory: [
    // Family and friends passing a warning on in their own words.
    "冒充公安", "冒充警察", "冒充民警", "冒充老师", "冒充领导", "有人冒充", "千万别信", "千万不要信", "别信",
    "刚有人打电话", "有人打电话说", "立马挂了", "直接挂了电话",
    "要是有人说", "如果有人说", "万一有人说", "视频确认", "先打我原来的", "不会用陌生号", "陌生号码找你",
    "reported it to", "report it to", "forward it to 7726", "to 7726",
    "scam text", "got a text saying", "just got a text", "got a call saying", "just got a call", "someone called saying", "接到电话说",
    // Someone telling friends about a scam call: "接到个电话说是公安局的…我直接挂了，你们也小心点".
    "你们也小心", "大家小心", "大家注意防", "大家注意安全", "大家注意别", "你也小心点", "你们小心点", "都小心点", "要小心点", "得小心点", "小心点别", "小心点啊", "小心点哦", "小心点吧", "小心点呀", "我直接挂了", "直接挂了", "接到个电话说", "接到一个电话说", "接到电话说是", "收到一条短信说", "收到短信说",
    "请勿上当", "不要上当", "谨防上当", "切莫上当", "以免上当", "为由要求", "为由诱导", "冒充银行", "冒充我行", "冒充我司", "冒充本行", "冒充本公司", "冒充客服", "冒充公检法", "冒充工作人员",
    "请报警", "立即报警", "及时报警", "拨打110", "拨打96110", "遇到此类", "此类短信", "此类电话", "此类信息", "务必电话核实", "请务必核实",
    "不会向您索要", "不会索要", "不会向您索取",
    // A friend's warning: "要是他提投资、借钱赶紧拉黑", "never send money to someone you haven't met".
    "赶紧拉黑", "直接拉黑", "就拉黑", "never send money", "don't send money to",
    // A friend thanked for a warning: "幸好你提醒我，…我已经报警了".
    "幸好你提醒", "幸亏你提醒", "多亏你提醒", "还好你提醒",
    // A bank's or police's anti-fraud callback asks whether someone else asked: "是不是有人让您转到安全账户的".
    "是不是有人让您", "是不是有人让你", "是不是有人叫您", "是否有人让您", "请立即停止操作", "千万不要转", "只是提醒您",
    // "本平台从未委托第三方收取…任何费用": the same promise in the past tense.
    "从未委托", "从未授权", "从未要求", "从未收取", "从来不会",
    "反诈提醒", "反诈提示", "反诈宣传",
    "诈骗高发", "转告家人", "转告身边", "转告亲友", "转告给家人", "防范",
    "谨防", "警惕", "提防", "防骗", "都是诈骗", "均为诈骗", "就是诈骗", "一律是诈骗", "骗局", "切勿相信", "切勿轻信", "切勿转账", "切勿点击", "切勿上当", "切勿回复", "切勿拨打", "请勿相信", "不要相信", "不要轻信", "勿相信", "请勿点击不明", "不要点击不明", "勿点击不明",
    "勿轻信", "不会要求", "不会通过", "不会以", "绝不会", "从不会", "凡是", "投资需谨慎", "理财有风险", "投资有风险", "will never ask", "we never ask", "never ask you to", "never ask for your", "will never",
    // "no genuine officer will ask you to move money… if in doubt, hang up and call 101".
    "no genuine", "no real bank", "no legitimate", "hang up and call", "if in doubt, hang up",
    // "如遭遇“安全账户”“刷单返利”，请立即停止": a bank's line under a transfer code.
    "请立即停止",
    // "the IRS won't call, text or email demanding immediate payment by gift card".
    "won't call, text", "won't call, txt", "will not call, text", "won't call or text", "beware",
    "be aware", "fraudsters",
  ],
} as const satisfies Record<string, readonly string[]>;

export type ConceptName = keyof typeof CONCEPTS;

let lexicon: Lexicon<ConceptName> | null = null;
/**
 * Built once per isolate, on first use. The institution aliases are in it too, after the concepts, and the literals
 * the gated regular expressions need (src/domain/regex-gates.ts; registered as src/domain/signals.ts loads).
 */
function fraudLexicon(): Lexicon<ConceptName> {
  lexicon ??= new Lexicon<ConceptName>(CONCEPTS, ALIAS_TERMS, gateLiterals());
  return lexicon;
}

/**
 * Every fraud concept of a folded text (src/domain/concepts.ts foldForMatching), and every
 * institution alias (read with institutionsInScan), in one pass.
 */
export function scanFraudConcepts(folded: string): ConceptScan {
  return fraudLexicon().scan(folded);
}

/** The institution a scanned text claims to be from: the first that src/domain/institutions.ts findInstitutions would list. */
export function institutionOfScan(scan: ConceptScan): Institution | null {
  return institutionsInHits(scan.text, scan.hitConcept, scan.hitStart, fraudLexicon().names.length, true)[0] ?? null;
}

/** Whether all named concepts occur within `window` characters of each other. */
export function near(scan: ConceptScan, names: readonly ConceptName[], window: number): boolean {
  const lex = fraudLexicon();
  return within(
    scan,
    names.map((name) => lex.id(name)),
    window,
  );
}

/** Where a concept's hits start in the scanned text, in order. */
export function conceptStarts(scan: ConceptScan, name: ConceptName): number[] {
  const id = fraudLexicon().id(name);
  const starts: number[] = [];
  for (let n = 0; n < scan.hitConcept.length; n++) if (scan.hitConcept[n] === id) starts.push(scan.hitStart[n]!);
  return starts;
}

export function has(scan: ConceptScan, name: ConceptName): boolean {
  return scan.present[fraudLexicon().id(name)] === 1;
}

function count(scan: ConceptScan, name: ConceptName): number {
  return scan.count(fraudLexicon().id(name));
}

/**
 * An anti-fraud advisory ("凡是要求转账到安全账户的都是诈骗"): it names the ideas of scams without
 * asking for anything. Scams say "诈骗" only to accuse the reader ("涉嫌诈骗案").
 */
export function isAdvisory(scan: ConceptScan): boolean {
  if (has(scan, "our_account")) return false;
  return has(scan, "advisory") || count(scan, "fraud_word") > count(scan, "fraud_case");
}

const isBlank = (code: number) => code === 0x20 || code === 0x09;
/** Emoji, stars and other symbols a chat export or a scammer puts before a label ("🎁坐席：", "★客服："): not part of it. */
const isDecoration = (code: number) => (code >= 0xd800 && code <= 0xdfff) || (code >= 0x2000 && code <= 0x2bff) || code === 0xfe0f;
const isLabelEnd = (code: number) => code === 0x3a || code === 0xff1a; // ":" and "："

/** Module-local, called as `charCodeAt.call(text, i)` in the loops over a text (why: src/domain/code-units.ts). */
const charCodeAt = String.prototype.charCodeAt;

/** The speaker's label a line starts with ("骗子：", "受害人2:", "A:", "對方："), or null. One pass over the line's first characters. */
function speakerOf(text: string, lineStart: number): string | null {
  let at = lineStart;
  while (at < text.length && (isBlank(charCodeAt.call(text, at)) || isDecoration(charCodeAt.call(text, at)))) at++;
  const labelStart = at;
  while (at < text.length && at - labelStart <= 10) {
    const code = charCodeAt.call(text, at);
    if (isLabelEnd(code) || isBlank(code) || code === 0x0a || code === 0x0d) break;
    at++;
  }
  const labelEnd = at;
  while (at < text.length && isBlank(charCodeAt.call(text, at))) at++;
  // Most lines have no label: no string for them.
  const length = labelEnd - labelStart;
  return length >= 1 && length <= 10 && isLabelEnd(charCodeAt.call(text, at)) ? text.slice(labelStart, labelEnd) : null;
}

/**
 * A call or chat transcript: at least three labelled lines, one speaker speaking twice or more.
 * Nobody sends an anti-fraud advisory as a dialogue, so in a transcript "骗子：" is a speaker's
 * label and "你们是骗子吧" or "不要相信别人" are lines of the call, never an advisory; and the
 * script's ask comes turns after its pretext, so its ideas are further apart than in one SMS.
 * Example: isDialogue("骗子：…\n受害人：…\n骗子：…") → true
 */
export function isDialogue(text: string): boolean {
  const turns = new TurnTally(1);
  for (let lineStart = 0; lineStart < text.length; ) {
    const speaker = speakerOf(text, lineStart);
    if (speaker !== null && turns.add(speaker)) return true;
    const next = text.indexOf("\n", lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return hasInlineTurns(text);
}

/** What stands before a speaker's label inside a line: a space, the end of a sentence, an emoji or a symbol. */
const TURN_SEPARATOR = String.raw`[\s。！？!?）)\u2000-\u2bff\ufe0f\p{Extended_Pictographic}]`;
const TURN_LABEL_CHARACTER = String.raw`[\p{L}\p{N}]`;
const TURN_LABEL = `${TURN_LABEL_CHARACTER}{1,6}`;
/** A speaker's label inside a line, after a space, an emoji or the end of a sentence: "… 受害人：好的 骗子：…". */
export const INLINE_TURN = new RegExp(`(?:^|${TURN_SEPARATOR})(${TURN_LABEL})\\s?[:：]`, "gu");
/**
 * INLINE_TURN read backwards from a colon (sticky, at the colon): the separator, label and space before it, captured.
 * Read backwards, the label is the longest that has a separator before it, which is where INLINE_TURN, read forwards,
 * starts first: its match ending at that colon.
 */
const TURN_BEFORE_COLON = new RegExp(`(?<=(^|${TURN_SEPARATOR})(${TURN_LABEL})(\\s?))[:：]`, "uy");

/** Bits of turnClasses: whether a code unit is classed yet, and which of TURN_BEFORE_COLON's classes it is in. */
const CLASS_KNOWN = 1;
const LABEL_CHARACTER = 2;
const SEPARATOR_CHARACTER = 4;
const SPACE_CHARACTER = 8;
/** By code unit (one that is no surrogate: one code point), its turnClass bits; 0 until first seen. */
const turnClasses = new Uint8Array(65536);
/** TURN_BEFORE_COLON's classes, each as a pattern matching one character: the class bits come from them, so they cannot drift. */
const TURN_CLASS_PATTERNS = [
  [LABEL_CHARACTER, new RegExp(`^${TURN_LABEL_CHARACTER}$`, "u")],
  [SEPARATOR_CHARACTER, new RegExp(`^${TURN_SEPARATOR}$`, "u")],
  [SPACE_CHARACTER, /^\s$/u],
] as const;
/** The classes of a code unit that is no surrogate, settled on first sight. */
function turnClass(code: number): number {
  let bits = turnClasses[code]!;
  if (bits === 0) {
    const unit = String.fromCharCode(code);
    bits = CLASS_KNOWN;
    for (const [bit, pattern] of TURN_CLASS_PATTERNS) if (pattern.test(unit)) bits |= bit;
    turnClasses[code] = bits;
  }
  return bits;
}
/** The code units TURN_BEFORE_COLON's lookbehind can read before a colon: a space, six letters and a separator. */
const TURN_REACH = 8;

/**
 * TURN_BEFORE_COLON at `colon` read without the regular expression, as its lookbehind reads: backwards, the space if
 * there is one (else none), then the most letters up to six, then the start of the text or a separator, with fewer
 * letters while that fails, then without the space. Its separator, label and space, or null. Where a surrogate stands
 * within its reach (a code point of two units), the pattern itself: a regular expression's call cost more than
 * everything else a text's labels take.
 */
function turnBeforeColon(text: string, colon: number): readonly [separator: string, label: string, space: string] | null {
  for (let at = Math.max(0, colon - TURN_REACH); at < colon; at++) {
    const code = charCodeAt.call(text, at);
    if (code >= 0xd800 && code <= 0xdfff) {
      TURN_BEFORE_COLON.lastIndex = colon;
      const match = TURN_BEFORE_COLON.exec(text);
      return match && [match[1]!, match[2]!, match[3]!];
    }
  }
  const spaced = colon > 0 && (turnClass(charCodeAt.call(text, colon - 1)) & SPACE_CHARACTER) !== 0;
  for (let space = spaced ? 1 : 0; space >= 0; space--) {
    const labelEnd = colon - space;
    let letters = 0;
    while (letters < 6 && labelEnd - letters > 0 && turnClass(charCodeAt.call(text, labelEnd - letters - 1)) & LABEL_CHARACTER) letters++;
    for (; letters >= 1; letters--) {
      const labelStart = labelEnd - letters;
      const separated = labelStart === 0 || (turnClass(charCodeAt.call(text, labelStart - 1)) & SEPARATOR_CHARACTER) !== 0;
      if (separated) return [text.slice(Math.max(0, labelStart - 1), labelStart), text.slice(labelStart, labelEnd), text.slice(labelEnd, colon)];
    }
  }
  return null;
}

/**
 * A transcript whose turns were joined into one line ("骗子：… 受害人：… 骗子：…"): at least three
 * labelled turns by at least two speakers, one of them speaking twice. Two speakers, so a notice's
 * repeated field ("时间：… 时间：…") is no conversation.
 */
function hasInlineTurns(text: string): boolean {
  const turns = new TurnTally(2);
  for (const { label } of turnLabelMatches(text)) if (turns.add(label.toLowerCase())) return true;
  return false;
}

/** A match of a turn-label pattern: where it starts in the text, what it matched, the label. */
export interface TurnLabelMatch {
  index: number;
  matched: string;
  label: string;
}

/** The last text turnLabelMatches read and what it found: a transcript's labels are read by isDialogue, then by withoutReaderTurns. */
let lastTurnText: string | null = null;
let lastTurnMatches: readonly TurnLabelMatch[] = [];

/**
 * What text.matchAll(INLINE_TURN) finds, in order, looked for only at each colon: a match ends at the first colon
 * after its start (its separator and label hold none), so each colon ends one match at most, which TURN_BEFORE_COLON
 * reads backwards from it. A long text has a few colons; the pattern tried at every position cost a tenth of
 * analysing it, and tried forwards at every position of the stretch before each colon, half as much again as reading
 * back from the colon.
 */
export function turnLabelMatches(text: string): readonly TurnLabelMatch[] {
  if (text === lastTurnText) return lastTurnMatches;
  const matches: TurnLabelMatch[] = [];
  let ascii = text.indexOf(":");
  let wide = text.indexOf("：");
  while (ascii >= 0 || wide >= 0) {
    const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    const match = turnBeforeColon(text, colon);
    if (match) {
      const [separator, label, space] = match;
      const index = colon - space.length - label.length - separator.length;
      matches.push({ index, matched: text.slice(index, colon + 1), label });
    }
    if (colon === ascii) ascii = text.indexOf(":", colon + 1);
    else wide = text.indexOf("：", colon + 1);
  }
  lastTurnText = text;
  lastTurnMatches = matches;
  return matches;
}


/**
 * Labels of the person a call or chat reaches: the reader's side ("客户：", "受害人2：", "我：", "Customer:"). A
 * neutral pair (A/B, left/right, 1/2, names) says nothing about who is who.
 */
const READER_LABELS = new Set([
  "客户", "用户", "受害人", "被害人", "事主", "我", "接听人", "接听者", "接听方", "市民", "当事人", "纳税人", "顾客", "买家", "乘客", "家长", "本人", "被骗人",
  "客戶", "用戶", "接聽人", "接聽者", "當事人", "納稅人", "顧客", "買家", "家長",
  "customer", "victim", "user", "me", "recipient",
]);
const BUYER_LABELS = new Set(["买家", "買家"]);
const SELLER_LABELS = new Set(["卖家", "賣家", "老板", "老闆", "店主", "商家"]);
/** "受害人2" → "受害人". */
function withoutTrailingDigits(label: string): string {
  let end = label.length;
  while (end > 0 && label.charCodeAt(end - 1) >= 0x30 && label.charCodeAt(end - 1) <= 0x39) end--;
  return label.slice(0, end);
}

/** A reader's turn is blanked this far at most. */
const MAX_READER_TURN = 60;
/**
 * A turn about scams, whoever speaks: a retelling ("前几天有人打电话说…", "I got a text saying I'd won") or a
 * disowning warning ("那都不是我们", "有人冒充我们…", "that's a scam"). A genuine agent or friend talks about the
 * script; a scammer who says "我们不是骗子" keeps his turn ("不是骗子" is no disowning).
 */
const ABOUT_SCAMS =
  /冒充(?:我们|我行|我司|本行|平台|客服|银行|工作人员|我們|銀行)|(?:那|这|都|就)不是我们|不是我們|有人(?:打电话|打電話|打来|打來|发短信|發簡訊|发消息)|收到(?:一条|一條|一个|個|个)?(?:短信|簡訊|短訊|电话|電話)(?:说|說|話)|唔係我哋|有人打嚟|(?<!不)是(?:诈骗|詐騙|骗子|騙子)|\b(?:scams?|scammers?|fraudsters?|pretending to be|not us|got a text|got a call|someone called|someone texted)\b/gi;
/** A turn about scams is blanked this far at most. */
const MAX_ABOUT_SCAMS_TURN = 200;

/**
 * A transcript without the reader's own turns: what the caller says is the script; the reader's replies and
 * retellings are not ("有人打电话说要给我理赔，让我加他QQ，是你们吗？" asked of a genuine courier's hotline is a
 * customer's question, and "好的我转" repeats the script's ask). Each of the reader's turns becomes one "。";
 * a transcript whose every label is the reader's is left whole. Linear: one pass over the labels.
 */
export function withoutReaderTurns(text: string): string {
  const turns: { label: string; labelAt: number; contentAt: number }[] = [];
  // INLINE_TURN's separators include newlines, so it finds the labels at a line's start too.
  for (const { index, matched, label } of turnLabelMatches(text)) {
    // The character before a label is never a letter, so the label's first occurrence in the match is the label.
    turns.push({ label: withoutTrailingDigits(label.toLowerCase()), labelAt: index + matched.indexOf(label), contentAt: index + matched.length });
  }
  // A buyer is the reader of a shop's chat, not of a trade between two people: there the "buyer" may be the scammer.
  const sellerSpeaks = turns.some((turn) => SELLER_LABELS.has(turn.label));
  const isReader = (label: string) => READER_LABELS.has(label) && !(sellerSpeaks && BUYER_LABELS.has(label));
  const bothSides = turns.some((turn) => !isReader(turn.label)) && turns.some((turn) => isReader(turn.label));
  // Where the text talks about scams, in one pass: a turn is about them when one of these starts inside it.
  const aboutScams: number[] = [];
  for (const match of text.matchAll(ABOUT_SCAMS)) aboutScams.push(match.index);
  let nextAbout = 0;
  let out = "";
  let copied = 0;
  turns.forEach((turn, i) => {
    const nextLabel = i + 1 < turns.length ? turns[i + 1]!.labelAt : text.length;
    while (nextAbout < aboutScams.length && aboutScams[nextAbout]! < turn.contentAt) nextAbout++;
    const aboutScam = nextAbout < aboutScams.length && aboutScams[nextAbout]! < nextLabel;
    // A turn ends at the next label; a colon no label was read at (a label broken by noise, "坐 席·：") or a
    // long turn (a transcript whose labels were lost) ends the blank early: the caller's words must survive.
    const limit = bothSides && isReader(turn.label) ? MAX_READER_TURN : aboutScam ? MAX_ABOUT_SCAMS_TURN : 0;
    if (limit === 0) return;
    let end = turn.contentAt;
    while (end < nextLabel && end - turn.contentAt < limit && !isLabelEnd(charCodeAt.call(text, end))) end++;
    out += `${text.slice(copied, turn.contentAt)}。`;
    copied = end;
  });
  return copied === 0 ? text : out + text.slice(copied);
}

/** Speakers' turns as they come: a conversation is three turns or more, one speaker speaking twice, by at least `minSpeakers` speakers. */
class TurnTally {
  private readonly turns = new Map<string, number>();
  private count = 0;
  private repeated = false;
  constructor(private readonly minSpeakers: number) {}

  /** Adds a turn; true once the turns so far make a conversation. */
  add(speaker: string): boolean {
    const spoken = (this.turns.get(speaker) ?? 0) + 1;
    this.turns.set(speaker, spoken);
    this.repeated ||= spoken > 1;
    return ++this.count >= 3 && this.repeated && this.turns.size >= this.minSpeakers;
  }
}

/** How much further apart a transcript's ideas may be than an SMS's. */
export const DIALOGUE_WINDOW_FACTOR = 3;

/** What else the text does, from src/domain/signals.ts. */
export interface TypologyContext {
  link: boolean;
  /** Asks for a code, an ID or card number, or personal information. */
  asksCredentials: boolean;
  /** Money or contact off official channels: personal or "safe" accounts, chat contacts. */
  privateChannel: boolean;
  upfrontFee: boolean;
  premiumRate: boolean;
  /** Asks the reader to call or add a mobile number. */
  callbackToMobile: boolean;
  /** Urgency, threats or a request for secrecy. */
  pressure: boolean;
  /** An anti-fraud advisory, as signals.ts decides it (never a transcript, never one that gives a mobile to call). */
  advisory: boolean;
  /** A call or chat transcript (isDialogue): rule windows widen by DIALOGUE_WINDOW_FACTOR. */
  dialogue: boolean;
  /** The whole text is one short line (≤ OPENER_LENGTH characters): a message whose only job is to start a conversation. */
  opener: boolean;
  /** A signed text sends the reader to download a lending app of another, unknown brand (downloadsUnknownLoanApp). */
  unknownLoanApp: boolean;
  /**
   * The learned wording model leans to reading the text as a scam (p ≥ 0.5, its decision boundary): with it, the
   * first message of a script, which names one idea and asks nothing yet ("Hi Mum, new number, save it"), is told
   * from the same idea in a genuine text (p 0.00–0.29 on every genuine new-number text of the corpus).
   */
  wordingLeansScam: boolean;
}

/** Lending apps of licensed lenders, whoever names them: sending a reader to one of these is no lure by itself. */
const KNOWN_LENDING_APPS = ["安逸花", "借呗", "花呗", "金条", "白条", "微粒贷", "360借条", "分期乐", "有钱花", "美团借钱", "好期贷", "掌上生活", "买单吧", "发现精彩", "度小满", "招联", "省呗", "还呗"];
const SIGNATURE = /【([^】]{2,12})】/;
/** "下载易借钱包", "下载“金牛贷”APP": a download naming an app whose name says it lends. */
const DOWNLOAD_LENDING_APP = /下载[“"「『]?\s?([\u4e00-\u9fffA-Za-z0-9]{0,6}(?:贷|借|钱包|钱庄|分期|金融|花))/g;

/** Whether two strings share two characters in a row (a bigram): compared in place, no set of bigrams built per app named. */
function shareBigram(a: string, b: string): boolean {
  for (let i = 0; i + 1 < a.length; i++) {
    for (let j = 0; j + 1 < b.length; j++) {
      if (charCodeAt.call(a, i) === charCodeAt.call(b, j) && charCodeAt.call(a, i + 1) === charCodeAt.call(b, j + 1)) return true;
    }
  }
  return false;
}

/**
 * "【民丰银行】您的信用额度已提升至8000元，请下载易借钱包领取": a bank or lender names its own app or its own
 * mobile banking; one that sends the reader to another, unknown brand's lending app is the lure of a fake loan.
 * The app's name shares no two characters with the signature and is no licensed lender's app. Linear: one
 * bounded pattern, searched only when the text says 下载.
 */
export function downloadsUnknownLoanApp(folded: string): boolean {
  if (!folded.includes("下载")) return false;
  const signature = SIGNATURE.exec(folded)?.[1];
  if (!signature) return false;
  for (const match of folded.matchAll(DOWNLOAD_LENDING_APP)) {
    const app = match[1]!;
    if (KNOWN_LENDING_APPS.some((known) => app.includes(known))) continue;
    if (!shareBigram(app, signature)) return true;
  }
  return false;
}

export const OPENER_LENGTH = 24;

interface Rule {
  all: readonly ConceptName[];
  /** Concepts that point to another typology: the rule does not apply when any occurs. */
  unless?: readonly ConceptName[];
  /** Characters the concepts must fit in; a whole SMS by default, a paragraph of a call script. */
  window?: number;
  needs?: (context: TypologyContext) => boolean;
}

const SMS_WINDOW = 160;
/** A link, a request for data, or money off official channels. */
const linkOrAsks = (c: TypologyContext) => c.link || c.asksCredentials || c.privateChannel;
/** Anything that moves the reader: a link, a request for data, money off official channels, a fee or a mobile to call. */
const asksAnything = (c: TypologyContext) => c.link || c.asksCredentials || c.privateChannel || c.upfrontFee || c.callbackToMobile;

/** One exception for every rule of a typology: `unless` added to each rule's own. */
function everyRuleUnless(unless: readonly ConceptName[], rules: readonly Rule[]): Rule[] {
  return rules.map((rule) => ({ ...rule, unless: [...(rule.unless ?? []), ...unless] }));
}

/** Most specific first: the first typology with a rule met is the match. */
const RULES: readonly [TypologyId, readonly Rule[]][] = [
  [
    "premium_rate",
    [
      { all: [], needs: (c) => c.premiumRate },
      { all: ["premium_cn", "per_minute"], window: 80 },
      // "Someone u know has a secret crush on u… wanna find out who?": the reply is charged.
      { all: ["dating_tease", "find_out"], window: 120 },
    ],
  ],
  [
    "credit_repair",
    [
      { all: ["cancel", "loan_account"], window: 60, unless: ["cancel_done"] },
      { all: ["credit", "credit_fix"], window: 80, unless: ["status_update"] },
      // A fee to have the record "removed": no one can buy a clean credit file.
      { all: ["credit", "credit_fix", "upfront_fee"], window: 160 },
      { all: ["student_loan", "credit_threat"], window: 80 },
      { all: ["student_account"] },
      { all: ["borrow_out", "pay"], window: 100 },
      // "注销前…您打开微信支付看看现在能借出多少": no account is closed by borrowing its credit out.
      { all: ["cancel", "borrow_out"], window: 120 },
    ],
  ],
  [
    "military_purchase",
    [
      { all: ["military", "purchase", "mil_pay"], window: 220, unless: ["public_tender", "opt_out"] },
      { all: ["military", "purchase"], window: 220, needs: (c) => c.upfrontFee || c.privateChannel, unless: ["public_tender", "opt_out"] },
      // "Major …, US Army. I'll send a cashier's check for extra, pls refund the difference to my shipper": the overpayment.
      { all: ["military", "overpayment"], window: 200 },
      // An unnamed unit's order alone is the opener, unless it pays on delivery ("验完货当场结账"): the script's ask is money first.
      { all: ["anon_unit", "purchase"], window: 120, unless: ["public_tender", "pay_on_delivery"] },
    ],
  ],
  [
    "game_trade",
    [
      { all: ["game", "trade", "game_trap"], unless: ["official_trade"] },
      // A buyer who wants the seller's account password "to check the skins" takes the account.
      { all: ["game", "trade"], window: 120, needs: (c) => c.asksCredentials },
      // A platform's own sale notice deducts its fee from the proceeds ("扣除平台服务费后已到账至您的平台余额").
      { all: ["game", "upfront_fee"], unless: ["official_trade"] },
      { all: ["game"], needs: (c) => c.link && c.asksCredentials },
      // A "free skin" a child claims with a parent's phone or payment app.
      { all: ["game", "parent_phone", "parent_act"], window: 120 },
      { all: ["game", "game_trap"], window: 120, needs: (c) => c.privateChannel || c.link },
      { all: ["seller", "upfront_fee"], window: 120, unless: ["official_trade"] },
      { all: ["game", "false_report"], window: 160 },
      { all: ["game", "game_login_trap"], window: 80 },
      // Accounts bought, or game top-ups "refunded", through a chat contact: off the platform.
      { all: ["game", "trade"], window: 60, needs: (c) => c.privateChannel },
      { all: ["game", "refund"], window: 60, needs: (c) => c.privateChannel },
    ],
  ],
  [
    "romance",
    [
      // "Your ticket matched 3 numbers. £1.45 has been added to your account": a win already paid asks nothing.
      { all: ["romance", "romance_money"], window: 220, unless: ["no_action"] },
      { all: ["pet", "platform_trick", "bet"], window: 200 },
      { all: ["pet", "romance_fee"], window: 200 },
      // "寶貝…需要向聯合國繳納休假申請費三千美金，妳可以先幫我匯嗎": a lover's fee, in a script's words.
      { all: ["pet", "upfront_fee"], window: 200, needs: (c) => c.upfrontFee && c.wordingLeansScam },
      { all: ["pet", "romance_money", "ask_money"], window: 120 },
      // "babe, my mate at the crypto firm told me about a coin listing… want me to show you the wallet?": the lover's pivot to investing.
      { all: ["pet", "invest"], window: 200, needs: (c) => c.wordingLeansScam },
      // A lover abroad who needs a gift card's code sent: "BB…幫我買張禮品卡，send個code俾我".
      { all: ["pet", "gift_card_pay"], window: 120, needs: (c) => c.asksCredentials },
      // The openers: a "mistake" that turns into a compliment, an invented life far away, a match moved off its app, a paid video chat.
      { all: ["wrong_contact", "befriend"], window: 160 },
      { all: ["romance_persona", "move_chat"], window: 200 },
      { all: ["romance_persona", "befriend"], window: 200 },
      { all: ["dating_app", "move_chat"], window: 80, needs: (c) => c.privateChannel },
      { all: ["dating_app", "move_chat", "romance"], window: 160 },
      { all: ["pet", "withdraw_block"], window: 160 },
      { all: ["cam_lure", "romance"], window: 60, needs: (c) => c.privateChannel },
      { all: ["hookup"], needs: (c) => c.link || c.privateChannel },
      { all: ["dating_app", "move_chat", "befriend"], window: 160 },
      // "I'm Lisa from 探探 … can teach you some trading": a match who brings an investment.
      { all: ["dating_app", "invest"], window: 200 },
      // A partner's "sure thing": a relative inside a firm, a mentor's trick.
      { all: ["romance", "platform_trick", "bet"], window: 200 },
      { all: ["romance", "platform_trick", "invest_lure"], window: 200 },
      { all: ["pet", "invest", "mentor"], window: 200 },
      // "Sweetheart … my uncle's trading platform opens a special window": the partner's inside line.
      { all: ["pet", "invest", "insider_tip"], window: 200 },
      { all: ["cam_lure", "vip_pay"], window: 120 },
    ],
  ],
  [
    "task_rebate",
    // "今日结清" (settled today) holds "日结" (paid daily), a term of both "task" and "earn": no rule reads it there.
    everyRuleUnless(["settle_debt"], [
      { all: ["task", "earn", "contact"], window: 200 },
      // "A recruiter… rate products in our app, 30-60 mins a day, earn $500 daily. Would you like to hear more?": the unsolicited pitch.
      { all: ["task", "earn", "job_pitch"], window: 200 },
      { all: ["task", "earn"], needs: (c) => c.link || c.privateChannel || c.upfrontFee },
      { all: ["earn", "advance"], window: 120 },
      // "派单员…操作超时…再充一笔进去…之前的钱提不出来": a task whose earnings are held until more is paid in.
      { all: ["task", "withdraw_block"], window: 160 },
      // A job that charges to start (入职费, 培训费, 会员费): the fee is the scam.
      { all: ["task", "upfront_fee"], window: 80, needs: (c) => c.upfrontFee },
    ]),
  ],
  [
    "investment",
    [
      { all: ["invest", "invest_lure", "contact"], window: 200 },
      { all: ["invest", "invest_lure"], needs: (c) => c.link || c.privateChannel || c.callbackToMobile },
      { all: ["loss_recovery"], needs: (c) => c.link || c.privateChannel || c.callbackToMobile },
      // "Made another 18% on the trading bot… platform's giving a bonus… Want the link mate?": a fellow investor's platform.
      { all: ["invest", "invest_lure", "offer_link"], window: 200 },
      { all: ["invest", "platform_trick", "offer_link"], window: 200 },
      // "老师今天的票又涨停了…内部消息只给VIP，名额就剩3个": a tip group's pitch.
      { all: ["invest", "invest_lure", "scarcity"], window: 200 },
      // "导师：集体加仓…先补到3万能享受机构通道，收益翻倍": the mentor's push.
      { all: ["mentor", "invest", "invest_lure"], window: 200 },
      { all: ["invest", "broker_push"], window: 200 },
      { all: ["invest", "invest_lure", "scarcity"], window: 200 },
      // "Sorry, wrong number! Although — do you know much about gold trading? My uncle taught me…".
      { all: ["wrong_contact", "invest"], window: 200 },
      { all: ["invest", "test_deposit"], window: 200 },
      // "That platform made me 3000 again — my cousin inside knows the loophole — top up 200 to try".
      { all: ["platform_trick", "bet", "invest_lure"], window: 200 },
    ],
  ],
  [
    "acquaintance",
    [
      // "我下个月结婚了，请柬在这里你看看 <link>": an "invitation" that installs an app or takes a login.
      { all: ["invitation"], window: 120, needs: (c) => c.link },
      { all: ["i_am", "money_need"], window: 200 },
      { all: ["new_number", "money_need"], window: 200 },
      { all: ["new_number", "secret"], window: 200 },
      { all: ["i_am", "secret"], window: 200 },
      { all: ["relative", "secret", "money_need"], window: 200 },
      // "出车祸了在医院，先打500过来，别告诉我爸": an emergency, money at once, and parents kept out of it.
      { all: ["emergency", "money_need", "secret"], window: 120 },
      // "It's Femi from secondary school. I'm stranded at the airport… can you send me…": an old acquaintance in trouble.
      { all: ["self_intro", "emergency", "ask_money"], window: 200 },
      { all: ["leader", "work_money", "reader_request"], window: 200, unless: ["paid_done"] },
      { all: ["leader", "new_number"], window: 200, needs: (c) => c.privateChannel },
      // The opener alone: someone who must say who they are, with a number to save ("我是你表哥，换号了，存一下").
      { all: ["self_intro", "new_number", "save_number"], window: 80 },
      // "Hi Mum, new number, WhatsApp me": the move to a chat app is the scam's first step.
      { all: ["i_am", "new_number", "chat_add"], window: 160 },
      { all: ["self_intro", "new_number", "chat_add"], window: 160 },
      { all: ["self_intro", "leader"], window: 60, needs: (c) => c.privateChannel },
      { all: ["new_number", "summon"], window: 120 },
      // "Hi Mum it's me, dropped my phone in the loo, this is my new number" — the opener, in a script's words.
      { all: ["new_number", "i_am"], window: 80, needs: (c) => c.wordingLeansScam },
      { all: ["new_number", "relative"], window: 80, needs: (c) => c.wordingLeansScam },
      // "妈，我手机掉水里了，这是同学的号，你先别打电话": a new number that must not be called back.
      { all: ["new_number", "cant_talk"], window: 120 },
      // "Hi it's your landlord, new number. Bank details have changed, send the rent to the new account".
      { all: ["new_number", "account_changed"], window: 160 },
      { all: ["account_changed"], window: 160, needs: (c) => c.privateChannel },
      // "Are you at your desk? Need a quick favour. Daniel (CEO)": the executive's opener.
      { all: ["exec_title", "quick_favour"], window: 120 },
      // "Hey it's me, got a new number … need a small favour": the ask follows the new number.
      { all: ["i_am", "new_number", "quick_favour"], window: 200 },
      { all: ["relative", "new_number", "quick_favour"], window: 160 },
      // "Are you at your desk? Need a quick favour, can't talk right now": the same opener without a title.
      { all: ["desk_check", "cant_talk"], window: 120 },
      // Gift cards bought for someone who just changed number or needs a "quick favour": their codes are the money.
      { all: ["new_number", "gift_card_pay"], window: 200 },
      { all: ["quick_favour", "gift_card_pay"], window: 200 },
      { all: ["new_number", "teaser"], window: 120 },
      { all: ["guess_who", "teaser"], window: 160 },
      { all: ["guess_who", "new_number"], window: 120 },
      { all: ["money_need", "transfer_excuse", "repay_promise"], window: 160 },
      { all: ["delayed_credit", "money_need"], window: 160 },
      // "先预付15000元，回来我给你报销，这事低调点": a leader's errand paid by the reader, on the quiet.
      { all: ["leader", "repay_promise", "secret"], window: 200 },
      { all: ["self_intro", "summon"], window: 120, unless: ["newcomer"] },
      // "李涛，明天上午来我办公室一趟。" and nothing else: the "leader"'s opener, whose next message asks for money.
      { all: ["summon"], unless: ["newcomer"], needs: (c) => c.opener },
      // Money for a relative or boss who cannot take a call ("我现在不方便接电话").
      { all: ["relative", "money_need", "cant_talk"], window: 200 },
      { all: ["leader", "work_money", "cant_talk"], window: 200, unless: ["paid_done"] },
      // "我是刘总，在开会，你先帮我给客户转20万": a boss who introduces himself is not in the reader's contacts.
      { all: ["boss_intro", "work_money", "in_meeting"], window: 160, unless: ["paid_done"] },
      { all: ["in_meeting", "cant_talk", "work_money"], window: 160, unless: ["paid_done"] },
      // "钱转过去了" "还差一点，你再转6000…我在开会不方便接电话": asked for more by someone who will not take a call.
      { all: ["pay_more", "cant_talk"], window: 160 },
      // "转完截图发我，记得不要在工作群里说": a transfer kept from colleagues.
      { all: ["transfer_proof", "secret"], window: 120 },
      // A boss buying gift cards on the quiet; a class fee paid to a "teacher's" code.
      { all: ["leader", "gift_card_pay", "secret"], window: 200 },
      { all: ["leader", "gift_card_pay", "cant_talk"], window: 200 },
      { all: ["leader", "gift_card_pay", "repay_promise"], window: 200 },
      { all: ["parents", "school_fee"], window: 160, needs: (c) => c.privateChannel },
      { all: ["parents", "new_group"], window: 160, needs: (c) => c.link || c.privateChannel },
      // "原班级群已满，请扫码加入新群，交齐校服费": a class moved to a new group to be paid there.
      { all: ["parents", "new_group", "school_fee"], window: 160 },
      // A "teacher" reporting a child's accident or fight that needs money now.
      { all: ["parents", "emergency", "money_need"], window: 160 },
      // A relative's emergency that needs money now: "妈，是我，我出车祸了…你快给我打五万过来".
      { all: ["i_am", "emergency", "money_need"], window: 200 },
      { all: ["relative", "emergency", "money_need"], window: 200, needs: (c) => c.pressure },
      // Someone relaying the emergency for them: "我是小明的同学，小明出车祸了在医院抢救，快打三万手术费过来".
      { all: ["relay", "emergency", "money_need"], window: 160 },
      { all: ["self_intro", "emergency", "money_need"], window: 200 },
      // Money stuck where the asker cannot reach it: "我卡里的钱一时取不出来，你能先借我两万吗".
      { all: ["relative", "money_need", "transfer_excuse"], window: 160 },
      { all: ["teaser", "money_need", "transfer_excuse"], window: 200 },
    ],
  ],
  [
    "police_impersonation",
    [
      { all: ["authority", "crime", "police_act"], window: 250, unless: ["reporter_self", "court_order_executed"] },
      { all: ["authority", "crime"], unless: ["owed"], needs: (c) => c.privateChannel || c.asksCredentials || c.callbackToMobile },
      { all: ["authority", "crime"], needs: (c) => c.link },
      // An "official" who wants the money moved to a safe or protection account: no authority keeps one.
      { all: ["authority", "safe_account"], window: 200 },
      // A court or police "notice" answered by replying 1: summonses are served, not texted for a reply.
      { all: ["authority", "crime", "reply_cue"], window: 160 },
      { all: ["crime", "ivr"], window: 160 },
      // "您的社保卡即将失效…请按1转人工": an office that suspends something and routes the reader to an operator.
      { all: ["authority", "lock", "ivr"], window: 120 },
      { all: ["crime", "police_act", "secret"], window: 200 },
      { all: ["authority", "crime", "secret"], window: 200 },
      { all: ["clear_name"], needs: (c) => c.privateChannel || c.asksCredentials },
      // "Download our app to protect your funds": the download is the ask.
      { all: ["authority", "clear_name", "download"], window: 120 },
      { all: ["clear_name", "crime"], window: 120 },
      // A "statement" taken alone, on video: "找一个没人的房间做线上笔录".
      { all: ["statement", "isolation"], window: 200 },
      // "本案属于机密，不得向任何人透露…视频做笔录": a statement taken on video, kept from the family.
      { all: ["statement", "secret"], window: 200 },
    ],
  ],
  [
    "fake_loan",
    [
      { all: ["loan", "upfront_fee"], window: 200, unless: ["fee_waived"] },
      { all: ["loan", "loan_fail", "move_money"], window: 200 },
      { all: ["loan", "sideload"], window: 200, needs: (c) => c.link },
      { all: ["loan", "loan_lure", "contact"], window: 200 },
      { all: ["loan", "loan_trick"], window: 120 },
      { all: ["loan", "loan_frozen", "online_cs"], window: 160 },
      { all: ["loan", "loan_lure"], needs: (c) => c.link || c.privateChannel || c.callbackToMobile || c.asksCredentials },
      // "可借额度最高4万，不看征信，身份证即可办理，额度保留48小时" asks nothing yet; in a script's words it is the advert.
      { all: ["loan", "loan_lure"], window: 120, needs: (c) => c.wordingLeansScam },
      { all: ["loan", "download"], window: 120, needs: (c) => c.unknownLoanApp },
    ],
  ],
  [
    "customer_service",
    [
      { all: ["shop", "refund", "act"], window: 200, unless: ["refund_done", "no_action", "own_operation"] },
      // A refund or compensation that needs the reader's card, code or a chat account is the script, whatever its wording.
      { all: ["shop", "refund"], window: 200, needs: (c) => c.asksCredentials || c.privateChannel },
      // The opener of a compensation script: a fault the platform "found" in the reader's purchase, a sum to pay out, and
      // an agent who will ring (platforms refund a recalled item through the order, with nothing to wait for).
      { all: ["shop", "product_fault", "refund", "will_call"], window: 160, unless: ["refund_done", "no_action"] },
      // Platforms refund through the order, never through a mobile number to call.
      { all: ["shop", "refund"], window: 200, unless: ["refund_done", "no_action"], needs: (c) => c.callbackToMobile },
      // A seller's deposit or fee to pay at once, to the caller ("店铺保证金未缴纳…今天内补交49元").
      { all: ["shop", "upfront_fee"], window: 120, unless: ["official_channel", "paid_done", "parcel"], needs: (c) => c.upfrontFee && c.pressure },
      // Tax and benefit refunds are tax_refund's, below.
      { all: ["refund", "atm_walk"], window: 200, unless: ["benefit"] },
      { all: ["refund", "card_entry"], window: 120, unless: ["benefit"] },
      { all: ["refund", "borrow_out"], window: 120 },
      { all: ["membership_charge", "cancel"], window: 120, unless: ["cancel_done"], needs: (c) => c.privateChannel || c.asksCredentials || c.link || c.callbackToMobile },
      // "会员已自动续费，如非本人操作请致电客服185…办理退款": refunds go through the order, never a mobile number.
      { all: ["membership_charge", "refund"], window: 120, unless: ["refund_done", "cancel_done"], needs: (c) => c.callbackToMobile },
      { all: ["shop", "screen"] },
      // "为了方便给您退款，下载…进入会议号，打开共享屏幕": a refund walked through on a shared screen.
      { all: ["refund", "screen"], window: 200 },
      // "Your order of an iPhone is being processed. If u did NOT authorise this purchase, cancel it at <link>".
      { all: ["shop", "unauthorised_charge", "cancel"], window: 160, needs: (c) => c.link },
      // "我是唯品会的售后专员…方便加个微信吗？平台上不太方便": after-sales moved off the platform.
      { all: ["shop", "after_sale_agent"], window: 80, needs: (c) => c.privateChannel },
      // Platforms take a new payment in the order, never through a mobile or chat account in the text.
      { all: ["shop", "pay_again"], window: 120, needs: (c) => c.callbackToMobile || c.privateChannel },
      { all: ["shop", "gift_card_pay", "fee_en"], window: 160 },
      // An "overpaid refund" to send back, in gift cards or by transfer.
      { all: ["refund", "gift_card_pay"], window: 160 },
      { all: ["shop", "unauthorised_charge", "refund", "call_cue"], window: 200 },
      // "If you did not make this purchase, call our support": shops point to the order page, not a number.
      { all: ["shop", "unauthorised_charge", "call_cue"], window: 200, unless: ["official_channel", "bank_contact"] },
      // "Refund of $50 pending, call 1-888-…": a refund through a number in the text.
      { all: ["shop", "refund", "call_cue"], window: 120, unless: ["refund_done", "no_action", "official_channel", "bank_contact"] },
      { all: ["tech_alert", "call_cue"], window: 200 },
      { all: ["membership_charge", "screen"], window: 200 },
      // "Your membership will auto-renew for $500 — if you did not authorise this, call our desk".
      { all: ["membership_charge", "unauthorised_charge", "call_cue"], window: 200, unless: ["official_channel", "bank_contact"] },
      { all: ["membership_charge", "cancel", "deduct_threat"], window: 160, unless: ["cancel_done"] },
      { all: ["membership_charge", "cancel", "walkthrough"], window: 160, unless: ["cancel_done"] },
      { all: ["shop", "refund", "walkthrough"], window: 200 },
      { all: ["membership_charge", "cancel", "credit_threat"], window: 200, unless: ["cancel_done"] },
      { all: ["credit", "credit_fix"], window: 80, needs: (c) => c.link || c.privateChannel || c.callbackToMobile },
      { all: ["flight_trouble", "refund"], window: 200, needs: (c) => c.link || c.privateChannel || c.callbackToMobile || c.asksCredentials },
      // Words between: "航班因机械故障取消了".
      { all: ["flight", "cancel", "refund"], window: 120, needs: (c) => c.link || c.privateChannel || c.callbackToMobile || c.asksCredentials },
      { all: ["unwanted_signup", "membership_charge", "cancel"], window: 160, unless: ["cancel_done"] },
    ],
  ],
  [
    "parcel_fee",
    [
      { all: ["parcel", "parcel_problem", "parcel_act"], needs: linkOrAsks, unless: ["fee_waived"] },
      { all: ["parcel", "upfront_fee"], needs: linkOrAsks, unless: ["fee_waived"] },
      { all: ["parcel", "parcel_charge", "parcel_rebook"], needs: (c) => c.link, unless: ["fee_waived"] },
      // A courier's surcharge paid by their QR code or to their chat account: "超重了，扫我发你的码补运费".
      { all: ["parcel", "parcel_surcharge", "qr_pay"], window: 120, unless: ["in_person"] },
      { all: ["parcel", "parcel_surcharge"], window: 120, needs: (c) => c.privateChannel || c.link },
      // A redelivery or address fix through a courier's chat account or a fee: couriers rebook in their own app.
      { all: ["parcel", "parcel_problem"], window: 120, needs: (c) => c.privateChannel, unless: ["fee_waived"] },
      // "到站需要交保险费和笼子押金，不交的话只能滞留在机场": a fee demanded under a threat.
      { all: ["parcel", "parcel_problem", "upfront_fee"], window: 120, needs: (c) => c.upfrontFee && c.pressure, unless: ["fee_waived"] },
    ],
  ],
  [
    "tax_refund",
    [
      { all: ["benefit", "claim"], needs: (c) => c.link || c.asksCredentials || c.privateChannel || c.callbackToMobile },
      // "myGov: you have a new ATO message regarding your refund. Sign in to view <link>": a tax office's name beside a
      // stranger's link (its own sites are official and carry no `link`).
      { all: ["benefit"], needs: (c) => c.link && c.wordingLeansScam },
      { all: ["benefit", "qr_claim"], window: 120, unless: ["no_action", "official_channel"] },
      { all: ["benefit", "atm_walk"], window: 200 },
      // "退税因账户资料有误退件，请至 http://… 更新退税账户": the office pays into the account it has on file.
      { all: ["benefit", "account_update"], window: 120, needs: (c) => c.link },
      // "您有一笔补贴未领取，回复1获取领取方式": a benefit office pays into the account it has.
      { all: ["benefit", "unclaimed", "reply_cue"], window: 120, unless: ["no_action", "official_channel"] },
    ],
  ],
  [
    "prize",
    [
      // "您已获赠10GB流量，无需办理": a gift already given is no lure, unless something is asked all the same.
      // Won at the office party and collected at reception: nothing to send, pay or call.
      { all: ["prize_strong", "claim"], unless: ["no_action", "official_channel", "in_person"] },
      { all: ["prize_strong", "claim"], needs: asksAnything },
      { all: ["prize_strong", "upfront_fee"] },
      // A prize claimed by calling a personal mobile back ("抽中咗大奖，打返嚟138…").
      { all: ["prize_strong"], needs: (c) => c.asksCredentials || c.privateChannel || c.callbackToMobile },
      { all: ["prize_weak", "claim"], needs: (c) => c.upfrontFee || c.asksCredentials || c.privateChannel },
      // A "gift" whose address must be registered through a chat account.
      { all: ["prize_weak", "ship_details", "chat_add"], window: 160 },
    ],
  ],
  [
    "account_lock",
    [
      { all: ["account", "lock", "verify"], needs: (c) => c.link || c.asksCredentials || c.callbackToMobile },
      // "To stop the ban, forward us the 6-digit code you just got": no service unlocks anything with a code sent back to it.
      { all: ["lock", "code_item"], window: 120, needs: (c) => c.asksCredentials },
      // "A new payee was added — if this wasn't you, call …".
      { all: ["account", "lock", "unauthorised_charge", "call_cue"], window: 200, unless: ["official_channel", "bank_contact"] },
      { all: ["account", "lock", "safe_account"], window: 120 },
      // "Your card has been blocked. Call 0800 …": a bank says "call us" or names the back of the card.
      { all: ["account", "lock", "call_cue"], window: 80, unless: ["official_channel", "bank_contact", "unauthorised_charge"] },
      { all: ["account", "lock", "bank_walkthrough"], window: 160 },
      // "Your electricity will be disconnected tonight, contact the officer on 155…": utilities and banks never give a mobile.
      // "call us immediately on 187…": a bank's "us" is its hotline, never a mobile.
      { all: ["account", "lock"], window: 120, unless: ["official_channel", "debt"], needs: (c) => c.callbackToMobile },
    ],
  ],
  [
    "fake_collection",
    [
      // A lender's own overdue notice names its lawyers too, but sends the reader to its app or 95xxx hotline.
      { all: ["debt", "hard_threat"], window: 120, unless: ["official_channel"] },
      { all: ["debt", "hard_threat"], window: 120, needs: asksAnything },
      { all: ["hard_threat", "pay", "ultimatum"], window: 120, unless: ["official_channel"] },
      { all: ["debt"], needs: (c) => c.asksCredentials || c.privateChannel },
      // "关于您那笔借款…方便的时候回电155…找王专员": lenders call from their own numbers, not a personal mobile to ring back.
      { all: ["debt", "guided"], window: 160, needs: (c) => c.callbackToMobile, unless: ["official_channel"] },
      // Paid to the collector's own code, or because the official channel is "closed".
      { all: ["debt", "qr_pay"], window: 120 },
      { all: ["debt", "channel_closed"], window: 160 },
      // A collector walking the reader through a cash machine.
      { all: ["debt", "atm_walk"], window: 200 },
      // A "legal department" selling a settlement: "走调解…调解费今天转，卡号私信你".
      { all: ["hard_threat", "upfront_fee"], window: 120, needs: (c) => c.privateChannel || c.callbackToMobile || c.link },
    ],
  ],
];

export interface TypologyMatch {
  id: TypologyId;
  category: Category;
  /**
   * How many of its rules the text meets; 0 for a script recognised only by its pretext plus a
   * demand and pressure or a channel (see PRETEXTS), which weighs less.
   */
  rules: number;
  /** Named from a first message's pretext idea (firstMessagePretext): a guess from one idea, where the model reads a scam. */
  firstMessage?: true;
}

/**
 * The pretext ideas of each typology. A text none of the rules recognise, but which asks for
 * money, codes or data, pushes (urgency, threats, secrecy) or points somewhere (a link, a mobile
 * to call), and carries two pretext ideas of one typology, is that typology's script in words the
 * rules have not seen.
 */
const PRETEXTS: Record<TypologyId, readonly ConceptName[]> = {
  fake_collection: ["debt", "hard_threat", "owed"],
  task_rebate: ["task", "earn", "advance"],
  investment: ["invest", "invest_lure", "scarcity"],
  fake_loan: ["loan", "loan_lure", "loan_fail"],
  customer_service: ["shop", "refund", "membership_charge", "walkthrough", "unwanted_signup"],
  police_impersonation: ["authority", "crime", "police_act", "clear_name", "ivr"],
  credit_repair: ["credit", "credit_fix", "loan_account"],
  acquaintance: ["i_am", "new_number", "secret", "leader", "relative", "summon", "self_intro", "boss_intro"],
  game_trade: ["game", "seller", "game_trap"],
  romance: ["romance", "pet", "romance_money", "platform_trick", "wrong_contact"],
  military_purchase: ["military", "purchase", "mil_pay"],
  prize: ["prize_strong", "prize_weak"],
  premium_rate: [],
  parcel_fee: ["parcel", "parcel_problem"],
  account_lock: ["account", "lock"],
  tax_refund: ["benefit"],
};
const MIN_PRETEXT_IDEAS = 2;

/** The typology with the most pretext ideas in the text, at least `minIdeas` (ties: the more specific, as RULES orders them). */
function mostPretextIdeas(scan: ConceptScan, minIdeas: number, notCounted: readonly ConceptName[] = []): TypologyMatch | null {
  let best: TypologyId | null = null;
  let bestIdeas = minIdeas - 1;
  for (const [id] of RULES) {
    const ideas = PRETEXTS[id].filter((name) => !notCounted.includes(name) && has(scan, name)).length;
    if (ideas > bestIdeas) {
      best = id;
      bestIdeas = ideas;
    }
  }
  return best && { id: best, category: TYPOLOGY_CATEGORY[best], rules: 0 };
}

function bestPretext(scan: ConceptScan, context: TypologyContext): TypologyMatch | null {
  const demand = context.asksCredentials || context.privateChannel || context.upfrontFee;
  if (!demand || !(context.pressure || context.link || context.callbackToMobile)) return null;
  return mostPretextIdeas(scan, MIN_PRETEXT_IDEAS);
}

/**
 * A first message's typology: the one whose pretext ideas it names (one is enough), as a pretext-only match. A scam's
 * first contact is a greeting with one hint and a question ("您好，我是抖音商城的售后客服，您购买的商品存在质量问题，
 * 方便打扰您几分钟吗？") — no rule's demand yet; signals.ts counts it only where the learned model reads the text as a
 * scam (its high tier) and no phrase of a genuine notice stands beside it.
 * Example: firstMessagePretext(scan of "Hi, this is Mark from the Treasury stimulus program. You qualify for a relief payment.") → { id: "tax_refund", rules: 0, … }
 */
export function firstMessagePretext(scan: ConceptScan): TypologyMatch | null {
  const match = mostPretextIdeas(scan, 1, EVERYDAY_IDEAS);
  return match && { ...match, firstMessage: true };
}
/**
 * Ideas genuine chats carry as often as scripts — a pet name, a relative, "垫一下", an account ("老公，物业费今天截止，
 * 你微信转我一下"), "老板" (how buyers address any seller), a new number (a team-mate's "got a new phone so this is my
 * number now"; the new-number openers have rules of their own) — do not count for a first message.
 */
const EVERYDAY_IDEAS: readonly ConceptName[] = ["pet", "relative", "mil_pay", "account", "leader", "new_number"];

/**
 * The fraud typology a folded text fits best, or null (also for anti-fraud advisories).
 * Example: detectTypology(scan of "我是您孙子，我换号了，出了点事急需用钱，千万别告诉爸妈", context) → { id: "acquaintance", … }
 */
export function detectTypology(scan: ConceptScan, context: TypologyContext, stretch?: { from: number; to: number }): TypologyMatch | null {
  if (context.advisory) return null;
  const widen = context.dialogue ? DIALOGUE_WINDOW_FACTOR : 1;
  const { present } = scan;
  for (const [id, rules] of compiledRules()) {
    let met = 0;
    for (const { rule, all, unless, waivable } of rules) {
      // Every concept a rule needs must occur for it to be near the others: most rules stop here, before anything else is asked.
      if (!all.every((concept) => present[concept])) continue;
      if (rule.needs && !rule.needs(context)) continue;
      if (unless.some((concept) => present[concept])) continue;
      // "我司不会收取任何解冻费用": a fee the text says nobody charges is no fee.
      if (waivable && present[feeWaivedId!]) continue;
      const found: readonly [number, number] | null = all.length === 0 ? [0, scan.text.length] : stretchWithin(scan, all, (rule.window ?? SMS_WINDOW) * widen);
      if (found === null) continue;
      if (met++ === 0 && stretch) [stretch.from, stretch.to] = found;
    }
    if (met > 0) return { id, category: TYPOLOGY_CATEGORY[id], rules: met };
  }
  if (stretch) [stretch.from, stretch.to] = [0, scan.text.length];
  return bestPretext(scan, context);
}

/** A rule with its concepts as the lexicon's indices, looked up once. */
interface CompiledRule {
  rule: Rule;
  all: readonly number[];
  unless: readonly number[];
  /** A fee rule, which "fee_waived" cancels. */
  waivable: boolean;
}
let compiled: readonly [TypologyId, readonly CompiledRule[]][] | null = null;
let feeWaivedId: number | null = null;

function compiledRules(): readonly [TypologyId, readonly CompiledRule[]][] {
  if (compiled) return compiled;
  const lex = fraudLexicon();
  feeWaivedId = lex.id("fee_waived");
  compiled = RULES.map(([id, rules]) => [
    id,
    rules.map((rule) => ({
      rule,
      all: rule.all.map((name) => lex.id(name)),
      unless: (rule.unless ?? []).map((name) => lex.id(name)),
      waivable: rule.all.includes("upfront_fee"),
    })),
  ]);
  return compiled;
}

export type ReasonLanguage = "zh-CN" | "zh-TW" | "en";
export type LocalisedMessage = Record<ReasonLanguage, string>;

/** Reason messages per reason code `typology_<id>`, in the three languages of the API. */
export const TYPOLOGY_REASONS: Record<`typology_${TypologyId}`, LocalisedMessage> = {
  typology_fake_collection: {
    "zh-CN": "内容符合虚假催收诈骗：以逾期欠款为由威胁起诉、上门或通知家人，要求私下还款或提供验证码。",
    "zh-TW": "內容符合假冒催收詐騙：以逾期欠款為由威脅起訴、上門或通知家人，要求私下還款或提供驗證碼。",
    en: "It reads like a fake debt-collection scam: threats of lawsuits, visits or telling your family over a debt, and a demand to pay privately or send a code.",
  },
  typology_task_rebate: {
    "zh-CN": "内容符合刷单返利诈骗：以兼职点赞、做任务返佣金为诱饵，先小额返利再要求垫付。",
    "zh-TW": "內容符合刷單返利詐騙：以兼職按讚、做任務返佣金為誘餌，先小額返利再要求墊付。",
    en: "It reads like a task or rebate scam: paid likes or tasks with commissions, then you are asked to pay in advance.",
  },
  typology_investment: {
    "zh-CN": "内容符合虚假投资理财诈骗：承诺稳赚、翻倍或内幕消息，拉人进群或下载投资平台。",
    "zh-TW": "內容符合假投資理財詐騙：保證穩賺、翻倍或內線消息，拉人入群或下載投資平台。",
    en: "It reads like an investment scam: guaranteed or doubled returns, insider tips, a group or a trading app to join.",
  },
  typology_fake_loan: {
    "zh-CN": "内容符合虚假网络贷款诈骗：无抵押、不看征信的贷款，放款前要求缴纳保证金、手续费或解冻金。",
    "zh-TW": "內容符合假網路貸款詐騙：免抵押、不看信用的貸款，撥款前要求繳納保證金、手續費或解凍金。",
    en: "It reads like a fake loan scam: a loan with no checks, and a deposit, fee or “unfreezing” payment before the money is released.",
  },
  typology_customer_service: {
    "zh-CN": "内容符合冒充电商物流客服诈骗：以退款、理赔或取消会员扣费为由，引导添加联系方式、共享屏幕或转账。",
    "zh-TW": "內容符合冒充電商物流客服詐騙：以退款、理賠或取消會員扣費為由，引導加聯絡方式、分享螢幕或轉帳。",
    en: "It reads like a fake customer-service scam: a refund, compensation or a membership charge to cancel, and you are led to a chat, screen sharing or a transfer.",
  },
  typology_police_impersonation: {
    "zh-CN": "内容符合冒充公检法诈骗：称您涉嫌案件，要求保密、配合调查或把资金转入“安全账户”。公检法不会通过电话或短信办案。",
    "zh-TW": "內容符合冒充公檢法詐騙：稱您涉及案件，要求保密、配合調查或把資金轉入「安全帳戶」。警察與檢察官不會以電話或簡訊辦案。",
    en: "It reads like a police or government impersonation scam: you are said to be under investigation and asked for secrecy, cooperation or a transfer to a “safe account”. Police never handle cases by phone or SMS.",
  },
  typology_credit_repair: {
    "zh-CN": "内容符合虚假征信诈骗：以注销校园贷、学生账户或修复征信为由，诱导贷款后转账。",
    "zh-TW": "內容符合假信用紀錄詐騙：以註銷校園貸、學生帳戶或修復信用為由，誘導貸款後轉帳。",
    en: "It reads like a credit-record scam: closing a “student loan” account or repairing your credit record, then you are led to borrow and transfer the money.",
  },
  typology_acquaintance: {
    "zh-CN": "内容符合冒充领导、熟人诈骗：自称亲友或领导，换了号码，急需用钱并要求保密。请先用原号码或当面核实。",
    "zh-TW": "內容符合冒充主管、熟人詐騙：自稱親友或主管，換了號碼，急需用錢並要求保密。請先用原號碼或當面確認。",
    en: "It reads like an impersonation of a relative, friend or boss: a new number, an urgent need for money and a request for secrecy. Check through their old number or in person.",
  },
  typology_game_trade: {
    "zh-CN": "内容符合网络游戏虚假交易诈骗：低价买卖游戏账号或装备，以账户冻结、保证金等理由要求付款或私下交易。",
    "zh-TW": "內容符合網路遊戲假交易詐騙：低價買賣遊戲帳號或裝備，以帳戶凍結、保證金等理由要求付款或私下交易。",
    en: "It reads like a game-trading scam: cheap game accounts or items, then a frozen account, deposit or off-platform deal that needs a payment.",
  },
  typology_romance: {
    "zh-CN": "内容符合网络婚恋交友诈骗：以恋爱交友建立信任，再以投资平台“漏洞”或急用钱为由要求转账。",
    "zh-TW": "內容符合網路交友詐騙：以戀愛交友建立信任，再以投資平台「漏洞」或急需用錢為由要求轉帳。",
    en: "It reads like a romance scam: an online relationship, then an investment “opportunity” or an emergency that needs your money.",
  },
  typology_military_purchase: {
    "zh-CN": "内容符合冒充军警购物诈骗：自称部队、军警大批采购，要求垫付货款或向指定供应商付款。",
    "zh-TW": "內容符合冒充軍警購物詐騙：自稱部隊、軍警大量採購，要求墊付貨款或向指定供應商付款。",
    en: "It reads like a fake military purchase: a large order “for the army or police” that needs you to pay a supplier in advance.",
  },
  typology_prize: {
    "zh-CN": "内容符合中奖诈骗：称您中奖或获得奖品，领奖前要求点击链接、提供信息或缴纳费用。",
    "zh-TW": "內容符合中獎詐騙：稱您中獎或獲得獎品，領獎前要求點擊連結、提供資料或繳納費用。",
    en: "It reads like a prize scam: you have “won” something, and must click a link, give details or pay a fee to claim it.",
  },
  typology_premium_rate: {
    "zh-CN": "内容符合高额付费号码诈骗：引导拨打或回复高额付费号码（如 09 开头的号码或短信代码），费用很高。",
    "zh-TW": "內容符合高額付費號碼詐騙：引導撥打或回覆高額付費號碼（如 09 開頭的號碼或簡訊代碼），費用很高。",
    en: "It reads like a premium-rate scam: you are asked to call or text a premium number (09…, a short code), which costs a lot.",
  },
  typology_parcel_fee: {
    "zh-CN": "内容符合快递补缴费用诈骗：称包裹无法派送或需缴纳运费、关税，引导点击链接付款或填写信息。",
    "zh-TW": "內容符合包裹補繳費用詐騙：稱包裹無法派送或需繳納運費、關稅，引導點擊連結付款或填寫資料。",
    en: "It reads like a parcel-fee scam: a parcel that “could not be delivered” or owes a fee, and a link to pay or enter your details.",
  },
  typology_account_lock: {
    "zh-CN": "内容符合账户冻结钓鱼诈骗：称银行卡或账户异常、冻结，引导点击链接登录或验证。",
    "zh-TW": "內容符合帳戶凍結釣魚詐騙：稱銀行卡或帳戶異常、凍結，引導點擊連結登入或驗證。",
    en: "It reads like an account-lock phishing scam: your bank card or account is “locked” or “suspended”, and a link asks you to log in or verify.",
  },
  typology_tax_refund: {
    "zh-CN": "内容符合退税补贴钓鱼诈骗：称可领取退税、补贴或津贴，引导点击链接填写银行卡等信息。",
    "zh-TW": "內容符合退稅補助釣魚詐騙：稱可領取退稅、補助或津貼，引導點擊連結填寫銀行卡等資料。",
    en: "It reads like a tax-refund or benefit phishing scam: money you can “claim”, and a link asking for your card details.",
  },
};

/**
 * The reason of a typology match in one of the API's languages.
 * Example: typologyReason("prize", "en") → { code: "typology_prize", message: "It reads like a prize scam: …" }
 */
export function typologyReason(id: TypologyId, language: ReasonLanguage): { code: string; message: string } {
  const code = `typology_${id}` as const;
  return { code, message: TYPOLOGY_REASONS[code][language] };
}
