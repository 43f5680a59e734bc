/**
 * The adversarial text table: inputs built to make text-handling code backtrack (long runs of what
 * a pattern repeats, followed by what makes the match fail). Shared by the linear-time test
 * (test/domain/linear-time.test.ts) and `npm run fuzz`. No Node APIs: it runs in workerd too.
 */

/** Every Unicode space separator and the other characters `\s` matches. */
export const SPACES = [
  " ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
  "\u2007", "\u2008", "\u2009", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff",
];

/** Units that text patterns repeat: dots, dashes, slashes, digits, schemes, obfuscations, CJK words and cues. */
export const UNITS = [
  ".", "。", "．", "-", "—", "/", "／", ":", "1", "13800138000", "1 ", "1-", "12 34 ", "0", "+86", "86 ", "http", "http://", "https://a",
  "hxxp", "hxxp[.]", "[.]", "(.)", "h**p", "www.", "a.", "a-", "a ", "a .", "a. ", "ab ", "x dot ", "点", "a点", "。a", "*", "@", "a@",
  "逾", "尊敬的", "亲爱的", "客户", "您好", "先生", "欠款", "欠款1", "元", "¥1,", "验证码", "回复", "卡号", "银行卡", "身份证", "尾号",
  "联系", "致电", "电话", "紧急联系人", "老婆", "省", "市", "区", "路", "号", "栋", "室", "广东省深圳市", "中信", "【", "】", "【中信",
  "Mr. ", "Dear ", "A", "Zhang ", "\u200b", "\u0301", "😀",
];

/** Characters that end a run so that a match attempt fails only at the very end. */
const ENDINGS = ["", "!", "a", "1", "。", "\u0000", "x.top", "/"];

export interface AdversarialInput {
  name: string;
  text: string;
}

/** `unit` repeated to exactly `length` characters (UTF-16 code units), then `ending`. */
export function repeatTo(unit: string, length: number, ending = ""): string {
  const body = unit.repeat(Math.ceil((length - ending.length) / unit.length)).slice(0, Math.max(0, length - ending.length));
  // Never cut a surrogate pair in half: a lone surrogate is a different (and rejected) input.
  return (/[\ud800-\udbff]$/.test(body) ? body.slice(0, -1) : body) + ending;
}

/** Small seeded PRNG (mulberry32), so the table is the same on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The table: every space and unit repeated to `length` characters with every ending, each space
 * between ASCII and CJK words, and a few seeded mixtures of all units.
 */
export function adversarialInputs(length = 4000): AdversarialInput[] {
  const inputs: AdversarialInput[] = [];
  const codeOf = (unit: string) => [...unit].map((ch) => `U+${ch.codePointAt(0)!.toString(16).padStart(4, "0")}`).join(" ");
  for (const space of SPACES) {
    for (const ending of ENDINGS) inputs.push({ name: `${codeOf(space)} ×${length} + ${JSON.stringify(ending)}`, text: repeatTo(space, length, ending) });
    inputs.push({ name: `http:// + ${codeOf(space)} run`, text: `http://${repeatTo(space, length - 14)}a.top/x` });
    inputs.push({ name: `host + ${codeOf(space)} run + .top`, text: `zx-jr${repeatTo(space, length - 9)}.top` });
    inputs.push({ name: `"a${codeOf(space)}" pairs`, text: repeatTo(`a${space}`, length, ".") });
    inputs.push({ name: `"1${codeOf(space)}" pairs`, text: repeatTo(`1${space}`, length, "X") });
    inputs.push({ name: `"逾${codeOf(space)}" pairs`, text: repeatTo(`逾${space}`, length) });
  }
  for (const unit of UNITS) {
    for (const ending of ENDINGS) inputs.push({ name: `${JSON.stringify(unit)} ×${length} + ${JSON.stringify(ending)}`, text: repeatTo(unit, length, ending) });
  }
  const random = seeded(20261206);
  const pool = [...UNITS, ...SPACES];
  for (let i = 0; i < 24; i++) {
    let text = "";
    while (text.length < length) text += pool[Math.floor(random() * pool.length)]!.repeat(1 + Math.floor(random() * 40));
    inputs.push({ name: `mixture #${i}`, text: repeatTo(text, length) });
  }
  return inputs;
}
