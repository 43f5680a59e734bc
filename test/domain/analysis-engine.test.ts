/**
 * The analysis engine (src/domain/concepts.ts) is tuned for speed — a one-pass fold over a reused
 * buffer, a double-array Aho–Corasick automaton — so these check it against the plain definitions
 * it must agree with on every input: NFKC, then traditional → simplified, fillers dropped and
 * regional words replaced; every occurrence of every term, whole words for English.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForMatching, Lexicon, REGIONAL_WORDS } from "../../src/domain/concepts";
import { toSimplifiedChars } from "../../src/domain/hanzi";
import { findInstitution, findInstitutions } from "../../src/domain/institutions";
import { INLINE_TURN, turnLabelMatches } from "../../src/domain/typologies";
import genuineTsv from "../../data/corpus/genuine.tsv?raw";
import scamTsv from "../../data/corpus/scam.tsv?raw";

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isAsciiWord = (code: number) => /[A-Za-z0-9]/.test(String.fromCharCode(code));
const FILLERS = " *·•_~\u3000\t\n\u000b\u000c\r\u200b\u200c\u200d\ufeff";
const isFiller = (code: number) => FILLERS.includes(String.fromCharCode(code));
const REGIONAL = new RegExp(Object.keys(REGIONAL_WORDS).sort((a, b) => b.length - a.length).join("|"), "g");

/** The fold as defined, one step after the other. */
function referenceFold(text: string): string {
  const normal = text.normalize("NFKC");
  let out = "";
  for (let i = 0; i < normal.length; i++) {
    const code = normal.charCodeAt(i);
    if (out.length > 0 && isFiller(code)) {
      let end = i;
      while (end < normal.length && isFiller(normal.charCodeAt(end))) end++;
      const before = out.charCodeAt(out.length - 1);
      const after = end < normal.length ? toSimplifiedChars(normal[end]!).charCodeAt(0) : 0;
      const drop = (isHan(before) && (isHan(after) || isAsciiWord(after))) || (isAsciiWord(before) && isHan(after));
      if (!drop) out += normal.slice(i, end);
      i = end - 1;
      continue;
    }
    out += toSimplifiedChars(normal[i]!);
  }
  return out.replace(REGIONAL, (word) => REGIONAL_WORDS[word]!);
}

/** Characters the fold treats specially, and some it must leave alone. */
const ALPHABET = [
  ..."帳戶號碼驗證碼請點選連結登入身分證應用程式使用者匯款至網路資訊訊息儲值系結萤幕简讯软体视讯联络",
  ..."账户验证码银行卡中信金融逾期您的平安",
  ...FILLERS,
  ..."aZ09.,:/-@",
  ..."ＡＺ０９，。！？（）：％",
  "😀", "❤️", "\ud83d", "\ude00", "\u0301", "\u3099", "ｶﾞ", "ﬁ", "…", "①", "㈱", "K", "İ", "ß", "Ω", "가", "\u1161", "ㄱ", "豈", "\u00a0", "¨",
  // NFKC by table (full-width, inert blocks, emoji pairs) next to what takes String.prototype.normalize.
  "＊", "＿", "～", "\u3000", "·", "•", "\ufeff", "🈀", "🄐", "\ud83d\ude00\u0301", "Ａ\u0301", "e\u0301", "\ufe0f", "★", "【", "】",
];
const foldInput = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((parts) => parts.join(""));

describe("foldForMatching", () => {
  it("agrees with the step-by-step definition on every code unit alone", () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const text = `中${String.fromCharCode(code)}文`;
      if (foldForMatching(text) !== referenceFold(text)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it("agrees with the step-by-step definition on every code unit before and after marks NFKC composes or reorders", () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      for (const mark of ["\u0301", "\u0323", "\u3099", "\u1161"]) {
        for (const text of [`中${unit}${mark}文`, `a${mark}${unit}`]) if (foldForMatching(text) !== referenceFold(text)) differing.push(`${code.toString(16)} ${mark}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it("agrees with the step-by-step definition on generated mixtures", () => {
    fc.assert(
      fc.property(foldInput, (text) => {
        expect(foldForMatching(text)).toBe(referenceFold(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees on texts longer than its reusable buffer", () => {
    const text = "帳 戶*號碼 ".repeat(9_000);
    expect(foldForMatching(text)).toBe(referenceFold(text));
  });
});

/** Every occurrence of every term by plain search, in the scan's order: by end, longer terms first, then in the order they were given. */
function referenceFind(terms: { term: string; concept: number }[], text: string): [number, number][] {
  const isWordCode = (code: number) => /[A-Za-z0-9]/.test(String.fromCharCode(code));
  const isLatin = (code: number) => /[A-Za-z]/.test(String.fromCharCode(code));
  const hits: { concept: number; at: number; end: number; length: number; order: number }[] = [];
  terms.forEach(({ term, concept }, order) => {
    const wholeWord = !/\p{Script=Han}/u.test(term);
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      const end = at + term.length - 1;
      if (wholeWord && isLatin(text.charCodeAt(at)) && at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
      if (wholeWord && isLatin(text.charCodeAt(end)) && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1))) continue;
      hits.push({ concept, at, end, length: term.length, order });
    }
  });
  hits.sort((x, y) => x.end - y.end || y.length - x.length || x.order - y.order);
  return hits.map(({ concept, at }) => [concept, at]);
}

describe("Lexicon.find", () => {
  // A small alphabet, so terms overlap, share prefixes and suffixes, and fail over to each other.
  const term = fc.array(fc.constantFrom(..."ab验证码a"), { minLength: 1, maxLength: 5 }).map((chars) => chars.join(""));
  const lexiconAndText = fc.tuple(
    fc.array(fc.array(term, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
    fc.array(term, { maxLength: 4 }),
    fc.array(fc.constantFrom(..."ab验证码 x1"), { maxLength: 80 }).map((chars) => chars.join("")),
  );

  it("finds every occurrence a plain search finds, in the same order", () => {
    fc.assert(
      fc.property(lexiconAndText, ([concepts, extra, text]) => {
        const named = Object.fromEntries(concepts.map((terms, i) => [`c${i}`, terms]));
        const lexicon = new Lexicon(named, extra);
        const terms = [
          ...concepts.flatMap((list, concept) => list.map((t) => ({ term: t, concept }))),
          ...extra.map((t, i) => ({ term: t, concept: concepts.length + i })),
        ];
        const { concepts: found, starts } = lexicon.find(text);
        expect(Array.from(found, (concept, n) => [concept, starts[n]!])).toEqual(referenceFind(terms, text));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads text of any case as its lower case, without lower-casing it unless a character needs it (İ, Kelvin K, Σ)", () => {
    const caseTerm = fc.array(fc.constantFrom(..."akiσς验a"), { minLength: 1, maxLength: 4 }).map((chars) => chars.join(""));
    const anyCase = fc.tuple(
      fc.array(fc.array(caseTerm, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom(..."aAkKiI验 x", "İ", "K", "Σ", "σ", "ς", "\u0307"), { maxLength: 40 }).map((chars) => chars.join("")),
    );
    fc.assert(
      fc.property(anyCase, ([concepts, text]) => {
        const lexicon = new Lexicon(Object.fromEntries(concepts.map((terms, i) => [`c${i}`, terms])));
        const terms = concepts.flatMap((list, concept) => list.map((t) => ({ term: t, concept })));
        const found = lexicon.find(text);
        expect([text, text.toLowerCase()]).toContain(found.text);
        expect(Array.from(found.concepts, (concept, n) => [concept, found.starts[n]!])).toEqual(referenceFind(terms, text.toLowerCase()));
      }),
      { numRuns: 2000 },
    );
    // The cases the rule exists for, by name: "K" lower-cases to an ASCII "k" inside a word, "İ" to "i" and a dot, "Σ" ending a word to "ς".
    const hitsOf = (terms: string[], text: string) => {
      const found = new Lexicon({ term: terms }).find(text);
      return Array.from(found.starts);
    };
    expect(hitsOf(["k"], "\u212ax")).toEqual([]);
    expect(hitsOf(["ki"], "Kİ")).toEqual([0]);
    expect(hitsOf(["aς"], "AΣ")).toEqual([0]);
    expect(hitsOf(["aσ"], "AΣ")).toEqual([]);
    // A text without such characters is read in place: no lower-cased copy.
    const text = "Call NOW 验证码";
    expect(new Lexicon({ call: ["call", "now"] }).find(text).text).toBe(text);
  });
});

const corpus = [scamTsv, genuineTsv].flatMap((tsv) =>
  tsv
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split("\t")[4]!),
);

describe("findInstitution", () => {

  it("is the first institution findInstitutions lists, for every corpus text and joined ones", () => {
    const texts = [...corpus, ...Array.from({ length: 200 }, (_, i) => corpus.slice(i * 20, i * 20 + 20).join("\n"))];
    const differing = texts.filter((text) => findInstitution(text) !== (findInstitutions(text)[0] ?? null));
    expect(differing).toEqual([]);
  });
});

describe("turnLabelMatches", () => {
  const everyMatch = (text: string) => Array.from(text.matchAll(INLINE_TURN), (match) => ({ index: match.index, matched: match[0], label: match[1]! }));
  const turnsFound = (text: string) => turnLabelMatches(text);
  // Colons in every position relative to labels of one to seven letters (two-unit letters too), separators, spaces and lone surrogates,
  // and characters only Unicode's classes place (a pictograph outside the symbol blocks, a numeral letter, rarer spaces).
  const turnInput = fc
    .array(fc.constantFrom(..."骗子受害人ab09 :：。）)!?\n\t★", "\u3000", "\u00a0", "\ufe0f", "𠀀", "𠀀𠀀𠀀", "😀", "🎁", "\ud83d", "\ude00", "\u0301", "：：", "©", "Ⅻ", "\u1680", "\u2028", "\u00b2"), { maxLength: 80 })
    .map((parts) => parts.join(""));

  it("finds what the pattern finds at every position, in the same order", () => {
    fc.assert(
      fc.property(turnInput, (text) => {
        expect([...turnsFound(text)]).toEqual(everyMatch(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds what the pattern finds in the corpus, its texts joined and their turns run together", () => {
    const texts = [...corpus, ...Array.from({ length: 200 }, (_, i) => corpus.slice(i * 20, i * 20 + 20).join(i % 2 ? "\n" : " "))];
    const differing = texts.filter((text) => JSON.stringify([...turnsFound(text)]) !== JSON.stringify(everyMatch(text)));
    expect(differing).toEqual([]);
  });

  it("finds labels as long as the pattern allows: six letters of two code units each, a space and a separator of two", () => {
    const label = "𠀀".repeat(6);
    for (const text of [`。${label} ：x ${label}：`, `😀${label} ：x 🎁${label}：`, `${label}：x`, `${label} :`]) {
      expect([...turnsFound(text)]).toEqual(everyMatch(text));
    }
    expect([...turnsFound(`😀${label} ：x 🎁${label}：`)].map((match) => match.label)).toEqual([label, label]);
  });
});
