/**
 * Text normalisation for template matching. Each step removes one way campaigns vary a template
 * while keeping what makes it that template; normaliseForFingerprint composes them in order.
 */
import { toSimplifiedChars } from "./hanzi";

/** Full-width letters/digits/punctuation to ASCII, compatibility forms folded: "ＡＢ１２" → "AB12". */
export function foldWidth(text: string): string {
  return text.normalize("NFKC");
}

/** Zero-width characters, joiners, variation selectors, BOM and other invisibles removed. */
export function stripInvisibles(text: string): string {
  return text.replace(/[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e0fff}]/gu, "");
}

/** Links — also obfuscated (hxxp, [.]) and bare domains — become one placeholder: rotating links do not matter. */
export function maskLinks(text: string): string {
  return text
    .replace(/\b(?:h(?:tt|xx|\*\*)ps?):?\/\/\S+/gi, " U ")
    // Starts only where a host-like run starts, labels ≤ 63 characters: one scan per run, not one per character of it.
    .replace(/(?<![\w@.\])-])(?:[a-z0-9-]{1,63}(?:\.|\[\.\]|\(\.\)))+(?:com|cn|net|org|top|xyz|vip|cc|me|io|co|info|site|online|shop|club|app|link|ltd|wang|ink|pro|tk|ml|ga|gq|cf|icu|fun|live|asia|hk|tw|so|im|ly|gl|gg|ru|us|uk|work|tech|store|biz|ren|xin|mobi|tv)(?:\/\S*)?/gi, " U ");
}

/** Names after salutations (尊敬的X先生, X您好, 客户X) become one placeholder. */
export function maskNames(text: string): string {
  return text
    .replace(/((?:尊敬|亲爱)的)[\u4e00-\u9fa5*＊]{1,4}?(先生|女士|小姐|用户|客户|会员|您好)/g, "$1N$2")
    .replace(/(客户|用户|借款人|持卡人)[\u4e00-\u9fa5*＊]{2,4}?(?=[,，:：。\s]|您好)/g, "$1N")
    .replace(/(^|[】\]\s,，。])[\u4e00-\u9fa5*＊]{2,4}?(?=(?:先生|女士|小姐)?您好)/g, "$1N");
}

/** Digit runs — amounts, dates, times, case numbers, deadlines — become one placeholder each. */
export function maskNumbers(text: string): string {
  return text
    // Spaces are gone by now (normaliseForFingerprint), so bounded gaps lose nothing and keep each start's scan short.
    .replace(/[¥￥$]?\s{0,3}\d[\d,.:/\-年月日号时分秒]*\s{0,3}(?:元|块|万|千|百|天|日|小时|分钟|期|笔|个月|%)?/g, "0")
    .replace(/[一二三四五六七八九十百千万两]{1,8}(?=(?:天|日|小时|个月|万|元|期))/g, "0");
}

/**
 * Variants that change nothing of a template's meaning folded to one form: 你/您, 超期/逾期,
 * 马上/立刻/立即. Deliberately tiny — a handful of characters and words, no phrase dictionary.
 */
const VARIANT_FORMS: Record<string, string> = {
  你: "您", 超期: "逾期", 过期未还: "逾期", 马上: "立即", 立刻: "立即", 即刻: "立即", 赶紧: "立即", 赶快: "立即", 联络: "联系", 回覆: "回复",
};
const VARIANTS = new RegExp(Object.keys(VARIANT_FORMS).sort((a, b) => b.length - a.length).join("|"), "g");

export function foldVariants(text: string): string {
  return text.replace(VARIANTS, (match) => VARIANT_FORMS[match] ?? match);
}

/** Whether a UTF-16 code unit is a letter or digit we keep (Latin, CJK, kana, hangul, Cyrillic, Greek). */
function isWordChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x00c0 && code <= 0x024f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x0370 && code <= 0x04ff)
  );
}

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isLatinOrDigit = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);

/** Punctuation, symbols, emoji, decoration (【】★~) and whitespace removed. */
export function stripPunctuation(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) if (isWordChar(text.charCodeAt(i))) out += text[i];
  return out;
}

/**
 * In Chinese texts, leftover Latin letters and digits are link fragments, codes and noise that
 * campaigns vary on purpose (spaces inside links); texts that are mostly Latin keep them.
 */
export function dropLatinNoise(text: string): string {
  let han = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) han++;
  if (han < text.length / 3) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) if (!isLatinOrDigit(text.charCodeAt(i))) out += text[i];
  return out;
}

/**
 * The text a template fingerprint is computed from.
 * Example: normaliseForFingerprint("【中信金融】尊敬的張偉先生，您已逾期３５天 http://a.top") === normaliseForFingerprint("中信金融 尊敬的李娜先生 您已逾期7天 hxxp://b[.]cc")
 */
export function normaliseForFingerprint(text: string): string {
  let out = stripInvisibles(foldWidth(text));
  out = toSimplifiedChars(out).toLowerCase();
  out = maskLinks(out);
  // Spaces inserted inside words must not hide a name from maskNames (links are masked already).
  out = out.replace(/\s+/g, "");
  out = maskNames(out);
  out = maskNumbers(out);
  out = foldVariants(out);
  return dropLatinNoise(stripPunctuation(out));
}
