import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUDIENCES, computeScore, contentPoints, decay, HALF_LIFE_DAYS, SINGLE_REPORTER_CAP, THRESHOLDS, typologyCounts, verdictFor, type ReporterEvidence } from "../../src/domain/score";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24);

const reporter = (ageDays: number, strongSignal = true, weight = 1): ReporterEvidence => ({ lastAt: NOW - ageDays * DAY, weight, strongSignal });
const score = (reporters: ReporterEvidence[], campaignReporters = 0, campaignAgeDays: number | null = null) =>
  computeScore({ now: NOW, reporters, campaignReporters, campaignLastSeen: campaignAgeDays === null ? null : NOW - campaignAgeDays * DAY });

const reporterArb = fc.record({ lastAt: fc.integer({ min: NOW - 400 * DAY, max: NOW }), weight: fc.double({ min: 0, max: 1, noNaN: true }), strongSignal: fc.boolean() });

describe("decay", () => {
  it.each([
    [0, 1],
    [HALF_LIFE_DAYS, 0.5],
    [2 * HALF_LIFE_DAYS, 0.25],
  ])("evidence %i days old weighs %f", (days, weight) => {
    expect(decay(days * DAY)).toBeCloseTo(weight, 10);
  });
});

describe("computeScore — documented examples (docs/scoring.md)", () => {
  it.each([
    ["nothing known", [], 0],
    ["one reporter with a strong signal (one witness: capped)", [reporter(0)], SINGLE_REPORTER_CAP],
    ["two reporters today, strong signals", [reporter(0), { ...reporter(0), source: "b" }], 48],
    ["three reporters today", [reporter(0), reporter(0), reporter(0)], 60],
    ["five reporters today", Array.from({ length: 5 }, () => reporter(0)), 74],
    ["ten reporters today", Array.from({ length: 10 }, () => reporter(0)), 86],
  ])("%s → %i", (_name, reporters, expected) => {
    expect(score(reporters).score).toBe(expected);
  });
});

describe("computeScore — properties", () => {
  it("is bounded 0–100", () => {
    fc.assert(
      fc.property(fc.array(reporterArb, { maxLength: 60 }), fc.nat(10_000), fc.option(fc.integer({ min: 0, max: 400 })), (reporters, campaign, age) => {
        const { score: s } = score(reporters, campaign, age ?? null);
        return Number.isInteger(s) && s >= 0 && s <= 100;
      }),
    );
  });

  it("never decreases when an independent reporter is added", () => {
    fc.assert(
      fc.property(fc.array(reporterArb, { maxLength: 40 }), reporterArb, fc.nat(50), (reporters, extra, campaign) => {
        return score([...reporters, extra], campaign, 1).score >= score(reporters, campaign, 1).score;
      }),
    );
  });

  it("never increases as the same evidence ages", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 200 }), (ages, extraDays) => {
        const fresh = score(ages.map((a) => reporter(a)), 5, 1).score;
        const older = score(ages.map((a) => reporter(a + extraDays)), 5, 1 + extraDays).score;
        return older <= fresh;
      }),
    );
  });

  it("keeps one reporter below every audience's suspicious threshold when no campaign reporter is beyond them", () => {
    fc.assert(
      fc.property(reporterArb, (only) => {
        const breakdown = score([only], 0, 0);
        return (
          breakdown.score <= SINGLE_REPORTER_CAP &&
          AUDIENCES.every((audience) => verdictFor(breakdown, { audience, official: false, clearedByAppeal: false }) === "unknown")
        );
      }),
    );
  });

  it("scores 50 reports from 3 reporters lower than 10 reports from 10 reporters", () => {
    // Reports by the same person collapse to one evidence row per reporter (its latest report).
    const threeReporters = [reporter(0), reporter(1), reporter(2)];
    const tenReporters = Array.from({ length: 10 }, (_, i) => reporter(i % 3));
    expect(score(threeReporters).score).toBeLessThan(score(tenReporters).score);
  });
});

describe("verdictFor", () => {
  const five = score(Array.from({ length: 5 }, () => reporter(0)));
  it("treats official senders as trusted whatever the score", () => {
    expect(verdictFor(five, { audience: "app", official: true, clearedByAppeal: false })).toBe("trusted");
  });
  it("clears a target after an upheld appeal", () => {
    expect(verdictFor(five, { audience: "app", official: false, clearedByAppeal: true })).toBe("unknown");
  });
  it("asks carriers for the most evidence", () => {
    expect(THRESHOLDS.carrier.scam).toBeGreaterThan(THRESHOLDS.app.scam);
    expect(verdictFor(five, { audience: "app", official: false, clearedByAppeal: false })).toBe("scam");
    expect(verdictFor(five, { audience: "carrier", official: false, clearedByAppeal: false })).toBe("suspicious");
  });
});

describe("contentPoints — the learned model's dissent", () => {
  const collectionScript = { id: "fake_collection" as const, rules: 1 };
  it("does not count a typology without a request when the model reads the wording as genuine", () => {
    expect(contentPoints(["legal_threat", "urgency"], collectionScript, "low")).toBe(contentPoints(["legal_threat", "urgency"], null));
    expect(typologyCounts(["legal_threat", "urgency"], "low")).toBe(false);
  });
  it("still counts it when the rules see a request, or when the model is not confident of genuine wording", () => {
    expect(contentPoints(["asks_verification_code"], collectionScript, "low")).toBe(20 + 25);
    expect(contentPoints(["legal_threat"], collectionScript, "none")).toBe(10 + 25);
    expect(typologyCounts(["link"], "low")).toBe(true);
  });
});
