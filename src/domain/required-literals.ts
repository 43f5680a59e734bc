/**
 * What text a regular expression needs before it can match: read from the pattern's own source, a
 * list of clauses, each a set of literal strings one of which occurs in every match (in the matched
 * text's lower case). A pattern can then be skipped, with the same answer, on a text where some
 * clause has no literal at all — a condition that keeps holding when the patterns change, since it
 * is derived, not written down.
 *
 * Necessary by construction: every part of the syntax it cannot read (a class, an escape other than
 * a plain character, a backreference) stands for "any text", which needs nothing; zero-width parts
 * (anchors, \b, lookarounds) need nothing and consume nothing, so the literals on either side stay
 * adjacent. A pattern it cannot parse at all, or with both the `u` and `i` flags (where "ſ" matches
 * "s" but lower-cases to itself), needs nothing: null.
 */

/** What a piece of a pattern needs: the exact strings it can match when few, and clauses of literals. */
interface Needs {
  /** Every string the piece can match (lower case), when there are at most MAX_EXACT; else null. */
  exact: Set<string> | null;
  /** Clauses: each a set of non-empty literals one of which every match of the piece contains. */
  clauses: Set<string>[];
}

const MAX_EXACT = 24;
const ANY: Needs = { exact: null, clauses: [] };
const EMPTY = (): Needs => ({ exact: new Set([""]), clauses: [] });

/** Characters whose lower case is one character that no other character lower-cases to in a regex's eyes: ASCII, CJK, punctuation without case. */
function caseSafe(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return true;
  return char.toLowerCase() === char && char.toUpperCase() === char && !(code >= 0xd800 && code <= 0xdfff);
}

/** Clauses of a piece as a whole: its exact strings become one clause (unless one is empty: a clause needing nothing). */
function clausesOf(needs: Needs): Set<string>[] {
  if (needs.exact === null || needs.exact.has("")) return needs.clauses;
  return [...needs.clauses, needs.exact];
}

function concatenate(left: Needs, right: Needs): Needs {
  if (left.exact && right.exact && left.exact.size * right.exact.size <= MAX_EXACT) {
    const exact = new Set<string>();
    for (const a of left.exact) for (const b of right.exact) exact.add(a + b);
    return { exact, clauses: [...left.clauses, ...right.clauses] };
  }
  return { exact: null, clauses: [...clausesOf(left), ...clausesOf(right)] };
}

/** The clause of one alternative that needs the most: the one whose shortest literal is longest. */
function strongestClause(clauses: readonly Set<string>[]): Set<string> | null {
  let best: Set<string> | null = null;
  let bestScore = -1;
  for (const clause of clauses) {
    let shortest = Infinity;
    for (const literal of clause) shortest = Math.min(shortest, literal.length);
    const score = shortest * 100 - clause.size;
    if (score > bestScore) {
      best = clause;
      bestScore = score;
    }
  }
  return best;
}

function alternate(options: readonly Needs[]): Needs {
  if (options.every((option) => option.exact) && options.reduce((sum, option) => sum + option.exact!.size, 0) <= MAX_EXACT) {
    // Clauses every option shares stay; the exact strings carry the rest.
    return { exact: new Set(options.flatMap((option) => [...option.exact!])), clauses: [] };
  }
  // One match takes one option: a clause holds when it joins one clause of each option.
  const joined = new Set<string>();
  for (const option of options) {
    const clause = strongestClause(clausesOf(option));
    if (!clause) return ANY;
    for (const literal of clause) joined.add(literal);
  }
  return { exact: null, clauses: [joined] };
}

class Parser {
  private at = 0;
  private depth = 0;
  /** Where the top-level "|" stand. */
  readonly topLevelBars: number[] = [];
  constructor(private readonly source: string) {}

  parse(): Needs {
    const needs = this.alternation();
    if (this.at !== this.source.length) throw new SyntaxError(`unexpected ${this.source[this.at]} at ${this.at}`);
    return needs;
  }

  private alternation(): Needs {
    const options = [this.sequence()];
    while (this.source[this.at] === "|") {
      if (this.depth === 0) this.topLevelBars.push(this.at);
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : alternate(options);
  }

  /** A sequence's exact strings run on across its pieces while each piece's are known; a piece that is not ends the run as a clause. */
  private sequence(): Needs {
    let run: Needs = EMPTY();
    const clauses: Set<string>[] = [];
    let exact = true;
    while (this.at < this.source.length && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const piece = this.quantified();
      const joined = concatenate(run, piece);
      if (joined.exact) run = joined;
      else {
        exact = false;
        clauses.push(...clausesOf(run), ...clausesOf(piece));
        run = EMPTY();
      }
    }
    return exact ? run : { exact: null, clauses: [...clauses, ...clausesOf(run)] };
  }

  private quantified(): Needs {
    const atom = this.atom();
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    const symbol = quantifier[0][0];
    const min = symbol === "?" || symbol === "*" ? 0 : symbol === "+" ? 1 : Number(quantifier[1]);
    const max = symbol === "{" ? (quantifier[2] === undefined ? min : quantifier[2] === "" ? Infinity : Number(quantifier[2])) : symbol === "?" ? 1 : Infinity;
    if (min === 0) {
      // Optional: the empty string or the atom's strings (once at most, for exactness).
      if (max === 1 && atom.exact && atom.exact.size < MAX_EXACT) return { exact: new Set(["", ...atom.exact]), clauses: [] };
      return EMPTY_OR_ANY;
    }
    if (min === 1 && max === 1) return atom;
    // Repeated: what one repetition needs, but no exact string (the repetitions join).
    return { exact: null, clauses: clausesOf(atom) };
  }

  private atom(): Needs {
    const { source } = this;
    const c = source[this.at]!;
    if (c === "(") return this.group();
    if (c === "[") {
      this.skipClass();
      return ANY;
    }
    if (c === "\\") return this.escape();
    this.at++;
    if (c === "^" || c === "$") return EMPTY();
    if (c === "." || c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") {
      if (c === ".") return ANY;
      throw new SyntaxError(`unexpected ${c}`);
    }
    return this.literal(c);
  }

  private literal(char: string): Needs {
    if (!caseSafe(char)) return ANY;
    return { exact: new Set([char.toLowerCase()]), clauses: [] };
  }

  private escape(): Needs {
    const { source } = this;
    const next = source[this.at + 1];
    if (next === undefined) throw new SyntaxError("pattern ends in a backslash");
    this.at += 2;
    if (next === "b" || next === "B") return EMPTY();
    if (next === "n") return this.literal("\n");
    if (next === "t") return this.literal("\t");
    const hex = next === "x" ? 2 : next === "u" && source[this.at] !== "{" ? 4 : 0;
    if (hex > 0) {
      const digits = source.slice(this.at, this.at + hex);
      if (digits.length !== hex || !/^[0-9A-Fa-f]+$/.test(digits)) throw new SyntaxError(`unreadable escape \\${next}`);
      this.at += hex;
      return this.literal(String.fromCharCode(Number.parseInt(digits, 16)));
    }
    // A class (\d, \s, \w, \p{…}), a control character, a code point, a backreference: any text, its whole escape skipped.
    if (next === "p" || next === "P" || next === "u" || next === "k") {
      const open = next === "k" ? "<" : "{";
      const close = source.indexOf(next === "k" ? ">" : "}", this.at);
      if (source[this.at] !== open || close < 0) throw new SyntaxError(`unreadable escape \\${next}`);
      this.at = close + 1;
    } else if (next === "c") this.at++;
    else if (/[0-9]/.test(next)) while (/[0-9]/.test(source[this.at] ?? "")) this.at++;
    else if (!/[dDsSwWfvr]/.test(next)) {
      if (/[A-Za-z]/.test(next)) throw new SyntaxError(`unknown escape \\${next}`);
      return this.literal(next);
    }
    return ANY;
  }

  private skipClass(): void {
    const { source } = this;
    for (let i = this.at + 1; i < source.length; i++) {
      if (source[i] === "\\") i++;
      else if (source[i] === "]") {
        this.at = i + 1;
        return;
      }
    }
    throw new SyntaxError("unclosed class");
  }

  private group(): Needs {
    const { source } = this;
    const head = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(this.at))!;
    if (source[this.at + 1] === "?" && !head[1]) throw new SyntaxError(`unknown group at ${this.at}`);
    this.at += head[0].length;
    this.depth++;
    const inner = this.alternation();
    this.depth--;
    if (source[this.at] !== ")") throw new SyntaxError("unclosed group");
    this.at++;
    const kind = head[1];
    // Lookarounds consume nothing: what they look at need not be inside the match.
    if (kind === "?=" || kind === "?!" || kind === "?<=" || kind === "?<!") return EMPTY();
    return inner;
  }
}

/** An optional part: it may match nothing, so it needs nothing, and no literal runs across it. */
const EMPTY_OR_ANY: Needs = ANY;

/**
 * Clauses of literals (lower case) one of each of which occurs in every match of `pattern`, in the lower case of the
 * text it matched; [] when it needs nothing this can read, null when the source cannot be read at all.
 * Example: requiredLiterals(/(?:逾期|欠款)[^。]{0,9}起诉/) → [["逾期", "欠款"], ["起诉"]]
 */
export function requiredLiterals(pattern: Pick<RegExp, "source" | "flags">): string[][] | null {
  const { flags } = pattern;
  if ((flags.includes("u") && flags.includes("i")) || flags.includes("v")) return null;
  try {
    const needs = new Parser(pattern.source).parse();
    return clausesOf(needs)
      .filter((clause) => clause.size > 0 && !clause.has(""))
      .map((clause) => {
        // "reply" is enough where "replying" would be too: a literal holding another of its clause adds nothing.
        const literals = [...clause];
        return literals.filter((literal) => !literals.some((other) => other !== literal && literal.includes(other)));
      });
  } catch {
    return null;
  }
}

/** Zero-width syntax (a word boundary, an anchor, a lookaround): an alternative holding any is not just the strings it spells. */
const ZERO_WIDTH = /\\[bB]|\^|\$|\(\?<?[=!]/;
/** Chinese characters only: no case, so the scan's case-blind reading and the pattern's own agree whatever its flags. */
const HAN_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,}$/;

/**
 * Literals any one of which makes `pattern` match (in the text the pattern reads): every string spelled by a
 * top-level alternative that is nothing but Chinese literals ("起诉", "上门(?:催收|催款)"). An alternative with a
 * class, a wildcard, a repetition or any zero-width part spells no such list and adds none; nor does one literal
 * character (in nearly every long text: a scan would record a hit at most of its characters).
 * Example: sufficientLiterals(/起诉|(?<!不看)征信|法院/) → ["起诉", "法院"]
 */
export function sufficientLiterals(pattern: RegExp): string[] {
  const alternatives = topLevelAlternatives(pattern);
  if (!alternatives || requiredLiterals(pattern) === null) return [];
  return alternatives.flatMap((source) => {
    if (ZERO_WIDTH.test(source)) return [];
    try {
      const { exact } = new Parser(source).parse();
      return exact && [...exact].every((literal) => HAN_ONLY.test(literal)) ? [...exact] : [];
    } catch {
      return [];
    }
  });
}

/**
 * The top-level alternatives of a pattern's source ("a|(?:b|c)|d" → "a", "(?:b|c)", "d"), or null when
 * the source cannot be read, or holds a backreference (numbered groups would move in a part).
 */
export function topLevelAlternatives(pattern: RegExp): string[] | null {
  const { source } = pattern;
  if (/\\(?:[1-9]|k<)/.test(source)) return null;
  const parser = new Parser(source);
  try {
    parser.parse();
  } catch {
    return null;
  }
  const bounds = [-1, ...parser.topLevelBars, source.length];
  return bounds.slice(1).map((end, i) => source.slice(bounds[i]! + 1, end));
}
