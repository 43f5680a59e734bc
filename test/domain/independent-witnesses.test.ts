/**
 * Issue 20, item 2: independent witnesses before any warning, as properties over every audience.
 * A "world" is a few sources (networks, trusted users, untrusted keys — the last with up to two
 * pseudonyms), each of whose pseudonyms may have reported the target and the campaign its text
 * belongs to, with any text, weight and age; the evidence a lookup reads is derived from it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkVerdict, type CheckedTarget } from "../../src/domain/check-verdict";
import { describeReputation, type EvidenceInput } from "../../src/domain/reputation";
import { AUDIENCES, type Audience, CAMPAIGN_MIN_REPORTERS, CAMPAIGN_MIN_REPORTERS_STRONG } from "../../src/domain/score";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6);

interface Pseudonym {
  source: string;
  reportedTarget: boolean;
  inCampaign: boolean;
  strongSignal: boolean;
  corroborated: number;
  ageDays: number;
}

const pseudonymArb = (source: string, strong: fc.Arbitrary<boolean>) =>
  fc.record({
    source: fc.constant(source),
    reportedTarget: fc.boolean(),
    inCampaign: fc.boolean(),
    strongSignal: strong,
    corroborated: fc.nat(5),
    ageDays: fc.integer({ min: 0, max: 60 }),
  });

/** `sources` sources, each with one or two pseudonyms (an untrusted key's two groups). */
const worldArb = (sources: number, strong: fc.Arbitrary<boolean> = fc.boolean()) =>
  fc
    .tuple(...Array.from({ length: sources }, (_, i) => fc.array(pseudonymArb(`src${i}`, strong), { minLength: 1, maxLength: 2 })))
    .map((groups) => groups.flat() as Pseudonym[]);

function evidenceOf(world: Pseudonym[]): EvidenceInput {
  const reporters = world.filter((p) => p.reportedTarget);
  const campaign = world.filter((p) => p.inCampaign);
  return {
    aggregate: reporters.length > 0 ? { reportCount: reporters.length * 3, reporterCount: reporters.length, firstSeen: NOW - 90 * DAY, lastSeen: NOW } : null,
    reporters: reporters.map((p) => ({ lastAt: NOW - p.ageDays * DAY, strongSignal: p.strongSignal ? 1 : 0, corroborated: p.corroborated, floodUntil: 0, source: p.source })),
    facets: [],
    campaign:
      campaign.length > 0
        ? { id: "cmp_x", reporterCount: campaign.length, lastSeen: NOW, sources: Math.min(3, new Set(campaign.map((p) => p.source)).size) }
        : null,
    official: null,
    recentReports: reporters.length,
  };
}

const lookup = (world: Pseudonym[], audience: Audience) =>
  describeReputation({ type: "sender", value: "+8613800138000", kind: "mobile" }, evidenceOf(world), { now: NOW, audience, maxAgeDays: 90, verbose: false });

const checked = (world: Pseudonym[], audience: Audience): CheckedTarget => {
  const view = lookup(world, audience);
  return { verdict: view.verdict, score: view.score, officialOrganization: null };
};

describe("one reporter (one network or one untrusted key), any number of reports, any text", () => {
  it("never makes a target scam, and never more than unknown for any audience", () => {
    fc.assert(
      fc.property(worldArb(1), (world) => {
        for (const audience of AUDIENCES) {
          const view = lookup(world, audience);
          expect(view.verdict).not.toBe("scam");
          expect(view.verdict).toBe("unknown");
        }
      }),
    );
  });

  it("never makes /check of another sender's copy of its text more than the text's own content says", () => {
    fc.assert(
      fc.property(worldArb(1), fc.boolean(), fc.integer({ min: 0, max: 55 }), fc.constantFrom(...AUDIENCES), (world, strongTemplate, contentScore, audience) => {
        const { campaign } = evidenceOf(world);
        const withCampaign = checkVerdict({ audience, now: NOW, contentScore, campaign, strongTemplate, senderOwnReporters: 0, sender: checked([], audience), domains: [], impersonatesInstitution: false });
        const without = checkVerdict({ audience, now: NOW, contentScore, campaign: null, strongTemplate, senderOwnReporters: 0, sender: checked([], audience), domains: [], impersonatesInstitution: false });
        expect(withCampaign.verdict).toBe(without.verdict);
        expect(withCampaign.campaignScore).toBe(0);
      }),
    );
  });
});

describe("two reporters whose texts carry no strong signal", () => {
  it("never make a target scam for any audience", () => {
    fc.assert(
      fc.property(worldArb(2, fc.constant(false)), (world) => {
        for (const audience of AUDIENCES) expect(lookup(world, audience).verdict).not.toBe("scam");
      }),
    );
  });

  it("never make /check scam", () => {
    fc.assert(
      fc.property(worldArb(2, fc.constant(false)), fc.integer({ min: 0, max: 30 }), fc.constantFrom(...AUDIENCES), (world, contentScore, audience) => {
        const outcome = checkVerdict({
          audience,
          now: NOW,
          contentScore,
          campaign: evidenceOf(world).campaign,
          strongTemplate: false,
          senderOwnReporters: world.filter((p) => p.reportedTarget).length,
          sender: checked(world, audience),
          domains: [],
          impersonatesInstitution: false,
        });
        expect(outcome.verdict).not.toBe("scam");
      }),
    );
  });
});

describe("campaigns and senders nobody reported", () => {
  it("flag another sender's copy only with 3 independent reporters, or 2 when the texts carry strong signals", () => {
    const sourcesArb = fc.integer({ min: 1, max: 6 }).chain((n) => worldArb(n).map((world) => world.map((p) => ({ ...p, inCampaign: true }))));
    fc.assert(
      fc.property(sourcesArb, fc.boolean(), fc.constantFrom(...AUDIENCES), (world, strongTemplate, audience) => {
        const { campaign } = evidenceOf(world);
        const outcome = checkVerdict({ audience, now: NOW, contentScore: 0, campaign, strongTemplate, senderOwnReporters: 0, sender: checked([], audience), domains: [], impersonatesInstitution: false });
        const sources = new Set(world.map((p) => p.source)).size;
        if (sources < (strongTemplate ? CAMPAIGN_MIN_REPORTERS_STRONG : CAMPAIGN_MIN_REPORTERS)) {
          expect(outcome.campaignScore).toBe(0);
          expect(outcome.verdict).toBe("unknown");
        }
      }),
    );
  });

  it("do flag it once 3 different networks reported the template", () => {
    const world: Pseudonym[] = ["a", "b", "c"].map((source) => ({ source, reportedTarget: false, inCampaign: true, strongSignal: false, corroborated: 0, ageDays: 0 }));
    const outcome = checkVerdict({ audience: "app", now: NOW, contentScore: 0, campaign: evidenceOf(world).campaign, strongTemplate: false, senderOwnReporters: 0, sender: checked([], "app"), domains: [], impersonatesInstitution: false });
    expect(outcome.verdict).toBe("suspicious");
  });

  it("never count a reporter the target's own term already counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => worldArb(n)), fc.constantFrom(...AUDIENCES), (world, audience) => {
        // Every campaign reporter also reported the target: the campaign adds nobody new.
        const own = world.map((p) => ({ ...p, inCampaign: p.reportedTarget }));
        const withoutCampaign = describeReputation(
          { type: "sender", value: "+8613800138000" },
          { ...evidenceOf(own), campaign: null },
          { now: NOW, audience, maxAgeDays: 90, verbose: false },
        );
        expect(lookup(own, audience).score).toBe(withoutCampaign.score);
      }),
    );
  });
});

describe("official senders and official domains", () => {
  const targetArb = fc.record({
    verdict: fc.constantFrom("unknown", "suspicious", "scam", "trusted" as const),
    score: fc.integer({ min: 0, max: 100 }),
  });

  it("a text from an official number whose links are all official domains of the same institution is never suspicious or scam", () => {
    fc.assert(
      fc.property(
        targetArb,
        fc.array(targetArb, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 55 }),
        fc.option(fc.record({ reporterCount: fc.integer({ min: 1, max: 500 }), sources: fc.integer({ min: 1, max: 3 }) })),
        fc.boolean(),
        fc.constantFrom(...AUDIENCES),
        (sender, domains, contentScore, campaign, strongTemplate, audience) => {
          const outcome = checkVerdict({
            audience,
            now: NOW,
            contentScore,
            campaign: campaign && { ...campaign, lastSeen: NOW },
            strongTemplate,
            senderOwnReporters: 0,
            sender: { ...sender, officialOrganization: "中国工商银行" },
            domains: domains.map((d) => ({ ...d, officialOrganization: "中国工商银行" })),
            impersonatesInstitution: false,
          });
          expect(["suspicious", "scam"]).not.toContain(outcome.verdict);
        },
      ),
    );
  });

  it("an official domain is trusted however many people reported texts mentioning it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => worldArb(n, fc.constant(true))), fc.constantFrom(...AUDIENCES), (world, audience) => {
        const view = describeReputation(
          { type: "domain", value: "icbc.com.cn" },
          { ...evidenceOf(world), official: { organization: "中国工商银行" } },
          { now: NOW, audience, maxAgeDays: 90, verbose: false },
        );
        expect(view.verdict).toBe("trusted");
        expect(view.score).toBe(0);
      }),
    );
  });
});
