/**
 * Redaction before storage: ID-card numbers, bank-card numbers, phone numbers other than the sender
 * (and the callback numbers kept as evidence), names after salutations, amounts tied to the person,
 * e-mail addresses and card tail numbers. Each becomes a fixed token, so redaction is idempotent.
 */
import { normaliseSender } from "./phone";

export type RedactionKind = "id_card" | "bank_card" | "phone" | "name" | "amount" | "email" | "tail_number";

export interface Redaction {
  text: string;
  counts: Partial<Record<RedactionKind, number>>;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** Whether 18 characters form a valid resident ID number (GB 11643 checksum). */
export function isIdCardNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17]!.toUpperCase();
}

/** Luhn check for bank-card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// Over-redacting a digit run inside a code is harmless; missing an ID next to a letter is not.
const SEPARATED_DIGITS = /(?<!\d)\d(?:[\d\s-]{10,26})[\dXx](?!\d)/g;
const PHONE = /(?<!\d)(?:(?:\+|00)?86[\s-]?)?(?:1[3-9]\d(?:[\s-]?\d{4}){2}|0\d{2,3}[\s-]?\d{7,8})(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const NAME = "[\\u4e00-\\u9fa5]{1,4}?|[\\u4e00-\\u9fa5][*＊某x×]{1,2}[\\u4e00-\\u9fa5]?";
const NAME_PATTERNS: RegExp[] = [
  new RegExp(`((?:尊敬|親愛|亲爱)的)(${NAME})(先生|女士|小姐|用户|客户|用戶|會員|会员|您好|，|,|：|:)`, "g"),
  new RegExp(`((?:借款人|客户|客戶|用户|用戶|持卡人|会员|會員|户主|戶主|本人|我是|我叫)[：:\\s]?)(${NAME})(?=先生|女士|小姐|您好|你好|，|,|。|：|:|\\s|的|名下)`, "g"),
  new RegExp(`(^|[】\\s，,。])(${NAME})(?=(?:先生|女士|小姐)?(?:您好|你好))`, "g"),
];
const AMOUNT =
  /((?<!\[)(?:欠款|欠费|逾期金额|逾期款|应还(?:金额|款)?|待还(?:金额)?|本金|账单|賬單|金额|金額|共计|合计|余额|餘額|利息|罚息|違約金|违约金|还款额|還款額|本期)[^\d¥￥\[]{0,6})([¥￥]|RMB|人民币)?\s*\d[\d,，.]*(?:\.\d+)?\s*(?:元|块|圆|萬|万)?/g;
const TAIL = /(尾号|尾號|末四位|后四位|後四位)(\s*[:：]?\s*)\d{3,4}/g;

/** Digits of a phone match, to compare with the sender / kept numbers in normalised form. */
function normalisedPhone(raw: string): string | null {
  return normaliseSender(raw)?.normalized ?? null;
}

/**
 * Redacts personal data; the sender and `keep` (normalised numbers) stay visible.
 * Example: redactText("尊敬的张伟先生，身份证11010519491231002X") → "尊敬的[姓名]先生，身份证[身份证]"
 */
export function redactText(text: string, options: { sender?: string; keep?: string[] } = {}): Redaction {
  const counts: Redaction["counts"] = {};
  const count = (kind: RedactionKind) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
  };
  const visible = new Set([options.sender, ...(options.keep ?? [])].filter((v): v is string => Boolean(v)));
  let out = text.normalize("NFKC");

  out = out.replace(EMAIL, () => (count("email"), "[邮箱]"));
  // Long digit runs (possibly grouped with spaces or dashes): ID cards first, then bank cards.
  out = out.replace(SEPARATED_DIGITS, (match) => {
    const compact = match.replace(/[\s-]/g, "");
    if (compact.length === 18 && (isIdCardNumber(compact) || /^\d{17}[Xx]$/.test(compact))) return count("id_card"), "[身份证]";
    if (compact.length === 15 && /^\d{15}$/.test(compact) && /^[1-6]\d{5}\d{2}(0[1-9]|1[0-2])/.test(compact)) return count("id_card"), "[身份证]";
    if (/^\d{13,19}$/.test(compact) && passesLuhn(compact)) return count("bank_card"), "[银行卡]";
    if (compact.length === 18 && /^\d{17}[\dXx]$/.test(compact)) return count("id_card"), "[身份证]";
    return match;
  });
  out = out.replace(PHONE, (match) => {
    const normalised = normalisedPhone(match);
    if (normalised && visible.has(normalised)) return match;
    count("phone");
    return "[电话]";
  });
  out = out.replace(TAIL, (_all, cue: string, gap: string) => (count("tail_number"), `${cue}${gap}****`));
  for (const pattern of NAME_PATTERNS) {
    out = out.replace(pattern, (...groups: unknown[]) => {
      count("name");
      // Groups: before, name and, for salutation patterns, the word after the name.
      const after = typeof groups[3] === "string" ? groups[3] : "";
      return `${groups[1] as string}[姓名]${after}`;
    });
  }
  out = out.replace(AMOUNT, (_all, cue: string) => (count("amount"), `${cue}[金额]`));
  return { text: out, counts };
}
