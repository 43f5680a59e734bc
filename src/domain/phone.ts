/**
 * Sender normalisation: turns a sender as a user wrote or pasted it into one canonical value, so
 * "+86 138-0013-8000", "0086 13800138000" and "１３８００１３８０００" count as the same sender.
 * China-centric: a number without a country code is read as a Chinese number. Written numbers are
 * read by a one-pass scanner (scanWrittenNumber), not a list of forms, so every combination of
 * prefix, separators, brackets and digit widths reads alike (test/domain/phone-grammar.test.ts);
 * everything runs in time linear in the input, which is capped at 100 characters.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { NormalisedSender, SenderKind } from "./types";

const CN = "CN";
const CN_COUNTRY_CODE = "86";

/** Routes cap senders at 64 characters; anything much longer is a pasted message, not a sender. */
const MAX_INPUT_LENGTH = 100;
const MAX_NAME_LENGTH = 20;
/** Names like "JD618" carry a few digits; more than this is a number with words around it. */
const MAX_DIGITS_IN_NAME = 4;

/** Labels people paste along with the sender: "发件人：1069…", "From: CITIC", "tel:+86…". */
const LABEL_WITH_COLON = /^(?:发件人|发信人|发送人|发送方|来自|来电|号码|短信号码|电话|手机|from|sender|tel|phone)\s*:\s*/iu;
/** The Chinese labels also appear without a colon, but only then in front of a number ("来自10690000…"). */
const LABEL_BEFORE_NUMBER = /^(?:发件人|发信人|发送人|发送方|来自|来电|号码|短信号码|电话|手机)\s*(?=[+\d(])/u;
/** An SMS signature pasted as the sender: "【中信银行】", "「CITIC」". What it holds is meant as a sender name. */
const SIGNATURE_BRACKETS = /^[【「『](.*)[】」』]$/u;
/** Brackets a number may carry around any group ("(010) 6588 3001") enclose a name only as a whole: "[中信银行]", "(CITIC)". */
const NAME_IN_BRACKETS = /^(?:\[(?<signature>[^[\]]*)\]|\((?<name>[^()]*)\))$/u;

/** Sender names: letters (any script, CJK included), digits, spaces and a little punctuation; no ".", "/", ":" or "@", so no URL or e-mail. */
const SENDER_NAME = /^[\p{L}\p{M}\d][\p{L}\p{M}\d &'_-]*$/u;
const HAN = /\p{Script=Han}/u;
/**
 * An alphanumeric sender id is at most 11 characters (3GPP TS 23.040, TP-OA): a name outside a
 * signature and without Chinese characters is one such word ("CITIC", "JD618"), so a phrase such
 * as "not a number" is no sender.
 */
const MAX_LATIN_NAME_LENGTH = 11;

interface Classified {
  national: string;
  kind: Exclude<SenderKind, "international" | "alphanumeric">;
}

const MOBILE = /^1[3-9]\d{9}$/;
/**
 * Trunk 0 + area code (10, 2x or a 3-digit 3xx–9xx) + subscriber; 2-digit areas have 8-digit subscribers.
 * No area code is 400 or 800, and reading "0400…" as one would turn "+86400…" into two different senders.
 */
const LANDLINE_WITH_TRUNK = /^0(?:(?:10|2\d)\d{8}|(?![48]00)[3-9]\d{2}\d{7,8})$/;
/**
 * Local 95xxx/96xxx service numbers dialled with an area code, as published: "010-96066", "0532-96588".
 * Not after the 095x areas: without the trunk, "+86 955 96xxx" reads as a 95xxx number with an extension.
 */
const AREA_SERVICE_WITH_TRUNK = /^0(?:10|2\d|(?!95)[3-9]\d{2})9[56]\d{3,4}$/;
const SERVICE = /^(?:95\d{3,7}|96\d{3,4}|[48]00\d{7})$/;
/** Bulk SMS gateways: 1065…, 1066…, 1068…, 1069… with the client's extension, 8–21 digits in all. */
const SMS_PORT = /^106\d{5,18}$/;
/** 100xx/101xx carrier, 11xxx and 12xxx public-service numbers, with extensions ("10086021", "12583110086"). */
const SHORT_CODE = /^1[0-2]\d{2,9}$/;
/** Three-digit numbers are mostly typos; only these are real (police, fire, directory, weather …). */
const THREE_DIGIT_SHORT_CODES = new Set(["110", "112", "114", "117", "119", "120", "121", "122"]);

/**
 * Normalise a sender as a user typed it; null when it is no number/sender at all.
 * Example: normaliseSender("+86 138-0013-8000") → { input: "+86 138-0013-8000", normalized: "+8613800138000", kind: "mobile", country: "CN" }
 */
export function normaliseSender(input: string): NormalisedSender | null {
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_INPUT_LENGTH) return null;
  const { text, signature } = stripLabel(cleanText(trimmed));
  const written = scanWrittenNumber(text);
  const sender = written === NOT_NUMBER_TEXT ? normaliseBracketedName(text, signature) : written && normaliseNumber(written);
  return sender && { input: trimmed, ...sender };
}

/**
 * The key of a sender in the official registry: national digits with the landline trunk 0 kept,
 * E.164 for foreign numbers, the name for alphanumeric senders.
 * Example: registryKeyOf(normaliseSender("010-12345678")!) → "01012345678"
 */
export function registryKeyOf(sender: NormalisedSender): string {
  switch (sender.kind) {
    case "mobile":
      return sender.normalized.slice(1 + CN_COUNTRY_CODE.length);
    case "landline":
      return `0${sender.normalized.slice(1 + CN_COUNTRY_CODE.length)}`;
    default:
      return sender.normalized;
  }
}

/** NFKC folds full-width digits, "+", brackets and spaces; format characters include the zero-width and bidi marks phones add when copying. */
function cleanText(text: string): string {
  return text.normalize("NFKC").replace(/\p{Cf}/gu, "").trim();
}

/**
 * Strips labels and signature brackets in any order and nesting ("来自：【中信银行】"), so no result
 * starts with either; `signature` tells whether there was a signature bracket.
 */
function stripLabel(text: string): { text: string; signature: boolean } {
  let signature = false;
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(LABEL_WITH_COLON, "").replace(LABEL_BEFORE_NUMBER, "").trim();
    const inner = text.match(SIGNATURE_BRACKETS)?.[1];
    if (inner !== undefined) {
      signature = true;
      text = inner.trim();
    }
  }
  return { text, signature };
}

/** A written number read by scanWrittenNumber: whether it began with "+", its digits, and how many of them the first group holds. */
interface WrittenNumber {
  plus: boolean;
  digits: string;
  firstGroupLength: number;
}

/** scanWrittenNumber's answer for text with characters no written number has: it may be a name. */
const NOT_NUMBER_TEXT = Symbol("not number text");
/** A subscriber number without its area code has 7 or 8 digits. */
const MAX_LOCAL_NUMBER_DIGITS = 8;
/** The longest number written: "0086" before a 21-digit port. */
const MAX_DIGITS = 25;
/** Brackets may enclose any group, a bracketed group may hold another ("(+86 (0) 10)"), no deeper. */
const MAX_BRACKET_DEPTH = 2;
const CLOSING_BRACKET: Record<string, string> = { "(": ")", "[": "]" };
/**
 * Characters between digit groups, after NFKC (which folds the full-width ＋（）［］－．／ and U+3000):
 * spaces, hyphens and dashes of every width, dots, middle dots and slashes.
 */
const GROUP_SEPARATORS = new Set([..." \t\u00a0-‐‑‒–—―−﹣.·・•/"]);

/**
 * The grammar of a written number, read in one pass, character by character:
 *   written = { separator | bracket } [ "+" ] { digit | separator | bracket }
 * with brackets balanced and at most 2 deep, so any country prefix ("+86", "(+86)", "（+86）",
 * "0086", "86", none), any separators and brackets around any group read the same; the prefix and
 * trunk rules apply to the digits afterwards (normaliseNumber). NOT_NUMBER_TEXT when a character
 * is none of these (a name, a URL); null when the characters are right but the form is not (a
 * second "+", a "+" after a digit, unbalanced brackets, no digit or too many).
 */
function scanWrittenNumber(text: string): WrittenNumber | null | typeof NOT_NUMBER_TEXT {
  const open: string[] = [];
  let plus = false;
  let digits = "";
  let firstGroupLength = 0;
  let malformed = false;
  for (const char of text) {
    const isDigit = char >= "0" && char <= "9";
    if (!isDigit && firstGroupLength === 0) firstGroupLength = digits.length;
    if (isDigit) {
      digits += char;
    } else if (char === "+") {
      if (plus || digits.length > 0) malformed = true;
      plus = true;
    } else if (char === "(" || char === "[") {
      open.push(char);
      if (open.length > MAX_BRACKET_DEPTH) malformed = true;
    } else if (char === ")" || char === "]") {
      const opener = open.pop();
      if (opener === undefined || CLOSING_BRACKET[opener] !== char) malformed = true;
    } else if (!GROUP_SEPARATORS.has(char)) {
      return NOT_NUMBER_TEXT;
    }
  }
  if (malformed || open.length > 0 || digits.length === 0 || digits.length > MAX_DIGITS) return null;
  return { plus, digits, firstGroupLength: firstGroupLength || digits.length };
}

type SenderValue = Omit<NormalisedSender, "input">;

function normaliseNumber({ plus, digits, firstGroupLength }: WrittenNumber): SenderValue | null {
  // "+" and "00" both announce a country code; a Chinese trunk 0 is never followed by another 0.
  const international = plus || digits.startsWith("00");
  const afterPrefix = plus ? digits : digits.startsWith("00") ? digits.slice(2) : digits;
  if (international && !afterPrefix.startsWith(CN_COUNTRY_CODE)) return normaliseForeign(afterPrefix);
  if (afterPrefix.startsWith(CN_COUNTRY_CODE)) {
    // No Chinese number dialled inside China starts with 86, but a local number without its area
    // code may ("8695 5580"): a bare "86" is a country code when it stands apart ("86 95558") or
    // leaves more digits than a local number has ("86 138…").
    const bareAndRunTogether = !international && firstGroupLength !== CN_COUNTRY_CODE.length && digits.length <= MAX_LOCAL_NUMBER_DIGITS;
    const cn = bareAndRunTogether ? null : classifyAfterCountryCode(afterPrefix.slice(CN_COUNTRY_CODE.length));
    return cn && toSender(cn);
  }
  const cn = classifyNational(digits);
  return cn && toSender(cn);
}

/** Digits after "+86": the landline trunk 0 is dropped there, so "+86 10 12345678" is Beijing; a stray "(0)" is tolerated. */
function classifyAfterCountryCode(digits: string): Classified | null {
  if (digits.startsWith("0")) return classifyNational(digits);
  const asDialled = classifyNational(digits);
  // Mobiles and 400/800 first ("+86 400…" is no area code 400); then landlines before ports and short
  // codes: "+86 10 6588 3001" is a Beijing number in E.164 even though "1065883001" could be a port,
  // and reading it as a landline keeps normalisation idempotent.
  if (asDialled?.kind === "mobile" || asDialled?.kind === "service") return asDialled;
  return classifyNational(`0${digits}`) ?? asDialled;
}

/** A Chinese number as dialled inside China. */
function classifyNational(digits: string): Classified | null {
  if (MOBILE.test(digits)) return { national: digits, kind: "mobile" };
  // A landline dials another city's mobile with a 0 in front; no area code starts 01 but Beijing's 010.
  if (digits.startsWith("0") && MOBILE.test(digits.slice(1))) return { national: digits.slice(1), kind: "mobile" };
  if (LANDLINE_WITH_TRUNK.test(digits) || AREA_SERVICE_WITH_TRUNK.test(digits)) return { national: digits, kind: "landline" };
  if (SERVICE.test(digits)) return { national: digits, kind: "service" };
  if (digits.startsWith("106")) return SMS_PORT.test(digits) ? { national: digits, kind: "sms_port" } : null;
  if (SHORT_CODE.test(digits) || THREE_DIGIT_SHORT_CODES.has(digits)) return { national: digits, kind: "short_code" };
  return null;
}

function toSender({ national, kind }: Classified): SenderValue {
  const normalized =
    kind === "mobile" ? `+${CN_COUNTRY_CODE}${national}` : kind === "landline" ? `+${CN_COUNTRY_CODE}${national.slice(1)}` : national;
  return { normalized, kind, country: CN };
}

function normaliseForeign(digitsAfterPlus: string): SenderValue | null {
  const phone = parsePhoneNumberFromString(`+${digitsAfterPlus}`);
  if (!phone?.isPossible()) return null;
  // libphonenumber drops one written trunk 0 ("+44 (0)20…"); a number that still changes when parsed again ("+44 0 0…") is garbage.
  if (parsePhoneNumberFromString(phone.number)?.number !== phone.number) return null;
  return { normalized: phone.number, kind: "international", country: phone.country ?? null };
}

/** A name that may be pasted in brackets a number would also use: "[CITIC Bank]" is a signature, "(CITIC)" is not. */
function normaliseBracketedName(text: string, signature: boolean): SenderValue | null {
  const bracketed = text.match(NAME_IN_BRACKETS)?.groups;
  if (!bracketed) return normaliseName(text, signature);
  return bracketed.signature !== undefined ? normaliseName(bracketed.signature.trim(), true) : normaliseName(bracketed.name!.trim(), signature);
}

/**
 * Which text is a sender name: letters (any script) with digits, spaces and & ' _ - between them,
 * 2–20 characters, at most 4 digits, and either
 * - written as an SMS signature, 【…】 (also […], 「…」, 『…』): "【中信银行】", "【Bank of China】";
 * - or holding a Chinese character: "中信银行", "中信金融 CITIC";
 * - or one word of at most 11 characters, an alphanumeric sender id: "CITIC", "JD618", "AT&T".
 * A signature that is a Latin phrase keeps its 【】 in the normalised form ("【BANK OF CHINA】").
 * Phrases in Latin letters ("not a number", "hello world") are none of these.
 */
function normaliseName(text: string, signature: boolean): SenderValue | null {
  // Upper-casing can lengthen ("ß" → "SS") or leave non-NFKC text, so the checks run on the final form.
  const name = text.replace(/\s+/gu, " ").toUpperCase().normalize("NFKC");
  if (name.length < 2 || name.length > MAX_NAME_LENGTH || !SENDER_NAME.test(name) || !/\p{L}/u.test(name)) return null;
  if ((name.match(/\d/g)?.length ?? 0) > MAX_DIGITS_IN_NAME) return null;
  const latinPhrase = !HAN.test(name) && (name.includes(" ") || name.length > MAX_LATIN_NAME_LENGTH);
  if (!latinPhrase) return { normalized: name, kind: "alphanumeric", country: null };
  if (!signature) return null;
  // A Latin phrase is a name only as a signature, so it keeps its brackets: normalising
  // "【BANK OF CHINA】" again (a lookup of the stored form) gives itself, where "BANK OF CHINA" is no sender.
  return { normalized: `【${name}】`, kind: "alphanumeric", country: null };
}
