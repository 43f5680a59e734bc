/** When a verdict changes by time alone (webhooks' ageing): src/domain/verdict-horizon.ts. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EvidenceInput } from "../../src/domain/reputation";
import { HORIZON_MS, nextVerdictChange, verdictAt } from "../../src/domain/verdict-horizon";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 7);
const options = { now: NOW, audience: "app" as const, maxAgeDays: 90 };

type Reporter = EvidenceInput["reporters"][number];
const reporter = (over: Partial<Reporter> & { source: string }): Reporter => ({ lastAt: NOW, strongSignal: 1, corroborated: 0, floodUntil: 0, ...over });
const evidence = (reporters: Reporter[], over: Partial<EvidenceInput> = {}): EvidenceInput => ({
  aggregate: { reportCount: reporters.length, reporterCount: reporters.length, firstSeen: NOW - 90 * DAY, lastSeen: NOW },
  reporters,
  facets: [],
  campaign: null,
  official: null,
  recentReports: reporters.length,
  ...over,
});

/** The returned time is the change itself: the verdict holds until just before it and differs at it. */
function expectChangeAt(found: EvidenceInput, at: number | null) {
  expect(at).not.toBeNull();
  const current = verdictAt(found, options, NOW);
  expect(verdictAt(found, options, at! - 1_000)).toBe(current);
  expect(verdictAt(found, options, at!)).not.toBe(current);
}

describe("nextVerdictChange", () => {
  it("two fresh reporters: suspicious until their evidence decays, weeks later", () => {
    const found = evidence([reporter({ source: "net-a" }), reporter({ source: "net-b", corroborated: 1 })]);
    expect(verdictAt(found, options, NOW)).toBe("suspicious");
    const at = nextVerdictChange(found, options);
    expectChangeAt(found, at);
    expect(verdictAt(found, options, at!)).toBe("unknown");
    expect(at! - NOW).toBeGreaterThan(7 * DAY);
    expect(at! - NOW).toBeLessThan(60 * DAY);
  });

  it("scam steps down to suspicious first", () => {
    const found = evidence(Array.from({ length: 8 }, (_, i) => reporter({ source: `net-${i}`, corroborated: 2 })));
    expect(verdictAt(found, options, NOW)).toBe("scam");
    const at = nextVerdictChange(found, options);
    expectChangeAt(found, at);
    expect(verdictAt(found, options, at!)).toBe("suspicious");
  });

  it("a reporter leaving the 90-day window is a step: the change is that moment", () => {
    const leaving = NOW - 90 * DAY + 3_600_000;
    const found = evidence([reporter({ source: "net-a", corroborated: 2 }), reporter({ source: "net-b", corroborated: 2, lastAt: leaving })]);
    expect(verdictAt(found, options, NOW)).toBe("suspicious");
    const at = nextVerdictChange(found, options);
    expectChangeAt(found, at);
    expect(Math.abs(at! - (leaving + 90 * DAY))).toBeLessThanOrEqual(1_000);
  });

  it("unknown, official or cleared verdicts never change by time alone", () => {
    expect(nextVerdictChange(evidence([reporter({ source: "net-a" })]), options)).toBeNull();
    expect(nextVerdictChange(evidence([]), options)).toBeNull();
    const strong = [reporter({ source: "net-a" }), reporter({ source: "net-b" })];
    expect(nextVerdictChange(evidence(strong, { official: { organization: "某银行" } }), options)).toBeNull();
    expect(nextVerdictChange(evidence(strong, { decision: { decision: "cleared", reason: "appeal", decidedAt: NOW } }), options)).toBeNull();
  });

  it("a flooding reporter's weight returning raises the verdict at that moment", () => {
    const floodUntil = NOW + 2 * DAY;
    const found = evidence([reporter({ source: "net-a", corroborated: 2, floodUntil }), reporter({ source: "net-b", corroborated: 2, floodUntil })]);
    expect(verdictAt(found, options, NOW)).toBe("unknown");
    expect(verdictAt(found, options, floodUntil)).toBe("suspicious");
    expect(nextVerdictChange(found, options)).toBe(floodUntil);
  });

  it("a vote leaving the window is looked at again then (its effect depends on the other votes)", () => {
    const oldestVoteAt = NOW - 80 * DAY;
    const found = evidence(
      Array.from({ length: 3 }, (_, i) => reporter({ source: `net-${i}`, corroborated: 2 })),
      { votes: { legit: 3, distinctVoters: 3 }, oldestVoteAt },
    );
    const at = nextVerdictChange(found, options);
    expect(at).not.toBeNull();
    expect(at!).toBeLessThanOrEqual(oldestVoteAt + 90 * DAY);
    // Votes on a target nobody reported change nothing.
    expect(nextVerdictChange(evidence([], { votes: { legit: 1, distinctVoters: 1 }, oldestVoteAt }), options)).toBeNull();
  });

  it("property: the verdict holds from now until the returned time, and differs at it; null means it never changes", () => {
    const reporterArb = fc.record({
      ageDays: fc.double({ min: 0, max: 89.9, noNaN: true }),
      strongSignal: fc.constantFrom(0, 1),
      corroborated: fc.integer({ min: 0, max: 3 }),
      floodDays: fc.option(fc.double({ min: 0.01, max: 7, noNaN: true }), { nil: undefined }),
      source: fc.constantFrom("n1", "n2", "n3", "n4", "n5", "n6"),
    });
    fc.assert(
      fc.property(fc.array(reporterArb, { minLength: 0, maxLength: 8 }), (drawn) => {
        const found = evidence(
          drawn.map((r, i) =>
            reporter({ source: `${r.source}-${i % 3}`, lastAt: NOW - r.ageDays * DAY, strongSignal: r.strongSignal, corroborated: r.corroborated, floodUntil: r.floodDays ? NOW + r.floodDays * DAY : 0 }),
          ),
        );
        const current = verdictAt(found, options, NOW);
        const at = nextVerdictChange(found, options);
        const until = at ?? NOW + HORIZON_MS;
        for (let k = 0; k <= 60; k++) {
          const t = NOW + ((until - 1_000 - NOW) * k) / 60;
          if (verdictAt(found, options, t) !== current) return false;
        }
        return at === null || verdictAt(found, options, at) !== current;
      }),
      { numRuns: 300 },
    );
  });
});
