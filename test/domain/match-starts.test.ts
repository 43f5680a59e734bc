/**
 * A pattern searched only where its matches can start (src/domain/match-starts.ts) must find what the pattern finds:
 * every match, in order, on every message of the corpus and on texts built from the characters patterns start with,
 * for every pattern the analysis gates; and the start units read from a source must bound what a match starts with.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForMatching } from "../../src/domain/concepts";
import { matchStartUnits, StartIndexedPattern } from "../../src/domain/match-starts";
import { GATED_PATTERNS } from "../../src/domain/signals";
import genuineTsv from "../../data/corpus/genuine.tsv?raw";
import scamTsv from "../../data/corpus/scam.tsv?raw";

const corpus = [genuineTsv, scamTsv].flatMap((tsv) => tsv.split("\n").slice(1).map((line) => line.split("\t").at(-1) ?? "")).filter((text) => text.length > 0);

/** Patterns a literal cannot spell (escapes a linter would rewrite). */
const built = (source: string, flags = "") => new RegExp(source, flags);

/** Every match of the pattern, global, from the start: where it starts and what it matched. */
function everyMatch(pattern: RegExp, text: string): [number, string][] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, "")}g`);
  return Array.from(text.matchAll(global), (match) => [match.index, match[0]]);
}

function everyIndexedMatch(search: StartIndexedPattern, text: string): [number, string][] {
  const found: [number, string][] = [];
  for (let match = search.exec(text); match !== null; match = search.exec(text, match.index + Math.max(1, match[0].length))) found.push([match.index, match[0]]);
  return found;
}

const marked = (table: Uint8Array | null) => (table === null ? null : [...table.keys()].filter((code) => table[code] === 1).map((code) => String.fromCharCode(code)).join(""));

describe("matchStartUnits", () => {
  it.each([
    [/(?:加|联系)微信/, "加联"],
    [/\b(?:call|ring)\s09/i, "CRcr"],
    [/(?<!\d)(?:\+|00)?86\d/, "+08"],
    [/[a-c\d]x|y?z/, "0123456789abcyz"],
    [built("[\\u4e00-\\u4e02\\-]"), "-一丁丂"],
    [/\$\d|￥/, "$￥"],
  ])("%s starts with %s", (pattern, units) => {
    expect(marked(matchStartUnits(pattern))).toBe([...units].sort().join(""));
  });

  it.each([
    ["may match the empty string", /a?/],
    ["starts with any character", /.x/],
    ["starts with a negated class", /[^。]x/],
    ["starts with a class escape", /\sx/],
    ["holds a backreference first", /(a)?\1b/],
    ["has the u flag", /中/u],
    ["has a cased character beyond ASCII under i", /é/i],
    ["cannot be read", built("a{")],
  ])("none when a pattern %s", (_name, pattern) => {
    expect(matchStartUnits(pattern)).toBeNull();
  });
});

describe("StartIndexedPattern", () => {
  const patterns = [...GATED_PATTERNS, /退订|回T|优惠/, /(?<!\d)1[3-9]\d{9}(?!\d)/, /(?:QQ|扣扣)\s?[:：]?\s?[1-9]\d{4,10}/g, /\bcall\b/i];
  const starts = [...new Set(patterns.flatMap((pattern) => [...(marked(matchStartUnits(pattern)) ?? "")]))];

  it("finds every match the pattern finds, in order, on the folded corpus and its messages joined", { timeout: 60_000 }, () => {
    // The analysis reads folded text; patterns without bounded starts are searched as they are.
    const texts = [...corpus.map(foldForMatching), ...Array.from({ length: 100 }, (_, i) => corpus.slice(i * 30, i * 30 + 30).join("\n"))];
    const bounded = patterns.filter((pattern) => matchStartUnits(pattern) !== null);
    expect(bounded.length).toBeGreaterThan(patterns.length / 2);
    for (const pattern of bounded) {
      const search = new StartIndexedPattern(pattern);
      const differing = texts.filter((text) => JSON.stringify(everyIndexedMatch(search, text)) !== JSON.stringify(everyMatch(pattern, text)));
      expect(differing, String(pattern)).toEqual([]);
    }
  });

  it("finds every match the pattern finds on texts made of the characters matches start with", () => {
    const text = fc.array(fc.constantFrom(...starts, ..."验证码发给我微信号1234567890 ，。\n", "Ｑ", "k", "K"), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.constantFrom(...patterns), (sample, pattern) => {
        expect(everyIndexedMatch(new StartIndexedPattern(pattern), sample)).toEqual(everyMatch(pattern, sample));
      }),
      { numRuns: 5000 },
    );
  });
});
