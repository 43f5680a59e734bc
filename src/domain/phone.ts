/**
 * Sender normalisation: turns a sender as a user wrote or pasted it into one canonical value, so
 * "+86 138-0013-8000", "0086 13800138000" and "１３８００１３８０００" count as the same sender.
 * China-centric: a number without a country code is read as a Chinese number.
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
const LABEL_BEFORE_NUMBER = /^(?:发件人|发信人|发送人|发送方|来自|来电|号码|短信号码|电话|手机)\s*(?=[+\d])/u;
/** The 【…】 signature of an SMS is often pasted as the sender name: "【中信银行】". */
const ENCLOSING_BRACKETS = /^[【[「『(](.*)[】\]」』)]$/u;

/** Characters a written phone number may contain besides digits and one leading "+". */
const NUMBER_SEPARATORS = /[\s\-‐‑‒–—―−.·()/]/gu;
const WRITTEN_NUMBER = /^\+?[\d\s\-‐‑‒–—―−.·()/]+$/u;
/** Sender names: letters (any script, CJK included), digits, spaces and a little punctuation; no ".", "/", ":" or "@", so no URL or e-mail. */
const SENDER_NAME = /^[\p{L}\p{M}\d][\p{L}\p{M}\d &'_-]*$/u;

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
  const text = stripLabel(cleanText(trimmed));
  const sender = WRITTEN_NUMBER.test(text) ? normaliseNumber(text) : normaliseName(text);
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

/** Strips labels and enclosing brackets in any order and nesting ("来自：【中信银行】"), so no result starts with either. */
function stripLabel(text: string): string {
  for (let previous = ""; previous !== text; ) {
    previous = text;
    text = text.replace(LABEL_WITH_COLON, "").replace(LABEL_BEFORE_NUMBER, "").trim();
    text = text.match(ENCLOSING_BRACKETS)?.[1]?.trim() ?? text;
  }
  return text;
}

type SenderValue = Omit<NormalisedSender, "input">;

function normaliseNumber(written: string): SenderValue | null {
  if (written.lastIndexOf("+") > 0) return null;
  const digits = written.replace(NUMBER_SEPARATORS, "").replace("+", "");
  // "+" and "00" both announce a country code; a Chinese trunk 0 is never followed by another 0.
  const hasCountryCode = written.startsWith("+") || digits.startsWith("00");
  const afterPrefix = written.startsWith("+") ? digits : digits.startsWith("00") ? digits.slice(2) : digits;

  if (hasCountryCode) {
    if (!afterPrefix.startsWith(CN_COUNTRY_CODE)) return normaliseForeign(afterPrefix);
    const cn = classifyAfterCountryCode(afterPrefix.slice(CN_COUNTRY_CODE.length));
    return cn && toSender(cn);
  }
  // A bare "86" is only a country code when it leaves a phone number; "86…" is no Chinese national number anyway.
  if (digits.startsWith(CN_COUNTRY_CODE)) {
    const cn = classifyAfterCountryCode(digits.slice(CN_COUNTRY_CODE.length));
    return cn && (cn.kind === "mobile" || cn.kind === "landline") ? toSender(cn) : null;
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

function normaliseName(text: string): SenderValue | null {
  // Upper-casing can lengthen ("ß" → "SS") or leave non-NFKC text, so the checks run on the final form.
  const name = text.replace(/\s+/gu, " ").toUpperCase().normalize("NFKC");
  if (name.length < 2 || name.length > MAX_NAME_LENGTH || !SENDER_NAME.test(name) || !/\p{L}/u.test(name)) return null;
  if ((name.match(/\d/g)?.length ?? 0) > MAX_DIGITS_IN_NAME) return null;
  return { normalized: name, kind: "alphanumeric", country: null };
}
