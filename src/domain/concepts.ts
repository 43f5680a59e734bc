/**
 * Concept scanning: every occurrence of every term of a lexicon in one left-to-right pass
 * (Aho–Corasick), so fraud patterns can be written as "these ideas appear near each other"
 * instead of one phrasing each, and the cost stays linear in the text however many terms there are.
 *
 * Terms are literal, lower-case, simplified Chinese or English. An English term only matches as a
 * whole word: "won" is not inside "wonderful".
 */
import { simplifiedTable } from "./hanzi";

/** Taiwanese and Hong Kong wording (after character folding) → the mainland word the patterns use. */
const REGIONAL_WORDS: Record<string, string> = {
  帐户: "账户", 帐号: "账号", 帐单: "账单", 身分证: "身份证", 萤幕: "屏幕", 简讯: "短信", 连结: "链接", 软体: "软件", 视讯: "视频", 登入: "登录",
  联络: "联系", 网路: "网络", 点选: "点击", 资讯: "信息", 讯息: "信息", 程式: "程序", 使用者: "用户", 系结: "绑定", 应用程式: "应用", 储值: "充值", 汇款至: "汇至",
};
const REGIONAL = new RegExp(Object.keys(REGIONAL_WORDS).sort((a, b) => b.length - a.length).join("|"), "g");

/**
 * The text content signals and typologies read: NFKC (full-width digits and letters), simplified
 * characters, fillers between Chinese characters dropped ("驗 證*碼" → "验证码"), Taiwanese wording
 * folded ("帳戶" → "账户", "身分證" → "身份证").
 */
export function foldForMatching(text: string): string {
  return simplifyDroppingFillers(text.normalize("NFKC")).replace(REGIONAL, (word) => REGIONAL_WORDS[word] ?? word);
}

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isFiller = (code: number) =>
  code === 0x20 || code === 0x2a || code === 0xb7 || code === 0x2022 || code === 0x5f || code === 0x7e || code === 0x3000 || (code >= 0x09 && code <= 0x0d) ||
  (code >= 0x200b && code <= 0x200d) || code === 0xfeff;

const isAsciiWord = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/**
 * Traditional → simplified (src/domain/hanzi.ts) and "验 证*码" → "验证码", "加 V信" → "加V信" in
 * one pass: fillers go when Chinese sits on at least one side and a Chinese or ASCII word character
 * on the other.
 */
function simplifyDroppingFillers(text: string): string {
  const table = simplifiedTable();
  const out = new Uint16Array(text.length);
  let n = 0;
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (n > 0 && isFiller(code)) {
      const before = out[n - 1]!;
      let end = i + 1;
      while (end < text.length && isFiller(text.charCodeAt(end))) end++;
      const next = end < text.length ? text.charCodeAt(end) : 0;
      const after = table[next] || next;
      if ((isHan(before) && (isHan(after) || isAsciiWord(after))) || (isAsciiWord(before) && isHan(after))) changed = true;
      else for (let k = i; k < end; k++) out[n++] = text.charCodeAt(k);
      i = end - 1;
      continue;
    }
    const mapped = table[code]!;
    if (mapped) changed = true;
    out[n++] = mapped || code;
  }
  if (!changed) return text;
  let folded = "";
  for (let i = 0; i < n; i += 4096) folded += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return folded;
}

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
  /** Hit numbers of concept c are byConcept[first[c]] … byConcept[first[c + 1] − 1], ascending. */
  private readonly first: Int32Array;
  private readonly byConcept: Int32Array;

  constructor(
    conceptCount: number,
    /** Concept of hit n. */
    readonly hitConcept: Int32Array,
    /** UTF-16 offset where hit n starts. */
    readonly hitStart: Int32Array,
    /** The text scanned (lower case). */
    readonly text = "",
  ) {
    this.present = new Uint8Array(conceptCount);
    this.first = new Int32Array(conceptCount + 1);
    for (let n = 0; n < hitConcept.length; n++) this.first[hitConcept[n]! + 1]!++;
    for (let c = 0; c < conceptCount; c++) {
      if (this.first[c + 1]! > 0) this.present[c] = 1;
      this.first[c + 1]! += this.first[c]!;
    }
    this.byConcept = new Int32Array(hitConcept.length);
    const fill = this.first.slice(0, conceptCount);
    for (let n = 0; n < hitConcept.length; n++) this.byConcept[fill[hitConcept[n]!]!++] = n;
  }

  /** How many times a concept occurs. */
  count(concept: number): number {
    return this.first[concept + 1]! - this.first[concept]!;
  }

  /** The k-th hit number of a concept (k < count(concept)). */
  hitOf(concept: number, k: number): number {
    return this.byConcept[this.first[concept]! + k]!;
  }

  /** Every hit as an object, for tests and debugging. */
  get hits(): ConceptHit[] {
    return Array.from(this.hitConcept, (concept, n) => ({ concept, at: this.hitStart[n]! }));
  }
}

const isLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
const isWord = (code: number) => isLatin(code) || (code >= 0x30 && code <= 0x39);

interface Term {
  concept: number;
  length: number;
  /** English words match whole; mixed terms ("加v", "qq视频") sit inside Chinese text and do not. */
  wholeWord: boolean;
}

export class Lexicon<Name extends string> {
  readonly names: readonly Name[];
  private readonly index = new Map<Name, number>();
  private readonly next: Map<number, number>[] = [new Map()];
  /** The root's transitions by code unit: one array read for the most frequent step. */
  private readonly root = new Int32Array(65536);
  /**
   * Other states' transitions in one open-addressing hash table keyed by (state, code unit): one
   * probe or two per step, however many edges a state has (a common first character has dozens).
   */
  private edgeMask = 0;
  private edgeState: Int32Array = new Int32Array(0);
  private edgeCode: Uint16Array = new Uint16Array(0);
  private edgeTo: Int32Array = new Int32Array(0);
  private fail: Int32Array = new Int32Array(1);
  /** Terms ending at each state, including those reached through failure links. */
  private outputs: Term[][] = [[]];
  /** The same, flattened: state s outputs terms outStart[s] … outStart[s + 1] − 1. */
  private outStart: Int32Array = new Int32Array(1);
  private outConcept: Int32Array = new Int32Array(0);
  private outLength: Int32Array = new Int32Array(0);
  private outWholeWord: Uint8Array = new Uint8Array(0);

  /** Named concepts, then one unnamed concept per extra term (numbered from names.length on). */
  readonly conceptCount: number;

  /**
   * `extraTerms` are looked for in the same pass, each its own concept numbered after the named
   * ones: the institution aliases ride along with the fraud concepts (src/domain/institutions.ts).
   */
  constructor(concepts: Record<Name, readonly string[]>, extraTerms: readonly string[] = []) {
    this.names = Object.keys(concepts) as Name[];
    for (const [i, name] of this.names.entries()) this.index.set(name, i);
    this.names.forEach((name, concept) => {
      for (const raw of concepts[name]) this.add(raw.toLowerCase(), concept);
    });
    for (const [i, term] of extraTerms.entries()) this.add(term.toLowerCase(), this.names.length + i);
    this.conceptCount = this.names.length + extraTerms.length;
    this.link();
    this.flatten();
  }

  /** Typed arrays read faster than a Map per state. */
  private flatten(): void {
    for (const [code, to] of this.next[0]!) this.root[code] = to;
    const edges = this.next.reduce((sum, map, state) => sum + (state === 0 ? 0 : map.size), 0);
    let size = 16;
    while (size < edges * 2) size *= 2;
    this.edgeMask = size - 1;
    // State 0 never has an entry, so 0 marks an empty slot.
    this.edgeState = new Int32Array(size);
    this.edgeCode = new Uint16Array(size);
    this.edgeTo = new Int32Array(size);
    this.next.forEach((map, state) => {
      if (state === 0) return;
      for (const [code, to] of map) {
        let slot = edgeHash(state, code) & this.edgeMask;
        while (this.edgeState[slot] !== 0) slot = (slot + 1) & this.edgeMask;
        this.edgeState[slot] = state;
        this.edgeCode[slot] = code;
        this.edgeTo[slot] = to;
      }
    });
    const outputs = this.outputs.reduce((sum, list) => sum + list.length, 0);
    this.outStart = new Int32Array(this.next.length + 1);
    this.outConcept = new Int32Array(outputs);
    this.outLength = new Int32Array(outputs);
    this.outWholeWord = new Uint8Array(outputs);
    let out = 0;
    this.outputs.forEach((terms, state) => {
      this.outStart[state] = out;
      for (const term of terms) {
        this.outConcept[out] = term.concept;
        this.outLength[out] = term.length;
        this.outWholeWord[out++] = term.wholeWord ? 1 : 0;
      }
    });
    this.outStart[this.next.length] = out;
  }

  /** Index of a concept, for reading a scan. */
  id(name: Name): number {
    const id = this.index.get(name);
    if (id === undefined) throw new Error(`unknown concept ${name}`);
    return id;
  }

  private add(term: string, concept: number): void {
    let state = 0;
    for (let i = 0; i < term.length; i++) {
      const code = term.charCodeAt(i);
      let to = this.next[state]!.get(code);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.outputs.push([]);
        this.next[state]!.set(code, to);
      }
      state = to;
    }
    this.outputs[state]!.push({ concept, length: term.length, wholeWord: !/\p{Script=Han}/u.test(term) });
  }

  /** Breadth-first failure links; outputs merged along them so the scan never walks the chain. */
  private link(): void {
    this.fail = new Int32Array(this.next.length);
    const queue: number[] = [];
    for (const to of this.next[0]!.values()) queue.push(to);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, to] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(code)) f = this.fail[f]!;
        const target = this.next[f]!.get(code);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        const inherited = this.outputs[this.fail[to]!]!;
        if (inherited.length > 0) this.outputs[to] = [...this.outputs[to]!, ...inherited];
        queue.push(to);
      }
    }
  }

  /**
   * All concept occurrences in `text` (lower-case it first), in one pass.
   * Example: lexicon.scan("请缴纳保证金") → hits for the concepts holding "缴纳" and "保证金".
   */
  scan(text: string): ConceptScan {
    const { concepts, starts } = this.find(text);
    return new ConceptScan(this.conceptCount, concepts, starts, text);
  }

  /** The hits of `scan` as bare arrays (concept and start of hit n), in order of where they end. */
  find(text: string): { concepts: Int32Array; starts: Int32Array } {
    // Fields in locals and the step inlined: this loop is most of the cost of analysing a text.
    const { root, edgeMask, edgeState, edgeCode, edgeTo, fail, outStart, outConcept, outLength, outWholeWord } = this;
    // A dense text hits about one concept every five characters.
    let concepts: Int32Array<ArrayBuffer> = new Int32Array(Math.max(64, text.length >> 2));
    let starts: Int32Array<ArrayBuffer> = new Int32Array(concepts.length);
    let hits = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      for (;;) {
        if (state === 0) {
          state = root[code]!;
          break;
        }
        let to = -1;
        for (let slot = edgeHash(state, code) & edgeMask; edgeState[slot] !== 0; slot = (slot + 1) & edgeMask) {
          if (edgeState[slot] === state && edgeCode[slot] === code) {
            to = edgeTo[slot]!;
            break;
          }
        }
        if (to >= 0) {
          state = to;
          break;
        }
        state = fail[state]!;
      }
      for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) {
        const at = i - outLength[k]! + 1;
        if (outWholeWord[k] === 1) {
          if (isLatin(text.charCodeAt(at)) && at > 0 && isWord(text.charCodeAt(at - 1))) continue;
          if (isLatin(code) && i + 1 < text.length && isWord(text.charCodeAt(i + 1))) continue;
        }
        if (hits === concepts.length) {
          concepts = grow(concepts);
          starts = grow(starts);
        }
        concepts[hits] = outConcept[k]!;
        starts[hits++] = at;
      }
    }
    return { concepts: concepts.subarray(0, hits), starts: starts.subarray(0, hits) };
  }
}

function edgeHash(state: number, code: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7;
}

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
  for (const concept of concepts) if (!scan.present[concept]) return false;
  if (concepts.length === 1) return true;
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
    if (slot < 0) return false;
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
    if (complete && at - earliest <= window) return true;
  }
}
