/**
 * Known ranges (src/known-ranges.ts) answer "nothing is stored about this target" without D1.
 * The one thing they must never do is call a stored target absent; these tests check that on
 * random key sets with neighbourhoods read exactly as the evidence statement reads them.
 */
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { NEIGHBOURS } from "../../src/db/queries/reputation";
import { generation } from "../../src/cache/freshness";
import { applyExceptions, coverNeighbourhood, forgetRanges, knownAbsent, noteExisting } from "../../src/cache/known-ranges";

const exceptionsRow = (registry: string[] = [], decided: string[] = []) =>
  ({ results: [{ n: registry.length + decided.length, registry: JSON.stringify(registry), decided: JSON.stringify(decided) }] }) as unknown as D1Result;

/** What the evidence statement returns around `key` for a stored, sorted key set. */
function neighbourhood(stored: string[], key: string): { lower: string[]; upper: string[] } {
  const lower = stored.filter((k) => k < key).reverse().slice(0, NEIGHBOURS);
  const upper = stored.filter((k) => k >= key).slice(0, NEIGHBOURS);
  return { lower, upper };
}

const read = (stored: string[], key: string) => {
  const { lower, upper } = neighbourhood(stored, key);
  coverNeighbourhood("sender", lower, upper, generation());
};

const numbers = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `+86139${String(from + i * 10).padStart(8, "0")}`);

describe("known ranges", () => {
  beforeEach(() => {
    forgetRanges();
    applyExceptions(exceptionsRow(), generation());
  });

  it("knows nothing before the registry and decisions are loaded", () => {
    forgetRanges();
    read(numbers(10), "+8613900000005");
    expect(knownAbsent("sender", "+8613900000005")).toBeUndefined();
  });

  it("calls a key absent only inside a span it read, and a stored key never", () => {
    const stored = numbers(200); // +86139000000000, …10, …20, …
    read(stored, "+8613900001005");
    expect(knownAbsent("sender", "+8613900001005")).toBe(true);
    expect(knownAbsent("sender", "+8613900001000")).toBe(false);
    // Outside the 2 × NEIGHBOURS keys read around it: not known either way.
    expect(knownAbsent("sender", "+8613900000005")).toBeUndefined();
    expect(knownAbsent("sender", "+8613900019995")).toBeUndefined();
  });

  it("treats the ends of the key space as covered when fewer neighbours exist", () => {
    read(numbers(5), "+8613900000015");
    expect(knownAbsent("sender", "+1")).toBe(true);
    expect(knownAbsent("sender", "+99")).toBe(true);
    expect(knownAbsent("sender", "+8613900000020")).toBe(false);
  });

  it("learns a key stored after the read, and never calls a registered or decided target absent", () => {
    read(numbers(5), "+8613900000015");
    noteExisting("sender", "+8613900000015");
    expect(knownAbsent("sender", "+8613900000015")).toBe(false);
    applyExceptions(exceptionsRow(["95588"], ["sender:+8613900000025"]), generation());
    expect(knownAbsent("sender", "95588", "95588")).toBe(false);
    expect(knownAbsent("sender", "+8613900000025")).toBe(false);
    expect(knownAbsent("domain", "+8613900000025")).toBeUndefined();
  });

  it("never calls a stored key absent, whatever was read in whatever order (property)", () => {
    const key = fc.integer({ min: 0, max: 5000 }).map((n) => `+86138${String(n).padStart(8, "0")}`);
    fc.assert(
      fc.property(fc.uniqueArray(key, { minLength: 40, maxLength: 400, size: "max" }), fc.array(key, { minLength: 2, maxLength: 30, size: "max" }), fc.array(key, { maxLength: 20 }), (storedKeys, reads, probes) => {
        forgetRanges();
        applyExceptions(exceptionsRow(), generation());
        const stored = [...storedKeys].sort();
        for (const at of reads) read(stored, at);
        for (const probe of [...probes, ...reads, ...stored]) {
          const answer = knownAbsent("sender", probe);
          if (answer !== undefined) expect(answer).toBe(!stored.includes(probe));
        }
        // Every key read is answered (it lies inside its own span).
        for (const at of reads) expect(knownAbsent("sender", at)).toBe(!stored.includes(at));
      }),
      { numRuns: 300 },
    );
  });

  it("drops a read that overlapped a sync (it may miss a key that sync added)", () => {
    const stale = generation() - 1;
    coverNeighbourhood("sender", [], [], stale);
    expect(knownAbsent("sender", "+8613900000015")).toBeUndefined();
  });
});
