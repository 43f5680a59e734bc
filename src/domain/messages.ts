/**
 * Human-readable API text in the reader's language. Codes (reason codes, advice codes) never change
 * with the language; only `message` does. Each table maps a message key (usually the reason code)
 * to its text in every language, with `{name}` placeholders.
 *
 * Other modules bring their own tables (e.g. typology reasons) and add them to MESSAGE_TABLES, so
 * one lookup serves every reason the API can give.
 */

import { NEW_SIGNAL_LABELS } from "./signals";
import { TYPOLOGY_REASONS } from "./typologies";

export const LANGS = ["zh-CN", "zh-TW", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "zh-CN";

export type MessageTable = Readonly<Record<string, Readonly<Record<Lang, string>>>>;
export type MessageParams = Record<string, string | number>;

/** Reasons of lookups (/senders, /domains, batch) and of /check. Keys are reason codes unless noted. */
export const REASON_MESSAGES: MessageTable = {
  official_domain: {
    "zh-CN": "这是官方登记的 {institution} 域名。",
    "zh-TW": "這是官方登記的 {institution} 網域。",
    en: "This is an official domain of {institution} in the registry.",
  },
  mentioned_in_reports: {
    "zh-CN": "有 {n} 条被举报的短信提到它；诈骗短信常引用真实网站，所以这不会使它被判为可疑。",
    "zh-TW": "有 {n} 則被舉報的簡訊提到它；詐騙簡訊常引用真實網站，所以這不會使它被判為可疑。",
    en: "Mentioned in {n} reported text(s); scam texts often name genuine sites, so this never makes it suspicious.",
  },
  legit_votes: {
    "zh-CN": "{n} 人表示这是真实的发送方，他们的投票降低了评估等级。",
    "zh-TW": "{n} 人表示這是真實的發送方，他們的投票降低了評估等級。",
    en: "{n} people said this is a genuine sender; their votes lowered the verdict.",
  },
  legit_votes_site: {
    "zh-CN": "{n} 人表示这是真实的网站，他们的投票降低了评估等级。",
    "zh-TW": "{n} 人表示這是真實的網站，他們的投票降低了評估等級。",
    en: "{n} people said this is a genuine site; their votes lowered the verdict.",
  },
  relisted_after_appeal: {
    "zh-CN": "此前的申诉已被受理；此后又有 {n} 位新的独立举报人，他们的举报重新计入。",
    "zh-TW": "此前的申訴已被受理；此後又有 {n} 位新的獨立舉報人，他們的舉報重新計入。",
    en: "An appeal was upheld earlier; {n} new independent reporters since then count again.",
  },
  official_sender_and_links: {
    "zh-CN": "发送方和所有链接都属于官方登记的 {institution}。",
    "zh-TW": "發送方和所有連結都屬於官方登記的 {institution}。",
    en: "The sender and every link belong to {institution} in the official registry.",
  },
  appeal_upheld: {
    "zh-CN": "管理员已受理申诉并撤销负面评估：{reason}",
    "zh-TW": "管理員已受理申訴並撤銷負面評估：{reason}",
    en: "An appeal was upheld by the moderators: {reason}",
  },
  official_sender: {
    "zh-CN": "这是登记在册的{institution}官方号码。",
    "zh-TW": "這是登記在冊的{institution}官方號碼。",
    en: "This number is an official sender of {institution} in the registry.",
  },
  possible_spoofing: {
    "zh-CN": "有 {n} 次举报涉及这个官方号码；诈骗者会伪造官方号码，请以短信内容为准，不要只看号码。",
    "zh-TW": "有 {n} 次舉報涉及這個官方號碼；詐騙者會偽造官方號碼，請以簡訊內容為準，不要只看號碼。",
    en: "{n} report(s) name this official number; scammers spoof official numbers, so check the message content rather than the number.",
  },
  no_reports: {
    "zh-CN": "还没有人举报过它。",
    "zh-TW": "還沒有人舉報過它。",
    en: "Nobody has reported this yet.",
  },
  reported_by_many: {
    "zh-CN": "最近 {days} 天内有 {n} 位不同的用户举报过它。",
    "zh-TW": "最近 {days} 天內有 {n} 位不同的使用者舉報過它。",
    en: "{n} different people reported it in the last {days} days.",
  },
  single_reporter: {
    "zh-CN": "目前只有一位用户举报；仅凭一人举报永远不会改变评估结果。",
    "zh-TW": "目前只有一位使用者舉報；僅憑一人舉報永遠不會改變評估結果。",
    en: "Only one person has reported it; one reporter alone never changes the verdict.",
  },
  stale_reports: {
    "zh-CN": "它的举报都早于 {days} 天前。",
    "zh-TW": "它的舉報都早於 {days} 天前。",
    en: "Its reports are older than {days} days.",
  },
  strong_signals: {
    "zh-CN": "被举报的短信索要验证码、身份证或银行卡号，以起诉相威胁或带有链接——正规通知不会这样做。",
    "zh-TW": "被舉報的簡訊索取驗證碼、身分證或銀行卡號，以起訴相威脅或帶有連結——正規通知不會這樣做。",
    en: "Reported texts asked for codes, ID or card numbers, threatened legal action or carried links — genuine notices do not.",
  },
  campaign_one: {
    "zh-CN": "它的短信属于模板 {campaign}，该模板目前只有 1 人举报。",
    "zh-TW": "它的簡訊屬於模板 {campaign}，該模板目前只有 1 人舉報。",
    en: "Its texts belong to campaign {campaign}, a message template reported by 1 person so far.",
  },
  campaign: {
    "zh-CN": "它的短信属于模板 {campaign}，该模板在多个号码和链接上被 {n} 人举报。",
    "zh-TW": "它的簡訊屬於模板 {campaign}，該模板在多個號碼和連結上被 {n} 人舉報。",
    en: "Its texts belong to campaign {campaign}, a message template reported by {n} people across several senders and links.",
  },
  impersonates_institution: {
    "zh-CN": "被举报的短信自称来自{names}，但这个号码不是它的官方号码。",
    "zh-TW": "被舉報的簡訊自稱來自{names}，但這個號碼不是它的官方號碼。",
    en: "Reported texts claim to come from {names}, but this number is not one of its official senders.",
  },
  url_shortener: {
    "zh-CN": "这是短链接服务：评估涵盖它背后的所有链接。",
    "zh-TW": "這是短網址服務：評估涵蓋它背後的所有連結。",
    en: "This is a link shortener: the reputation covers every link behind it.",
  },
  // /check (key ≠ code where one code has several wordings).
  impersonates_institution_text: {
    "zh-CN": "短信自称{institution}，但 {sender} 不是{organization}的官方号码。正规通知来自官方号码，从不索要验证码。",
    "zh-TW": "簡訊自稱{institution}，但 {sender} 不是{organization}的官方號碼。正規通知來自官方號碼，從不索取驗證碼。",
    en: "The text names {institution}, but {sender} is not one of {organization}'s official senders. Genuine notices come from official numbers and never ask for codes.",
  },
  impersonates_institution_unregistered: {
    "zh-CN": "短信自称{institution}，但登记册里没有它的任何官方号码，{sender} 也不是。正规通知来自官方号码，从不索要验证码。",
    "zh-TW": "簡訊自稱{institution}，但登記冊裡沒有它的任何官方號碼，{sender} 也不是。正規通知來自官方號碼，從不索取驗證碼。",
    en: "The text names {institution}, but {sender} is not one of its official senders (it has none in the registry). Genuine notices come from official numbers and never ask for codes.",
  },
  impersonation_port_unweighted: {
    "zh-CN": "发送方是短信端口，短信里没有索要验证码、证件、转账或链接等强特征，因此对运营商不构成拦截依据。",
    "zh-TW": "發送方是簡訊埠號，簡訊裡沒有索取驗證碼、證件、轉帳或連結等強特徵，因此對電信業者不構成攔截依據。",
    en: "The sender is an SMS port and the text carries no strong signal (codes, ID, transfers, links), so for carriers this is no reason to block.",
  },
  probable_official_port: {
    "zh-CN": "{sender} 很可能是{organization}的短信端口：号码中含有它的官方号码 {number}。",
    "zh-TW": "{sender} 很可能是{organization}的簡訊埠號：號碼中含有它的官方號碼 {number}。",
    en: "{sender} is probably {organization}'s SMS port: its digits carry the official number {number}.",
  },
  asks_verification_code: {
    "zh-CN": "它索要验证码：银行和贷款机构从不这样做。",
    "zh-TW": "它索取驗證碼：銀行和貸款機構從不這樣做。",
    en: "It asks for a verification code: no bank or lender ever does.",
  },
  asks_id_or_card: {
    "zh-CN": "它索要身份证号或银行卡号。",
    "zh-TW": "它索取身分證號或銀行卡號。",
    en: "It asks for an ID-card or bank-card number.",
  },
  repayment_channel_private: {
    "zh-CN": "它要求转账到个人账户、二维码或聊天联系人。",
    "zh-TW": "它要求轉帳到個人帳戶、QR 碼或聊天聯絡人。",
    en: "It asks to pay to a personal account, QR code or chat contact.",
  },
  legal_threat: {
    "zh-CN": "它以起诉、上门或征信相威胁。",
    "zh-TW": "它以起訴、上門或徵信相威脅。",
    en: "It threatens lawsuits, home visits or credit records.",
  },
  // The high tier counts only for a first message's typology (src/domain/signals.ts).
  scam_language_high: {
    "zh-CN": "措辞与已知诈骗的开场白高度相似（模型估计 {percent}%）：诈骗常先用一句问候或提示搭话，之后才索要钱款、验证码或让您下载应用。请勿继续回复，通过官方电话核实。",
    "zh-TW": "措辭與已知詐騙的開場白高度相似（模型估計 {percent}%）：詐騙常先用一句問候或提示搭話，之後才索取金錢、驗證碼或要您下載應用程式。請勿繼續回覆，透過官方電話查證。",
    en: "Its wording closely resembles the opening of known scam scripts (model estimate {percent}%): scams often start with a greeting or a hint and ask for money, codes or an app later. Do not reply; check through the official number.",
  },
  scam_language_very_high: {
    "zh-CN": "措辞与已知诈骗话术极为相似（模型估计 {percent}%）。",
    "zh-TW": "措辭與已知詐騙話術極為相似（模型估計 {percent}%）。",
    en: "Its wording very closely resembles known scam scripts (model estimate {percent}%).",
  },
  check_campaign: {
    "zh-CN": "短信与模板 {campaign} 相符，该模板已被 {n} 人举报 {reports} 次。",
    "zh-TW": "簡訊與模板 {campaign} 相符，該模板已被 {n} 人舉報 {reports} 次。",
    en: "The text matches campaign {campaign}, a template reported {reports} time(s) by {n} people.",
  },
  sender_scam: {
    "zh-CN": "发送方 {sender} 被判定为诈骗（风险分数 {score}）。",
    "zh-TW": "發送方 {sender} 被判定為詐騙（風險分數 {score}）。",
    en: "The sender {sender} is a scam (score {score}).",
  },
  sender_suspicious: {
    "zh-CN": "发送方 {sender} 可疑（风险分数 {score}）。",
    "zh-TW": "發送方 {sender} 可疑（風險分數 {score}）。",
    en: "The sender {sender} is suspicious (score {score}).",
  },
  sender_trusted: {
    "zh-CN": "发送方 {sender} 是登记在册的官方号码。",
    "zh-TW": "發送方 {sender} 是登記在冊的官方號碼。",
    en: "The sender {sender} is trusted: an official number in the registry.",
  },
  domain_scam: {
    "zh-CN": "链接域名 {domain} 被判定为诈骗（风险分数 {score}）。",
    "zh-TW": "連結網域 {domain} 被判定為詐騙（風險分數 {score}）。",
    en: "The link domain {domain} is a scam (score {score}).",
  },
  domain_suspicious: {
    "zh-CN": "链接域名 {domain} 可疑（风险分数 {score}）。",
    "zh-TW": "連結網域 {domain} 可疑（風險分數 {score}）。",
    en: "The link domain {domain} is suspicious (score {score}).",
  },
  no_evidence: {
    "zh-CN": "关于这条短信还没有任何已知信息。",
    "zh-TW": "關於這則簡訊還沒有任何已知資訊。",
    en: "Nothing known about this message.",
  },
};

/** What the reader should do next, by advice code (see ./advice.ts). */
export const ADVICE_MESSAGES: MessageTable = {
  dont_reply: {
    "zh-CN": "不要回复这条短信，也不要按它的要求发送验证码、身份证号或银行卡号。",
    "zh-TW": "不要回覆這則簡訊，也不要按它的要求傳送驗證碼、身分證號或銀行卡號。",
    en: "Do not reply, and never send verification codes, ID or card numbers it asks for.",
  },
  dont_click: {
    "zh-CN": "不要点击短信里的链接，也不要下载它推荐的应用。",
    "zh-TW": "不要點擊簡訊裡的連結，也不要下載它推薦的應用程式。",
    en: "Do not open its links or install apps it recommends.",
  },
  dont_call_text_number: {
    "zh-CN": "不要拨打短信里留的电话，也不要添加它给的微信或 QQ。",
    "zh-TW": "不要撥打簡訊裡留的電話，也不要加入它給的微信或 QQ。",
    en: "Do not call the number given in the text or add its chat contacts.",
  },
  call_official: {
    "zh-CN": "如需核实，请自己拨打{organization}的官方电话 {numbers}。",
    "zh-TW": "如需核實，請自行撥打{organization}的官方電話 {numbers}。",
    en: "To verify, call {organization} yourself on its official number {numbers}.",
  },
  call_official_unknown: {
    "zh-CN": "如需核实，请拨打银行卡背面或机构官网上的客服电话，不要用短信里的联系方式。",
    "zh-TW": "如需核實，請撥打銀行卡背面或機構官網上的客服電話，不要使用簡訊裡的聯絡方式。",
    en: "To verify, call the number on the back of your card or on the institution's official website, never one from the text.",
  },
  report_12321: {
    "zh-CN": "可以把短信转发到 12321 举报（或在本站举报），帮助更多人识别它。",
    "zh-TW": "可以把簡訊轉傳到 12321 舉報（或在本站舉報），幫助更多人識別它。",
    en: "Report it by forwarding the text to 12321 (or on this site) so others are warned.",
  },
  lost_money_96110: {
    "zh-CN": "如果已经转账或泄露了信息，请立即拨打 96110 反诈专线或报警 110，并联系你的银行。",
    "zh-TW": "如果已經轉帳或洩露了資訊，請立即撥打 96110 反詐專線或報警 110，並聯絡你的銀行。",
    en: "If you already paid or shared details, call the 96110 anti-fraud hotline or the police (110) now, and your bank.",
  },
  official_still_careful: {
    "zh-CN": "这是登记在册的官方号码；即便如此，也不要把验证码告诉任何人。",
    "zh-TW": "這是登記在冊的官方號碼；即便如此，也不要把驗證碼告訴任何人。",
    en: "This is a registered official number; even so, never tell anyone a verification code.",
  },
};

/** Tables consulted for a key, first hit wins: reasons, advice, the typology reasons (`typology_<id>`) and the labels of issue 23's signals. */
export const MESSAGE_TABLES: MessageTable[] = [REASON_MESSAGES, ADVICE_MESSAGES, TYPOLOGY_REASONS, NEW_SIGNAL_LABELS];

/** Fills {placeholders}; unknown ones are left as they are. */
export function fillTemplate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * The text of a message key in a language, from the first table that has it; a key no table knows
 * comes back as `fallback` (or the key itself).
 * Example: messageFor("no_reports", "en") → "Nobody has reported this yet."
 */
export function messageFor(key: string, lang: Lang, params?: MessageParams, fallback?: string, tables: readonly MessageTable[] = MESSAGE_TABLES): string {
  for (const table of tables) {
    const entry = table[key];
    if (entry) return fillTemplate(entry[lang], params);
  }
  return fallback ?? key;
}

/** Joins names or numbers the way each language lists them: "95599、4006695599" / "95599, 4006695599". */
export function listJoin(items: readonly string[], lang: Lang): string {
  return items.join(lang === "en" ? ", " : "、");
}
