/**
 * Content signals of an SMS: what genuine notices never do (ask for codes, ID or card numbers,
 * private repayment channels) and what scams lean on (legal threats, urgency, links, a claimed
 * institution). Works on simplified and traditional text alike.
 *
 * "Asking" is told apart from "warning": genuine notices name the same things ("验证码123456，请勿
 * 泄露", "工作人员不会向您索要密码"), so a request only counts when no negation precedes its verb
 * in the same clause.
 */
import { type ConceptScan, foldForMatching } from "./concepts";
import type { Institution } from "./institutions";
import { extractLinks } from "./links";
import { isOfficialSite } from "./platforms";
import { normaliseSender } from "./phone";
import { codeUnitTable } from "./code-units";
import { StartIndexedPattern } from "./match-starts";
import { GatedAlternation, gatedTest, gateOf, mayMatch } from "./regex-gates";
import { planSearches, textToSearch } from "./request-sentences";
import { everyPassageLow, type ScamLanguageTier, scamLanguageProbability, scamLanguageTier } from "./scam-language";
import { asksSomething, CONTENT_CAP, contentPoints, THRESHOLDS } from "./score";
import { conceptStarts, detectTypology, downloadsUnknownLoanApp, firstMessagePretext, has, institutionOfScan, isAdvisory, isDialogue, type LocalisedMessage, near, OPENER_LENGTH, scanFraudConcepts, type TypologyMatch, withoutReaderTurns } from "./typologies";
import { type ExtractedLink, SIGNALS, type Signal } from "./types";

export interface ContentAnalysis {
  signals: Signal[];
  institution: Institution | null;
  /** The fraud typology the text fits best (src/domain/typologies.ts), or null. */
  typology: TypologyMatch | null;
  /** Numbers the text asks the reader to call or add, normalised (E.164, bare digits for 400/95xxx); never the sender. */
  callbackNumbers: string[];
  /**
   * The learned wording model (src/domain/scam-language.ts): its probability, tier, and whether it
   * may count at all — not on a text the guards call genuine (an anti-fraud advisory) unless the
   * rules already see a strong signal. `scam_language` is among the signals when it counts.
   */
  scamLanguage: { probability: number; tier: ScamLanguageTier; allowed: boolean };
  /** A call or chat transcript (isDialogue), read without the reader's turns. */
  transcript: boolean;
  /**
   * The typology a first message names where the rules find none (firstMessagePretext) and no phrase of a genuine
   * notice stands beside it: it is the `typology` when the model's tier is "high". The training script reads it to
   * apply that with out-of-fold probabilities.
   */
  firstMessage?: TypologyMatch;
}

export interface AnalysisOptions {
  /**
   * Whether a transcript the model reads as genuine (tier "low") keeps nothing the rules found but the institution
   * named (the default). The training script turns it off to apply it with out-of-fold probabilities.
   */
  setAsideGenuineTranscripts?: boolean;
}

/** Where a sentence ends: 。！？；, a line break, an English full stop before a space, or before a 【signature】. */
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s)|(?=【)/g;

/** The sentences of the text from the one holding `from` to the one holding `to`. */
export function sentencesAround(text: string, from: number, to: number): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    const boundary = match.index + match[0].length;
    if (boundary <= from) start = boundary;
    else if (boundary > to) {
      end = boundary;
      break;
    }
  }
  return text.slice(start, end);
}

/** The text without the sentences in which any of these positions fall. Linear: one pass over the sentence ends. */
export function withoutSentencesAt(text: string, positions: readonly number[]): string {
  const sorted = [...positions].sort((a, b) => a - b);
  let kept = "";
  let start = 0;
  let k = 0;
  const keep = (end: number) => {
    let marked = false;
    while (k < sorted.length && sorted[k]! < end) if (sorted[k++]! >= start) marked = true;
    if (!marked) kept += text.slice(start, end);
    start = end;
  };
  for (const match of text.matchAll(SENTENCE_END)) keep(match.index + match[0].length);
  keep(text.length);
  return kept;
}

/**
 * "我是和平精英官方客服": a caller calling itself official, not a notice sending the reader to the institution's own
 * channel ("请联系官方客服"). Read only in the few characters before an official_channel hit: constant work per hit.
 */
const SELF_INTRODUCTION = /(?:我是|我们是|我係|这里是|本人是|\bi am|\bi'm|\bthis is|\bwe are)[^，。,.!?！？；;\n]{0,10}$/i;
const introducesItself = (folded: string, at: number) => SELF_INTRODUCTION.test(folded.slice(Math.max(0, at - 16), at));

/** A negation only governs its own clause: these end one. */
const CLAUSE_END = new Set(Array.from("，,。.！!？?；;\n", (c) => c.charCodeAt(0)));
const IS_CLAUSE_END = codeUnitTable(CLAUSE_END);
// "无需另外提供银行卡信息", "不需要提供验证码", "验证码千万别告诉任何人" (别 right before the verb), "任何人让您转到个人账户都不要信", "如果有人…让您加QQ…千万别信": nothing is asked.
const NEGATION = /勿|不要|不会|凡是|任何(?:人)?要求|任何人(?:让|叫|要)|(?:如果|若|如|要是)有人|没有|唔会|唔好|唔使|唔需要|不得|不可|不能|绝不|决不|从不|严禁|禁止|谨防|防止|无需|无须|不需|不用|不必|别(?:把|将|向|给|发|告诉|泄露)|别$|\b(?:never|not|don't|won't|wouldn't|shouldn't|no need|no (?:genuine|real|legitimate) \w+)\b/i;

/** Verbs that hand something over to the sender. */
const HAND_OVER = "回复|回覆|回传|提供|告知|告诉|发送|发给|发至|发到|发我|发一下|给我|给专员|给客服|转发|报给|报上|报一下|说出|念给|念一下|读给|读一读|读一下|读出|念出|上传";
/** Typing something in: a request only when the text also carries a link to type it into (genuine OTPs say "请在页面输入"). */
const TYPE_IN = "输入|填写|填入|录入|绑定";

const CODE = "验证码|校验码|动态码|动态密码|短信码|短信验证|随机码|OTP|verification code";
const ID_OR_CARD = [
  "身份证(?:号码|号|正反面|照片)?",
  "身份信息",
  "银行卡(?:号码|号|照片)?",
  // A shop's membership or points card is no bank card: "到服务台报一下会员卡号".
  "(?<!会员|积分)卡号",
  "银行账号",
  // "动态密码" is a one-time code, not a password.
  "(?:账户|帐户|支付|取款|交易|查询|登录|银行卡)?(?<!动态|短信)密码",
  "CVV2?|CVN2?",
  "安全码",
  "卡背(?:面)?(?:后)?(?:嘅|的)?三位",
  "(?:卡片?|信用卡)的?有效期",
  "手持身份证",
  "社保卡号",
].join("|");
/** Face or video verification walks the victim through a takeover of their account. */
const FACE_CHECK = /(?<verb>进行|完成|配合|通过|点击|开启)[^，,。！!？?；;\n]{0,4}(?:人脸识别|人脸验证|刷脸|视频认证|视频验证|面部识别)/dg;

/** "请将验证码告知…", "验证码发我一下": verb, up to a few characters, item — or item, a few characters, verb. */
function requestPatterns(verbs: string, items: string): RegExp[] {
  return [
    new RegExp(`(?<verb>${verbs})[^。！!？?；;\\n]{0,12}?(?:${items})`, "dgi"),
    new RegExp(`(?:${items})[^。！!？?；;\\n]{0,14}?(?<verb>${verbs})`, "dgi"),
  ];
}

const CODE_REQUESTS = requestPatterns(HAND_OVER, CODE);
const CODE_TYPE_IN = requestPatterns(TYPE_IN, CODE);
// Not 核实/登记/绑定: banks do write "请携带身份证到网点核实", "已绑定银行卡".
const ID_OR_CARD_REQUESTS = requestPatterns(`${HAND_OVER}|拍照|拍摄`, ID_OR_CARD);
const ID_OR_CARD_TYPE_IN = requestPatterns(TYPE_IN, ID_OR_CARD);
/** "在卡片中输入身份证后四位": a request even without a link — no genuine notice asks for part of an ID number. */
const ID_DIGITS_TYPE_IN = requestPatterns(`${TYPE_IN}|回复|发送`, "(?:身份证|证件)(?:号码|号)?的?(?:后|末)(?:四|六|4|6)位");
const PERSONAL_INFO = "个人信息|个人资料|家庭住址|详细地址|真实姓名|身份资料|姓名(?:和|及|、)?(?:电话|手机号|住址)";
const PERSONAL_INFO_REQUESTS = requestPatterns(`${HAND_OVER}|填写|完善|登记|补充|提交|核对`, PERSONAL_INFO);
const ENGLISH_DETAILS_REQUEST =
  /\b(?<verb>provide|confirm|update|enter|submit|send|text|verify|give|reply with|put|type|fill in)\b[^.!?\n]{0,30}\b(?:personal details|personal information|your details|date of birth|full name and address|ssn|social security number|bank login|online banking login)\b/dgi;
// A PIN or code is asked for when it is the reader's ("send us your PIN", "reply with the code"), not when the writer sends one ("will send pin").
const ENGLISH_CARD_REQUEST =
  /\b(?<verb>provide|confirm|update|enter|submit|send|verify|give|reply with|read me|read out|put|key in|fill in|type)\b[^.!?\n]{0,30}\b(?:card details|card number|bank details|account details|payment details|numbers on the back|(?:your|ur|the|me|us)\s(?:card\s|bank\s|account\s|atm\s)?(?:pin|cvv|password)|cvv|sort code|password)\b/dgi;
/** English: "send us the OTP", "reply with your verification code", "forward us the 6-digit registration code". */
const ENGLISH_CODE_REQUEST = /\b(?<verb>send|reply|tell|give|share|provide|forward|read me|read out)\b[^.!?\n]{0,32}\b(?:otp|codes?|verification code|(?:your|ur|the|me|us)\s(?:card\s|bank\s|account\s|atm\s)?pin)\b/dgi;

/** Module-local, called as `charCodeAt.call(text, i)` in the loops over a text (why: src/domain/code-units.ts). */
const charCodeAt = String.prototype.charCodeAt;

/** Clauses longer than this are not read back further for a negation: keeps every check linear. */
const MAX_CLAUSE = 80;

/**
 * The institution's own app, branch or counter: "请在App内上传新证件", "请到网点柜台提供身份证" hand
 * nothing to a stranger (a link or a chat contact would; those are checked without this exemption).
 */
const OWN_CHANNEL = /app内|app中|app里|(?:登录|打开|在)[\u4e00-\u9fffA-Za-z0-9]{0,6}app(?!\s?store)|客户端内|在[\u4e00-\u9fffA-Za-z0-9]{2,6}(?<![时日天月年周钟限间期内])内|手机银行|网上银行|官方app|官网|官方网站|营业厅|网点|柜台|in the app|in-app|at (?:any|your nearest|a) branch/i;

const DOT = 46;
const IS_ASCII_ALPHANUMERIC = codeUnitTable(new Set(Array.from("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", (c) => c.charCodeAt(0))));

/** A dot inside a word — a domain's (www.sf-express.com), a number's (3.5) — ends no clause. */
function endsClause(text: string, at: number): boolean {
  const code = charCodeAt.call(text, at);
  if (!IS_CLAUSE_END[code]) return false;
  return code !== DOT || !IS_ASCII_ALPHANUMERIC[charCodeAt.call(text, at - 1)] || !IS_ASCII_ALPHANUMERIC[charCodeAt.call(text, at + 1)];
}

/** The clause before position `at`, at most MAX_CLAUSE characters back. */
function clauseBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < MAX_CLAUSE && !endsClause(text, start - 1)) start--;
  return text.slice(start, at);
}

/** Whether a match's verb is a request: no negation (nor, when `ownChannelExempt`, the institution's own channel) precedes it in its clause. */
function isRequest(text: string, match: RegExpExecArray, ownChannelExempt: boolean): boolean {
  const before = clauseBefore(text, match.indices?.groups?.verb?.[0] ?? match.index);
  // The channel may also sit between the verb and the item: "通过手机银行人脸识别".
  return !NEGATION.test(before) && !(ownChannelExempt && (OWN_CHANNEL.test(before) || OWN_CHANNEL.test(match[0])));
}

/**
 * Whether any of a concept's hits is not negated in its clause: "不会让您共享屏幕" names screen sharing and asks nothing.
 * With `ownChannelExempt`, nor inside the institution's own app ("可在App“我的-借款记录”中下载" downloads a document there).
 */
function anyUnnegated(text: string, starts: readonly number[], ownChannelExempt = false): boolean {
  for (const at of starts) {
    const before = clauseBefore(text, at);
    if (!NEGATION.test(before) && !(ownChannelExempt && OWN_CHANNEL.test(before))) return true;
  }
  return false;
}

/** Whether any match of a global pattern is not negated in its clause ("不会让您加QQ" adds no chat contact). */
function anyUnnegatedMatch(text: string, pattern: StartIndexedPattern): boolean {
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text, match.index + match[0].length)) {
    if (!NEGATION.test(clauseBefore(text, match.index))) return true;
  }
  return false;
}

/**
 * Whether any match of the (global, "d"-flagged) patterns is a request; stops at the first that is.
 * A pattern is skipped when the scan of `text` lacks literals it needs (src/domain/regex-gates.ts); a
 * verb–gap–item pattern reads only the sentences naming its item (src/domain/request-sentences.ts).
 */
function asks(text: string, scan: ConceptScan, patterns: RegExp[], negationInside = false, ownChannelExempt = false): boolean {
  for (const pattern of patterns) {
    if (!pattern.global) throw new TypeError(`request patterns must be global: ${pattern}`);
    if (!mayMatch(gateOf(pattern), scan)) continue;
    const searched = textToSearch(pattern, text);
    pattern.lastIndex = 0;
    try {
      for (let match = pattern.exec(searched); match !== null; match = pattern.exec(searched)) {
        if (isRequest(searched, match, ownChannelExempt) && !(negationInside && NEGATION.test(match[0]))) return true;
        if (match[0] === "") pattern.lastIndex++;
      }
    } finally {
      // The patterns are shared: leave none mid-text for the next caller (matchAll copies lastIndex).
      pattern.lastIndex = 0;
    }
  }
  return false;
}

/**
 * "上门" threatens only as a collection visit, not as home delivery, installation or repair; "征信" not
 * as a loan advert's lure ("不看征信", "无视征信").
 */
const LEGAL_THREAT =
  /起诉|诉讼|立案|上门(?:催收|催款|催讨|走访|拜访|调查|核实|追讨|追款|执行|收款|找)|(?<!不看|不查|无视|不上)征信|法院|法务|律师函|律师|传票|强制执行|拘留|黑名单|冻结|司法|仲裁|公安|报案|刑事|追责|追究|催收|失信|通缉|逮捕|查封|拘捕|判决|被执行人|联系(?:您的)?(?:家人|亲属|单位|紧急联系人)|通知(?:您的)?(?:家人|亲属|单位|通讯录)|\b(?:legal action|legal matter|legal proceedings|FIR|police case|court|bailiffs?|lawsuit|sue you|arrest(?:ed)?|warrant|prosecut\w*)\b/i;
const URGENCY =
  /立即|立刻|马上(?!消费|金融)|尽快|即刻|火速|速回|今日内|今天内|当天内|当日内|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s{0,2}个?小时内|逾期|最后通知|最后期限|最后一次|限时|限期|否则|截止|务必|紧急|过时不候|即将(?:冻结|起诉|上门|影响|逾期|失效)|\b(?:urgent(?:ly)?|immediately|final (?:notice|demand|warning|reminder)|last chance|act now|within \d{1,3} hours|before midnight)\b/i;
/**
 * Money or data leaving official channels: transfers to a person's, a "safe" or a designated
 * account, QR codes for repayment, WeChat/QQ contacts (screen sharing and app downloads are
 * `screen_share_or_app`). "对公账户" is the company's own account and "您的个人账户" is the
 * reader's, so neither counts on its own.
 */
const PRIVATE_CHANNEL = [
  // "转到我们提供的账户", "汇入对方指定的银行卡", "转账到我发给你的卡号": an account the sender chooses. "您指定/提供的" is the reader's own.
  /(?:转账|转款|转入|转至|转到|转给|汇款|汇入|汇至|汇到|打款|打到|存入|还款|还至|还到|支付|付款)[^。！!？?；;\n]{0,16}(?<![您你])(?:指定|提供|给出|发来|发给?(?:你|您)|给(?:你|您))的?[^。！!？?；;\n]{0,8}(?<!本人)(?:账户|帐户|账号|帐号|银行卡|卡号|卡)/g,
  // "您的个人账户" is the reader's own.
  /(?:转账|转入|转至|转到|汇入|汇至|打款|打到|存入|还款|还至|还到|支付)[^。！!？?；;\n]{0,10}(?<!您的?|你的?|本人)(?:个人|私人|专员|员工|经理|业务员|会计|财务)的?(?:账户|帐户|账号|帐号|银行卡|卡|支付宝|微信)/g,
  /(?:安全|监管|核查|清查|保证金|验资|资金清算|临时|过渡|专用|机构|内部|追缴|保护)(?:账户|帐户|账号|帐号)/g,
  // "卡号私信你", "账号私发给您": the account to pay comes in a private message.
  /(?:卡号|账号|帐号|账户|收款码)[^。！!？?；;\n]{0,4}(?:私信|私发|私聊|发你|发您|发给你|发给您)/g,
  /(?:发你|发您|发给你|发给您)[^。！!？?；;\n]{0,3}(?:收款码|二维码|卡号|账号|账户|帐户)/g,
  // "我给你个结算员的卡号，你直接打过去".
  /给你(?:个|一个)[^。！!？?；;\n]{0,6}(?:卡号|账号|账户|帐户|收款码)/g,
  // "你微信转我个人就行": to the caller in person.
  /转(?:给)?我个人|(?:微信|支付宝)转(?:给)?我(?!们)/g,
  /(?:扫码|扫描二维码|二维码|收款码|付款码)[^。！!？?；;\n]{0,8}(?:还款|转账|支付|付款|缴纳|缴费|结清|处理|充值)|(?:还款|转账|支付|付款|缴纳|结清)[^。！!？?；;\n]{0,8}(?:扫码|二维码|收款码)/g,
  /微信转账|支付宝(?:转账|扫码)/g,
  // "存入我们合作的代收户（户名：孙某，个人名下）": a collection agent's or a person's account.
  /代收(?:户|账户|帐户)|个人名下/g,
  // "改由专员核对后提供的账户入账": an account a collector hands out.
  /(?:专员|客服|经理|工作人员)[^。！!？?；;\n]{0,8}(?:提供|指定)的?(?:账户|帐户|账号|帐号|银行卡|卡号)/g,
  // "reply ok and i send u the PayNow details": the account comes in a private message.
  /\b(?:send|give)\s(?:u|you)\s(?:the\s|our\s|my\s)?(?:paynow|payid|upi|bank|account|payment)\s(?:details|number|no|id)\b/gi,
  // "Pay $500 to the nominated agent account today": an account the sender names ("your nominated account" is the reader's).
  /\b(?:pay|send|transfer|wire|deposit|move)\b[^.!?\n]{0,40}(?<!\byour\s|\bur\s)\b(?:nominated|designated|specified|safe|holding)\s(?:agent\s|bank\s|collection\s|trust\s)?account\b|\b(?:agent|collector)'?s?\s(?:bank\s)?account\b/gi,
  // "户名写李经理就行": a company's account bears the company's name, never a manager's.
  /户名(?:写|填|为|是|[:：])?\s?[\u4e00-\u9fff]{1,2}(?:经理|主管|专员|总)/g,
  // "Bank details have changed, please send the rent to the new account", "以后房租转到新的账户": payment redirected.
  /\b(?:send|transfer|pay|wire|deposit)\b[^.!?\n]{0,40}\b(?:new|different|updated|another)\s(?:bank\s)?(?:account|details)\b/gi,
  /(?:转账|转到|转入|汇入|汇到|打到|付到|交到|支付到)[^。！!？?；;\n]{0,10}(?:新的?|更换后的?|变更后的?)(?:收款)?(?:账户|帐户|账号|帐号|银行卡|卡号)/g,
];
/** Flagged from content alone, as /check's app audience reads it. */
const flaggedFromContent = (content: ContentAnalysis) =>
  Math.min(CONTENT_CAP, contentPoints(content.signals, content.typology, content.scamLanguage.tier)) >= THRESHOLDS.app.suspicious;
/**
 * What a lawful lender may not threaten: telling the reader's family, employer or contacts, sending people to the door
 * ("我们将派人上门并通知您的单位和家人"). A firm overdue notice names the courts; a collector's script names these.
 */
const EXPOSURE_THREAT =
  /(?:通知|联系|告诉|打给)(?:您|你)?的?(?:家人|家属|亲属|亲友|单位|领导|同事|通讯录|紧急联系人)|上门|派人|到你家|通讯录|所有联系人|曝光|让大家都知道|村委会|公司群|朋友圈|\b(?:inform|tell|contact|call)\s(?:ur|your)\s(?:family|employer|boss|contacts)\b|\beveryone (?:you|u) know\b|\bvisit (?:your|ur) (?:house|home|property|address)\b/;
/** The rest of a text, read apart from its cover sentences: what it asks or threatens decides how sure the model must be. */
const asksOrExposes = (script: ContentAnalysis, rest: string) =>
  asksSomething(script.signals) || script.callbackNumbers.length > 0 || EXPOSURE_THREAT.test(rest);
/**
 * Beside an advisory's sentences: an ask, a number to call or a threat no lawful lender makes, in words the model reads
 * as a scam more than not (p ≥ 0.7); a typology the model reads as a scam (its own threshold); or what is flagged beside
 * a phrase rules stand aside for (below). A typology with only a lawful threat is not enough: a lender's own overdue
 * notice reads like a collector's once its anti-fraud line is taken away ("…我司将依法保留向人民法院提起诉讼的权利。请登录
 * 官方APP还款…，勿轻信“代理退息”。", the notice alone p 0.90; blind genuine sets #89 and #96).
 */
const ADVISORY_SCRIPT_MIN_PROBABILITY = 0.7;
const isScriptBesideAdvisory = (script: ContentAnalysis, rest: string) =>
  !script.typology?.firstMessage &&
  (((script.typology !== null ? asksOrExposes(script, rest) : asksSomething(script.signals)) && script.scamLanguage.probability >= ADVISORY_SCRIPT_MIN_PROBABILITY) ||
    (script.typology !== null && scoresAsScamLanguage(script.scamLanguage.probability)) ||
    isScriptBesideStandAside(script, rest));
/** An advisory's sentences: naming scams ("谨防诈骗，请勿上当"). */
const WARNING_CONCEPTS = ["advisory", "fraud_word"] as const;
/**
 * Phrases rules and the model's guard stand aside for, which a script can borrow: the institution's own channel, "no
 * action needed", a refund or cancellation done, a fee waived — and a warning about scams, which dilutes the model's
 * reading of a script it is appended to ("…转到我们财务专员的个人卡。谨防诈骗，请勿上当。" p 1.00 → 0.94).
 */
const STAND_ASIDE_CONCEPTS = ["official_channel", "no_action", "refund_done", "cancel_done", "paid_done", "fee_waived", ...WARNING_CONCEPTS] as const;
/**
 * Beside such a phrase: flagged on its own, in words the model reads as a scam — p ≥ 0.9 where the rest asks for
 * something, gives a number to call or threatens what no lawful lender does, p ≥ 0.95 (the model's own threshold)
 * where it only names the courts: a lender's firm overdue notice without its official channel reads p 0.90–0.92 (blind
 * genuine set #96). Genuine notices say the same things as scripts more often here ("您的账户已冻结，请登录手机银行处理"),
 * so the bar is higher than beside an advisory; at 0.5 two genuine card offers of the corpus were flagged, at 0.9 none.
 * Not a first message's typology (firstMessagePretext): the sentence set apart may be what marks the text genuine — a
 * recruiter's call read without "we never charge candidates any fee" is a first message (blind genuine set #101).
 */
const isScriptBesideStandAside = (script: ContentAnalysis, rest: string) =>
  !script.typology?.firstMessage && flaggedFromContent(script) && script.scamLanguage.probability >= (asksOrExposes(script, rest) ? 0.9 : 0.95);
/**
 * The typology's sentences are at most this share of a text the model dissents on: the rest is padding that may have
 * diluted the model's reading (scripts/measure-evasion.ts --padding). Up to the whole text, three genuine notices of
 * the corpus more would be flagged — a bank's court-ordered freeze reads like a script sentence by sentence.
 */
const PADDED_SHARE = 0.6;
/** An advisory is a text the learned model does not lean to reading as a scam: below its decision boundary. */
const ADVISORY_MAX_PROBABILITY = 0.5;
/** A bank card number, 16–19 digits, grouped or not ("6222 0000 1111 2222"). */
const CARD_NUMBER = /(?<![\d-])\d{4}(?:[\s-]?\d{4}){3}\d{0,3}(?![\d-])/;
/** A chat account to add, with its id ("微信 kf8888", "QQ：12345678", "加ab1234"): "添加客服微信的都是诈骗" names none. */
const CHAT_ID = /(?:微信|vx|v信|wx|qq|扣扣|客服q|薇信|威信|whatsapp|telegram|line)号?\s?[:：]?\s?(?=[a-z0-9_-]{0,19}\d)[a-z0-9_+-]{5,20}|(?:加|添加)\s?[a-z]{1,6}\d{4,10}/i;
/** A chat contact (加…微信, a QQ number): a private channel, except in a shop's advert that moves no money. */
const CHAT_CONTACT = /(?:加|添加|新增|联系|私|详询|咨询)[^。！!？?；;\n]{0,6}(?:微信|VX|vx|V信|wx|WX|QQ|qq|企业微信|企业薇|LINE|Line|line|扣扣|薇信|威信|WhatsApp|Whatsapp|whatsapp|WHATSAPP|Telegram|telegram)|微信(?:号|同号)|QQ(?:号|群)|(?:加|添加)[\u4e00-\u9fff]{0,4}客服\s?[A-Za-z0-9]|(?:加|添加|\+|详询|咨询)\s?[QqVv]\s?[:：]?\s?[A-Za-z0-9]|(?:QQ|qq|Qq|扣扣)\s?[:：]?\s?[1-9]\d{4,10}(?!\d)|(?:扣|客服\s?[Qq])\s?[:：]?\s?[1-9]\d{5,10}(?![\d元块万.])|(?:透过|通过|用)\s?(?:WhatsApp|Whatsapp|whatsapp|微信|LINE|Line|line|Telegram|telegram)\s?(?:传|發|发|傳)|(?:加|添加)\s?[A-Za-z]{2,6}\d{4,10}(?!\d)|(?:微信|VX|vx|V信|wx|WX|薇信|威信)号?\s?(?:[:：]\s?[A-Za-z][A-Za-z0-9_-]{3,19}|(?=[A-Za-z0-9_-]{0,19}\d)[A-Za-z][A-Za-z0-9_-]{4,19})/g;
const ADVERT = /退订|回T|拒收|优惠|福利|折扣|领券|券|新品|上新|活动|会员日|积分|满减|包邮|到店|门店|店长|专属|粉丝/;
/** Searched where a match can start (src/domain/match-starts.ts): their alternatives start with a few Chinese characters. */
const CHAT_CONTACT_SEARCH = new StartIndexedPattern(CHAT_CONTACT);
const ADVERT_SEARCH = new StartIndexedPattern(ADVERT);
const MONEY_MATTER = /还款|转账|汇款|欠款|逾期|借款|贷款|退款|理赔|赔付|解冻|额度|佣金|返利|兼职|垫付|验证码|征信|注销|保证金|手续费|收益|投资|中奖/;

/** Premium-rate lures: "call 09…" or UK 070 "personal numbers", US 1-900 and Australian 1900/1902, the +881–883 global numbers and the African codes "one-ring" (wangiri) calls come from (+216, +222–225, +232–234, +243, +252, +269), China's 125… voice services, "txt WIN to 8…", charges per minute or message in pence, cents or currency, "信息费2元/分钟", Taiwan's 0204. */
const PREMIUM_RATE =
  /\b(?:call|ring|dial|phone|on)\s(?:now\s|us\s|on\s|free\s|back\s){0,2}09\d(?:[\s-]?\d){7,8}\b|\b(?:txt|text(?:ing)?|send(?:ing)?|repl(?:y|ying))\s(?:the\s)?(?:word\s|keyword\s)?(?!stop\b|help\b|end\b|quit\b|cancel\b|unsubscribe\b|yes\b|no\b|info\b)[a-z]{2,12}\s(?:to|2)\s[6-8]\d{4}\b|\d{2,3}[pc]\s?(?:\/|per\s?)(?:min(?:ute)?|msg|message|txt|text|wk|week)\b|(?:\b|\d)ppm\b|(?:£|[AS]?\$|€)\d{1,4}(?:\.\d\d)?\s?(?:\/|per\s?)(?:min(?:ute)?|msg|message|txt|text|wk|week|call)\b|\bstd\.?\s?ntwk\b|(?:₹|\brs\.?\s?)\d{1,4}(?:\.\d\d)?\s?\/\s?day\b|发送[^。！!？?；;\n]{0,12}到\s?106\d{4,}[^。！!？?；;\n]{0,12}?\d{1,4}(?:\.\d{1,2})?元\s?\/\s?条|\bfree\s(?:ringtones?|wallpapers?|horoscopes?|games?)\b[^.!?\n]{0,40}[.!?]\s{0,3}repl(?:y|ying)\s[a-z]{1,8}\sto\s(?:subscribe|join|activate)\b|(?:(?:抽奖|中奖|领奖)资格|获得免费|免费(?:铃声|彩铃|游戏))[^。！!？?；;\n]{0,10}回复[^。！!？?；;\n]{0,40}?(?:(?:资费|信息费|月租|包月费?|费用)\d{1,4}(?:\.\d{1,2})?元|每(?:条|则|日|天)\s?(?:HK|NT)?\$\d{1,4})|\b(?:msgs?|texts?|messages?)\s(?:cost|are|at)\s(?:£|[AS]?\$|€)\d{1,4}(?:\.\d\d)?\s?(?:each|per)\b|\b\d{1,2}\.\d\d\s?(?:usd|gbp|eur|aud|sgd)?\s?(?:\/|per\s?)(?:msg|txt|text|min|week|wk)\b|信息费[^。！!？?；;\n]{0,4}?\d{1,3}(?:\.\d{1,2})?元\s?\/\s?月(?![，,]?\s?由[^。！!？?；;\n]{0,8}代收)|(?:订阅|订购|定制)[^。！!？?；;\n]{0,8}?\d{1,3}(?:\.\d{1,2})?元\s?\/\s?条|\d{1,4}(?:\.\d{1,2})?元\s?\/\s?条[^。！!？?；;\n]{0,16}(?:话费|扣除|扣费)|\b(?:call|ring|dial|phone)\s(?:now\s|us\s|on\s|back\s){0,2}087\d(?:[\s-]?\d){5,7}\b|\b(?:call|ring|dial|phone|on)\s(?:now\s|us\s|on\s){0,2}070\s?\d{4}\s?\d{4}\b|\b(?:call|ring|dial|phone|text|on)\s(?:me\s|now\s|us\s|back\s|on\s){0,3}(?:1[\s-]?900[\s-]?\d{3}[\s-]?\d{4}|19(?:00|02)[\s-]?\d{3}[\s-]?\d{3})\b|(?:信息费|资费|声讯费?)[^。！!？?；;\n]{0,6}?\d{1,3}(?:\.\d{1,2})?元\s?(?:\/|每|一)\s?(?:分钟|条)|(?:拨打|撥打|回拨|致电)\s?(?:0204[\s-]?\d{4,6}|125\d{5,8})|(?:\+|00)\s?(?:88[123]|22[2-5]|23[234]|216|243|252|269)[\s-]?\d{4,}[^。！!？?；;\n]{0,20}(?:回电|回電|回拨|回撥|call back|ring back)|(?:每分钟|每條|每条)[^。！!？?；;\n]{0,2}[一二三四五六七八九十两\d]{1,3}(?:块|塊|元)钱?[^。！!？?；;\n]{0,10}(?:信息费|資訊費|资费)|(?:信息费|资费|声讯费?)[^。！!？?；;\n]{0,4}?(?:每|一)\s?(?:条|则|分钟)\s?\d{1,3}(?:\.\d{1,2})?元|\b(?:call|ring|dial|phone)\s(?:back\s|us\s|now\s|me\s|on\s){0,3}(?:\+|00)\s?(?:88[123]|22[2-5]|23[234]|216|243|252|269)[\s-]?\d/i;

// "有需要打139…": 打 before a number is a call, whatever comes between.
// English names the person between the verb and the number: "contact electricity officer 155…".
const CALL_CUE = /(?:联系|联络|致电|拨打|回拨|回电|来电|电话|热线|客服|专员|顾问|咨询|详询|加微信|添加|微信|QQ|qq|座机|打)[^0-9+]{0,8}$|\b(?:call|ring|text|whatsapp|contact)\b[^0-9+.!?\n]{0,32}$/i;
/** Cues after a number: "13612345678（微信同号）", "131… 周经理" (a contact line). */
const CALL_CUE_AFTER = /^\s{0,3}[（(]?\s{0,3}(?:微信同号|同微信|微信同步|可加微信|24小时|[\u4e00-\u9fff](?:经理|主管|专员|顾问))/;
/** The recipient's own number or a third party's (their contacts, family, colleagues): personal data, never evidence. */
const RECIPIENT_CUE =
  /(?:(?:您|你)的?(?:手机|号码|电话|手机号|联系方式|家人|亲属|紧急联系人|通讯录)|本机|尾号|紧急联系人|家人|亲属|亲友|通讯录|预留|联系人(?!工)|担保人|老婆|老公|妻子|丈夫|爱人|儿子|女儿|父亲|母亲|爸爸|妈妈|父母|哥哥|姐姐|弟弟|妹妹|同事|领导|朋友|同学|邻居)[^0-9，,。；;]{0,6}$/;
/** Mobiles, landlines, 400/800 and 95xxx/96xxx numbers; not when more digits or an amount unit follow ("95000.00元"). */
const PHONE_LIKE =
  /(?<!\d)(?:(?:\+|00)?86[\s-]?)?(?:1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{7,8}|[48]00[\s-]?\d{3}[\s-]?\d{4}|95\d{3,6}|96\d{3,4})(?![\d.,]*\d)(?!\s*(?:元|万|块|千|百|%|期|天|笔))/g;


const REQUEST_PATTERNS = [...CODE_REQUESTS, ...CODE_TYPE_IN, ...ID_OR_CARD_REQUESTS, ...ID_OR_CARD_TYPE_IN, ...ID_DIGITS_TYPE_IN, ...PERSONAL_INFO_REQUESTS, FACE_CHECK, ENGLISH_CODE_REQUEST, ENGLISH_CARD_REQUEST, ENGLISH_DETAILS_REQUEST, ...PRIVATE_CHANNEL];
const compile = (source: string, flags: string) => new RegExp(source, flags);
// Request patterns of the shape verb–gap–item are searched only in the sentences naming an item
// (src/domain/request-sentences.ts); their finders are built here, as this module loads.
planSearches(REQUEST_PATTERNS, CLAUSE_END, compile);
/** Patterns read on every text, skipped where the text lacks what they need (test/domain/regex-gates.test.ts checks each gate). */
const WHOLE_TEXT_PATTERNS = [LEGAL_THREAT, URGENCY, CHAT_CONTACT, ADVERT];
// What each needs is registered before the concept scan's lexicon is built (on the first text), so that
// its one pass finds it (src/domain/regex-gates.ts).
for (const pattern of [...REQUEST_PATTERNS, ...WHOLE_TEXT_PATTERNS]) gateOf(pattern);
/** PREMIUM_RATE's alternatives mostly need words a text rarely holds: it is searched when the text may match one. */
const PREMIUM_RATE_GATED = new GatedAlternation(PREMIUM_RATE);
/** Every gated pattern, for the tests. */
export const GATED_PATTERNS: readonly RegExp[] = [...REQUEST_PATTERNS, ...WHOLE_TEXT_PATTERNS, PREMIUM_RATE];

/**
 * Numbers the text asks the reader to call or add, normalised; never the sender or the recipient's own.
 * Example: findCallbackNumbers("请立即致电专员 136-1234-5678 协商") → ["+8613612345678"]
 */
export function findCallbackNumbers(text: string, sender?: string): string[] {
  return callbackNumbersIn(foldForMatching(text), sender);
}

function callbackNumbersIn(clean: string, sender?: string): string[] {
  const numbers: string[] = [];
  for (const match of clean.matchAll(PHONE_LIKE)) {
    const at = match.index;
    const before = clean.slice(Math.max(0, at - 40), at);
    const after = clean.slice(at + match[0].length, at + match[0].length + 12);
    if (RECIPIENT_CUE.test(before)) continue;
    if (!CALL_CUE.test(before) && !CALL_CUE_AFTER.test(after)) continue;
    const normalised = normaliseSender(match[0])?.normalized;
    if (!normalised || normalised === sender || numbers.includes(normalised)) continue;
    numbers.push(normalised);
  }
  return numbers;
}

/**
 * What the rules and the model read, before folding: a transcript without the reader's turns and turns about scams
 * (withoutReaderTurns), any other text as it is. The training script trains the model on it.
 */
export function modelText(text: string, dialogue = isDialogue(text)): string {
  return dialogue ? withoutReaderTurns(text) : text;
}

/**
 * Signals, claimed institution and callback numbers of an SMS.
 * Example: analyseContent("【中信金融】逾期将起诉，请回复验证码") → signals ["asks_verification_code", "legal_threat", "urgency", "claims_institution"]
 */
export function analyseContent(
  text: string,
  sender?: string,
  links: readonly ExtractedLink[] = extractLinks(text),
  options: AnalysisOptions = {},
): ContentAnalysis {
  const { result, cover, folded } = analyseOnce(text, sender, links, options);
  if (flaggedFromContent(result)) return result;
  // A cover sentence appended to a script — an advisory's warning ("【反诈提醒】凡是要求转账到安全账户的都是诈骗。"),
  // the institution's own channel ("如有疑问请致电官方客服95588。"), "无需任何操作" — does not make it genuine: when the
  // text is not flagged, its other sentences are read alone, and a script found there is the answer
  // (scripts/measure-evasion.ts).
  if (cover !== null) {
    const positions = (cover.beside === "advisory" ? WARNING_CONCEPTS : STAND_ASIDE_CONCEPTS).flatMap((name) => conceptStarts(cover.scan, name));
    const rest = withoutSentencesAt(folded, positions);
    if (rest.length > 0 && rest.length < folded.length) {
      const script = analyseOnce(rest, sender, links, options).result;
      if (cover.beside === "advisory" ? isScriptBesideAdvisory(script, rest) : isScriptBesideStandAside(script, rest)) return script;
    }
  }
  // Any other sentence put before or after a script ("如非本人操作请忽略。") may pull the model's reading just below its
  // threshold: where the model leans to a scam but stays under it — or where the rules see an ask, since a line of small
  // talk takes a phishing text below 0.5 ("…Update your details: <link>. 今天天气不错，周末一起去爬山吧…", session 18) —
  // the text is read without its first sentences and without its last ones (up to three: six readings at most, linear),
  // and a script flagged there in words read as a scam is the answer.
  const { probability } = result.scamLanguage;
  const leansOrAsks = probability >= ADVISORY_MAX_PROBABILITY || asksSomething(result.signals);
  if (result.transcript || !leansOrAsks || scoresAsScamLanguage(probability)) return result;
  for (const rest of withoutEdgeSentences(folded)) {
    if (!scoresAsScamLanguage(scamLanguageProbability(rest))) continue;
    const script = analyseOnce(rest, sender, links, options).result;
    if (isScriptBesideStandAside(script, rest)) return script;
  }
  return result;
}

/**
 * Whether the model alone reads the text as a scam: its very-high tier, which flags without any other signal. The
 * cover-sentence readings ask this much (the high tier counts only for a first message's typology).
 */
const scoresAsScamLanguage = (probability: number) => scamLanguageTier(probability) === "very_high";
/**
 * A first message's typology (firstMessagePretext) does not count beside the phrases rules stand aside for, nor beside
 * what marks a genuine notice: a public tender, a sale on a game's official platform, an opt-out, cash handed over in
 * person or on delivery, a status update, a court order already executed, the reader's own operation, the number on
 * the back of the card.
 */
const FIRST_MESSAGE_GUARDS = [
  ...STAND_ASIDE_CONCEPTS,
  "public_tender",
  "official_trade",
  "opt_out",
  "in_person",
  "pay_on_delivery",
  "status_update",
  "court_order_executed",
  "own_operation",
  "bank_contact",
] as const;

/** Sentences dropped from either edge at most: a cover is a sentence or a short paragraph. */
const MAX_EDGE_SENTENCES = 3;

/** A text without its first one, two or three sentences, and without its last ones, keeping at least one sentence. */
function withoutEdgeSentences(text: string): string[] {
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + match[0].length).filter((end) => end > 0 && end < text.length);
  const rests: string[] = [];
  for (let k = 0; k < Math.min(MAX_EDGE_SENTENCES, ends.length); k++) {
    rests.push(text.slice(ends[k]!), text.slice(0, ends[ends.length - 1 - k]!));
  }
  return rests.filter((rest) => rest.trim().length > 0);
}

/** A text's cover sentences, found only when its analysis is not flagged: its scan, and what they stand beside. */
interface CoverSentences {
  scan: ConceptScan;
  beside: "advisory" | "stand_aside";
}

/** The analysis of one text, and where its cover sentences can be found when it may have some (analyseContent). */
function analyseOnce(
  text: string,
  sender: string | undefined,
  links: readonly ExtractedLink[],
  { setAsideGenuineTranscripts = true }: AnalysisOptions,
): { result: ContentAnalysis; cover: CoverSentences | null; folded: string } {
  const dialogue = isDialogue(text);
  // Rules and model read a transcript without the reader's own turns and turns about scams: the script.
  const clean = foldForMatching(modelText(text, dialogue));
  const scan = scanFraudConcepts(clean);
  // A link to the brand's or a government's own site is its official channel, not a destination of the sender's choosing.
  const officialLinks = links.filter(isOfficialSite).length;
  const hasLink = officialLinks < links.length;
  const institution = institutionOfScan(scan);
  const callbackNumbers = callbackNumbersIn(clean, sender);
  const callbackToMobile = callbackNumbers.some((number) => number.startsWith("+861"));
  // An anti-fraud advisory describes scams ("要求共享屏幕的都是诈骗"): what it names is no request.
  // Not a transcript (its lines are the call's), and not a text that gives a mobile to call: advisories
  // send the reader to 110, 96110 or the official number, and scripts add "请勿相信非官方渠道" too.
  // Nor one that hands the reader somewhere to go: a link, a chat account's id or a bank card number — an advisory names
  // where scams send people, it does not send them — nor one the learned model leans to reading as a scam (p ≥ 0.5, its
  // decision boundary): a script with "谨防诈骗，请勿上当" appended is still a script. Advisories that quote many scam
  // phrases reach p 0.2–0.3 ("刷单返利都是诈骗！…日赚300…").
  const probability = scamLanguageProbability(clean);
  const handsOverDestination = hasLink || CHAT_ID.test(clean) || CARD_NUMBER.test(clean);
  const advisory = !dialogue && !callbackToMobile && !handsOverDestination && probability < ADVISORY_MAX_PROBABILITY && isAdvisory(scan);
  // The model never warns alone on an advisory, nor on a notice that sends the reader only to the
  // institution's own app, branch or hotline ("请在手机银行内确认") — unless the rules see an ask.
  // Not when it also hands the reader a chat account, a card number or a mobile: "如有疑问请致电官方客服" appended to a script.
  const ownChannelOnly = !handsOverDestination && !callbackToMobile && conceptStarts(scan, "official_channel").some((at) => !introducesItself(clean, at));
  // The sentences that may make it read as genuine, for analyseContent to set apart when nothing is flagged: beside an
  // advisory, its sentences naming scams; otherwise the sentences with the phrases rules stand aside for ("如有疑问请致电
  // 官方客服", "无需任何操作", "退款已原路退回", "谨防诈骗") — whatever the model reads, since the phrase itself may have
  // pulled its reading below the boundary ("本短信由官方发送，请登录手机银行APP查看" took a collector's threat from p 0.98 to 0.46).
  const beside = advisory ? "advisory" : STAND_ASIDE_CONCEPTS.some((name) => has(scan, name)) ? "stand_aside" : null;
  const cover: CoverSentences | null = beside === null ? null : { scan, beside };
  const tier = scamLanguageTier(probability);
  // A transcript the model reads as genuine: in a call or chat the rules cannot tell the script from a genuine
  // agent's warnings in its words or a customer's retelling of one, and the model, trained on transcripts of both
  // kinds, reads the conversation as a whole — and every passage of it, so that small talk cannot pad a script
  // into a genuine-looking whole. Out of fold 1 of 314 scam transcripts of the corpus was set aside (docs/scoring.md);
  // what the rules found is set aside, except the institution named (scripts/train-scam-language.ts applies the same
  // with out-of-fold probabilities).
  const setAside = setAsideGenuineTranscripts && dialogue && tier === "low" && everyPassageLow(clean);
  const setAsideResult = (allowed: boolean): ContentAnalysis => ({
    signals: institution ? ["claims_institution"] : [],
    institution,
    typology: null,
    callbackNumbers,
    scamLanguage: { probability, tier, allowed },
    transcript: true,
  });
  // Set aside with the model allowed whatever the rules find: none of the signals below is needed.
  if (setAside && !(advisory || ownChannelOnly)) return { result: setAsideResult(true), cover: null, folded: clean };
  const chatContact = mayMatch(gateOf(CHAT_CONTACT), scan) && anyUnnegatedMatch(clean, CHAT_CONTACT_SEARCH) && (!gatedTest(ADVERT, clean, scan, ADVERT_SEARCH) || MONEY_MATTER.test(clean));

  // An advisory's requests are the ones scammers make ("騙徒會冒充政府官員…要求你提供個人資料、一次性密碼"): it names them.
  const detected: Record<Signal, boolean> = {
    link: hasLink,
    asks_verification_code:
      !advisory &&
      has(scan, "code_item") &&
      (asks(clean, scan, CODE_REQUESTS) || asks(clean, scan, [ENGLISH_CODE_REQUEST]) || (hasLink && asks(clean, scan, CODE_TYPE_IN))),
    asks_id_or_card:
      !advisory &&
      (has(scan, "id_item") || has(scan, "which_cards")) &&
      (asks(clean, scan, ID_OR_CARD_REQUESTS, false, !hasLink && !chatContact) ||
        (hasLink && asks(clean, scan, ID_OR_CARD_TYPE_IN)) ||
        asks(clean, scan, [FACE_CHECK], false, !hasLink && !chatContact) ||
        asks(clean, scan, ID_DIGITS_TYPE_IN) ||
        has(scan, "which_cards") ||
        asks(clean, scan, [ENGLISH_CARD_REQUEST])),
    legal_threat: gatedTest(LEGAL_THREAT, clean, scan),
    urgency: gatedTest(URGENCY, clean, scan),
    // A warning passed on ("让我加QQ录口供，我直接挂了") retells the chat contact it names.
    repayment_channel_private: !advisory && (chatContact || (has(scan, "private_item") && asks(clean, scan, PRIVATE_CHANNEL, true))),
    claims_institution: institution !== null,
    // Cash on delivery, paid to the courier at the door, is no fee up front; nor is the order's own fee, paid in the app.
    // "法院不会电话要求缴纳保证金": a fee the text says nobody asks for is none.
    upfront_fee:
      !advisory &&
      !has(scan, "fee_waived") &&
      !has(scan, "in_person") &&
      !has(scan, "fee_in_order") &&
      (near(scan, ["upfront_fee", "pay"], 16) || near(scan, ["upfront_fee", "need"], 10)) &&
      anyUnnegated(clean, conceptStarts(scan, "upfront_fee")),
    // "补偿券已发到您的账户，您不需要提供任何信息": compensation that asks nothing is no lure.
    refund_lure: !advisory && !has(scan, "no_action") && near(scan, ["refund", "act"], 40),
    account_cancellation: !advisory && near(scan, ["cancel", "loan_account"], 30),
    // An app guided onto the phone, or one to install from outside the app stores ("not on App Store").
    screen_share_or_app:
      !advisory &&
      ((has(scan, "screen") && anyUnnegated(clean, conceptStarts(scan, "screen"))) ||
        (((near(scan, ["download", "app"], 16) && near(scan, ["download", "guided"], 40)) || near(scan, ["download", "sideload"], 60)) &&
          anyUnnegated(clean, conceptStarts(scan, "download"), true))),
    asks_personal_info: !advisory && has(scan, "personal_info") && (asks(clean, scan, PERSONAL_INFO_REQUESTS) || asks(clean, scan, [ENGLISH_DETAILS_REQUEST])),
    relative_new_number:
      !advisory && (near(scan, ["new_number", "i_am"], 80) || near(scan, ["new_number", "relative"], 80) || near(scan, ["i_am", "secret"], 120)),
    prize_claim: !advisory && !has(scan, "in_person") && !has(scan, "no_action") && near(scan, ["prize_strong", "claim"], 120),
    premium_rate: PREMIUM_RATE_GATED.test(clean, scan),
    scam_language: false,
  };
  const allowed = !(advisory || ownChannelOnly) || asksSomething(SIGNALS.filter((signal) => detected[signal]));
  if (setAside) return { result: setAsideResult(allowed), cover, folded: clean };
  const stretch = { from: 0, to: clean.length };
  const typology = detectTypology(scan, {
    link: hasLink,
    asksCredentials: detected.asks_verification_code || detected.asks_id_or_card || detected.asks_personal_info,
    privateChannel: detected.repayment_channel_private || detected.screen_share_or_app,
    upfrontFee: detected.upfront_fee,
    premiumRate: detected.premium_rate,
    callbackToMobile,
    pressure: detected.urgency || detected.legal_threat || has(scan, "secret") || has(scan, "ultimatum"),
    advisory,
    dialogue,
    opener: clean.length <= OPENER_LENGTH,
    unknownLoanApp: downloadsUnknownLoanApp(clean),
    wordingLeansScam: probability >= ADVISORY_MAX_PROBABILITY,
  }, stretch);
  // Nor beside a link to the brand's or the government's own site ("Select a new delivery slot at dpd.co.uk/track").
  const firstMessage =
    typology === null && allowed && officialLinks === 0 && !FIRST_MESSAGE_GUARDS.some((name) => has(scan, name)) ? firstMessagePretext(scan) : null;
  // The very-high tier counts alone; the high tier only for a first message's typology — beside any other signal it
  // flagged a spouse's "老公，物业费今天截止，你微信转我一下" (session 18).
  detected.scam_language = allowed && (tier === "very_high" || (tier === "high" && firstMessage !== null));
  const signals = SIGNALS.filter((signal) => detected[signal]);
  // The model's dissent (a typology without a request does not count where the model reads the text as genuine, tier
  // "low") also reads the sentences the typology was found in, when the rest is most of the text: genuine words padded
  // onto a script dilute the whole ("妈，我到学校了…" appended to a collector's threat took it from p 0.996 to 0.028),
  // not the script's own sentences. Where those read as a scam (p ≥ 0.5), the model does not dissent; nor where any
  // passage of a longer text does not read as genuine (everyPassageLow, as for transcripts): padding may sit between a
  // script's sentences and stretch the typology's sentences over most of the text.
  // Not in a transcript: its turns are read passage by passage already (the set-aside above).
  const dissents = tier === "low" && typology !== null && !dialogue && !asksSomething(signals);
  const typologySentences = dissents ? sentencesAround(clean, stretch.from, stretch.to) : "";
  const padded =
    dissents &&
    ((typologySentences.length <= PADDED_SHARE * clean.length && scamLanguageProbability(typologySentences) >= ADVISORY_MAX_PROBABILITY) || !everyPassageLow(clean));
  // A conversation that asks nothing, in words the model does not lean to reading as a scam (p < 0.5), is people talking
  // about a scam's ideas — a live-stream host warning off private sellers, a boss telling a clerk to verify a changed
  // account by phone, team-mates laughing at account sellers — not a script (blind genuine set #88).
  // A turn that asks for money ("还差一点，你再转八千过来") is a request, though it names no account.
  const talkedAbout =
    dialogue && typology !== null && probability < ADVISORY_MAX_PROBABILITY && !asksSomething(signals) && !has(scan, "pay_more") && !has(scan, "ask_money");
  return {
    result: {
      signals,
      institution,
      typology: talkedAbout ? null : (typology ?? (tier === "high" ? firstMessage : null)),
      callbackNumbers,
      scamLanguage: { probability, tier: padded ? "none" : tier, allowed },
      transcript: dialogue,
      ...(firstMessage && { firstMessage }),
    },
    cover,
    folded: clean,
  };
}

/** Short labels of the signals issue 23 added, in the API's languages (for pages and reason lists). */
export const NEW_SIGNAL_LABELS: Record<
  "upfront_fee" | "refund_lure" | "account_cancellation" | "screen_share_or_app" | "asks_personal_info" | "relative_new_number" | "prize_claim" | "premium_rate",
  LocalisedMessage
> = {
  upfront_fee: { "zh-CN": "要求先交保证金、手续费或解冻金", "zh-TW": "要求先繳保證金、手續費或解凍金", en: "Asks for a fee or deposit up front" },
  refund_lure: { "zh-CN": "以退款、理赔为由要求操作", "zh-TW": "以退款、理賠為由要求操作", en: "Offers a refund or compensation and asks you to act" },
  account_cancellation: { "zh-CN": "要求注销校园贷或学生账户", "zh-TW": "要求註銷校園貸或學生帳戶", en: "Asks you to close a “student loan” account" },
  screen_share_or_app: { "zh-CN": "要求屏幕共享、视频会议或下载应用", "zh-TW": "要求分享螢幕、視訊會議或下載應用程式", en: "Asks for screen sharing, a video meeting or an app download" },
  asks_personal_info: { "zh-CN": "索要个人信息", "zh-TW": "索取個人資料", en: "Asks for personal details" },
  relative_new_number: { "zh-CN": "自称亲友并称换了号码", "zh-TW": "自稱親友並稱換了號碼", en: "Claims to be a relative or friend with a new number" },
  prize_claim: { "zh-CN": "称您中奖并要求领奖", "zh-TW": "稱您中獎並要求領獎", en: "Says you have won a prize to claim" },
  premium_rate: { "zh-CN": "引导拨打或回复高额付费号码", "zh-TW": "引導撥打或回覆高額付費號碼", en: "Leads you to a premium-rate number" },
};
