/**
 * Regular expressions skipped on a text that lacks what they need (src/domain/required-literals.ts):
 * the literals are looked for in the concept scan's one pass (src/domain/concepts.ts, Lexicon's
 * `literals`), so a pattern that cannot match costs a few table reads instead of a pass over the text.
 * The answer is the pattern's own in every case: a gate only ever skips a pattern that would have
 * found nothing.
 *
 * Clauses holding a literal of one code unit are left out: such a literal ("元", "/", "$") is in
 * nearly every long text, and looking for it would record a hit at most of its characters.
 */
import type { ConceptScan } from "./concepts";
import { requiredLiterals, sufficientLiterals, topLevelAlternatives } from "./required-literals";

/** Every literal a gate reads, by index: the concept scan looks for them (its lexicon takes them when built). */
const literals: string[] = [];
const literalIndex = new Map<string, number>();

/** Clauses of literal indices: the pattern can match only where each clause has a literal present. */
export type Gate = readonly Int32Array[];

const gates = new WeakMap<RegExp, Gate>();
/** Literal indices any one of which makes a pattern match (sufficientLiterals), by pattern. */
const answers = new WeakMap<RegExp, Int32Array>();

function indexOf(literal: string): number {
  let index = literalIndex.get(literal);
  if (index === undefined) {
    index = literals.length;
    literals.push(literal);
    literalIndex.set(literal, index);
  }
  return index;
}

/** What a pattern (or a part of one) needs, its literals registered for the scan; [] (no gate) when it needs nothing readable. */
function gateOfSource(pattern: Pick<RegExp, "source" | "flags">): Gate {
  return (
    (requiredLiterals(pattern) ?? [])
      // A sentence-search joins sentences with "\n" (src/domain/request-sentences.ts): a literal holding one could span two.
      .filter((clause) => clause.every((literal) => literal.length >= 2 && !literal.includes("\n")))
      .map((clause) => Int32Array.from(clause, indexOf))
  );
}

/**
 * What `pattern` needs, its literals registered for the scan; [] (no gate) when it needs nothing readable. For a
 * pattern `test` reads (neither global nor sticky), the literals that make it match are registered too (gatedTest).
 */
export function gateOf(pattern: RegExp): Gate {
  let gate = gates.get(pattern);
  if (!gate) {
    gate = gateOfSource(pattern);
    gates.set(pattern, gate);
    answers.set(pattern, Int32Array.from(pattern.global || pattern.sticky ? [] : sufficientLiterals(pattern), indexOf));
  }
  return gate;
}

/** The literals registered so far, for the lexicon that looks for them. */
export function gateLiterals(): readonly string[] {
  return literals;
}

/**
 * Whether a text may match: every clause has a literal the scan found. A literal registered after
 * the scan's lexicon was built is not looked for: it counts as present.
 */
export function mayMatch(gate: Gate, scan: ConceptScan): boolean {
  const present = scan.literalPresent;
  for (const clause of gate) {
    let found = false;
    for (let k = 0; k < clause.length; k++) {
      const literal = clause[k]!;
      if (literal >= present.length || present[literal] === 1) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Whether the scan found a literal that makes `pattern` match (registered by gateOf before the scan's lexicon was built). */
function matchedByLiteral(pattern: RegExp, scan: ConceptScan): boolean {
  const present = scan.literalPresent;
  const literals = answers.get(pattern)!;
  for (let k = 0; k < literals.length; k++) if (literals[k]! < present.length && present[literals[k]!] === 1) return true;
  return false;
}

/**
 * `pattern.test(text)` (or `search.test(text)`, a faster search for the same pattern): answered by the scan of `text`
 * when it shows the pattern cannot match, or that it does — a plain Chinese alternative's literal occurs ("起诉" in
 * LEGAL_THREAT) — and searched for only in between.
 */
export function gatedTest(pattern: RegExp, text: string, scan: ConceptScan, search: { test(text: string): boolean } = pattern): boolean {
  const gate = gateOf(pattern);
  return matchedByLiteral(pattern, scan) || (mayMatch(gate, scan) && search.test(text));
}

/**
 * A pattern of many alternatives gated one by one: searched only when the text may match one of them.
 * Each alternative needs its own literals; what the pattern as a whole needs is weaker (one literal of any
 * alternative), so this skips more: PREMIUM_RATE's alternatives mostly need words a text rarely holds. `test`
 * answers as the pattern does: it matches where one of its alternatives does.
 *
 * The alternatives are searched in two groups, each compiled once: those that need a word in another script than
 * Latin (Chinese: "信息费", "拨打"), then those whose literals are all ASCII (English: "call", "txt", "ppm"). A
 * group is searched only when one of its own gates passes, so a Chinese text whose English gates fail ("on", "to"
 * and "09" are in many texts, so they often pass) is not searched for English wording, and the English group
 * (where most of the search's cost is: its alternatives start with \b or a digit, no literal the engine can skip
 * to) is not searched when a Chinese alternative matched. Alternatives are not compiled one by one: searching them
 * so took longer than the whole alternation, and an alternation of a text's own subset would compile a pattern
 * per subset (≈ 2 ms and 140 KB of code each, measured).
 */
export class GatedAlternation {
  private readonly groups: readonly { pattern: RegExp; gates: readonly Gate[] }[];

  constructor(pattern: RegExp) {
    const alternatives = pattern.sticky || pattern.global ? null : topLevelAlternatives(pattern);
    if (!alternatives) {
      this.groups = [{ pattern, gates: [gateOf(pattern)] }];
      return;
    }
    const gated = alternatives.map((source) => ({ source, gate: gateOfSource({ source, flags: pattern.flags }) }));
    const latinOnly = ({ gate }: { gate: Gate }) => gate.length > 0 && gate.every((clause) => Array.from(clause).every((literal) => /^[\x00-\x7f]*$/.test(literals[literal]!)));
    this.groups = [gated.filter((alternative) => !latinOnly(alternative)), gated.filter(latinOnly)]
      .filter((group) => group.length > 0)
      .map((group) => ({ pattern: new RegExp(group.map(({ source }) => source).join("|"), pattern.flags), gates: group.map(({ gate }) => gate) }));
  }

  test(text: string, scan: ConceptScan): boolean {
    for (const { pattern, gates } of this.groups) {
      if (!gates.some((gate) => mayMatch(gate, scan))) continue;
      if (pattern.global) pattern.lastIndex = 0;
      if (pattern.test(text)) return true;
    }
    return false;
  }
}
