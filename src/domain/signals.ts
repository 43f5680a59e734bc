/**
 * Content signals of an SMS: what genuine notices never do (ask for codes, ID or card numbers,
 * private repayment channels) and what scams lean on (legal threats, urgency, links, a claimed
 * institution). Works on simplified and traditional text alike.
 */
import { toSimplifiedChars } from "./hanzi";
import { findInstitution, type Institution } from "./institutions";
import { extractLinks } from "./links";
import { normaliseSender } from "./phone";
import type { Signal } from "./types";

export interface ContentAnalysis {
  signals: Signal[];
  institution: Institution | null;
  /** Numbers the text asks the reader to call or add (evidence, kept like link domains). */
  callbackNumbers: string[];
}

const ASK = "(?:回复|回覆|回传|提供|告知|告诉|发送|发给|发至|输入|填写|报上|说出|念|转发|上传|登记|核对|确认)";
const CODE = "(?:验证码|校验码|动态码|动态密码|短信码|短信验证|安全码|OTP|otp|verification code)";
/** A genuine one-time-password message gives a code and warns not to share it. */
const GIVES_CODE = new RegExp(`${CODE}(?:为|是|:|：)?\\s*[0-9A-Za-z]{4,8}`);
const WARNS_NOT_TO_SHARE = /(?:请勿|切勿|不要|勿)(?:泄露|告知|透露|转发|提供|告诉)/;
const ASKS_CODE = new RegExp(`${ASK}[^。！!？?]{0,12}${CODE}|${CODE}[^。！!？?]{0,8}(?:发|回复|告知|给我|给专员|给客服|提供)`);
const ID_OR_CARD = /(?:身份证(?:号|号码)?|银行卡(?:号|号码)?|卡号|银行账号|密码|CVV|cvv|安全码|有效期|身份信息|人脸识别|刷脸|手持身份证)/;
const ASKS_ID_OR_CARD = new RegExp(`${ASK}[^。！!？?]{0,12}${ID_OR_CARD.source}|${ID_OR_CARD.source}[^。！!？?]{0,6}(?:发|给我|给专员|提供|核实|登记|验证)`);
const LEGAL_THREAT = /起诉|诉讼|立案|上门|征信|法院|法务|律师函|律师|传票|强制执行|拘留|黑名单|冻结|司法|仲裁|公安|报案|刑事|追责|催收|失信|通缉|逮捕|查封/;
const URGENCY = /限期|立即|立刻|马上|尽快|即刻|今日内|今天内|当日|24小时|48小时|\d+小时内|逾期|最后通知|最后期限|限时|否则|截止|过期|到期前|务必|紧急/;
const PRIVATE_CHANNEL =
  /(?:个人|私人|指定|安全|专员|监管|临时)(?:账户|帐户|账号|银行卡|卡)|扫码|二维码|收款码|微信(?:转账|支付|还款|联系|添加)|加(?:微信|V|v|QQ|qq)|添加(?:微信|QQ|qq|客服)|QQ(?:号|群)|支付宝(?:转账|账号)|(?:下载|安装)[^。！!？?]{0,8}(?:APP|app|App|软件)|屏幕共享|共享屏幕|会议号|钉钉|云闪付转账/;
const CALL_CUE = /(?:联系|致电|拨打|回电|电话|热线|客服|专员|咨询|加微信|添加|微信|QQ|qq|联络|咨询电话|座机)[^0-9+]{0,8}$/;
const PHONE_LIKE = /(?:\+?86[\s-]?)?(?:1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{7,8}|400[\s-]?\d{3}[\s-]?\d{4}|800[\s-]?\d{3}[\s-]?\d{4}|95\d{3,6}|96\d{3,4})(?!\d)/g;
/** The recipient's own number or their contacts' numbers: personal data, never evidence. */
const RECIPIENT_CUE = /(?:您的(?:手机|号码|手机号|电话)|本机|尾号|联系人|家人|亲属|亲友|通讯录|紧急联系)[^0-9]{0,6}$/;

function prepare(text: string): string {
  return toSimplifiedChars(text.normalize("NFKC"));
}

/** Numbers the text asks the reader to call or add, normalised; never the sender or the recipient's own. */
export function findCallbackNumbers(text: string, sender?: string): string[] {
  const clean = prepare(text);
  const numbers: string[] = [];
  for (const match of clean.matchAll(PHONE_LIKE)) {
    const before = clean.slice(Math.max(0, (match.index ?? 0) - 14), match.index ?? 0);
    if (RECIPIENT_CUE.test(before) || !CALL_CUE.test(before)) continue;
    const normalised = normaliseSender(match[0]);
    if (!normalised || normalised.normalized === sender || numbers.includes(normalised.normalized)) continue;
    numbers.push(normalised.normalized);
  }
  return numbers;
}

/**
 * Signals, claimed institution and callback numbers of an SMS.
 * Example: analyseContent("【中信金融】逾期将起诉，请回复验证码") → signals include asks_verification_code, legal_threat, claims_institution
 */
export function analyseContent(text: string, sender?: string): ContentAnalysis {
  const clean = prepare(text);
  const signals: Signal[] = [];
  if (extractLinks(text).length > 0) signals.push("link");
  const asksCode = ASKS_CODE.test(clean) && !(GIVES_CODE.test(clean) && WARNS_NOT_TO_SHARE.test(clean));
  if (asksCode) signals.push("asks_verification_code");
  if (ASKS_ID_OR_CARD.test(clean) && !(WARNS_NOT_TO_SHARE.test(clean) && !asksCode && GIVES_CODE.test(clean))) signals.push("asks_id_or_card");
  if (LEGAL_THREAT.test(clean)) signals.push("legal_threat");
  if (URGENCY.test(clean)) signals.push("urgency");
  if (PRIVATE_CHANNEL.test(clean)) signals.push("repayment_channel_private");
  const institution = findInstitution(text);
  if (institution) signals.push("claims_institution");
  return { signals, institution, callbackNumbers: findCallbackNumbers(text, sender) };
}
