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
import { requiredLiterals, topLevelAlternatives } from "./required-literals";

/** Every literal a gate reads, by index: the concept scan looks for them (its lexicon takes them when built). */
const literals: string[] = [];
const literalIndex = new Map<string, number>();

/** Clauses of literal indices: the pattern can match only where each clause has a literal present. */
export type Gate = readonly Int32Array[];

const gates = new WeakMap<RegExp, Gate>();

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

/** What `pattern` needs, its literals registered for the scan; [] (no gate) when it needs nothing readable. */
export function gateOf(pattern: RegExp): Gate {
  let gate = gates.get(pattern);
  if (!gate) {
    gate = gateOfSource(pattern);
    gates.set(pattern, gate);
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

/** `pattern.test(text)`, skipped when the scan of `text` shows it cannot match. */
export function gatedTest(pattern: RegExp, text: string, scan: ConceptScan): boolean {
  return mayMatch(gateOf(pattern), scan) && pattern.test(text);
}

/**
 * A pattern of many alternatives gated one by one: searched, whole, only when the text may match one of them.
 * Each alternative needs its own literals; what the pattern as a whole needs is weaker (one literal of any
 * alternative), so this skips more: PREMIUM_RATE's alternatives mostly need words a text rarely holds. `test`
 * answers as the pattern does. No alternative is compiled on its own: searching them one by one took longer
 * than the whole alternation, and an alternation of a text's own subset would compile a pattern per subset
 * (≈ 2 ms and 140 KB of code each, measured).
 */
export class GatedAlternation {
  private readonly gates: readonly Gate[];

  constructor(private readonly pattern: RegExp) {
    const alternatives = pattern.sticky ? null : topLevelAlternatives(pattern);
    this.gates = alternatives ? alternatives.map((source) => gateOfSource({ source, flags: pattern.flags })) : [gateOf(pattern)];
  }

  test(text: string, scan: ConceptScan): boolean {
    if (this.pattern.global) this.pattern.lastIndex = 0;
    for (const gate of this.gates) if (mayMatch(gate, scan)) return this.pattern.test(text);
    return false;
  }
}
