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

/** Subsets of alternatives kept compiled, per pattern; the set starts again when full. */
const MAX_SUBSETS = 512;

/**
 * A pattern of many alternatives gated one by one: a text is searched with the alternation of the
 * alternatives it may match (in their order), or not at all. `test` answers as the whole pattern
 * does: a search for any alternative anywhere. Worth it for a long alternation read on every text
 * (PREMIUM_RATE: most of its alternatives need words a text rarely holds).
 *
 * The alternatives are compiled when the pattern is gated, so the ReDoS check reads each of them
 * (test/architecture/redos.test.ts); an alternation of linear alternatives is linear, whichever
 * subset. `compile` is the caller's, where that check records what a module builds.
 */
export class GatedAlternation {
  private readonly alternatives: readonly RegExp[];
  private readonly gates: readonly Gate[];
  private readonly subsets = new Map<number, RegExp>();

  constructor(
    private readonly pattern: RegExp,
    private readonly compile: (source: string, flags: string) => RegExp,
  ) {
    const sources = pattern.global || pattern.sticky ? null : topLevelAlternatives(pattern);
    // One bit per alternative in a subset's key.
    const parts = sources && sources.length <= 30 ? sources : [pattern.source];
    this.alternatives = parts.map((source) => compile(source, pattern.flags));
    this.gates = this.alternatives.map(gateOf);
  }

  test(text: string, scan: ConceptScan): boolean {
    const { alternatives, gates } = this;
    let mask = 0;
    let last = -1;
    for (let k = 0; k < gates.length; k++) {
      if (mayMatch(gates[k]!, scan)) {
        mask |= 1 << k;
        last = k;
      }
    }
    if (mask === 0) return false;
    if ((mask & (mask - 1)) === 0) return alternatives[last]!.test(text);
    if (mask === (1 << gates.length) - 1) return this.pattern.test(text);
    let subset = this.subsets.get(mask);
    if (!subset) {
      if (this.subsets.size >= MAX_SUBSETS) this.subsets.clear();
      subset = this.compile(
        alternatives.filter((_, k) => mask & (1 << k)).map((alternative) => alternative.source).join("|"),
        this.pattern.flags,
      );
      this.subsets.set(mask, subset);
    }
    return subset.test(text);
  }
}
