/**
 * A learned content signal: how much a text's wording reads like the scam scripts of the labelled
 * corpus (data/corpus), as the probability of a logistic regression over hashed n-grams. It
 * complements the hand-written typology patterns, which know only the phrasings their authors wrote
 * (docs/scoring.md, "scam_language").
 *
 * Features come from the text after foldForMatching (simplified characters, fillers dropped), read
 * in one pass into units: a Chinese (or other non-Latin) character, a Latin word, or a class token
 * for what campaigns vary on purpose — a link, a mobile or long number, an amount, a short number —
 * so no slot value is learned. Chinese runs give character 1–3-grams, Latin words uni- and bigrams;
 * punctuation breaks the chain. Each n-gram is hashed into NUMBER_OF_BUCKETS weights
 * (src/domain/scam-language-weights.ts, written by `npm run train:language`).
 *
 * Scoring is linear in the text and allocates nothing per feature: hashes are computed from char
 * codes, bucket ids go into one reusable typed array.
 */
import { codeUnitsOf } from "./concepts";
import { SCAM_LANGUAGE_WEIGHTS } from "./scam-language-weights";

/** Module-local, called as `charCodeAt.call(text, i)` in the loops over a text (why: src/domain/code-units.ts). */
const charCodeAt = String.prototype.charCodeAt;

export const BUCKET_BITS = 17;
export const NUMBER_OF_BUCKETS = 1 << BUCKET_BITS;

/** Class tokens (outside the range of char codes and of word hashes, which carry WORD_TAG). */
const LINK = 0x7f00_0001;
const MOBILE = 0x7f00_0002;
const LONG_NUMBER = 0x7f00_0003;
const SHORT_NUMBER = 0x7f00_0004;
const SERVICE_NUMBER = 0x7f00_0005;
const AMOUNT = 0x7f00_0006;
const WORD_TAG = 0x4000_0000;
const WORD_MASK = 0x3fff_ffff;

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
/** Other scripts written without spaces or read per character here: kana, hangul, Cyrillic, Greek. */
const isOtherLetter = (code: number) => (code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x0370 && code <= 0x04ff);
const isLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
/** Characters a link or an e-mail address is made of (after NFKC). */
const isLinkChar = (code: number) =>
  isDigit(code) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x2e || code === 0x2f || code === 0x3a || code === 0x2d ||
  code === 0x5f || code === 0x3f || code === 0x3d || code === 0x26 || code === 0x25 || code === 0x23 || code === 0x40 || code === 0x7e || code === 0x2b;
const isCurrency = (code: number) => code === 0xa5 || code === 0xffe5 || code === 0x24 || code === 0xa3 || code === 0x20ac;
/** 元 块 万 千 亿 after digits: an amount. */
const isAmountUnit = (code: number) => code === 0x5143 || code === 0x5757 || code === 0x4e07 || code === 0x5343 || code === 0x4ebf;

const BUCKET_MASK = NUMBER_OF_BUCKETS - 1;
const mix = (h: number, unit: number) => {
  let x = Math.imul(h ^ unit, 0x9e37_79b1);
  x ^= x >>> 15;
  return Math.imul(x, 0x85eb_ca6b) ^ (x >>> 13);
};

/** Whether text[start, end) looks like a link or an address: a scheme, www., '@', or a dot between letters. */
function looksLikeLink(text: string, start: number, end: number): boolean {
  let dotBetweenLetters = false;
  for (let i = start; i < end; i++) {
    const code = charCodeAt.call(text, i);
    if (code === 0x3a && charCodeAt.call(text, i + 1) === 0x2f && charCodeAt.call(text, i + 2) === 0x2f) return true;
    if (code === 0x40 && i > start && i + 1 < end) return true;
    if (code === 0x2e && i > start && i + 1 < end && isLetter(charCodeAt.call(text, i + 1)) && isLetter(charCodeAt.call(text, i + 2))) dotBetweenLetters = true;
  }
  const w = charCodeAt.call(text, start) | 0x20;
  return dotBetweenLetters || (w === 0x77 && end - start > 4 && (charCodeAt.call(text, start + 3) === 0x2e));
}

/** The class of the digit run text[start, end) (separators inside it already consumed). */
function numberClass(text: string, start: number, end: number, digits: number, firstDigit: number): number {
  let before = start - 1;
  while (before >= 0 && isSpace(charCodeAt.call(text, before))) before--;
  let after = end;
  while (after < text.length && isSpace(charCodeAt.call(text, after))) after++;
  if ((before >= 0 && isCurrency(charCodeAt.call(text, before))) || (after < text.length && isAmountUnit(charCodeAt.call(text, after)))) return AMOUNT;
  if (digits === 11 && firstDigit === 0x31) return MOBILE;
  if (digits >= 7) return LONG_NUMBER;
  if (digits >= 5) return SERVICE_NUMBER;
  return SHORT_NUMBER;
}

/**
 * What the reader needs to know of a code unit below 0x500 (ASCII, Latin, Greek, Cyrillic), as
 * bits: one table lookup where a chain of range tests ran per character, three times per token.
 */
const LINK_CHAR = 1;
const LETTER = 2;
const DIGIT = 4;
/** '.', ':' or '@': a token without one is no link (see looksLikeLink). */
const LINK_MARK = 8;
/** In a token: a character that is neither letter nor digit. */
const OTHER_CHAR = 16;
const LOW_CLASS = new Uint8Array(0x500);
for (let code = 0; code < LOW_CLASS.length; code++) {
  LOW_CLASS[code] =
    (isLinkChar(code) ? LINK_CHAR : 0) | (isLetter(code) ? LETTER : 0) | (isDigit(code) ? DIGIT : 0) | (code === 0x2e || code === 0x3a || code === 0x40 ? LINK_MARK : 0);
}
const lowClass = (code: number) => (code < 0x500 ? LOW_CLASS[code]! : 0);

let buffer = new Int32Array(1024);
/** The text whose ids the buffer holds and how many: a transcript's passages are scored from the ids its whole was. */
let hashedText: string | null = null;
let hashedCount = 0;

/**
 * Bucket ids of the text's n-grams, with repeats, into a shared buffer (valid until the next call):
 * returns the buffer and how many ids it holds. `text` must be folded (foldForMatching).
 *
 * Each turn of the loop reads one unit — a Chinese (or other non-Latin) character, a link, a number
 * class or a Latin word — and emits its unigram, its bigram with the previous unit and, for three
 * Chinese characters in a row, its trigram. The chain lives in locals: this loop is a sixth of the
 * cost of analysing a text.
 */
export function hashedFeatures(text: string): { ids: Int32Array; count: number } {
  if (text === hashedText) return { ids: buffer, count: hashedCount };
  const needed = 3 * text.length + 4;
  if (buffer.length < needed) buffer = new Int32Array(needed);
  const ids = buffer;
  // Its units from the fold's own buffer (src/domain/concepts.ts codeUnitsOf), read only below n: the rest is not the text's.
  const units = codeUnitsOf(text);
  let count = 0;
  // The two previous units (0: none, the chain is broken) and whether each is a Chinese character.
  let prev1 = 0;
  let prev2 = 0;
  let han1 = false;
  let han2 = false;
  // An ASCII token that is no link is read word by word and number by number up to here.
  let tokenEnd = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = units[i]!;
    const bits = lowClass(code);
    let unit = 0;
    let han = false;
    // Whether this turn read the last unit of an ASCII token (see the chain break at the end).
    let tokenClosed = false;
    if (i < tokenEnd) {
      if (bits & DIGIT) {
        // Digits with '-', '.', ',' or ':' between them are one number (136-1234-5678, 1,000.00).
        const start = i;
        let digits = 0;
        while (i < tokenEnd) {
          const d = units[i]!;
          if (isDigit(d)) digits++;
          else if (!((d === 0x2d || d === 0x2e || d === 0x2c || d === 0x3a) && i + 1 < tokenEnd && isDigit(units[i + 1]!))) break;
          i++;
        }
        unit = numberClass(text, start, i, digits, code);
      } else if (bits & LETTER) {
        unit = wordHash(units, i, tokenEnd);
        i = wordEnd;
      } else i++;
      tokenClosed = i >= tokenEnd;
    } else if (isHan(code) || isOtherLetter(code)) {
      unit = code;
      han = isHan(code);
      i++;
    } else if (bits & LINK_CHAR && code !== 0x2e && code !== 0x2f && code !== 0x3a) {
      // An ASCII token: a link as a whole, else its words and digit runs one by one (next turns).
      let end = i;
      let marks = 0;
      // A token of letters only is one word, of digits only one number (most tokens): read on the way, not again.
      let word = FNV_OFFSET;
      let kinds = 0;
      // A comma between digits stays inside the token: "12,800" is one amount.
      for (;;) {
        const c = end < n ? units[end]! : -1;
        const cBits = c < 0 ? 0 : lowClass(c);
        if (cBits & LINK_CHAR) {
          marks |= cBits;
          const kind = cBits & (LETTER | DIGIT);
          kinds |= kind === 0 ? OTHER_CHAR : kind;
          if (kinds === LETTER) word = fnvStep(word, c);
        } else if (c === 0x2c && isDigit(charCodeAt.call(text, end - 1)) && isDigit(charCodeAt.call(text, end + 1))) kinds |= OTHER_CHAR;
        else break;
        end++;
      }
      if (marks & LINK_MARK && looksLikeLink(text, i, end)) {
        unit = LINK;
        i = end;
      } else if (kinds === LETTER || kinds === DIGIT) {
        unit = kinds === LETTER ? wordUnit(word) : numberClass(text, i, end, end - i, code);
        i = end;
        tokenClosed = true;
      } else {
        tokenEnd = end;
        continue;
      }
    } else if (bits & LETTER) {
      unit = wordHash(units, i, n);
      i = wordEnd;
    } else {
      // Spaces join Latin words into bigrams; anything else (punctuation, emoji, decoration) breaks the chain.
      if (!isSpace(code)) prev1 = prev2 = 0;
      i++;
    }
    if (unit !== 0) {
      ids[count++] = mix(0x1111_1111, unit) & BUCKET_MASK;
      if (prev1 !== 0) {
        ids[count++] = mix(mix(0x2222_2222, prev1), unit) & BUCKET_MASK;
        if (prev2 !== 0 && han && han1 && han2) ids[count++] = mix(mix(mix(0x3333_3333, prev2), prev1), unit) & BUCKET_MASK;
      }
      prev2 = prev1;
      han2 = han1;
      prev1 = unit;
      han1 = han;
    }
    // A word glued to punctuation ("now!") keeps the chain only through spaces.
    if (tokenClosed && i < n) {
      const next = units[i]!;
      if (!isSpace(next) && !(lowClass(next) & LINK_CHAR) && !isHan(next)) prev1 = prev2 = 0;
    }
  }
  hashedText = text;
  hashedCount = count;
  return { ids, count };
}

/** Where the word wordHash last read ends. */
let wordEnd = 0;

/** A Latin word's unit: the FNV-1a hash of its lower-cased letters, tagged. */
const FNV_OFFSET = 0x811c_9dc5;
const fnvStep = (h: number, letter: number) => Math.imul(h ^ (letter | 0x20), 0x0100_0193);
const wordUnit = (h: number) => ((h & WORD_MASK) | WORD_TAG) >>> 0;

/** The unit of the Latin word starting at `start` (of a text's code units, read below `end`); sets wordEnd. */
function wordHash(units: Uint16Array, start: number, end: number): number {
  let h = FNV_OFFSET;
  let i = start;
  while (i < end && lowClass(units[i]!) & LETTER) {
    h = fnvStep(h, units[i]!);
    i++;
  }
  wordEnd = i;
  return wordUnit(h);
}

/** The model: bias and quantised weights (value = byte · scale). */
export interface ScamLanguageModel {
  bias: number;
  scale: number;
  weights: Int8Array;
}

let model: ScamLanguageModel | null = null;

/** Decoded once per isolate, on first use. */
function loadModel(): ScamLanguageModel {
  if (model) return model;
  const bytes = atob(SCAM_LANGUAGE_WEIGHTS.weights);
  const weights = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) weights[i] = bytes.charCodeAt(i) << 24 >> 24;
  model = { bias: SCAM_LANGUAGE_WEIGHTS.bias, scale: SCAM_LANGUAGE_WEIGHTS.scale, weights };
  return model;
}

/**
 * A text with fewer n-grams than this is read as if it had this many: a few words ("点击 链接 查看")
 * are too little evidence to move the model far from its prior, however scam-like each one is.
 */
export const MIN_NORMALISING_FEATURES = 24;

/**
 * A text with more n-grams than this is read as a text of this many with the same mean weight: a long call
 * transcript or chat log repeats the words of its topic turn after turn, and repetition is not more evidence
 * (under √n alone, a 1,000-character genuine bank call about an overdue card reached p ≈ 1). The corpus's texts
 * (p99 ≈ 290 n-grams for scams, 150 for genuine texts) are almost all below it.
 */
export const MAX_NORMALISING_FEATURES = 256;

/** What the weights' sum of a text with `count` n-grams is divided by. */
export function featureNormaliser(count: number): number {
  return count <= MAX_NORMALISING_FEATURES ? Math.sqrt(Math.max(count, MIN_NORMALISING_FEATURES)) : count / Math.sqrt(MAX_NORMALISING_FEATURES);
}

/**
 * The model's logit for a folded text: bias + Σ weight / featureNormaliser(number of n-grams), so long and
 * short texts are on one scale. 0 n-grams → the bias alone.
 */
export function scamLanguageLogit(folded: string, using: ScamLanguageModel = loadModel()): number {
  const { ids, count } = hashedFeatures(folded);
  let sum = 0;
  const weights = using.weights;
  for (let k = 0; k < count; k++) sum += weights[ids[k]!]!;
  return logitOfSum(sum, count, using);
}

/** The logit of `count` n-grams whose weights sum to `sum` (quantised units). 0 n-grams → the bias alone. */
function logitOfSum(sum: number, count: number, using: ScamLanguageModel): number {
  return count === 0 ? using.bias : using.bias + (sum * using.scale) / featureNormaliser(count);
}

/** N-grams of one passage the model reads on its own (about 100 Chinese characters, or 100 English words), and half of it the step between passages. */
export const PASSAGE_FEATURES = 200;

/**
 * Whether the model reads every passage of a folded text as genuine (below SCAM_LANGUAGE_LOW_BELOW): passages of
 * PASSAGE_FEATURES n-grams overlapping by half, each scored like a text of its own. The text is hashed once and each
 * n-gram summed twice at most: linear.
 */
export function everyPassageLow(folded: string, using: ScamLanguageModel = loadModel()): boolean {
  const { ids, count } = hashedFeatures(folded);
  const weights = using.weights;
  const lowLogit = Math.log(SCAM_LANGUAGE_LOW_BELOW / (1 - SCAM_LANGUAGE_LOW_BELOW));
  for (let start = 0; ; start += PASSAGE_FEATURES / 2) {
    const end = Math.min(start + PASSAGE_FEATURES, count);
    let sum = 0;
    for (let k = start; k < end; k++) sum += weights[ids[k]!]!;
    if (logitOfSum(sum, end - start, using) >= lowLogit) return false;
    if (end >= count) return true;
  }
}

/**
 * Probability (0–1) that a folded text is worded like a scam script.
 * Example: scamLanguageProbability(foldForMatching("您好，我是公安局民警，您涉嫌洗钱，请将资金转入安全账户配合调查")) → close to 1
 */
export function scamLanguageProbability(folded: string, using: ScamLanguageModel = loadModel()): number {
  return 1 / (1 + Math.exp(-scamLanguageLogit(folded, using)));
}

/**
 * Below this probability the model reads a text as genuine (the "low" tier): a typology the rules
 * match without any request then does not count (src/domain/score.ts typologyCounts). Fixed, not
 * trained: `npm run train:language` prints what it costs out of fold.
 */
export const SCAM_LANGUAGE_LOW_BELOW = 0.2;

/**
 * Tiers of docs/scoring.md ("scam_language"); the high thresholds chosen by grouped cross-validation
 * (npm run train:language). "low" and "none" add no points.
 */
export type ScamLanguageTier = "low" | "none" | "high" | "very_high";

export function scamLanguageTier(probability: number): ScamLanguageTier {
  if (probability >= SCAM_LANGUAGE_WEIGHTS.veryHighThreshold) return "very_high";
  if (probability >= SCAM_LANGUAGE_WEIGHTS.highThreshold) return "high";
  return probability < SCAM_LANGUAGE_LOW_BELOW ? "low" : "none";
}
