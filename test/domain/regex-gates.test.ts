/**
 * Regular expressions are skipped on texts that lack the literals they need (src/domain/regex-gates.ts), read from
 * each pattern's own source (src/domain/required-literals.ts). A gate may only ever skip a pattern that would have
 * found nothing: these check that what is derived is necessary — on every message of the corpus, on texts built to
 * hold the literals in every case, and on the patterns the analysis gates — and that the parser refuses what it
 * cannot read. (scripts/analysis-snapshot.ts checks every analysis result of the corpus on top of this.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForMatching } from "../../src/domain/concepts";
import { GatedAlternation, gatedTest, gateOf, mayMatch } from "../../src/domain/regex-gates";
import { requiredLiterals, sufficientLiterals, topLevelAlternatives } from "../../src/domain/required-literals";
import { GATED_PATTERNS } from "../../src/domain/signals";
import { scanFraudConcepts } from "../../src/domain/typologies";
import genuineTsv from "../../data/corpus/genuine.tsv?raw";
import scamTsv from "../../data/corpus/scam.tsv?raw";

const corpus = [genuineTsv, scamTsv].flatMap((tsv) => tsv.split("\n").slice(1).map((line) => line.split("\t").at(-1) ?? "")).filter((text) => text.length > 0);

/** Patterns a literal cannot spell (flags TypeScript's target lacks, escapes a linter would rewrite). */
const built = (source: string, flags = "") => new RegExp(source, flags);

/** Whether every clause has a literal in the text's lower case: what a match implies. */
const satisfied = (clauses: string[][], text: string) => clauses.every((clause) => clause.some((literal) => text.toLowerCase().includes(literal)));

describe("requiredLiterals", () => {
  it.each([
    [/(?:逾期|欠款)[^。]{0,9}起诉/, [["逾期", "欠款"], ["起诉"]]],
    [/\b(?:call|ring)\s09\d/i, [["call", "ring"], ["09"]]],
    // "reply" is in every "replying": the shorter suffices.
    [/repl(?:y|ying)\s/i, [["reply"]]],
    // Escaped characters are literals; a lookahead consumes nothing, so what stands around it is adjacent.
    [/\x41b\u4e00c/, [["ab一c"]]],
    [/a(?=xyz)b/, [["ab"]]],
    // Upper case in a case-sensitive pattern is looked for in the lower-cased text.
    [/QQ号|微信号/, [["qq号", "微信号"]]],
    // Optional parts, classes and wildcards need nothing and break a literal.
    [/验证码?[0-9]\d.x/, [["验证"], ["x"]]],
    [/(?<verb>提供|告知)[^。]{0,12}?(?:验证码|密码)/dg, [["提供", "告知"], ["验证码", "密码"]]],
  ] as const)("%s needs %j", (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it("needs nothing from an alternative that needs nothing", () => {
    expect(requiredLiterals(/逾期|\d{4}/)).toEqual([]);
    expect(requiredLiterals(/(?:abc)?/)).toEqual([]);
  });

  it.each([
    // "ſ" matches /s/iu but lower-cases to itself; "K" (Kelvin) matches /k/iu.
    [/sk/iu, "a pattern that is both unicode and case-blind"],
    [built("abc", "v"), "the v flag's syntax"],
    [/a{1/, "a brace that is no quantifier"],
    [built("a\\qb"), "an escape it does not know"],
    [built("a\\u12"), "a short \\u escape"],
  ] as const)("refuses %s (%s)", (pattern, _why) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });

  it("lists the literals that make a pattern match: plain Chinese alternatives only", () => {
    expect(sufficientLiterals(/起诉|(?<!不看)征信|法院|上门(?:催收|催款)|券|court|验证码?|费\d|\b法务/i)).toEqual(["起诉", "法院", "上门催收", "上门催款", "验证", "验证码"]);
    expect(sufficientLiterals(/a(b)\1|起诉/)).toEqual([]);
  });

  it("splits a pattern into its top-level alternatives, and refuses one with a backreference", () => {
    expect(topLevelAlternatives(/a(?:b|c)|[|]d|\|e/)).toEqual(["a(?:b|c)", "[|]d", "\\|e"]);
    expect(topLevelAlternatives(/(a)\1|b/)).toBeNull();
    expect(topLevelAlternatives(/(?<x>a)\k<x>|b/)).toBeNull();
  });

  it("derives literals every match contains, on generated texts that hold them in any case", () => {
    const pattern = /\b(?:call|ring)\s(?:now\s)?09\d{3}|信息费[^。]{0,4}\d元|(?:txt|text)\s[a-z]{2,5}\sto\s8\d{3}/i;
    const clauses = requiredLiterals(pattern)!;
    expect(clauses.length).toBeGreaterThan(0);
    const pieces = ["call", "CALL", "Ring", " ", "now ", "09", "0", "9", "123", "信息费", "，", "5元", "元", "txt", "TEXT", "win", " to ", "8123", "。", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        if (pattern.test(text)) expect(satisfied(clauses, text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the analysis's gated patterns", () => {
  // The analysis reads the folded text: the gates are checked on it, and on the raw message too.
  const texts = [...corpus, ...corpus.map(foldForMatching)];
  /** Each pattern, and for the alternation gated one alternative at a time, each alternative. */
  const gated = GATED_PATTERNS.flatMap((pattern) => [
    pattern,
    ...(pattern.global ? [] : (topLevelAlternatives(pattern) ?? []).map((source) => new RegExp(source, pattern.flags))),
  ]);

  it("have gates: the parser reads them", () => {
    for (const pattern of GATED_PATTERNS) expect(requiredLiterals(pattern), String(pattern)).not.toBeNull();
    expect(GATED_PATTERNS.filter((pattern) => gateOf(pattern).length > 0).length).toBeGreaterThan(GATED_PATTERNS.length / 2);
  });

  it("need what their gates say, on every message of the corpus that they match", { timeout: 60_000 }, () => {
    let matched = 0;
    for (const pattern of gated) {
      const clauses = requiredLiterals(pattern)!;
      const matcher = new RegExp(pattern.source, pattern.flags.replace(/[gd]/g, ""));
      for (const text of texts) {
        if (!matcher.test(text)) continue;
        matched++;
        if (!satisfied(clauses, text)) expect.fail(`${pattern} matches ${JSON.stringify(text)} without ${JSON.stringify(clauses)}`);
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });

  it("are skipped by the scan's literals only where they find nothing, and the alternation answers as the whole pattern", { timeout: 60_000 }, () => {
    const premiumRate = GATED_PATTERNS.at(-1)!;
    const alternation = new GatedAlternation(premiumRate);
    const matchers = GATED_PATTERNS.map((pattern) => new RegExp(pattern.source, pattern.flags.replace(/[gd]/g, "")));
    let skipped = 0;
    for (const text of corpus.map(foldForMatching)) {
      const scan = scanFraudConcepts(text);
      GATED_PATTERNS.forEach((pattern, k) => {
        if (mayMatch(gateOf(pattern), scan)) return;
        skipped++;
        if (matchers[k]!.test(text)) expect.fail(`${pattern} skipped on ${JSON.stringify(text)}, which it matches`);
      });
      expect(alternation.test(text, scan)).toBe(premiumRate.test(text));
    }
    expect(skipped).toBeGreaterThan(corpus.length);
  });

  it("are answered by a literal that makes them match only where they match", { timeout: 60_000 }, () => {
    const tested = GATED_PATTERNS.filter((pattern) => !pattern.global && !pattern.sticky && sufficientLiterals(pattern).length > 0);
    expect(tested.length).toBeGreaterThan(0);
    let answered = 0;
    for (const text of corpus.map(foldForMatching)) {
      const scan = scanFraudConcepts(text);
      for (const pattern of tested) {
        const skipsSearch = { test: () => false };
        if (!gatedTest(pattern, text, scan, skipsSearch)) continue;
        answered++;
        if (!pattern.test(text)) expect.fail(`${pattern} answered on ${JSON.stringify(text)}, which it does not match`);
      }
    }
    expect(answered).toBeGreaterThan(1000);
  });

  it("find their literals inside words and in any case", () => {
    // "\b(?<verb>send|reply|…)\b…\b(?:otp|codes?|…)\b": needs one of the verbs and one of the items.
    const codeRequest = GATED_PATTERNS.find((pattern) => pattern.source.startsWith("\\b(?<verb>send|reply"))!;
    expect(gateOf(codeRequest).length).toBe(2);
    expect(mayMatch(gateOf(codeRequest), scanFraudConcepts("明天见"))).toBe(false);
    expect(mayMatch(gateOf(codeRequest), scanFraudConcepts("please SEND the code"))).toBe(true);
    expect(mayMatch(gateOf(codeRequest), scanFraudConcepts("resending barcodes"))).toBe(true);
    expect(mayMatch(gateOf(codeRequest), scanFraudConcepts("send it now"))).toBe(false);
  });
});
