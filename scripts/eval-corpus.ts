/**
 * A deterministic, labelled corpus for campaign matching: scam templates in the style of the seed
 * articles (each written with its own sentence structure) × mutations real campaigns use, plus
 * negatives (genuine bank/lender notices, one-time codes, personal texts, marketing, deliveries).
 * The hold-out set is written separately and never used for tuning.
 */
import { mulberry32 } from "./lib/synthetic";

export interface CorpusItem {
  text: string;
  /** Template label: scam templates "scam:<n>", negatives "neg:<family>:<n>". */
  label: string;
  kind: "scam" | "negative";
}

type Random = () => number;
type Slots = { name: string; amount: string; days: string; date: string; link: string; phone: string; code: string; caseNo: string; hours: string };
type Template = (s: Slots) => string;

const SURNAMES = ["张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英"];
const TLDS = ["top", "xyz", "vip", "cc", "cn", "com", "net", "shop", "icu", "club"];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const digits = (random: Random, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");

function slots(random: Random): Slots {
  const host = `${pick(random, ["pay", "kf", "zx", "jr", "app", "h5", "m", "vip", "help", "service"])}${digits(random, 2 + Math.floor(random() * 3))}`;
  return {
    name: pick(random, SURNAMES) + pick(random, GIVEN),
    amount: random() < 0.5 ? String(1000 + Math.floor(random() * 90000)) : `${(1 + random() * 90).toFixed(2)}万`.replace(".00万", "万"),
    days: String(1 + Math.floor(random() * 120)),
    date: `${1 + Math.floor(random() * 12)}月${1 + Math.floor(random() * 28)}日`,
    link: `http://${host}.${pick(random, TLDS)}/${digits(random, 4)}`,
    phone: `1${pick(random, ["3", "5", "7", "8", "9"])}${digits(random, 9)}`,
    code: digits(random, 6),
    caseNo: `(${2024 + Math.floor(random() * 3)})${pick(random, ["京", "沪", "粤", "浙"])}${digits(random, 4)}民初${digits(random, 5)}号`,
    hours: String(pick(random, [12, 24, 48, 72])),
  };
}

/** 36 scam templates, deliberately varied in structure, not one skeleton with swapped names. */
export const SCAM_TEMPLATES: Template[] = [
  (s) => `【中信金融】尊敬的${s.name}先生，您的借款已逾期${s.days}天，欠款${s.amount}元，我司将于${s.hours}小时内起诉并上门催收，影响征信。请立即登录 ${s.link} 处理，回复验证码确认身份。`,
  (s) => `众安金融通知：${s.name}您好，您在我司的贷款${s.amount}元严重逾期，已进入法务程序，今日内不处理将立案并通知您的紧急联系人。还款请扫码或转账至专员个人账户，详询 ${s.link}`,
  (s) => `【东銮金融】${s.name}，您的分期账单逾期未还，欠款${s.amount}元，已上报征信黑名单。如需协商还款请提供身份证号和银行卡号至 ${s.link}，否则将安排上门走访。`,
  (s) => `【民豐銀行】${s.name}您好，您的貸款已逾期${s.days}天，本行將於${s.date}向法院提起訴訟並上報徵信。請立即聯繫專員處理：${s.link} 回覆驗證碼確認。`,
  (s) => `您好，这里是招联金融法务部。您名下案件${s.caseNo}已立案，因您长期拖欠${s.amount}元拒不还款，法院将于${s.date}冻结您名下全部银行账户。撤诉请致电${s.phone}。`,
  (s) => `【平安普惠】最后通知：${s.name}的贷款合同已违约，违约金每日累计，${s.hours}小时后移交第三方催收并联系您的家人和单位。立即处理：${s.link}`,
  (s) => `【支付宝】您的花呗账户存在异常，已被风控冻结，额度${s.amount}元将清零并影响征信。请于今日内点击 ${s.link} 完成解冻认证。`,
  (s) => `尊敬的用户，您的ETC卡已失效，将于${s.date}停用，为避免影响您的正常通行，请尽快登录 ${s.link} 重新认证。【ETC服务】`,
  (s) => `【医保局】您的医保卡将于${s.date}冻结，原因是未完成年度电子认证。请在${s.hours}小时内访问 ${s.link} 进行人脸认证，逾期作废。`,
  (s) => `您好，我是${s.name}的快递理赔专员，您的包裹在运输途中丢失，我司将赔付您${s.amount}元，请添加客服微信${s.phone}办理退款，需提供银行卡号及验证码。`,
  (s) => `【京东金融】您开通的京东白条学生会员即将扣费${s.amount}元，根据监管要求需注销，否则影响征信。注销请致电${s.phone}，客服将指导您操作。`,
  (s) => `恭喜您！经系统评估，您已获得${s.amount}元无抵押信用贷款额度，年化利率低至3.6%，当天到账。点击 ${s.link} 领取，仅限今日。`,
  (s) => `您在我平台申请的${s.amount}元借款审核已通过，但因您填写的银行卡号有误，资金已被冻结。请联系财务专员${s.phone}缴纳解冻金后即可到账。`,
  (s) => `【公安提示】${s.name}，您涉嫌一起洗钱案件（案号${s.caseNo}），请立即配合调查，将资金转入安全账户，否则将被通缉。联系警官：${s.phone}`,
  (s) => `【中国银联】您的银行卡因涉嫌违规交易已被限制使用，请在${s.hours}小时内登录 ${s.link} 解除限制，需验证卡号、密码及短信验证码。`,
  (s) => `亲爱的会员：您在本店购买的商品存在质量问题，我们将为您办理三倍退款共${s.amount}元，请添加客服QQ ${s.code} 办理，或点击 ${s.link}`,
  (s) => `${s.name}，你好。我是你领导，明天上午到我办公室来一趟。另外我这边有笔款要急转，你先帮我垫付${s.amount}元，转到我发给你的账户上。`,
  (s) => `【度小满】您的有钱花账户已逾期${s.days}天，我司已委托律师事务所向您发送律师函，${s.date}前未结清将正式起诉，联系专员 ${s.phone} 协商。`,
  (s) => `征信修复中心提醒：您的个人征信存在逾期记录，影响房贷车贷申请。我司可内部渠道快速消除不良记录，费用${s.amount}元，咨询 ${s.link}`,
  () => `【美团】您已开通美团月付，因未及时还款将产生高额利息并上报征信，请尽快下载指定APP并开启屏幕共享，由客服协助您关闭该服务。`,
  (s) => `您好，您的抖音百万保障已到期，将自动扣费${s.amount}元/月。如需取消请拨打${s.phone}，逾期未取消将持续扣费。`,
  (s) => `【微粒贷】尊敬的客户，您的借款已严重逾期，总计欠款${s.amount}元，已被列入失信名单，您的子女入学、乘坐高铁将受限。速还：${s.link}`,
  (s) => `【招商银行】您的信用卡积分${s.code}分即将清零，可兑换现金${s.amount}元，请登录 ${s.link} 兑换，需填写卡号、有效期及CVV。`,
  (s) => `最终裁定书：被告人${s.name}拖欠网贷${s.amount}元，本院已受理，案号${s.caseNo}，${s.date}开庭。如需庭外和解，请于今日${s.hours}点前联系${s.phone}。`,
  (s) => `网上兼职刷单，日结${s.amount}元，时间自由，在家即可操作，无需押金，加微信 ${s.code} 了解详情，名额有限先到先得！`,
  (s) => `【12306】您购买的${s.date}车次因故取消，请联系客服办理退票改签，额外补偿${s.amount}元，客服电话${s.phone}，需提供银行卡信息。`,
  (s) => `您好！您的社保卡已在异地被冒用，涉嫌违规套取医保基金${s.amount}元，即将被冻结，请立即拨打${s.phone}联系社保中心核实。`,
  (s) => `【拍拍贷】${s.name}，您已逾期${s.days}天，催收人员将于${s.date}前往您户籍所在地及工作单位核实情况，为避免影响请马上还款 ${s.link}`,
  (s) => `尊敬的客户您好，您的手机号已被选为幸运用户，获得话费补贴${s.amount}元，请在${s.hours}小时内回复您收到的验证码领取，过期作废。`,
  (s) => `【中信银行】温馨提示：您的网银盾已过期，为保障资金安全，请登录 ${s.link} 升级，逾期将停止网上银行服务。`,
  (s) => `你的孩子${s.name}在学校突发疾病正在医院抢救，急需手术费${s.amount}元，我是他的班主任，请马上转账到这个账户：${s.code}${s.code}`,
  (s) => `【捷信】分期客户${s.name}：您的贷款已被我司转让给资产管理公司，请于${s.date}前将剩余欠款${s.amount}元转入监管账户，逾期将采取法律手段。`,
  (s) => `投资理财内部消息：某股明日必涨停，老师带你稳赚，已有${s.days}位学员翻倍，进群领取免费名额：${s.link}`,
  (s) => `【工商银行】您账户于${s.date}有一笔${s.amount}元异地消费待确认，如非本人操作，请立即回复验证码并致电${s.phone}冻结交易。`,
  (s) => `【马上消费】安逸花用户您好，您的额度已提升至${s.amount}元，但需先缴纳${s.days}元保证金验证还款能力，详情咨询专员${s.phone}。`,
  (s) => `${s.name}，我是老同学，换号了，这是我新号码，存一下。最近手头紧，能不能先借我${s.amount}元，下周一定还你。`,
];

/** Negatives: genuine notices and ordinary texts (several families may repeat a template of their own). */
export const NEGATIVE_FAMILIES: { family: string; make: (s: Slots, r: Random) => string }[] = [
  { family: "otp-citic", make: (s) => `【中信银行】您的验证码为${s.code}，您正在进行网上支付，5分钟内有效，请勿泄露给他人。` },
  { family: "otp-cmb", make: (s) => `【招商银行】验证码：${s.code}，您正在登录手机银行，切勿告知他人。` },
  { family: "otp-icbc", make: (s) => `【工商银行】您正在进行手机银行转账，验证码${s.code}，打死都不要告诉别人！` },
  { family: "otp-alipay", make: (s) => `【支付宝】验证码${s.code}，用于登录验证，10分钟内有效。如非本人操作，请忽略本短信。` },
  { family: "otp-wechat", make: (s) => `【腾讯科技】你正在登录微信，验证码${s.code}。转给他人将导致微信被盗。` },
  { family: "bill-citic", make: (s) => `【中信银行】您尾号${s.code.slice(0, 4)}的信用卡本期账单已出，应还金额${s.amount}元，到期还款日${s.date}。` },
  { family: "bill-cmb", make: (s) => `【招商银行】${s.name}先生，您的信用卡${s.date}账单金额为${s.amount}元，最低还款额见掌上生活。` },
  { family: "spend-icbc", make: (s) => `【工商银行】您尾号${s.code.slice(0, 4)}卡${s.date}支出(消费)${s.amount}元，余额${s.days}元。` },
  { family: "spend-ccb", make: (s) => `【建设银行】您尾号${s.code.slice(0, 4)}的储蓄卡${s.date}收入人民币${s.amount}元，活期余额${s.days}元。` },
  { family: "reminder-za", make: (s) => `【众安保险】尊敬的${s.name}，您的保单将于${s.date}到期，如需续保请通过众安保险APP办理，客服热线1010-9955。` },
  { family: "loan-genuine", make: (s) => `【招联金融】您的借款${s.amount}元将于${s.date}到期，请确保绑定银行卡余额充足，系统将自动扣款。如已还款请忽略。` },
  { family: "delivery", make: (s) => `【菜鸟驿站】您的快递已到小区驿站，取件码${s.code.slice(0, 1)}-${s.code.slice(1, 2)}-${s.code.slice(2)}，请于${s.date}前取件。` },
  { family: "delivery-sf", make: (s) => `【顺丰速运】您的快件${s.code}${s.code}正在派送中，快递员${s.name}，电话${s.phone}。` },
  { family: "marketing-shop", make: (s) => `【某电商】双11狂欢，全场满${s.days}减${s.code.slice(0, 2)}，爆款低至${s.amount}元，点击 ${s.link} 抢购，回T退订` },
  { family: "marketing-carrier", make: (s) => `【中国移动】尊敬的客户，您本月已使用流量${s.days}GB，剩余${s.code.slice(0, 2)}GB。办理加油包请回复KTJYB。回T退订` },
  { family: "carrier-bill", make: (s) => `【中国联通】您好，您${s.date}的话费账单为${s.amount}元，账户余额${s.days}元。` },
  { family: "gov", make: (s) => `【12123】您的机动车于${s.date}在某路口有一起交通违法记录，请及时处理。` },
  { family: "personal-1", make: (s, r) => pick(r, [`晚上一起吃饭吗？${s.hours}点老地方见`, `妈，我到家了，别担心`, `明天的会议改到${s.hours}点了`, `收到，谢谢！`, `${s.name}，你的书我放在前台了`]) },
  { family: "personal-2", make: (s, r) => pick(r, [`生日快乐！祝你天天开心`, `我在路上了，大概${s.days}分钟到`, `帮我带一杯咖啡，谢啦`, `周末去爬山吗`, `孩子今天发烧了，我请假一天`]) },
  { family: "hospital", make: (s) => `【市第一人民医院】${s.name}您好，您预约的${s.date}上午门诊，请携带身份证按时就诊。` },
];

/** Mutations real campaigns use; each returns a changed copy. */
const MUTATIONS: ((text: string, random: Random, s: Slots) => string)[] = [
  // traditional characters for a few common ones
  (t) => t.replace(/[银还贷将于请诉时联门认证账户处]/g, (c) => ({ 银: "銀", 还: "還", 贷: "貸", 将: "將", 于: "於", 请: "請", 诉: "訴", 时: "時", 联: "聯", 门: "門", 认: "認", 证: "證", 账: "賬", 户: "戶", 处: "處" })[c] ?? c),
  // full-width digits and letters
  (t) => t.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  // spaces inserted
  (t, r) => [...t].map((c) => (r() < 0.15 ? `${c} ` : c)).join(""),
  // zero-width characters inserted
  (t, r) => [...t].map((c) => (r() < 0.2 ? `${c}\u200b` : c)).join(""),
  // decoration and emoji
  (t, r) => `${pick(r, ["★", "【重要】", "~~", "⚠️", "🔥", "【通知】"])}${t}${pick(r, ["★★", "~", "！！！", "😊", ""])}`,
  // punctuation swapped
  (t) => t.replace(/，/g, ",").replace(/。/g, "!"),
  // new link, obfuscated
  (t, _r, s) => t.replace(/https?:\/\/\S+?(?=[\s，。！,]|$)/g, s.link.replace("http", "hxxp").replace(/\.(?=[a-z]+\/)/, "[.]")),
  // a sentence added
  (t, r) => `${t}${pick(r, ["如已还款请忽略。", "详情请咨询客服。", "本短信为系统自动发送。", "退订回T", "请勿回复本短信。"])}`,
  // a sentence removed (the last clause)
  (t) => {
    const parts = t.split(/(?<=[，。！])/);
    return parts.length > 3 ? parts.slice(0, -1).join("") : t;
  },
  // clauses re-ordered (first two swapped)
  (t) => {
    const parts = t.split(/(?<=[，。])/);
    if (parts.length < 4) return t;
    [parts[1], parts[2]] = [parts[2]!, parts[1]!];
    return parts.join("");
  },
  // a word substituted
  (t) => t.replace("立即", "马上").replace("尽快", "赶紧").replace("逾期", "超期").replace("您", "你"),
];

function mutate(text: string, random: Random, s: Slots, count: number): string {
  let out = text;
  for (let i = 0; i < count; i++) out = pick(random, MUTATIONS)(out, random, s);
  return out;
}

export function buildCorpus(seed: number, options: { mutationsPerTemplate?: number; negatives?: number } = {}): CorpusItem[] {
  const random = mulberry32(seed);
  const items: CorpusItem[] = [];
  const perTemplate = options.mutationsPerTemplate ?? 24;
  SCAM_TEMPLATES.forEach((template, index) => {
    for (let i = 0; i < perTemplate; i++) {
      const s = slots(random);
      items.push({ text: mutate(template(s), random, s, 1 + Math.floor(random() * 4)), label: `scam:${index}`, kind: "scam" });
    }
  });
  const negatives = options.negatives ?? 2400;
  for (let i = 0; i < negatives; i++) {
    const family = NEGATIVE_FAMILIES[i % NEGATIVE_FAMILIES.length]!;
    const s = slots(random);
    // Genuine senders vary their wording less: light mutations only.
    items.push({ text: random() < 0.3 ? mutate(family.make(s, random), random, s, 1) : family.make(s, random), label: `neg:${family.family}`, kind: "negative" });
  }
  // Shuffle (Fisher–Yates) so templates arrive interleaved, as reports do.
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Hold-out: 6 templates written independently of the tuning set, never used to tune. */
export const HOLDOUT_TEMPLATES: Template[] = [
  (s) => `【浦发银行】${s.name}：您的信用卡透支${s.amount}元已逾期${s.days}天，我行已将您的违约信息报送人民银行征信中心，请于${s.date}前通过${s.link}还清，否则移交司法机关。`,
  (s) => `税务局通知：您${s.date}个人所得税汇算存在退税${s.amount}元未领取，请于${s.hours}小时内登录${s.link}填写银行卡信息办理退税。`,
  (s) => `【苏宁消费金融】任性付客户${s.name}，您的欠款已委外至${s.caseNo}号专案组，请主动联系${s.phone}，我们将派人核实您的居住地址。`,
  (s) => `您好，您的淘宝店铺因违规即将被封，保证金${s.amount}元将被扣除，申诉请点击${s.link}并输入收到的短信验证码。`,
  (s) => `【宜人贷】尊敬的借款人${s.name}，您的账户出现异常还款行为，需重新验证身份，请回复身份证号码及银行预留手机收到的验证码。`,
  (s) => `【光大银行】您的账户因长期未使用将于${s.date}销户，如需保留请在今日${s.hours}点前致电${s.phone}办理，需核对卡号及密码。`,
];

export function buildHoldout(seed: number): CorpusItem[] {
  const random = mulberry32(seed ^ 0x5a5a5a5a);
  const items: CorpusItem[] = [];
  HOLDOUT_TEMPLATES.forEach((template, index) => {
    for (let i = 0; i < 30; i++) {
      const s = slots(random);
      items.push({ text: mutate(template(s), random, s, 1 + Math.floor(random() * 4)), label: `holdout:${index}`, kind: "scam" });
    }
  });
  return items;
}
