/**
 * Concept scanning: every occurrence of every term of a lexicon in one left-to-right pass
 * (Aho–Corasick), so fraud patterns can be written as "these ideas appear near each other"
 * instead of one phrasing each, and the cost stays linear in the text however many terms there are.
 *
 * Terms are literal, lower-case, simplified Chinese or English. An English term only matches as a
 * whole word: "won" is not inside "wonderful".
 */
import { toSimplifiedChars } from "./hanzi";

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
  return dropFillersBetweenHan(toSimplifiedChars(text.normalize("NFKC"))).replace(REGIONAL, (word) => REGIONAL_WORDS[word] ?? word);
}

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isFiller = (code: number) =>
  code === 0x20 || code === 0x2a || code === 0xb7 || code === 0x2022 || code === 0x5f || code === 0x7e || code === 0x3000 || (code >= 0x09 && code <= 0x0d);

const isAsciiWord = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/**
 * "验 证*码" → "验证码", "加 V信" → "加V信": fillers go when Chinese sits on at least one side and
 * a Chinese or ASCII word character on the other. One pass (a regex with look-behind costs more).
 */
function dropFillersBetweenHan(text: string): string {
  let out = "";
  let copiedTo = 0;
  for (let i = 1; i < text.length; i++) {
    const before = text.charCodeAt(i - 1);
    if (!isFiller(text.charCodeAt(i)) || !(isHan(before) || isAsciiWord(before))) continue;
    let end = i;
    while (end < text.length && isFiller(text.charCodeAt(end))) end++;
    const after = end < text.length ? text.charCodeAt(end) : 0;
    if ((isHan(before) && (isHan(after) || isAsciiWord(after))) || (isAsciiWord(before) && isHan(after))) {
      out += text.slice(copiedTo, i);
      copiedTo = end;
    }
    i = end;
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}

export interface ConceptHit {
  /** Index of the concept in the lexicon's concept list. */
  concept: number;
  /** UTF-16 offset where the term starts. */
  at: number;
}

export interface ConceptScan {
  /** Hits in order of where they end; a concept can hit many times. */
  hits: ConceptHit[];
  /** Whether a concept occurs at all, by concept index. */
  present: Uint8Array;
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
  /** Other states' transitions, flattened after building: state s owns edges edgeStart[s] … edgeStart[s + 1] − 1. */
  private edgeStart: Int32Array = new Int32Array(1);
  private edgeCode: Uint16Array = new Uint16Array(0);
  private edgeTo: Int32Array = new Int32Array(0);
  private fail: Int32Array = new Int32Array(1);
  /** Terms ending at each state, including those reached through failure links. */
  private outputs: Term[][] = [[]];

  constructor(concepts: Record<Name, readonly string[]>) {
    this.names = Object.keys(concepts) as Name[];
    this.names.forEach((name, i) => this.index.set(name, i));
    this.names.forEach((name, concept) => {
      for (const raw of concepts[name]) this.add(raw.toLowerCase(), concept);
    });
    this.link();
    this.flatten();
  }

  /** Typed arrays read faster than a Map per state: most states have one or two edges. */
  private flatten(): void {
    for (const [code, to] of this.next[0]!) this.root[code] = to;
    const edges = this.next.reduce((sum, map) => sum + map.size, 0);
    this.edgeStart = new Int32Array(this.next.length + 1);
    this.edgeCode = new Uint16Array(edges);
    this.edgeTo = new Int32Array(edges);
    let at = 0;
    this.next.forEach((map, state) => {
      this.edgeStart[state] = at;
      for (const [code, to] of map) {
        this.edgeCode[at] = code;
        this.edgeTo[at++] = to;
      }
    });
    this.edgeStart[this.next.length] = at;
  }

  private step(state: number, code: number): number {
    if (state === 0) return this.root[code]!;
    for (let e = this.edgeStart[state]!, end = this.edgeStart[state + 1]!; e < end; e++) if (this.edgeCode[e] === code) return this.edgeTo[e]!;
    return -1;
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
    const hits: ConceptHit[] = [];
    const present = new Uint8Array(this.names.length);
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let to = this.step(state, code);
      while (to < 0) {
        state = this.fail[state]!;
        to = this.step(state, code);
      }
      state = to;
      const out = this.outputs[state]!;
      for (let k = 0; k < out.length; k++) {
        const term = out[k]!;
        const at = i - term.length + 1;
        if (term.wholeWord && isLatin(text.charCodeAt(at)) && at > 0 && isWord(text.charCodeAt(at - 1))) continue;
        if (term.wholeWord && isLatin(code) && i + 1 < text.length && isWord(text.charCodeAt(i + 1))) continue;
        hits.push({ concept: term.concept, at });
        present[term.concept] = 1;
      }
    }
    return { hits, present };
  }
}

/**
 * Whether every one of `concepts` occurs inside one stretch of at most `window` characters.
 * One pass over the hits, remembering the latest position of each concept.
 * Example: within(scan, [PAY, FEE], 30) is true for "请先缴纳500元保证金".
 */
export function within(scan: ConceptScan, concepts: readonly number[], window: number): boolean {
  for (const concept of concepts) if (!scan.present[concept]) return false;
  if (concepts.length === 1) return true;
  const latest = new Array<number>(concepts.length).fill(-1);
  for (const hit of scan.hits) {
    const slot = concepts.indexOf(hit.concept);
    if (slot < 0) continue;
    latest[slot] = hit.at;
    let earliest = hit.at;
    let complete = true;
    for (const at of latest) {
      if (at < 0) {
        complete = false;
        break;
      }
      if (at < earliest) earliest = at;
    }
    if (complete && hit.at - earliest <= window) return true;
  }
  return false;
}
