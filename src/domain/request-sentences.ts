/**
 * Where a request pattern (src/domain/signals.ts) needs looking for. A pattern of the shape
 * "verb, a gap of characters other than some sentence ends, item" (or item, gap, verb) only matches
 * inside one sentence that names one of its items. On a long text those sentences are a fraction of
 * it, and finding them takes one pass of the items alone (shared by every pattern with the same
 * items and sentence ends) where each pattern took a pass of its own.
 *
 * Exact by construction: the items are read from the pattern's own source, a sentence's context is
 * a sentence end in the text and "\n" in the sentences searched (both end a clause too, so a
 * request's negation check reads the same characters), and a pattern of any other shape, or whose
 * verbs or items could match a sentence end or look past one, is searched in the whole text.
 */
import { codeUnitTable } from "./code-units";
import { codeUnitsOf } from "./concepts";


/** The sentences that name an item, from one pattern's source. */
interface SentencePlan {
  /** Matches inside every match of the items (widenedAlternatives), global. */
  finder: RegExp;
  /** The characters that end a sentence: those the pattern's gap excludes (1 by code unit). */
  ends: Uint8Array;
  /** The last text searched and its sentences naming an item, shared by the plans with the same finder and ends. */
  last: { text: string; sentences: string };
}

/** Where the group opening at `open` ends (the index after its ")"), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** The top-level alternatives of a regular expression's source. */
function alternatives(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[" || c === "(") {
      const end = c === "(" ? groupEnd(source, i) : source.indexOf("]", i + 1) + 1;
      if (end <= 0) return [source];
      i = end - 1;
    } else if (c === "|") {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Where the last top-level group of `source` opens, or -1. */
function lastGroupStart(source: string): number {
  let last = -1;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "[") i = source.indexOf("]", i + 1);
    else if (source[i] === "(") {
      last = i;
      const end = groupEnd(source, i);
      if (end < 0) return -1;
      i = end - 1;
    }
    if (i < 0) return -1;
  }
  return last;
}

const LOOKAROUND = /^\(\?<?[=!]/;
const WORD_BOUNDARY = "\\b";

/**
 * A pattern matching inside every match of `source`, cheaper to look for: each alternative without
 * word boundaries and lookarounds at either end and without optional groups or characters at its
 * ends ("(?:账户|支付)?(?<!动态)密码" → "密码", "CVV2?" → "CVV"). `source` itself when an
 * alternative would be left empty.
 */
export function widenedAlternatives(source: string): string {
  const widened = alternatives(source).map((alternative) => {
    let rest = alternative;
    for (;;) {
      const end = rest.startsWith("(") ? groupEnd(rest, 0) : -1;
      if (rest.startsWith(WORD_BOUNDARY)) rest = rest.slice(WORD_BOUNDARY.length);
      else if (end > 0 && LOOKAROUND.test(rest)) rest = rest.slice(end);
      else if (end > 0 && rest.startsWith("(?:") && rest[end] === "?") rest = rest.slice(end + 1);
      else break;
    }
    for (;;) {
      const last = lastGroupStart(rest);
      const lastEnd = last >= 0 ? groupEnd(rest, last) : -1;
      if (rest.endsWith(WORD_BOUNDARY) && rest[rest.length - 3] !== "\\") rest = rest.slice(0, -WORD_BOUNDARY.length);
      else if (last >= 0 && lastEnd === rest.length && LOOKAROUND.test(rest.slice(last))) rest = rest.slice(0, last);
      else if (last >= 0 && lastEnd === rest.length - 1 && rest.startsWith("(?:", last) && rest.endsWith("?")) rest = rest.slice(0, last);
      else if (/^[^\\()[\]{}|?*+.^$]\?$/.test(rest.slice(-2)) && rest[rest.length - 3] !== "\\") rest = rest.slice(0, -2);
      else break;
    }
    return rest;
  });
  return widened.some((alternative) => alternative === "") ? source : widened.join("|");
}

/** The characters of a negated class's content ("。！!？?；;\\n"), or null when it holds anything but single characters. */
function classCharacters(content: string): Set<number> | null {
  const characters = new Set<number>();
  for (let i = 0; i < content.length; i++) {
    let c = content[i]!;
    if (c === "\\") {
      c = content[++i] ?? "";
      if (c === "n") c = "\n";
      else if (/[A-Za-z0-9]/.test(c)) return null;
    } else if (c === "-" || c === "[") return null;
    characters.add(c.charCodeAt(0));
  }
  return characters;
}

/** A pattern's parts when it reads "\b?(?<verb>…)\b?[^ends]{0,n}?\b?(?:…)\b?" or items first, else null. */
function verbGapItem(source: string): { verbs: string; items: string; ends: string } | null {
  let at = 0;
  const parts: string[] = [];
  let ends: string | null = null;
  const skipBoundary = () => {
    if (source.startsWith(WORD_BOUNDARY, at)) at += WORD_BOUNDARY.length;
  };
  for (let part = 0; part < 2; part++) {
    skipBoundary();
    if (source[at] !== "(") return null;
    const end = groupEnd(source, at);
    if (end < 0) return null;
    parts.push(source.slice(at, end));
    at = end;
    skipBoundary();
    if (part === 0) {
      const gap = /^\[\^((?:[^\]\\]|\\.)*)\]\{0,\d+\}\??/.exec(source.slice(at));
      if (!gap) return null;
      ends = gap[1]!;
      at += gap[0].length;
    }
  }
  if (at !== source.length || ends === null) return null;
  const [first, second] = parts as [string, string];
  const inner = (group: string, open: string) => (group.startsWith(open) ? group.slice(open.length, -1) : null);
  const verbsFirst = inner(first, "(?<verb>");
  const itemsSecond = inner(second, "(?:");
  if (verbsFirst !== null && itemsSecond !== null) return { verbs: verbsFirst, items: itemsSecond, ends };
  const itemsFirst = inner(first, "(?:");
  const verbsSecond = inner(second, "(?<verb>");
  if (itemsFirst !== null && verbsSecond !== null) return { verbs: verbsSecond, items: itemsFirst, ends };
  return null;
}

/** Literal characters of a source that may stand for themselves (outside escapes and classes are approximated: any occurrence counts). */
function mayHoldAny(source: string, characters: ReadonlySet<number>): boolean {
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // "?" and "!" are regex syntax in "(?:", "(?<!", quantifiers: only escaped ones or a "!" outside a lookaround are literal.
    if (code === 0x3f) {
      if (source[i - 1] === "\\" && characters.has(code)) return true;
      continue;
    }
    if (code === 0x21 && (source[i - 1] === "?" || source[i - 1] === "<")) continue;
    if (characters.has(code)) return true;
    if (source[i] === "\\" && source[i + 1] === "n" && characters.has(0x0a)) return true;
  }
  return false;
}

/**
 * Shorter texts are searched whole: an SMS is a sentence or two, and finding its sentences first
 * costs more than it saves (on the corpus's own messages, 63 characters on average, a few per cent).
 */
const SHORTCUT_MIN_LENGTH = 400;

const plans = new WeakMap<RegExp, SentencePlan>();
/** Plans by finder source, flags and sentence ends: patterns with the same items share one pass. */
const sharedPlans = new Map<string, SentencePlan>();

/**
 * Plans how each of `patterns` is searched: those whose shape allows it in the sentences naming an
 * item, the others whole (textToSearch). `compile` builds a finder: the caller's, so the finders are
 * built — and checked with every other pattern (test/architecture/redos.test.ts) — when it loads.
 * `clauseEnds`: the characters a request's negation check stops at (see the module comment).
 */
export function planSearches(patterns: readonly RegExp[], clauseEnds: ReadonlySet<number>, compile: (source: string, flags: string) => RegExp): void {
  for (const pattern of patterns) {
    const parts = verbGapItem(pattern.source);
    const ends = parts && classCharacters(parts.ends);
    // The sentence ends must end a clause too, and nothing the pattern matches or looks at may hold one.
    const safe =
      parts !== null &&
      ends?.has(0x0a) === true &&
      [...ends].every((end) => clauseEnds.has(end)) &&
      !mayHoldAny(parts.verbs + parts.items, ends) &&
      // No wildcard, class or escape (but \b) that could match a sentence end, none in a lookaround either.
      !/\[|(?<!\\)\.|\\[^b]/.test(parts.verbs + parts.items) &&
      !pattern.sticky;
    if (!safe) continue;
    const flags = pattern.flags.replace(/[dg]/g, "");
    const finderSource = widenedAlternatives(parts.items);
    const key = `${finderSource}\u0000${flags}\u0000${parts.ends}`;
    // The empty text names nothing: the initial `last` answers it correctly.
    const plan = sharedPlans.get(key) ?? { finder: compile(finderSource, `${flags}g`), ends: codeUnitTable(ends!), last: { text: "", sentences: "" } };
    sharedPlans.set(key, plan);
    plans.set(pattern, plan);
  }
}

/**
 * The sentences of `text` in which the plan's finder matches, whole and in order, each followed by
 * "\n"; "" when none. Every sentence where an item can match holds a match of the finder, whose
 * matches stay inside one sentence too.
 */
function sentencesNaming(text: string, plan: SentencePlan): string {
  if (plan.last.text === text) return plan.last.sentences;
  const { finder, ends } = plan;
  let sentences = "";
  finder.lastIndex = 0;
  // A folded text's units from the fold's buffer (src/domain/concepts.ts), read below its length.
  const units = codeUnitsOf(text);
  try {
    for (let match = finder.exec(text); match !== null; match = finder.exec(text)) {
      let start = match.index;
      while (start > 0 && !ends[units[start - 1]!]) start--;
      let end = match.index + match[0].length;
      while (end < text.length && !ends[units[end]!]) end++;
      sentences += `${text.slice(start, end)}\n`;
      // On to the next sentence: this one is in.
      finder.lastIndex = Math.max(end, match.index + 1);
    }
  } finally {
    finder.lastIndex = 0;
  }
  plan.last = { text, sentences };
  return sentences;
}

/**
 * What `pattern` needs searching in `text`: the sentences naming one of its items ("" when none),
 * or `text` itself for a short text or a pattern planSearches left whole.
 */
export function textToSearch(pattern: RegExp, text: string): string {
  if (text.length < SHORTCUT_MIN_LENGTH) return text;
  const plan = plans.get(pattern);
  return plan ? sentencesNaming(text, plan) : text;
}
