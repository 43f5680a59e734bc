/**
 * Content signals of an SMS: what genuine notices never do (ask for codes, ID or card numbers,
 * private repayment channels) and what scams lean on (legal threats, urgency, links, a claimed
 * institution). Works on simplified and traditional text alike.
 *
 * "Asking" is told apart from "warning": genuine notices name the same things ("验证码123456，请勿
 * 泄露", "工作人员不会向您索要密码"), so a request only counts when no negation precedes its verb
 * in the same clause.
 */
import { findInstitution, type Institution, toSimplifiedChars } from "./institutions";
import { extractLinks } from "./links";
import { normaliseSender } from "./phone";
import { type ExtractedLink, SIGNALS, type Signal } from "./types";

export interface ContentAnalysis {
  signals: Signal[];
  institution: Institution | null;
  /** Numbers the text asks the reader to call or add, normalised (E.164, bare digits for 400/95xxx); never the sender. */
  callbackNumbers: string[];
}

/** A negation only governs its own clause. */
const CLAUSE_END = /[，,。.！!？?；;\n]/;
const NEGATION = /勿|不要|不会|不得|不可|不能|绝不|决不|从不|严禁|禁止|谨防|防止|别(?:把|将|向|给|发|告诉|泄露)|\b(?:never|not|don't)\b/i;

/** Verbs that hand something over to the sender. */
const HAND_OVER = "回复|回覆|回传|提供|告知|告诉|发送|发给|发至|发到|发我|发一下|给我|给专员|给客服|转发|报给|报上|报一下|说出|念给|念一下|读给|上传";
/** Typing something in: a request only when the text also carries a link to type it into (genuine OTPs say "请在页面输入"). */
const TYPE_IN = "输入|填写|填入|录入";

const CODE = "验证码|校验码|动态码|动态密码|短信码|短信验证|随机码|OTP|verification code";
const ID_OR_CARD = [
  "身份证(?:号码|号|正反面|照片)?",
  "身份信息",
  "银行卡(?:号码|号|照片)?",
  "卡号",
  "银行账号",
  // "动态密码" is a one-time code, not a password.
  "(?:账户|帐户|支付|取款|交易|查询|登录|银行卡)?(?<!动态|短信)密码",
  "CVV2?|CVN2?",
  "安全码",
  "卡背(?:面)?(?:后)?三位",
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
/** English: "send us the OTP", "reply with your verification code". */
const ENGLISH_CODE_REQUEST = /\b(?<verb>send|reply|tell|give|share|provide|forward)\b[^.!?\n]{0,24}\b(?:otp|code|verification code|pin)\b/dgi;

/** A clause longer than this is not one; a negation further back does not govern the verb (and the scan stays bounded). */
const MAX_CLAUSE_CHARS = 64;

/** The clause before `at`: back to the last clause end, at most MAX_CLAUSE_CHARS. */
function clauseBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < MAX_CLAUSE_CHARS && !CLAUSE_END.test(text[start - 1]!)) start--;
  return text.slice(start, at);
}

/** Whether a match's verb is a request: no negation precedes it in its clause. */
function isRequest(text: string, match: RegExpExecArray): boolean {
  const verbAt = match.indices?.groups?.verb?.[0] ?? match.index;
  return !NEGATION.test(clauseBefore(text, verbAt));
}

function asks(text: string, patterns: RegExp[]): boolean {
  // matchAll yields exec results, with `indices` thanks to the "d" flag; stops at the first request.
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) if (isRequest(text, match)) return true;
  return false;
}

const LEGAL_THREAT =
  /起诉|诉讼|立案|上门|征信|法院|法务|律师函|律师|传票|强制执行|拘留|黑名单|冻结|司法|仲裁|公安|报案|刑事|追责|追究|催收|失信|通缉|逮捕|查封|拘捕|判决|被执行人|联系(?:您的)?(?:家人|亲属|单位|紧急联系人)|通知(?:您的)?(?:家人|亲属|单位|通讯录)/;
const URGENCY =
  /立即|立刻|马上(?!消费|金融)|尽快|即刻|火速|速回|今日内|今天内|当天内|当日内|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s{0,2}个?小时内|逾期|最后通知|最后期限|最后一次|限时|限期|否则|截止|务必|紧急|过时不候|即将(?:冻结|起诉|上门|影响|逾期|失效)/;
/**
 * Money or data leaving official channels: transfers to a person's or a "safe" account, QR codes
 * for repayment, WeChat/QQ contacts, apps to download, screen sharing. "对公账户" is the company's
 * own account and "您的个人账户" is the reader's, so neither counts on its own.
 */
const PRIVATE_CHANNEL = [
  // "您的个人账户" is the reader's own.
  /(?:转账|转入|转至|转到|汇入|汇至|打款|打到|存入|还款|还至|还到|支付)[^。！!？?；;\n]{0,10}(?<!您的?|你的?|本人)(?:个人|私人|专员|员工|经理)的?(?:账户|帐户|账号|帐号|银行卡|卡|支付宝|微信)/,
  /(?:安全|监管|核查|清查|保证金|验资|资金清算|临时|过渡)(?:账户|帐户|账号|帐号)/,
  /(?:转账|转入|转至|转到|汇入|打款|存入|还款)[^。！!？?；;\n]{0,6}指定(?:账户|帐户|账号|帐号|银行卡|卡)/,
  /(?:扫码|扫描二维码|二维码|收款码|付款码)[^。！!？?；;\n]{0,8}(?:还款|转账|支付|付款|缴纳|缴费|结清|处理|充值)|(?:还款|转账|支付|付款|缴纳|结清)[^。！!？?；;\n]{0,8}(?:扫码|二维码|收款码)/,
  /(?:加|添加|联系)[^。！!？?；;\n]{0,6}(?:微信|VX|vx|V信|wx|WX|QQ|qq|企业微信)|微信(?:号|同号|转账)|QQ(?:号|群)|支付宝(?:转账|扫码)/,
  /(?:下载|安装)[^。！!？?；;\n]{0,10}(?:APP|App|app|软件|客户端|应用)/,
  /屏幕共享|共享屏幕|开启共享|会议号|腾讯会议|钉钉会议|远程协助/,
];

const CALL_CUE = /(?:联系|联络|致电|拨打|回电|来电|电话|热线|客服|专员|咨询|加微信|添加|微信|QQ|qq|座机)[^0-9+]{0,8}$/;
/** Cues after a number: "13612345678（微信同号）". */
const CALL_CUE_AFTER = /^\s{0,3}[（(]?\s{0,3}(?:微信同号|同微信|微信同步|可加微信|24小时)/;
/** The recipient's own number or a third party's (their contacts, family, colleagues): personal data, never evidence. */
const RECIPIENT_CUE =
  /(?:(?:您|你)的?(?:手机|号码|电话|手机号|联系方式|家人|亲属|紧急联系人|通讯录)|本机|尾号|紧急联系人|家人|亲属|亲友|通讯录|预留|联系人(?!工)|担保人|老婆|老公|妻子|丈夫|爱人|儿子|女儿|父亲|母亲|爸爸|妈妈|父母|哥哥|姐姐|弟弟|妹妹|同事|领导|朋友|同学|邻居)[^0-9，,。；;]{0,6}$/;
/** Mobiles, landlines, 400/800 and 95xxx/96xxx numbers; not when more digits or an amount unit follow ("95000.00元"). */
const PHONE_LIKE =
  /(?<!\d)(?:(?:\+|00)?86[\s-]?)?(?:1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{7,8}|[48]00[\s-]?\d{3}[\s-]?\d{4}|95\d{3,6}|96\d{3,4})(?![\d.,]*\d)(?!\s*(?:元|万|块|千|百|%|期|天|笔))/g;

/** NFKC (full-width digits and letters), simplified characters, and fillers between Chinese characters dropped ("验 证*码"). */
function prepare(text: string): string {
  return toSimplifiedChars(text.normalize("NFKC")).replace(/(?<=\p{Script=Han})[\s*·•_~]+(?=\p{Script=Han})/gu, "");
}

/**
 * Numbers the text asks the reader to call or add, normalised; never the sender or the recipient's own.
 * Example: findCallbackNumbers("请立即致电专员 136-1234-5678 协商") → ["+8613612345678"]
 */
export function findCallbackNumbers(text: string, sender?: string): string[] {
  const clean = prepare(text);
  const numbers: string[] = [];
  for (const match of clean.matchAll(PHONE_LIKE)) {
    const at = match.index;
    const before = clean.slice(Math.max(0, at - 16), at);
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
 * Signals, claimed institution and callback numbers of an SMS.
 * Example: analyseContent("【中信金融】逾期将起诉，请回复验证码") → signals ["asks_verification_code", "legal_threat", "urgency", "claims_institution"]
 */
export function analyseContent(text: string, sender?: string, links: readonly ExtractedLink[] = extractLinks(text)): ContentAnalysis {
  const clean = prepare(text);
  const hasLink = links.length > 0;
  const institution = findInstitution(text);

  const detected: Record<Signal, boolean> = {
    link: hasLink,
    asks_verification_code:
      asks(clean, CODE_REQUESTS) || asks(clean, [ENGLISH_CODE_REQUEST]) || (hasLink && asks(clean, CODE_TYPE_IN)),
    asks_id_or_card:
      asks(clean, ID_OR_CARD_REQUESTS) || (hasLink && asks(clean, ID_OR_CARD_TYPE_IN)) || asks(clean, [FACE_CHECK]),
    legal_threat: LEGAL_THREAT.test(clean),
    urgency: URGENCY.test(clean),
    repayment_channel_private: PRIVATE_CHANNEL.some((pattern) => pattern.test(clean)),
    claims_institution: institution !== null,
  };
  const signals = SIGNALS.filter((signal) => detected[signal]);
  return { signals, institution, callbackNumbers: findCallbackNumbers(text, sender) };
}
