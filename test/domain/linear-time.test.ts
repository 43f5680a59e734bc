/**
 * Every function that reads user text runs in time linear in its input: each one, on every
 * adversarial 4,000-character text (scripts/lib/adversarial.ts: runs of every Unicode space, dots,
 * dashes, slashes, digits, schemes, `hxxp[.]`, `www.`, CJK cues, mixtures) and on generated
 * repetitions, takes under 5 ms. Issue 19 asks for this time bound; one pattern that backtracked
 * over a run of spaces took 30 s on 2,000 of them. A run is timed again (best of up to 20) before it
 * counts as slow, so a garbage-collection pause on a busy machine does not fail the test.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adversarialInputs, repeatTo, SPACES, UNITS } from "../../scripts/lib/adversarial";
import { fingerprintText } from "../../src/domain/fingerprint";
import { canonicalInstitutionName, findInstitutions } from "../../src/domain/institutions";
import { extractLinks, normaliseDomainInput } from "../../src/domain/links";
import { normaliseSender } from "../../src/domain/phone";
import { redactText } from "../../src/domain/redact";
import { foldForMatching } from "../../src/domain/concepts";
import { scamLanguageProbability } from "../../src/domain/scam-language";
import { analyseContent, findCallbackNumbers } from "../../src/domain/signals";
import { normaliseForFingerprint } from "../../src/domain/textnorm";

const LIMIT_MS = 5;
const LENGTH = 4000;

const FUNCTIONS: [string, (text: string) => unknown][] = [
  ["extractLinks", extractLinks],
  ["normaliseDomainInput", normaliseDomainInput],
  ["normaliseSender", normaliseSender],
  ["analyseContent", (text) => analyseContent(text, "+8613800138000", [])],
  ["findCallbackNumbers", (text) => findCallbackNumbers(text, "+8613800138000")],
  ["findInstitutions", findInstitutions],
  ["canonicalInstitutionName", canonicalInstitutionName],
  ["redactText", (text) => redactText(text, { sender: "13800138000" })],
  ["normaliseForFingerprint", normaliseForFingerprint],
  ["fingerprintText", fingerprintText],
  ["scamLanguageProbability", (text) => scamLanguageProbability(foldForMatching(text))],
];

/** Milliseconds of one call, re-timed up to 20 times while it looks slow. */
function bestTime(fn: (text: string) => unknown, text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 20 && best >= LIMIT_MS; attempt++) {
    const started = performance.now();
    fn(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const table = adversarialInputs(LENGTH);
/** Generated texts: a few units from the table, each repeated a generated number of times, filled to LENGTH. */
const generatedText = fc
  .array(fc.tuple(fc.constantFrom(...UNITS, ...SPACES), fc.integer({ min: 1, max: 2000 })), { minLength: 1, maxLength: 6 })
  .map((parts) => repeatTo(parts.map(([unit, times]) => unit.repeat(times)).join(""), LENGTH));

describe.each(FUNCTIONS)("%s", (_name, fn) => {
  it(`takes < ${LIMIT_MS} ms on each of the ${table.length} adversarial ${LENGTH}-character texts`, { timeout: 120_000 }, () => {
    for (const { text } of table.slice(0, 20)) fn(text); // warm-up: the first calls include compilation
    const slow = table.map(({ name, text }) => ({ name, ms: bestTime(fn, text) })).filter(({ ms }) => ms >= LIMIT_MS);
    expect(slow.map(({ name, ms }) => `${name}: ${ms.toFixed(1)} ms`)).toEqual([]);
  });

  it(`takes < ${LIMIT_MS} ms on generated repetitions`, { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(generatedText, (text) => {
        expect(text.length).toBeLessThanOrEqual(LENGTH);
        expect(bestTime(fn, text)).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 150, seed: 20261206 },
    );
  });
});
