import { describe, expect, it } from "vitest";
import { codeUnitsOf, foldForMatching, Lexicon, within } from "../../src/domain/concepts";

const lexicon = new Lexicon({
  pay: ["缴纳", "转账", "pay"],
  fee: ["保证金", "手续费", "fee"],
  code: ["验证码", "码"],
  prize: ["won", "you have won"],
});
const ids = (name: "pay" | "fee" | "code" | "prize") => lexicon.id(name);
const found = (text: string) => lexicon.scan(text).hits.map((hit) => [lexicon.names[hit.concept], hit.at]);

describe("Lexicon.scan", () => {
  it.each<[string, string, (string | number)[][]]>([
    ["every occurrence, with where it starts", "请缴纳保证金，再缴纳手续费", [["pay", 1], ["fee", 3], ["pay", 8], ["fee", 10]]],
    ["overlapping terms all count", "验证码", [["code", 0], ["code", 2]]],
    ["English whole words only", "you have won! wonderful", [["prize", 9], ["prize", 0]]],
    ["no word inside another word", "payment prepay", []],
    ["nothing to find", "今天天气不错", []],
  ])("%s", (_name, text, expected) => {
    expect(found(text).sort()).toEqual(expected.sort());
  });
});

describe("Lexicon.scan of a folded text", () => {
  // The scan reads the last fold's own buffer when given its result, a copy of the text otherwise: both read the same.
  it.each([
    ["changed by the fold", "請繳納 保 證 金，you have WON a prize, 帳戶"],
    ["its own fold", "请缴纳保证金，you have won"],
    ["English whole words at the edges", "won pay prepay fee"],
  ])("finds the same whether or not the text is the last fold's result (%s)", (_name, raw) => {
    const folded = foldForMatching(raw);
    const fromFold = found(folded);
    foldForMatching("另一段文字 other text");
    expect(found(folded)).toEqual(fromFold);
    expect(fromFold.length).toBeGreaterThan(0);
  });
});

describe("codeUnitsOf", () => {
  const unitsRead = (text: string) => Array.from(codeUnitsOf(text).subarray(0, text.length));
  const units = (text: string) => Array.from(text, (_, i) => text.charCodeAt(i));
  it("reads the last fold's result, other texts in turn and a text longer than the buffers kept", () => {
    const folded = foldForMatching("請繳納 保 證 金");
    const long = "验证码abc".repeat(20_000);
    for (const text of [folded, "另一段文字", folded, long, "另一段文字", "", folded]) expect(unitsRead(text)).toEqual(units(text));
  });
});

describe("within", () => {
  it.each<[string, string, number, boolean]>([
    ["close together", "请先缴纳500元保证金", 12, true],
    ["too far apart", `请先缴纳${"。".repeat(40)}保证金`, 12, false],
    ["in either order", "保证金需要今天缴纳", 12, true],
    ["one missing", "请先缴纳", 100, false],
  ])("%s", (_name, text, window, expected) => {
    expect(within(lexicon.scan(text), [ids("pay"), ids("fee")], window)).toBe(expected);
  });
});

describe("foldForMatching", () => {
  it.each([
    ["full-width and traditional", "請回覆驗證碼ＯＴＰ", "请回复验证码OTP"],
    ["fillers between Chinese characters", "验 证*码·发我", "验证码发我"],
    ["spaces between words of English kept", "call us now", "call us now"],
    ["Taiwanese wording", "請點選連結登入帳戶，提供身分證", "请点击链接登录账户,提供身份证"],
    ["an ellipsis written as NFKC writes it", "请稍候……回 复验证码", "请稍候......回复验证码"],
  ])("%s", (_name, text, expected) => {
    expect(foldForMatching(text)).toBe(expected);
  });

  it("writes punctuation NFKC expands as a fold after String.prototype.normalize would, in any context and at any length", () => {
    // The fold writes "…" → "..." itself (no restart after normalize): the same text as folding the normalised text.
    const viaNormalize = (text: string) => foldForMatching(text.normalize("NFKC"));
    for (const text of ["……", "中…中", "中 … 中", "a…b", "…\u0301", "‥‼⁇⁈⁉中", "帳…戶", "验…证 码", "…".repeat(5000), `${"中…".repeat(40_000)}ｑ`]) {
      expect(foldForMatching(text)).toBe(viaNormalize(text));
    }
  });
});
