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

/** What `pattern` needs, its literals registered for the scan; [] (no gate) when it needs nothing readable. */
export function gateOf(pattern: RegExp): Gate {
  let gate = gates.get(pattern);
  if (gate) return gate;
  gate = (requiredLiterals(pattern) ?? [])
    // A sentence-search joins sentences with "\n" (src/domain/request-sentences.ts): a literal holding one could span two.
    .filter((clause) => clause.every((literal) => literal.length >= 2 && !literal.includes("\n")))
    .map((clause) => Int32Array.from(clause, indexOf));
  gates.set(pattern, gate);
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

/** At most this many alternatives a text may match are searched one by one; more, and the whole pattern is searched. */
const MAX_SEPARATE = 2;

/**
 * A pattern of many alternatives gated one by one: `test` answers as the whole pattern does (a search for any
 * alternative anywhere), skipping it when the text may match none of them and searching only the one or two it
 * may match on a text that lacks what the others need — most SMS, for PREMIUM_RATE, whose alternatives mostly need
 * words a text rarely holds. Otherwise the whole pattern is searched: one pass beats several, and an alternation
 * of a text's own subset would compile a pattern per subset (≈ 2 ms and 140 KB of code each, measured).
 *
 * The alternatives are compiled when the pattern is gated, with the caller's `compile`, so the ReDoS check reads
 * each of them (test/architecture/redos.test.ts records what a module builds as it loads).
 */
export class GatedAlternation {
  private readonly alternatives: readonly RegExp[];
  private readonly gates: readonly Gate[];

  constructor(
    private readonly pattern: RegExp,
    compile: (source: string, flags: string) => RegExp,
  ) {
    const sources = pattern.global || pattern.sticky ? null : topLevelAlternatives(pattern);
    this.alternatives = (sources ?? [pattern.source]).map((source) => compile(source, pattern.flags));
    this.gates = this.alternatives.map(gateOf);
  }

  test(text: string, scan: ConceptScan): boolean {
    const { alternatives, gates } = this;
    let first = -1;
    let second = -1;
    let count = 0;
    for (let k = 0; k < gates.length; k++) {
      if (!mayMatch(gates[k]!, scan)) continue;
      if (++count > MAX_SEPARATE) return this.pattern.test(text);
      if (first < 0) first = k;
      else second = k;
    }
    return (first >= 0 && alternatives[first]!.test(text)) || (second >= 0 && alternatives[second]!.test(text));
  }
}
