/**
 * Redaction before storage: ID-card numbers, bank-card numbers, phone numbers other than the sender
 * (and the callback numbers kept as evidence), names after salutations, amounts tied to the person,
 * e-mail addresses and card tail numbers. Each becomes a fixed token that no rule matches again, so
 * redaction is idempotent. Rules match on a simplified-character view of the text, so they are
 * written once for simplified and traditional texts alike.
 */
import { addressSpans } from "./address";
import { findInstitution, toSimplifiedChars } from "./institutions";
import { normaliseSender } from "./phone";

export type RedactionKind = "id_card" | "bank_card" | "phone" | "name" | "amount" | "email" | "tail_number" | "address";

export interface Redaction {
  text: string;
  /** How many of each kind were replaced; "tail_number" counts 尾号1234 → 尾号****. */
  counts: Partial<Record<RedactionKind, number>>;
}

const TOKENS = {
  id_card: "[身份证]",
  bank_card: "[银行卡]",
  phone: "[电话]",
  name: "[姓名]",
  amount: "[金额]",
  email: "[邮箱]",
  tail_number: "****",
  address: "[地址]",
} satisfies Record<RedactionKind, string>;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** Whether 18 characters form a valid resident ID number (GB 11643 checksum): isIdCardNumber("11010519491231002X") → true */
export function isIdCardNumber(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  return ID_CHECK[sum % 11] === value[17]!.toUpperCase();
}

/** Luhn check for bank-card numbers: passesLuhn("4111111111111111") → true */
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

/** A 15-digit first-generation ID: region code, then a plausible YYMMDD birth date. */
const OLD_ID = /^[1-8]\d{5}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}$/;

/**
 * What a run of digits is. Any 18-character ID-shaped run counts as an ID even with a bad checksum
 * (a mistyped ID is still personal); a 15–19-digit run after a card cue counts as a card even
 * without Luhn, for the same reason.
 */
function classifyDigits(compact: string, afterCardCue: boolean): "id_card" | "bank_card" | null {
  if (/^\d{17}[\dXx]$/.test(compact) && (isIdCardNumber(compact) || /[Xx]$/.test(compact))) return "id_card";
  if (/^\d{15}$/.test(compact) && OLD_ID.test(compact) && !afterCardCue) return "id_card";
  if (/^\d{13,19}$/.test(compact) && (passesLuhn(compact) || (afterCardCue && compact.length >= 15))) return "bank_card";
  if (/^\d{18}$/.test(compact)) return "id_card";
  return null;
}

const MIN_CARD_DIGITS = 13;
/** Digit groups separated by one or two spaces or a dash, as cards and IDs are written ("6222 0212 3456 7890 128"). */
const DIGIT_RUN = /(?<!\d)\d+(?:(?: {1,2}|-)\d+)*[Xx]?/g;
/** A card cue right before a number; never our own "[银行卡]" token, or a second pass would see cues the first did not. */
const CARD_CUE = /(?:卡号|银行卡|信用卡|储蓄卡|借记卡|账号|帐号|账户|帐户|卡)(?!\])[^0-9[\]\n]{0,4}$/;

interface Span {
  from: number;
  to: number;
  kind: RedactionKind;
}

/**
 * ID and card numbers inside a digit run. Scanning groups left to right, the longest window of whole
 * groups that is an ID or a card is taken, so a card followed by an unrelated number ("…0128 3天")
 * is still found; windows never cross a token, which keeps a second pass from finding anything new.
 */
function idAndCardSpans(view: string): Span[] {
  const spans: Span[] = [];
  for (const run of view.matchAll(DIGIT_RUN)) {
    // Cards have 13–19 digits and IDs 15 or 18: a shorter run holds neither.
    if (run[0].length < MIN_CARD_DIGITS) continue;
    const groups = [...run[0].matchAll(/\d+[Xx]?/g)].map((group) => ({ from: run.index + group.index, digits: group[0] }));
    for (let start = 0; start < groups.length; ) {
      const at = groups[start]!.from;
      let afterCardCue: boolean | undefined;
      let found: { end: number; kind: "id_card" | "bank_card" } | null = null;
      let compact = "";
      for (let end = start; end < groups.length && compact.length < 19; end++) {
        // Cards and IDs are written in groups of 3 or more digits; only the last may be shorter ("… 7890 128").
        if (end > start && groups[end - 1]!.digits.length < 3) break;
        compact += groups[end]!.digits;
        if (compact.length < MIN_CARD_DIGITS || compact.length > 19) continue;
        afterCardCue ??= CARD_CUE.test(view.slice(Math.max(0, at - 12), at));
        const kind = classifyDigits(compact, afterCardCue);
        if (kind) found = { end, kind };
      }
      if (!found) {
        start++;
        continue;
      }
      const last = groups[found.end]!;
      spans.push({ from: groups[start]!.from, to: last.from + last.digits.length, kind: found.kind });
      start = found.end + 1;
    }
  }
  return spans;
}

const EMAIL_LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
/** The domain of an address, matched right after its "@": labels ≤ 63 characters (RFC 1035), a letter TLD. */
const EMAIL_DOMAIN = /(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z])/y;

/**
 * E-mail addresses, found from each "@" outwards: the local part is the run of address characters
 * before it (≤ 64, RFC 5321). A pattern starting at every position would rescan a long run of
 * address characters from each of them.
 */
function emailSpans(view: string): Span[] {
  const spans: Span[] = [];
  let floor = 0;
  for (let at = view.indexOf("@"); at !== -1; at = view.indexOf("@", at + 1)) {
    let from = at;
    while (from > floor && at - from < 64 && EMAIL_LOCAL_CHAR.test(view[from - 1]!)) from--;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const domain = EMAIL_DOMAIN.exec(view);
    if (from === at || !domain) continue;
    spans.push({ from, to: at + 1 + domain[0].length, kind: "email" });
    floor = at + 1 + domain[0].length;
  }
  return spans;
}
const TAIL_NUMBER = /(?:尾号|末四位|后四位|末尾|尾数)\s{0,3}[:：为是]?\s{0,3}(?<digits>\d{3,4})(?!\d)/dg;
/**
 * CN mobiles (with +86/0086/86; any single space, dot or dash between digits, as in "138.0013.8000"
 * and "1 3 8 0 0 1 3 8 0 0 0"), landlines with area code, and numbers with another country code.
 * 400/95xxx service numbers are not personal. Every repetition is bounded: linear in the text.
 */
const PHONE =
  /(?<![\d+])(?:(?:(?:\+|00)?86[\s.-]?)?(?:1[\s.-]?[3-9](?:[\s.-]?\d){9}|(?:\(0\d{2,3}\)|0\d{2,3})[\s.-]?\d{3,4}[\s.-]?\d{4})|(?:\+|00)(?!86)[1-9]\d{0,2}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d){5,10})(?!\d)/g;

/** Common surnames, single and compound: a name after 客户/用户 or before 您好 must start with one. */
export const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
export const COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "司徒", "长孙", "宇文", "尉迟", "公孙", "夏侯", "端木", "南宫", "西门"];

/** 1–4 Chinese characters, or a name already half-masked: "张*三", "王**", "李某某", "张x三". */
const NAME = String.raw`(?<name>[\u4e00-\u9fff](?:[*×xX]{1,2}[\u4e00-\u9fff]?|[\u4e00-\u9fff]{0,3}?))`;
/** A name right after a relation word, to the first character that cannot be in a name ("刘美玲已经…", "王强的电话"). */
const NAME_BEFORE_GRAMMAR = String.raw`(?<name>[\u4e00-\u9fff](?:(?![的已在是说和与及等也都将会被了电手那这们，])[\u4e00-\u9fff]){1,3})`;
const BOUNDARY = String.raw`(?:^|(?<=[】\]\s，,。！!：:；;]))`;
/** Who a third party is to the reader: 紧急联系人张丽华, 你老婆刘美玲, 您的同事王强. */
const RELATIONS =
  "紧急联系人|联系人|担保人|老婆|老公|妻子|丈夫|爱人|对象|儿子|女儿|父亲|母亲|爸爸|妈妈|父母|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|亲属|亲戚|家人|同事|领导|上司|朋友|同学|室友|邻居";

/**
 * How sure a rule is that what it found is a name: "honorific" (先生/女士 follows), "surname" (must
 * start with a common surname), "salutation" (after 尊敬的/亲爱的: a surname, or a given name such as
 * 小明 that is no generic address like 用户 or 朋友).
 */
type NameCheck = "honorific" | "surname" | "salutation";
const NAME_RULES: { pattern: RegExp; check: NameCheck }[] = [
  // 尊敬的张伟先生 / 亲爱的李娜女士: the honorific makes it a name.
  { pattern: new RegExp(String.raw`(?:尊敬的|亲爱的)${NAME}(?=先生|女士|小姐|老师|同学)`, "dg"), check: "honorific" },
  // 尊敬的张伟客户 / 尊敬的小明，/ 亲爱的李娜: also "尊敬的招行客户" and "亲爱的用户", hence the check.
  { pattern: new RegExp(String.raw`(?:尊敬的|亲爱的)${NAME}(?=用户|客户|会员|您好|你好|[，,：:！!\s]|$)`, "dg"), check: "salutation" },
  // 借款人李娜，客户欧阳娜娜您好, 持卡人：王芳
  {
    pattern: new RegExp(String.raw`(?:借款人|客户|用户|持卡人|会员|户主|当事人|债务人|机主|收件人)[：:\s]?${NAME}(?=先生|女士|小姐|您好|你好|[，,。：:！!；;\s]|的|名下|$)`, "dg"),
    check: "surname",
  },
  // 紧急联系人张丽华, 你老婆刘美玲已经知道了: third parties, named to frighten the reader.
  { pattern: new RegExp(String.raw`(?:${RELATIONS})[：:\s]?${NAME_BEFORE_GRAMMAR}`, "dg"), check: "surname" },
  // 我是欧阳娜娜，… (appeal statements introduce their writer); 本人：王芳
  { pattern: new RegExp(String.raw`(?:我是|我叫|本人是?|本人姓名)[：:\s]?${NAME}(?=[，,。：:！!；;\s]|$)`, "dg"), check: "surname" },
  // 张伟您好, 【众安】李先生您好, 王女士，
  { pattern: new RegExp(String.raw`${BOUNDARY}${NAME}(?=(?:先生|女士|小姐)?(?:您好|你好))`, "dg"), check: "surname" },
  { pattern: new RegExp(String.raw`${BOUNDARY}${NAME}(?=先生|女士|小姐)`, "dg"), check: "surname" },
];

/** Latin-script names after a title: "Mr. Zhang Wei", "Dear Li Na", "Ms Wang" (up to three capitalised words). */
const LATIN_NAME = /\b(?:M[Rr][Ss]?|M[Ss]|Miss|D[Rr]|[Dd]ear)(?:\.[ \t]{0,3}|[ \t]{1,3})(?<name>[A-Z][A-Za-z'-]{0,20}(?:[ \t][A-Z][A-Za-z'-]{0,20}){0,2})/dg;
/** Words that follow "Dear" without being a name. */
const LATIN_GENERIC = new Set(["mr", "mrs", "ms", "miss", "dr", "dear", "customer", "customers", "client", "clients", "user", "users", "member", "members", "sir", "madam", "friend", "friends", "valued", "cardholder", "borrower", "all", "team", "colleague"]);

function startsWithSurname(name: string): boolean {
  return SURNAMES.includes(name[0]!) || COMPOUND_SURNAMES.some((surname) => name.startsWith(surname));
}

/** What follows 尊敬的/亲爱的 without being a person: the reader's role, not their name. */
const GENERIC_ADDRESSEES = new Set(["用户", "客户", "会员", "朋友", "家长", "车主", "业主", "学员", "同学", "老师", "亲", "宝贝", "顾客", "旅客", "乘客", "读者", "网友", "用卡人", "持卡人", "借款人", "市民", "居民", "先生", "女士", "您", "你"]);
/** Characters of roles and organisations, never of a given name. */
const NOT_IN_GIVEN_NAMES = /[用户客会员司行银融机构号码台动通信局院所部厅中心集团]/;

/** A name candidate that is an institution ("尊敬的招行客户") or a title is not personal data and stays. */
function isPersonName(name: string, check: NameCheck): boolean {
  // 尊敬的小明, 亲爱的阿强, 尊敬的建国: a given name alone (two or three characters, no role word).
  const givenName = check === "salutation" && name.length >= 2 && name.length <= 3 && !GENERIC_ADDRESSEES.has(name) && !NOT_IN_GIVEN_NAMES.test(name);
  const plausible = check === "honorific" || givenName || startsWithSurname(name);
  // The institution check last: it is the costly one.
  return plausible && findInstitution(name) === null;
}

const AMOUNT_CUE =
  "欠款|欠费|尚欠|拖欠|共欠|欠|逾期金额|逾期款|逾期本金|应还(?:金额|款)?|待还(?:金额|款)?|未还(?:金额|款)?|最低还款|本金|账单(?:金额)?|金额|共计|合计|总计|总额|余额|利息|罚息|违约金|滞纳金|手续费|还款额|本期|一笔|借款|贷款|到账|放款|支出|收入|转入|转出|扣款|消费";
/**
 * An amount with a currency sign or a unit, so that "逾期35天" keeps its days. It counts when a cue
 * tied to the reader ends at most 8 characters before it ("您的欠款￥3,500.00元"), found by looking
 * back from the amount: a pattern of cue, lazy gap and amount measured quadratic (recheck) on texts
 * repeating a cue.
 */
const AMOUNT = /(?<![\d,])(?:(?:[¥￥$]|RMB|CNY|人民币)\s{0,3}\d[\d,]{0,15}(?:\.\d{1,4})?(?:\s{0,3}(?:万元|万|千元|元|块|圆))?|\d[\d,]{0,15}(?:\.\d{1,4})?\s{0,3}(?:万元|万|千元|元|块|圆))/gi;
const CUE_AT_END = new RegExp(`(?:${AMOUNT_CUE})$`);
/** What may stand between a cue and its amount. */
const AMOUNT_GAP_CHAR = /[^\d¥￥$[\]。！!？?\n]/;
const MAX_AMOUNT_GAP = 8;
const MAX_CUE_CHARS = 4;

/** The text between the amount at `at` and the nearest cue that ends at most MAX_AMOUNT_GAP before it; null without a cue. */
function gapAfterCue(view: string, at: number): string | null {
  let longest = 0;
  while (longest < MAX_AMOUNT_GAP && at - longest > 0 && AMOUNT_GAP_CHAR.test(view[at - longest - 1]!)) longest++;
  for (let gap = 0; gap <= longest; gap++) {
    const end = at - gap;
    if (CUE_AT_END.test(view.slice(Math.max(0, end - MAX_CUE_CHARS), end))) return view.slice(end, at);
  }
  return null;
}

const MARKETING_GAP = /最高|最低|可借|可贷|高达|最多|可达|额度|起/;

/**
 * Full-width ASCII ("１３６", "：") folded to ASCII one code unit for one, unlike NFKC, so offsets in
 * the view are offsets in the text.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** The text and its simplified, width-folded view, same length: rules match on the view, tokens go into both. */
interface Draft {
  text: string;
  view: string;
}

/** Replaces non-overlapping spans in one pass over the text (splicing span by span would be quadratic). */
function applySpans(draft: Draft, spans: Span[], counts: Redaction["counts"]): Draft {
  if (spans.length === 0) return draft;
  const text: string[] = [];
  const view: string[] = [];
  let at = 0;
  for (const { from, to, kind } of [...spans].sort((a, b) => a.from - b.from)) {
    if (from < at) continue;
    text.push(draft.text.slice(at, from), TOKENS[kind]);
    view.push(draft.view.slice(at, from), TOKENS[kind]);
    counts[kind] = (counts[kind] ?? 0) + 1;
    at = to;
  }
  text.push(draft.text.slice(at));
  view.push(draft.view.slice(at));
  return { text: text.join(""), view: view.join("") };
}

/** Spans of a pattern's matches (of its named group when given) that `keep` does not veto. */
function spansOf(view: string, pattern: RegExp, kind: RedactionKind, group?: string, redact: (match: RegExpExecArray) => boolean = () => true): Span[] {
  const spans: Span[] = [];
  for (const match of view.matchAll(pattern)) {
    if (!redact(match)) continue;
    const [from, to] = group ? match.indices!.groups![group]! : [match.index, match.index + match[0].length];
    spans.push({ from, to, kind });
  }
  return spans;
}

/**
 * Redacts personal data; the sender and `keep` (normalised numbers) stay visible.
 * Example: redactText("尊敬的张伟先生，身份证11010519491231002X") → { text: "尊敬的[姓名]先生，身份证[身份证]", counts: { id_card: 1, name: 1 } }
 */
export function redactText(text: string, options: { sender?: string; keep?: string[] } = {}): Redaction {
  const counts: Redaction["counts"] = {};
  const visible = new Set(
    [options.sender, ...(options.keep ?? [])].filter((value): value is string => Boolean(value)).map((value) => normaliseSender(value)?.normalized ?? value),
  );
  const view = foldWidth(toSimplifiedChars(text));
  // The stored text keeps its own characters; should the view ever differ in length, match on the text itself.
  let draft: Draft = { text, view: view.length === text.length ? view : text };

  draft = applySpans(draft, emailSpans(draft.view), counts);
  draft = applySpans(draft, spansOf(draft.view, TAIL_NUMBER, "tail_number", "digits"), counts);
  draft = applySpans(draft, idAndCardSpans(draft.view), counts);
  // Addresses before phone numbers and amounts: "88号3栋1201室" is one address, not numbers.
  draft = applySpans(draft, addressSpans(draft.view).map((span) => ({ ...span, kind: "address" as const })), counts);
  const isHidden = (match: RegExpExecArray) => !visible.has(normaliseSender(match[0])?.normalized ?? match[0]);
  draft = applySpans(draft, spansOf(draft.view, PHONE, "phone", undefined, isHidden), counts);
  const isPersonal = (match: RegExpExecArray) => {
    const gap = gapAfterCue(draft.view, match.index);
    return gap !== null && !MARKETING_GAP.test(gap);
  };
  draft = applySpans(draft, spansOf(draft.view, AMOUNT, "amount", undefined, isPersonal), counts);
  // Names last: a token ending in "]" is a boundary before a name ("欠款[金额]李娜您好"), and every token is in place by now.
  const isLatinName = (match: RegExpExecArray) => !LATIN_GENERIC.has(/^[^ \t]*/.exec(match.groups!.name!)![0].toLowerCase());
  draft = applySpans(draft, spansOf(draft.view, LATIN_NAME, "name", "name", isLatinName), counts);
  for (const { pattern, check } of NAME_RULES) {
    const isName = (match: RegExpExecArray) => isPersonName(match.groups!.name!, check);
    draft = applySpans(draft, spansOf(draft.view, pattern, "name", "name", isName), counts);
  }
  return { text: draft.text, counts };
}
