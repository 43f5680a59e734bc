/**
 * Concept scanning: every occurrence of every term of a lexicon in one left-to-right pass
 * (Aho–Corasick), so fraud patterns can be written as "these ideas appear near each other"
 * instead of one phrasing each, and the cost stays linear in the text however many terms there are.
 *
 * Terms are literal, lower-case, simplified Chinese or English, and match text of any case. An
 * English term only matches as a whole word: "won" is not inside "wonderful".
 */
import { isHalfOfPair } from "./code-units";
import { simplifiedTable } from "./hanzi";

/** Module-local, called as `charCodeAt.call(text, i)` in the loops over a text (why: src/domain/code-units.ts). */
const charCodeAt = String.prototype.charCodeAt;

/** Taiwanese and Hong Kong wording (after character folding) → the mainland word the patterns use. */
export const REGIONAL_WORDS: Record<string, string> = {
  帐户: "账户", 帐号: "账号", 帐单: "账单", 身分证: "身份证", 萤幕: "屏幕", 简讯: "短信", 连结: "链接", 软体: "软件", 视讯: "视频", 登入: "登录",
  联络: "联系", 网路: "网络", 点选: "点击", 资讯: "信息", 讯息: "信息", 程式: "程序", 使用者: "用户", 系结: "绑定", 应用程式: "应用", 储值: "充值", 汇款至: "汇至",
};
/** The regional words by first character, each as [word, replacement], longest first (the order a regex alternation of them would try). */
const REGIONAL_BY_FIRST = new Map<number, [string, string][]>();
for (const word of Object.keys(REGIONAL_WORDS).sort((a, b) => b.length - a.length)) {
  const first = word.charCodeAt(0);
  if (!REGIONAL_BY_FIRST.has(first)) REGIONAL_BY_FIRST.set(first, []);
  REGIONAL_BY_FIRST.get(first)!.push([word, REGIONAL_WORDS[word]!]);
}

/**
 * The text content signals and typologies read: NFKC (full-width digits and letters), simplified
 * characters, fillers between Chinese characters dropped ("驗 證*碼" → "验证码"), Taiwanese wording
 * folded ("帳戶" → "账户", "身分證" → "身份证").
 */
export function foldForMatching(text: string): string {
  return simplifyDroppingFillers(text, false);
}

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
/** Spacing and decoration dropped between Chinese characters (full-width forms too: NFKC makes them these). */
const FILLERS = [0x20, 0x2a, 0xb7, 0x2022, 0x5f, 0x7e, 0x3000, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x200b, 0x200c, 0x200d, 0xfeff];

const isAsciiWord = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/**
 * NFKC leaves a code unit alone whatever stands around it ("inert") when it has no decomposition,
 * is no combining mark and no character composes with it from the left (it may compose with marks
 * after it, which are not inert): ASCII, CJK ideographs and the fillers are; so are the characters
 * of the punctuation and symbol blocks SMS use (Latin-1, general punctuation, symbols, dingbats,
 * CJK punctuation, variation selectors) that have no decomposition — unlike "…", "①" or the
 * no-break space. Those are looked up the first time the fold meets them (nfkcInertAt).
 */
const INERT_RANGES: readonly (readonly [number, number])[] = [
  [0, 0x7f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];
const INERT_UNLESS_DECOMPOSED: readonly (readonly [number, number])[] = [
  [0xa0, 0xff],
  [0x2000, 0x20cf],
  [0x2100, 0x2bff],
  [0x3001, 0x3029],
  [0x3030, 0x303f],
  [0xfe00, 0xfe0f],
];

/** Whether the surrogate at `at` is half of a pictograph or emoji (U+1F300–U+1FAFF): no decompositions, inert like the blocks above. */
function isInertSurrogatePair(text: string, at: number): boolean {
  // A high surrogate starts its pair, a low one ends it; codePointAt gives a lone one's own code.
  const point = text.codePointAt(text.charCodeAt(at) < 0xdc00 ? at : at - 1) ?? 0;
  return point >= 0x1f300 && point <= 0x1faff;
}

/** Flags of a foldTable entry, above the code unit the fold writes for it (bits 0–15). */
const FILLER = 1 << 16;
/** Its simplified form may start a regional word. */
const FOLDS_TO_REGIONAL_START = 2 << 16;
const SURROGATE = 4 << 16;
/** Neither inert under NFKC nor full-width: a text holding one is folded after String.prototype.normalize. */
const NEEDS_NFKC = 8 << 16;
/** Inert unless it has a decomposition, which nfkcInertAt looks up on first sight. */
const DECOMPOSITION_UNKNOWN = 16 << 16;
/** NFKC writes several ASCII punctuation marks for it ("…" → "..."): the fold writes ASCII_EXPANSIONS' string. */
const EXPANDS = 32 << 16;
const UNIT = 0xffff;

/**
 * What NFKC writes for a punctuation mark that becomes ASCII punctuation ("…" → "...", "‥" → "..", "‼" → "!!"),
 * settled on first sight (nfkcInertAt). Written by the fold in place of a restart after String.prototype.normalize,
 * which cost a 2,000-character text with one "…" (Chinese writes "……") a pass and a normalisation more than its
 * fold. Exact: ASCII punctuation is no part of any canonical composition, so NFKC writes the same whatever stands
 * around the mark (a combining mark after it makes the fold restart anyway); and none of it is a filler or a word
 * character, which the fold reads ahead for before it has settled what the mark becomes.
 */
const ASCII_EXPANSIONS = new Map<number, string>();
const isPlainAsciiPunctuation = (text: string) => /^[!-/:-@[-`{|}]+$/.test(text) && !/[*_~]/.test(text);

let foldTableCache: Uint32Array | null = null;
/**
 * Per code unit, the code unit the fold writes for it — NFKC's when full-width, then simplified —
 * and what else the fold needs to know of it (256 KiB, built once per isolate). One lookup per
 * character where NFKC, a simplified table and a flag table each took their own. Built range by
 * range: a first request pays for it, and one pass with a dozen tests per code unit took longer.
 */
function foldTable(): Uint32Array {
  if (foldTableCache) return foldTableCache;
  const simplified = simplifiedTable();
  const regionalStart = new Uint8Array(65536);
  for (const first of REGIONAL_BY_FIRST.keys()) regionalStart[first] = 1;
  const table = new Uint32Array(65536);
  for (let code = 0; code < 65536; code++) {
    const written = simplified[code] || code;
    table[code] = written | NEEDS_NFKC | (regionalStart[written] ? FOLDS_TO_REGIONAL_START : 0);
  }
  const flag = (from: number, to: number, flags: number) => {
    for (let code = from; code <= to; code++) table[code] = (table[code]! & ~(NEEDS_NFKC | DECOMPOSITION_UNKNOWN)) | flags;
  };
  for (const [from, to] of INERT_RANGES) flag(from, to, 0);
  for (const [from, to] of INERT_UNLESS_DECOMPOSED) flag(from, to, DECOMPOSITION_UNKNOWN);
  flag(0xd800, 0xdfff, SURROGATE);
  // Full-width ASCII: NFKC's ASCII character, which has nothing to simplify.
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = code - 0xfee0;
  table[0x3000] = 0x20;
  for (const filler of FILLERS) {
    flag(filler, filler, FILLER);
    if (filler > 0x20 && filler < 0x7f) table[filler + 0xfee0] = table[filler + 0xfee0]! | FILLER;
  }
  foldTableCache = table;
  return table;
}

/** Whether NFKC leaves the code unit at `at` alone, settling for good whether an unknown one has a decomposition. */
function nfkcInertAt(table: Uint32Array, text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const entry = table[code]!;
  if (entry & SURROGATE) return isInertSurrogatePair(text, at);
  if (entry & DECOMPOSITION_UNKNOWN) {
    const unit = String.fromCharCode(code);
    const compatible = unit.normalize("NFKC");
    if (unit.normalize("NFKD") === unit) table[code] = entry & ~DECOMPOSITION_UNKNOWN;
    else if (!isPlainAsciiPunctuation(compatible)) table[code] = (entry & ~DECOMPOSITION_UNKNOWN) | NEEDS_NFKC;
    else if (compatible.length === 1) table[code] = compatible.charCodeAt(0);
    else {
      ASCII_EXPANSIONS.set(code, compatible);
      table[code] = EXPANDS | compatible.charCodeAt(0);
    }
  }
  return (table[code]! & NEEDS_NFKC) === 0;
}

/** The fold's output, reused from call to call; grown when a longer text comes (or one whose marks expand, ASCII_EXPANSIONS), up to a limit. */
let scratch = new Uint16Array(4096);
const MAX_SCRATCH = 1 << 16;
/** Where in the output a character that may start a regional word stands, reused likewise. */
let regionalStarts = new Int32Array(256);

/**
 * UTF-16 code units to a string in one native call, several times faster than String.fromCharCode
 * in chunks. It would turn a lone surrogate into U+FFFD, so texts with one take fromCharCode; null
 * where the runtime has no UTF-16 decoder (or is big-endian).
 */
const utf16Decoder = ((): TextDecoder | null => {
  try {
    const decoder = new TextDecoder("utf-16le", { fatal: false, ignoreBOM: true });
    return decoder.decode(new Uint16Array([0xfeff, 0x61, 0x4e2d, 0xd83d, 0xde00])) === "\ufeffa中\u{1f600}" ? decoder : null;
  } catch {
    return null;
  }
})();

function codeUnitsToString(units: Uint16Array, length: number, loneSurrogate: boolean): string {
  if (utf16Decoder && !loneSurrogate) return utf16Decoder.decode(units.subarray(0, length));
  let text = "";
  for (let i = 0; i < length; i += 4096) text += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 4096)) as unknown as number[]);
  return text;
}

/**
 * NFKC, traditional → simplified (src/domain/hanzi.ts), "验 证*码" → "验证码", "加 V信" → "加V信"
 * and regional words in one pass: fillers go when Chinese sits on at least one side and a Chinese
 * or ASCII word character on the other. NFKC is a lookup per character (foldTable) as long as the
 * text holds only characters NFKC leaves alone or maps one to one; at the first other one the fold
 * starts again on String.prototype.normalize's result (`normalised`).
 */
function simplifyDroppingFillers(text: string, normalised: boolean): string {
  // The output buffer is about to be overwritten: the last fold's units are no more.
  lastFolded = null;
  const table = foldTable();
  // Read once, not in the loop's condition: a property load that turns generic as charCodeAt's does.
  const length = text.length;
  if (scratch.length < length && length <= MAX_SCRATCH) scratch = new Uint16Array(Math.min(MAX_SCRATCH, Math.max(length, scratch.length * 2)));
  let out = scratch.length >= length ? scratch : new Uint16Array(length);
  let n = 0;
  let changed = false;
  // A lone surrogate in the text is one in the output too (the fold never separates a pair nor joins two halves).
  let loneSurrogate = false;
  let starts = 0;
  for (let i = 0; i < length; i++) {
    const code = charCodeAt.call(text, i);
    let entry = table[code]!;
    if (entry > UNIT) {
      if (!normalised && entry & (NEEDS_NFKC | DECOMPOSITION_UNKNOWN | SURROGATE) && !nfkcInertAt(table, text, i)) {
        return simplifyDroppingFillers(text.normalize("NFKC"), true);
      }
      // What first sight settled (nfkcInertAt).
      entry = table[code]!;
      if (entry & EXPANDS) {
        const expansion = ASCII_EXPANSIONS.get(code)!;
        // Room for it and for one unit per character still to read.
        const needed = n + expansion.length + (length - i - 1);
        if (needed > out.length) {
          const wider = new Uint16Array(Math.max(needed, 2 * out.length));
          wider.set(out.subarray(0, n));
          out = wider;
          if (wider.length <= MAX_SCRATCH) scratch = wider;
        }
        for (let k = 0; k < expansion.length; k++) out[n++] = expansion.charCodeAt(k);
        changed = true;
        continue;
      }
      if (n > 0 && entry & FILLER) {
        const before = out[n - 1]!;
        let end = i + 1;
        while (end < length && table[charCodeAt.call(text, end)]! & FILLER) end++;
        const after = end < length ? table[charCodeAt.call(text, end)]! & UNIT : 0;
        if ((isHan(before) && (isHan(after) || isAsciiWord(after))) || (isAsciiWord(before) && isHan(after))) changed = true;
        else
          for (let k = i; k < end; k++) {
            const raw = charCodeAt.call(text, k);
            out[n] = table[raw]! & UNIT;
            if (out[n++] !== raw) changed = true;
          }
        i = end - 1;
        continue;
      }
      if (entry & SURROGATE && !loneSurrogate) loneSurrogate = !isHalfOfPair(text, i);
      if (entry & FOLDS_TO_REGIONAL_START) {
        if (starts === regionalStarts.length) regionalStarts = growInt32(regionalStarts);
        regionalStarts[starts++] = n;
      }
    }
    const written = entry & UNIT;
    if (written !== code) changed = true;
    out[n++] = written;
  }
  if (starts > 0) {
    const length = foldRegionalWords(out, n, regionalStarts, starts);
    if (length >= 0) {
      n = length;
      changed = true;
    }
  }
  const folded = changed ? codeUnitsToString(out, n, loneSurrogate) : text;
  // Unchanged, the text is its own fold: out holds its units too.
  lastFolded = folded;
  lastFoldedUnits = out;
  return folded;
}

/**
 * The last fold's result and its code units: the fold's output buffer, untouched until the next fold starts. The
 * concept scan and the model's hashing read a folded text's units there, from a typed array, rather than through
 * charCodeAt from the string (measured: ≈ 6 % of a 2,000-character text's analysis for the scan, alternating runs).
 */
let lastFolded: string | null = null;
let lastFoldedUnits = new Uint16Array(0);
/** codeUnitsOf's copy of a text that is not the last fold's result (the last such text: `copied`), reused from call to call. */
let unitScratch = new Uint16Array(0);
let copied: string | null = null;

/**
 * A text's code units (at least text.length of them; what lies beyond is not the text's): the last fold's buffer when
 * the text is its result, else a copy, kept for the next call on the same text. Valid until a call on another text or
 * the next fold: a loop over them calls neither. For the loops over a folded text (the scan, the model's hashing, the
 * start-indexed searches).
 */
export function codeUnitsOf(text: string): Uint16Array {
  if (text === lastFolded) return lastFoldedUnits;
  if (text === copied) return unitScratch;
  // Kept up to the fold's own limit (MAX_SCRATCH): a longer text's copy is its own.
  const units = unitScratch.length >= text.length ? unitScratch : new Uint16Array(Math.max(text.length, Math.min(MAX_SCRATCH, 2 * unitScratch.length)));
  for (let i = 0; i < text.length; i++) units[i] = charCodeAt.call(text, i);
  if (units.length <= MAX_SCRATCH) {
    unitScratch = units;
    copied = text;
  }
  return units;
}

/**
 * Regional words replaced in place, left to right, longest word first at each position — what a
 * global replace with the alternation of the words does — looking only where a word may start.
 * Replacements are never longer than their words, so writing never overtakes reading. Returns the
 * new length, or −1 when no word was found.
 */
function foldRegionalWords(units: Uint16Array, length: number, starts: Int32Array, count: number): number {
  // units[0, write) is final; units[read, length) is still to copy.
  let write = -1;
  let read = 0;
  for (let s = 0; s < count; s++) {
    const at = starts[s]!;
    if (at < read) continue; // inside a word already replaced
    const word = REGIONAL_BY_FIRST.get(units[at]!)!.find(([candidate]) => {
      if (at + candidate.length > length) return false;
      for (let k = 1; k < candidate.length; k++) if (units[at + k] !== candidate.charCodeAt(k)) return false;
      return true;
    });
    if (!word) continue;
    if (write < 0) write = at;
    else {
      units.copyWithin(write, read, at);
      write += at - read;
    }
    const [found, replacement] = word;
    for (let r = 0; r < replacement.length; r++) units[write++] = replacement.charCodeAt(r);
    read = at + found.length;
  }
  if (write < 0) return -1;
  units.copyWithin(write, read, length);
  return write + length - read;
}

function growInt32(array: Int32Array, length = array.length * 2): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}

/** Where indexByConcept places each concept's next hit, reused from scan to scan. */
let fillScratch = new Int32Array(0);

export interface ConceptHit {
  /** Index of the concept in the lexicon's concept list. */
  concept: number;
  /** UTF-16 offset where the term starts. */
  at: number;
}

/**
 * The hits of one scan, in order of where they end (a concept can hit many times), as typed arrays
 * with an index by concept: a rule reads only its own concepts' hits, never the whole list again.
 */
export class ConceptScan {
  /** Whether a concept occurs at all, by concept index. */
  readonly present: Uint8Array;
  /** Whether each of the lexicon's literals (Lexicon's `literals`) occurs, by literal index; empty for a lexicon without any. */
  readonly literalPresent: Uint8Array;
  /**
   * Hit numbers of concept c are byConcept[first[c]] … byConcept[first[c + 1] − 1], ascending;
   * indexed on the first count or hitOf (many texts need only `present`: this costs a pass over
   * every concept of the lexicon).
   */
  private first: Int32Array | null = null;
  private byConcept: Int32Array | null = null;

  constructor(
    private readonly conceptCount: number,
    /** Concept of hit n. */
    readonly hitConcept: Int32Array,
    /** UTF-16 offset where hit n starts. */
    readonly hitStart: Int32Array,
    /** The text the hits' starts refer to: the text scanned, or its lower case (see Lexicon.find). */
    readonly text = "",
    literalPresent: Uint8Array = NO_LITERALS,
  ) {
    this.literalPresent = literalPresent;
    this.present = new Uint8Array(conceptCount);
    for (let n = 0; n < hitConcept.length; n++) this.present[hitConcept[n]!] = 1;
  }

  private indexByConcept(): void {
    const { conceptCount, hitConcept } = this;
    // One allocation for both (a typed array's own buffer costs far more than a view on one).
    const index = new Int32Array(conceptCount + 1 + hitConcept.length);
    const first = index.subarray(0, conceptCount + 1);
    const byConcept = index.subarray(conceptCount + 1);
    for (let n = 0; n < hitConcept.length; n++) first[hitConcept[n]! + 1]!++;
    for (let c = 0; c < conceptCount; c++) first[c + 1]! += first[c]!;
    if (fillScratch.length < conceptCount) fillScratch = new Int32Array(conceptCount);
    const fill = fillScratch;
    fill.set(first.subarray(0, conceptCount));
    for (let n = 0; n < hitConcept.length; n++) byConcept[fill[hitConcept[n]!]!++] = n;
    this.first = first;
    this.byConcept = byConcept;
  }

  /** How many times a concept occurs. */
  count(concept: number): number {
    if (!this.present[concept]) return 0;
    if (!this.first) this.indexByConcept();
    return this.first![concept + 1]! - this.first![concept]!;
  }

  /** The k-th hit number of a concept (k < count(concept)). */
  hitOf(concept: number, k: number): number {
    if (!this.first) this.indexByConcept();
    return this.byConcept![this.first![concept]! + k]!;
  }

  /** Every hit as an object, for tests and debugging. */
  get hits(): ConceptHit[] {
    return Array.from(this.hitConcept, (concept, n) => ({ concept, at: this.hitStart[n]! }));
  }
}

const NO_LITERALS = new Uint8Array(0);

const isLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isWord = (code: number) => isLatin(code) || (code >= 0x30 && code <= 0x39);

interface Term {
  concept: number;
  length: number;
  /** English words match whole; mixed terms ("加v", "qq视频") sit inside Chinese text and do not. */
  wholeWord: boolean;
}

/**
 * The trie a lexicon is built from: every edge in one map keyed by state × 65536 + code unit,
 * children as linked lists — no Map per state, which made building the lexicon slow.
 */
/**
 * A lexicon's double array: two numbers per slot, each two 16-bit fields — HEAD: CHECK (above bit
 * 16) and OUT (bits 0–15), LINKS: BASE (above bit 16) and FAIL (bits 0–15). Eight bytes a slot
 * where four 32-bit numbers took sixteen: the automaton is the largest table a text's analysis
 * reads, and half its size keeps more of it in the processor's cache.
 */
const HEAD = 0;
const LINKS = 1;
/** Slot indices are 16 bits: at most this many slots (the fraud lexicon has some 29,000). */
const MAX_SLOTS = 0xffff;
/** CHECK of a slot no edge leads to (a free one, and the root's). */
const NO_PARENT = 0xffff;
const FIELD = 0xffff;

/**
 * A slot's outputs in one number, in `outputLists` at the slot's OUT (0: none): where they start
 * in `outTerms` (above bit 8) and how many there are (bits 0–7).
 */
const OUTPUT_START_SHIFT = 8;
const OUTPUT_COUNT = 0xff;
function packOutputs(start: number, count: number): number {
  if (count > OUTPUT_COUNT || start >= 1 << (31 - OUTPUT_START_SHIFT)) throw new RangeError("too many outputs for a lexicon slot");
  return (start << OUTPUT_START_SHIFT) | count;
}

/** An output term in one number: its concept (above bit 8), its length (bits 1–7), whether it matches whole words only (bit 0). */
const TERM_CONCEPT_SHIFT = 8;
const TERM_LENGTH_SHIFT = 1;
const TERM_LENGTH = 0x7f;
const TERM_WHOLE_WORD = 1;
function packTerm(term: Term): number {
  if (term.length > TERM_LENGTH || term.concept >= 1 << (31 - TERM_CONCEPT_SHIFT)) throw new RangeError(`term too long or too many concepts: ${term.length}, ${term.concept}`);
  return (term.concept << TERM_CONCEPT_SHIFT) | (term.length << TERM_LENGTH_SHIFT) | (term.wholeWord ? TERM_WHOLE_WORD : 0);
}

class Trie {
  readonly edges = new Map<number, number>();
  readonly firstChild: number[] = [-1];
  readonly nextSibling: number[] = [-1];
  /** The code unit on the edge into each state. */
  readonly codeOf: number[] = [0];
  /** Terms ending at each state (undefined: none). */
  readonly outputs: (Term[] | undefined)[] = [undefined];

  get states(): number {
    return this.firstChild.length;
  }

  child(state: number, code: number): number | undefined {
    return this.edges.get(state * 65536 + code);
  }

  /** An English term matches whole words only unless `wholeWord` says otherwise; a Chinese one anywhere. */
  add(term: string, concept: number, wholeWord = !/\p{Script=Han}/u.test(term)): void {
    let state = 0;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let to = this.child(state, code);
      if (to === undefined) {
        to = this.states;
        this.edges.set(state * 65536 + code, to);
        this.firstChild.push(-1);
        this.nextSibling.push(this.firstChild[state]!);
        this.firstChild[state] = to;
        this.codeOf.push(code);
        this.outputs.push(undefined);
      }
      state = to;
    }
    (this.outputs[state] ??= []).push({ concept, length: term.length, wholeWord });
  }

  /**
   * Breadth-first failure links, with each state's outputs extended by its failure state's so the
   * scan never walks the chain. Returns the failure links and the states in breadth-first order.
   */
  link(): { fail: Int32Array; order: number[] } {
    const { firstChild, nextSibling, codeOf, outputs } = this;
    const fail = new Int32Array(this.states);
    const order: number[] = [];
    for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) order.push(c);
    for (let head = 0; head < order.length; head++) {
      const state = order[head]!;
      for (let to = firstChild[state]!; to !== -1; to = nextSibling[to]!) {
        const code = codeOf[to]!;
        let f = fail[state]!;
        while (f !== 0 && this.child(f, code) === undefined) f = fail[f]!;
        const target = this.child(f, code);
        fail[to] = target !== undefined && target !== to ? target : 0;
        const inherited = outputs[fail[to]!];
        if (inherited) outputs[to] = [...(outputs[to] ?? []), ...inherited];
        order.push(to);
      }
    }
    return { fail, order };
  }
}

export class Lexicon<Name extends string> {
  readonly names: readonly Name[];
  /** Concept indices by name, in a prototype-less object: rules look names up on every text. */
  private readonly index: Record<string, number> = Object.create(null);
  /**
   * The automaton as a double array, the trie's states renumbered to slots, in `slots` (see HEAD
   * and LINKS): CHECK, BASE, FAIL (its failure link) and OUT (its outputs in `outputLists`).
   * Slot s has an edge on letter a (a code unit's index in `letter`, 0 for a code unit no term
   * contains) to slot t = BASE(s) + a when CHECK(t) === s. A step reads a slot's two numbers, which
   * share a cache line, where a hash table of (state, code unit) pairs took several probes.
   */
  private readonly letter = new Uint16Array(65536);
  private slots: Int32Array = new Int32Array(8);
  /** The output lists of the slots that have any, packed by packOutputs; index 0 stands for none. */
  private outputLists: Int32Array = new Int32Array(1);
  /** Whether a scan reads text of any case in place (see caseBlindLetter) rather than lower-casing it first. */
  private readsAnyCase = false;
  /** The terms the slots output, including those reached through failure links, each packed by packTerm. */
  private outTerms: Int32Array = new Int32Array(0);

  /** Named concepts, then one unnamed concept per extra term (numbered from names.length on). */
  readonly conceptCount: number;
  /** How many literals the scan reports only as present or not (ConceptScan.literalPresent). */
  readonly literalCount: number;

  /**
   * `extraTerms` are looked for in the same pass, each its own concept numbered after the named
   * ones: the institution aliases ride along with the fraud concepts (src/domain/institutions.ts).
   * `literals` are looked for anywhere, inside words too, and only whether each occurs is kept — no
   * hit: what regular expressions need before they can match (src/domain/regex-gates.ts).
   */
  constructor(concepts: Record<Name, readonly string[]>, extraTerms: readonly string[] = [], literals: readonly string[] = []) {
    this.names = Object.keys(concepts) as Name[];
    for (const [i, name] of this.names.entries()) this.index[name] = i;
    const trie = new Trie();
    this.names.forEach((name, concept) => {
      for (const raw of concepts[name]) trie.add(raw.toLowerCase(), concept);
    });
    for (const [i, term] of extraTerms.entries()) trie.add(term.toLowerCase(), this.names.length + i);
    this.conceptCount = this.names.length + extraTerms.length;
    // Numbered after every concept: the scan tells a literal by its number.
    for (const [i, literal] of literals.entries()) trie.add(literal.toLowerCase(), this.conceptCount + i, false);
    this.literalCount = literals.length;
    if (literalScratch.length < literals.length) literalScratch = new Uint8Array(literals.length);
    this.flatten(trie);
  }

  /** The trie, failure links and outputs laid out as a double array (first fit, breadth-first). */
  private flatten(trie: Trie): void {
    const { fail, order } = trie.link();
    const { firstChild, nextSibling, codeOf } = trie;
    const letter = this.letter;
    let letters = 0;
    for (let state = 1; state < trie.states; state++) if (letter[codeOf[state]!] === 0) letter[codeOf[state]!] = ++letters;
    if (letters >= UNREAD) throw new RangeError("too many distinct code units in a lexicon's terms");
    const slotOf = new Int32Array(trie.states);
    let capacity = 2 * (trie.states + letters) + 1;
    let base = new Int32Array(capacity);
    // -1: a free slot; the root sits in slot 0, which no edge leads to (letters start at 1).
    let check = new Int32Array(capacity).fill(-1);
    check[0] = -2;
    let used = 1;
    let firstFree = 1;
    const place = (state: number) => {
      const first = firstChild[state]!;
      if (first === -1) return;
      let lowest = letters + 1;
      for (let c = first; c !== -1; c = nextSibling[c]!) lowest = Math.min(lowest, letter[codeOf[c]!]!);
      while (check[firstFree] !== -1) firstFree++;
      // The smallest base whose slots for all of this state's letters are free.
      let b = Math.max(0, firstFree - lowest);
      for (;;) {
        if (b + letters + 1 > capacity) {
          capacity *= 2;
          base = growInt32(base, capacity);
          const wider = new Int32Array(capacity).fill(-1);
          wider.set(check);
          check = wider;
        }
        let c = first;
        while (c !== -1 && check[b + letter[codeOf[c]!]!] === -1) c = nextSibling[c]!;
        if (c === -1) break;
        b++;
      }
      const slot = slotOf[state]!;
      base[slot] = b;
      for (let c = first; c !== -1; c = nextSibling[c]!) {
        const target = b + letter[codeOf[c]!]!;
        check[target] = slot;
        slotOf[c] = target;
        used = Math.max(used, target + 1);
      }
    };
    place(0);
    for (const state of order) place(state);
    // Terms with astral characters (surrogates) would need the lower case of surrogate pairs: such a lexicon lower-cases each text.
    this.readsAnyCase = !letter.subarray(0xd800, 0xe000).some((surrogateLetter) => surrogateLetter !== 0);
    if (this.readsAnyCase) for (let code = 0; code < 65536; code++) if (letter[code] === 0) letter[code] = UNREAD;
    // Any slot's base plus any letter stays inside the arrays.
    const count = used + letters + 1;
    if (count > MAX_SLOTS) throw new RangeError("too many states for a lexicon's 16-bit slot numbers");
    const stateOf = new Int32Array(count).fill(-1);
    for (let state = 0; state < trie.states; state++) stateOf[slotOf[state]!] = state;
    const outputs = trie.outputs.reduce((sum, list) => sum + (list?.length ?? 0), 0);
    this.slots = new Int32Array(count * 2);
    this.outTerms = new Int32Array(outputs);
    const lists = [0];
    let out = 0;
    for (let slot = 0; slot < count; slot++) {
      const state = stateOf[slot]!;
      const parent = check[slot] ?? -1;
      const terms = state < 0 ? [] : (trie.outputs[state] ?? []);
      let list = 0;
      if (terms.length > 0) {
        list = lists.length;
        lists.push(packOutputs(out, terms.length));
        for (const term of terms) this.outTerms[out++] = packTerm(term);
      }
      this.slots[2 * slot + HEAD] = ((parent < 0 ? NO_PARENT : parent) << 16) | list;
      this.slots[2 * slot + LINKS] = ((base[slot] ?? 0) << 16) | (state < 0 ? 0 : slotOf[fail[state]!]!);
    }
    this.outputLists = Int32Array.from(lists);
  }

  /** Index of a concept, for reading a scan. */
  id(name: Name): number {
    const id = this.index[name];
    if (id === undefined) throw new Error(`unknown concept ${name}`);
    return id;
  }

  /**
   * All concept occurrences in `text`, whatever its case, in one pass: the occurrences in
   * text.toLowerCase().
   * Example: lexicon.scan("请缴纳保证金") → hits for the concepts holding "缴纳" and "保证金".
   */
  scan(text: string): ConceptScan {
    const found = this.find(text);
    return new ConceptScan(this.conceptCount, found.concepts, found.starts, found.text, this.literalCount > 0 ? literalScratch.slice(0, this.literalCount) : NO_LITERALS);
  }

  /**
   * The hits of `scan` as bare arrays (concept and start of hit n), in order of where they end,
   * and the text their starts refer to: `text` itself, or its lower case when `text` holds a
   * character the scan cannot read as lower case in place (see caseBlindLetter).
   */
  find(anyCase: string): { concepts: Int32Array; starts: Int32Array; text: string } {
    const text = this.readsAnyCase ? anyCase : anyCase.toLowerCase();
    // Fields in locals and the step inlined: this loop is most of the cost of analysing a text.
    const { letter, slots, outputLists, outTerms, conceptCount } = this;
    const literalPresent = literalScratch;
    literalPresent.fill(0, 0, this.literalCount);
    // Hits go to buffers reused from scan to scan, copied out once at the end into one new array:
    // a typed array's own buffer costs far more to allocate than a view on one.
    let concepts = conceptScratch;
    let starts = startScratch;
    let hits = 0;
    // The current slot.
    let state = 0;
    const length = text.length;
    const units = codeUnitsOf(text);
    for (let i = 0; i < length; i++) {
      const code = units[i]!;
      let codeLetter = letter[code]!;
      if (codeLetter >= UNREAD) {
        if (codeLetter === UNREAD) codeLetter = this.caseBlindLetter(code);
        if (codeLetter === LOWER_CASE_TEXT) return this.find(text.toLowerCase());
      }
      if (codeLetter === 0) {
        // In no term: back to the root, which outputs nothing.
        state = 0;
        continue;
      }
      // The OUT of the slot the step reaches (the root has no outputs).
      let list = 0;
      for (;;) {
        const links = slots[2 * state + LINKS]!;
        const to = (links >>> 16) + codeLetter;
        const head = slots[2 * to + HEAD]!;
        if (head >>> 16 === state) {
          state = to;
          list = head & FIELD;
          break;
        }
        if (state === 0) break;
        state = links & FIELD;
      }
      if (list === 0) continue;
      const outputs = outputLists[list]!;
      for (let k = outputs >> OUTPUT_START_SHIFT, end = k + (outputs & OUTPUT_COUNT); k < end; k++) {
        const term = outTerms[k]!;
        const concept = term >> TERM_CONCEPT_SHIFT;
        if (concept >= conceptCount) {
          literalPresent[concept - conceptCount] = 1;
          continue;
        }
        const at = i - ((term >> TERM_LENGTH_SHIFT) & TERM_LENGTH) + 1;
        if (term & TERM_WHOLE_WORD) {
          if (isLatin(units[at]!) && at > 0 && isWord(units[at - 1]!)) continue;
          if (isLatin(code) && i + 1 < length && isWord(units[i + 1]!)) continue;
        }
        if (hits === concepts.length) {
          concepts = conceptScratch = grow(concepts);
          starts = startScratch = grow(starts);
        }
        concepts[hits] = concept;
        starts[hits++] = at;
      }
    }
    const found = new Int32Array(2 * hits);
    found.set(concepts.subarray(0, hits));
    found.set(starts.subarray(0, hits), hits);
    return { concepts: found.subarray(0, hits), starts: found.subarray(hits), text };
  }

  /**
   * The letter of a code unit met for the first time, remembered: its lower case's, so a scan
   * reads text of any case without a lower-cased copy (a pass and a string per text). Where
   * reading in place could differ from scanning text.toLowerCase() it is LOWER_CASE_TEXT: "İ"
   * becomes two code units, the Kelvin sign "K" an ASCII "k" (whole-word checks read ASCII
   * letters), and "Σ" becomes "σ" or, ending a word, "ς" (which only matters when terms hold one).
   */
  private caseBlindLetter(code: number): number {
    const { letter } = this;
    const termLetter = (unit: number) => (letter[unit]! >= UNREAD ? 0 : letter[unit]!);
    const lower = String.fromCharCode(code).toLowerCase();
    const lowerCode = lower.charCodeAt(0);
    let read: number;
    if (lower.length !== 1 || (code >= 0x80 && lowerCode < 0x80)) read = LOWER_CASE_TEXT;
    else if (code === 0x3a3 && termLetter(0x3c3) !== termLetter(0x3c2)) read = LOWER_CASE_TEXT;
    else read = termLetter(lowerCode);
    letter[code] = read;
    return read;
  }
}

/** The letter of a code unit not read yet: the scan works out the letter of its lower case (Lexicon.caseBlindLetter). */
const UNREAD = 0xfffe;
/** The letter of a code unit whose lower case the scan cannot read in place: it scans text.toLowerCase() instead. */
const LOWER_CASE_TEXT = 0xffff;

/** Which literals Lexicon.find has met (by literal index), while it scans. */
let literalScratch = new Uint8Array(0);
/** Lexicon.find's hits while it scans (concept and start of hit n). */
let conceptScratch = new Int32Array(1024);
let startScratch = new Int32Array(1024);

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Whether every one of `concepts` occurs inside one stretch of at most `window` characters.
 * One pass over the named concepts' hits only (merged in scan order), remembering the latest
 * position of each concept.
 * Example: within(scan, [PAY, FEE], 30) is true for "请先缴纳500元保证金".
 */
export function within(scan: ConceptScan, concepts: readonly number[], window: number): boolean {
  return stretchWithin(scan, concepts, window) !== null;
}

/** The first stretch (start of its earliest and of its latest hit) in which every one of `concepts` occurs within `window` characters, or null (within). */
export function stretchWithin(scan: ConceptScan, concepts: readonly number[], window: number): readonly [number, number] | null {
  for (const concept of concepts) if (!scan.present[concept]) return null;
  if (concepts.length === 1) {
    const first = scan.hitStart[scan.hitOf(concepts[0]!, 0)]!;
    return [first, first];
  }
  const latest = new Array<number>(concepts.length).fill(-1);
  const next = new Array<number>(concepts.length).fill(0);
  for (;;) {
    // The concept whose next hit comes first in scan order.
    let slot = -1;
    let hit = Number.MAX_SAFE_INTEGER;
    for (let s = 0; s < concepts.length; s++) {
      if (next[s]! >= scan.count(concepts[s]!)) continue;
      const candidate = scan.hitOf(concepts[s]!, next[s]!);
      if (candidate < hit) {
        hit = candidate;
        slot = s;
      }
    }
    if (slot < 0) return null;
    next[slot]!++;
    const at = scan.hitStart[hit]!;
    latest[slot] = at;
    let earliest = at;
    let complete = true;
    for (const position of latest) {
      if (position < 0) {
        complete = false;
        break;
      }
      if (position < earliest) earliest = position;
    }
    if (complete && at - earliest <= window) return [earliest, at];
  }
}
