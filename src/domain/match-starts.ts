/**
 * Where a regular expression's matches can start, read from its own source, and a search that tries
 * the pattern only there. The engine tries a pattern at every position of a text, skipping ahead by
 * the low seven bits of the characters a match may start with: on Chinese text most characters look
 * like a possible start of a pattern whose alternatives start with a dozen Chinese characters
 * ("加|添加|联系|私|…", CHAT_CONTACT in src/domain/signals.ts). A table lookup per code unit, then a
 * sticky match at the few positions that pass, took less than half the time there (0.011 → 0.005 ms
 * on a 2,000-character text). On a pattern of whole words ("起诉|诉讼|…") or one that starts with
 * digits or Latin letters the engine's own search is faster: this is for the patterns measured to gain.
 *
 * Same answers by construction: the start units are a superset of what any match can start with (a
 * part the reader cannot bound, a class it cannot read, a pattern that can match the empty string:
 * any position, searched as the pattern is), and at a position the sticky copy matches what the
 * pattern would match there.
 */

import { codeUnitsOf } from "./concepts";

/** What a piece of a pattern can start with: code units (null: any), and whether it can match the empty string. */
interface Start {
  units: Set<number> | null;
  empty: boolean;
}

const ANY: Start = { units: null, empty: false };
const ZERO_WIDTH = (): Start => ({ units: new Set(), empty: true });

const union = (a: Set<number> | null, b: Set<number> | null): Set<number> | null => (a === null || b === null ? null : new Set([...a, ...b]));

/** The code units that match `code` under the `i` flag (without `u`): both cases of an ASCII letter; null for a character with case beyond ASCII. */
function caseVariants(code: number, ignoreCase: boolean): number[] | null {
  if (!ignoreCase) return [code];
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return [lower, lower - 0x20];
  if (code < 0x80) return [code];
  const char = String.fromCharCode(code);
  return char.toLowerCase() === char && char.toUpperCase() === char ? [code] : null;
}

const DIGITS = Array.from("0123456789", (digit) => digit.charCodeAt(0));

class StartReader {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly ignoreCase: boolean,
  ) {}

  read(): Start {
    const start = this.alternation();
    if (this.at !== this.source.length) throw new SyntaxError(`unexpected ${this.source[this.at]} at ${this.at}`);
    return start;
  }

  private alternation(): Start {
    let start = this.sequence();
    while (this.source[this.at] === "|") {
      this.at++;
      const option = this.sequence();
      start = { units: union(start.units, option.units), empty: start.empty || option.empty };
    }
    return start;
  }

  /** A sequence starts with its first piece, and with the next while the pieces before can match nothing. */
  private sequence(): Start {
    let units: Set<number> | null = new Set();
    let empty = true;
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const piece = this.quantified();
      if (empty) units = union(units, piece.units);
      empty &&= piece.empty;
    }
    return { units, empty };
  }

  private quantified(): Start {
    const atom = this.atom();
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    const symbol = quantifier[0][0];
    const optional = symbol === "?" || symbol === "*" || (symbol === "{" && Number(quantifier[1]) === 0);
    return { units: atom.units, empty: atom.empty || optional };
  }

  private atom(): Start {
    const c = this.source[this.at]!;
    if (c === "(") return this.group();
    if (c === "[") return this.characterClass();
    if (c === "\\") return this.escape();
    this.at++;
    if (c === "^" || c === "$") return ZERO_WIDTH();
    if (c === ".") return ANY;
    if ("*+?{}]".includes(c)) throw new SyntaxError(`unexpected ${c}`);
    return this.units([c.charCodeAt(0)]);
  }

  private units(codes: readonly number[]): Start {
    const units = new Set<number>();
    for (const code of codes) {
      const variants = caseVariants(code, this.ignoreCase);
      if (!variants) return ANY;
      for (const variant of variants) units.add(variant);
    }
    return { units, empty: false };
  }

  /** An escaped character's code unit, or null for a class escape (\d, \s, \p{…}) or one not read here; moves past it. */
  private escapedUnit(): number | null {
    const { source } = this;
    const next = source[this.at + 1];
    if (next === undefined) throw new SyntaxError("pattern ends in a backslash");
    this.at += 2;
    if (next === "n") return 0x0a;
    if (next === "t") return 0x09;
    if (next === "r") return 0x0d;
    const hex = next === "x" ? 2 : next === "u" && source[this.at] !== "{" ? 4 : 0;
    if (hex > 0) {
      const digits = source.slice(this.at, this.at + hex);
      if (digits.length !== hex || !/^[0-9A-Fa-f]+$/.test(digits)) throw new SyntaxError(`unreadable escape \\${next}`);
      this.at += hex;
      return Number.parseInt(digits, 16);
    }
    if (next === "p" || next === "P" || next === "u" || next === "k") {
      const close = source.indexOf(next === "k" ? ">" : "}", this.at);
      if (close < 0) throw new SyntaxError(`unreadable escape \\${next}`);
      this.at = close + 1;
      return null;
    }
    return /[A-Za-z0-9]/.test(next) ? null : next.charCodeAt(0);
  }

  private escape(): Start {
    const next = this.source[this.at + 1];
    if (next === "b" || next === "B") {
      this.at += 2;
      return ZERO_WIDTH();
    }
    if (next === "d") {
      this.at += 2;
      return this.units(DIGITS);
    }
    // A backreference may match the empty string: any start.
    if (next !== undefined && /[1-9k]/.test(next)) {
      this.escapedUnit();
      return { units: null, empty: true };
    }
    const unit = this.escapedUnit();
    return unit === null ? ANY : this.units([unit]);
  }

  /** A class of characters, ranges, \d and escaped characters; a negated class, or one with another escape: any. */
  private characterClass(): Start {
    const { source } = this;
    this.at++;
    const negated = source[this.at] === "^";
    if (negated) this.at++;
    const codes: number[] = [];
    let readable = !negated;
    let previous: number | null = null;
    while (source[this.at] !== "]") {
      if (this.at >= source.length) throw new SyntaxError("unclosed class");
      // An unescaped "-" between two characters makes a range.
      const dash = source[this.at] === "-";
      let code: number | null;
      if (source[this.at] === "\\" && source[this.at + 1] === "d") {
        this.at += 2;
        codes.push(...DIGITS);
        previous = null;
        continue;
      }
      if (source[this.at] === "\\") code = this.escapedUnit();
      else code = source.charCodeAt(this.at++);
      if (code === null) {
        readable = false;
        previous = null;
      } else if (dash && previous !== null && source[this.at] !== "]") {
        const to = source[this.at] === "\\" ? this.escapedUnit() : source.charCodeAt(this.at++);
        if (to === null) readable = false;
        else for (let unit = previous + 1; unit <= to; unit++) codes.push(unit);
        previous = null;
      } else {
        codes.push(code);
        previous = code;
      }
    }
    this.at++;
    return readable ? this.units(codes) : ANY;
  }

  private group(): Start {
    const head = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(this.source.slice(this.at))!;
    if (this.source[this.at + 1] === "?" && !head[1]) throw new SyntaxError(`unknown group at ${this.at}`);
    this.at += head[0].length;
    const inner = this.alternation();
    if (this.source[this.at] !== ")") throw new SyntaxError("unclosed group");
    this.at++;
    // Lookarounds consume nothing: the match starts with what follows them.
    return ["?=", "?!", "?<=", "?<!"].includes(head[1] ?? "") ? ZERO_WIDTH() : inner;
  }
}

/**
 * The code units a match of `pattern` can start with, as a table by code unit (1: may start one), or null where a
 * match may start anywhere: the source cannot be read or bounded, the pattern can match the empty string, or it has
 * the `u` or `v` flag (whose searches step over surrogate pairs).
 * Example: matchStartUnits(/(?:加|联系)微信/) marks "加" and "联" only.
 */
export function matchStartUnits(pattern: RegExp): Uint8Array | null {
  if (pattern.unicode || pattern.flags.includes("v")) return null;
  let start: Start;
  try {
    start = new StartReader(pattern.source, pattern.ignoreCase).read();
  } catch {
    return null;
  }
  if (start.units === null || start.empty) return null;
  const table = new Uint8Array(65536);
  for (const unit of start.units) table[unit] = 1;
  return table;
}

/**
 * A pattern searched only where its matches can start (matchStartUnits): `exec(text, from)` finds what the pattern,
 * global, finds from lastIndex `from`. A pattern whose starts cannot be bounded is searched as it is.
 */
export class StartIndexedPattern {
  private readonly starts: Uint8Array | null;
  /** A sticky copy, tried at each possible start; or a global one where any position is possible. */
  private readonly matcher: RegExp;

  constructor(readonly pattern: RegExp) {
    this.starts = matchStartUnits(pattern);
    const flags = pattern.flags.replace(/[gy]/g, "");
    this.matcher = new RegExp(pattern.source, this.starts ? `${flags}y` : `${flags}g`);
  }

  exec(text: string, from = 0): RegExpExecArray | null {
    const { matcher, starts } = this;
    if (!starts) {
      matcher.lastIndex = from;
      return matcher.exec(text);
    }
    const length = text.length;
    // A folded text's units from the fold's buffer (src/domain/concepts.ts), read below its length.
    const units = codeUnitsOf(text);
    for (let i = from; i < length; i++) {
      if (starts[units[i]!] === 0) continue;
      matcher.lastIndex = i;
      const match = matcher.exec(text);
      if (match) return match;
    }
    return null;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}
