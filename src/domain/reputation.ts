/**
 * Turns the stored evidence about one target into the contract's lookup response:
 * score, verdict, counts, facets and plain-words reasons. Pure, so /senders, /domains,
 * /check and the batch lookup all explain themselves the same way.
 */
import { redactText } from "./redact";
import {
  type Audience,
  computeScore,
  confidenceOf,
  HALF_LIFE_DAYS,
  reporterWeight,
  type ScoreBreakdown,
  THRESHOLDS,
  type Verdict,
  verdictFor,
} from "./score";

export interface EvidenceInput {
  aggregate: { reportCount: number; reporterCount: number; firstSeen: number; lastSeen: number; kind?: string; shortener?: boolean } | null;
  reporters: { lastAt: number; strongSignal: number; corroborated: number; floodUntil: number }[];
  facets: { facet: string; value: string; count: number }[];
  campaign: { id: string; reporterCount: number; lastSeen: number } | null;
  official: { organization: string } | null;
  recentReports: number;
  samples?: { id: string; text: string | null; createdAt: number }[];
  /** An admin decision on the target (an upheld appeal clears it). */
  decision?: { decision: string; reason: string } | null;
}

export interface Reason {
  code: string;
  message: string;
}

export interface LookupOptions {
  now: number;
  audience: Audience;
  maxAgeDays: number;
  verbose: boolean;
}

export interface ReputationView {
  target: { type: "sender" | "domain"; value: string; kind?: string };
  score: number;
  verdict: Verdict;
  confidence: number;
  reports: { total: number; distinctReporters: number; last30Days: number };
  firstSeen: string | null;
  lastSeen: string | null;
  categories: Record<string, number>;
  /** Of `categories`, the reports whose category was inferred from the text (the reporter gave none). */
  categoriesInferred: Record<string, number>;
  /** Share of the categorised reports whose category was inferred, 0–1 (0 without reports). */
  categoryInferredShare: number;
  claimedInstitutions: { name: string; count: number }[];
  official: { institution: string } | null;
  campaigns: string[];
  relatedDomains: string[];
  relatedSenders: string[];
  reasons: Reason[];
  inputs?: VerboseInputs;
  samples?: { id: string; text: string | null; createdAt: string }[];
}

/** Everything the score was computed from, so a client can recompute it (docs/scoring.md). */
export interface VerboseInputs {
  now: string;
  halfLifeDays: number;
  maxAgeDays: number;
  audience: Audience;
  thresholds: (typeof THRESHOLDS)[Audience];
  reporters: { lastAt: string; weight: number; strongSignal: boolean }[];
  campaignReporters: number;
  campaignLastSeen: string | null;
  breakdown: ScoreBreakdown;
}

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** Builds the lookup response for a target from its evidence. */
export function describeReputation(
  target: { type: "sender" | "domain"; value: string; kind?: string },
  evidence: EvidenceInput,
  options: LookupOptions,
): ReputationView {
  const reporters = evidence.reporters.map((r) => ({
    lastAt: Number(r.lastAt),
    weight: reporterWeight({ corroborated: Number(r.corroborated), floodUntil: Number(r.floodUntil) }, options.now),
    strongSignal: Number(r.strongSignal) === 1,
  }));
  const cleared = evidence.decision?.decision === "cleared" ? { reason: evidence.decision.reason } : null;
  const campaignReporters = evidence.campaign?.reporterCount ?? 0;
  const campaignLastSeen = evidence.campaign ? Number(evidence.campaign.lastSeen) : null;
  const breakdown = computeScore({ now: options.now, reporters, campaignReporters, campaignLastSeen });
  const official = evidence.official ? { institution: evidence.official.organization } : null;
  const verdict = verdictFor(breakdown, {
    audience: options.audience,
    official: official !== null,
    clearedByAppeal: cleared !== null,
  });

  const facetValues = (facet: string) => evidence.facets.filter((f) => f.facet === facet);
  const categories: Record<string, number> = {};
  for (const f of facetValues("category")) categories[f.value] = Number(f.count);
  const categoriesInferred: Record<string, number> = {};
  for (const f of facetValues("category_inferred")) categoriesInferred[f.value] = Number(f.count);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const claimedInstitutions = facetValues("institution").map((f) => ({ name: f.value, count: Number(f.count) }));

  const view: ReputationView = {
    target: { type: target.type, value: target.value, ...(target.kind ? { kind: target.kind } : {}) },
    score: official || cleared ? 0 : breakdown.score,
    verdict,
    confidence: confidenceOf(breakdown),
    reports: {
      total: evidence.aggregate?.reportCount ?? 0,
      distinctReporters: evidence.aggregate?.reporterCount ?? 0,
      last30Days: evidence.recentReports,
    },
    firstSeen: iso(evidence.aggregate?.firstSeen),
    lastSeen: iso(evidence.aggregate?.lastSeen),
    categories,
    categoriesInferred,
    categoryInferredShare: sum(categories) > 0 ? Math.round((sum(categoriesInferred) / sum(categories)) * 100) / 100 : 0,
    claimedInstitutions,
    official,
    campaigns: facetValues("campaign").slice(0, 20).map((f) => f.value),
    relatedDomains: facetValues("domain").slice(0, 20).map((f) => f.value),
    relatedSenders: facetValues("sender").slice(0, 20).map((f) => f.value),
    reasons: explain(target, evidence, breakdown, official, cleared, options),
  };
  if (options.verbose) {
    view.inputs = {
      now: new Date(options.now).toISOString(),
      halfLifeDays: HALF_LIFE_DAYS,
      maxAgeDays: options.maxAgeDays,
      audience: options.audience,
      thresholds: THRESHOLDS[options.audience],
      reporters: reporters.map((r) => ({ lastAt: new Date(r.lastAt).toISOString(), weight: r.weight, strongSignal: r.strongSignal })),
      campaignReporters,
      campaignLastSeen: iso(campaignLastSeen),
      breakdown,
    };
    // Redacted again as they are shown: texts stored before a redaction rule existed get it too (redaction is idempotent).
    const sender = target.type === "sender" ? target.value : undefined;
    view.samples = (evidence.samples ?? []).map((s) => ({
      id: s.id,
      text: s.text === null ? null : redactText(s.text, { sender }).text,
      createdAt: new Date(Number(s.createdAt)).toISOString(),
    }));
  }
  return view;
}

function explain(
  target: { type: "sender" | "domain"; value: string },
  evidence: EvidenceInput,
  breakdown: ScoreBreakdown,
  official: { institution: string } | null,
  cleared: { reason: string } | null,
  options: LookupOptions,
): Reason[] {
  const reasons: Reason[] = [];
  const total = evidence.aggregate?.reportCount ?? 0;
  if (cleared) {
    reasons.push({ code: "appeal_upheld", message: `An appeal was upheld by the moderators: ${cleared.reason}` });
  }
  if (official) {
    reasons.push({ code: "official_sender", message: `This number is an official sender of ${official.institution} in the registry.` });
    if (total > 0) {
      reasons.push({
        code: "possible_spoofing",
        message: `${total} report(s) name this official number; scammers spoof official numbers, so check the message content rather than the number.`,
      });
    }
    return reasons;
  }
  if (total === 0 && breakdown.campaignEvidence === 0) {
    reasons.push({ code: "no_reports", message: "Nobody has reported this yet." });
    return reasons;
  }
  if (breakdown.distinctReporters >= 2) {
    reasons.push({
      code: "reported_by_many",
      message: `${breakdown.distinctReporters} different people reported it in the last ${options.maxAgeDays} days.`,
    });
  } else if (breakdown.distinctReporters === 1) {
    reasons.push({ code: "single_reporter", message: "Only one person has reported it; one reporter alone can never make it a scam." });
  } else if (total > 0) {
    reasons.push({ code: "stale_reports", message: `Its reports are older than ${options.maxAgeDays} days.` });
  }
  if (breakdown.signalEvidence > 0) {
    reasons.push({
      code: "strong_signals",
      message: "Reported texts asked for codes, ID or card numbers, threatened legal action or carried links — genuine notices do not.",
    });
  }
  if (evidence.campaign && breakdown.campaignEvidence > 0) {
    reasons.push({
      code: "campaign",
      message: `Its texts belong to campaign ${evidence.campaign.id}, a message template reported by ${evidence.campaign.reporterCount} people across several senders and links.`,
    });
  }
  const institutions = evidence.facets.filter((f) => f.facet === "institution");
  if (target.type === "sender" && institutions.length > 0) {
    const names = institutions.slice(0, 3).map((f) => f.value).join("、");
    reasons.push({
      code: "impersonates_institution",
      message: `Reported texts claim to come from ${names}, but this number is not one of its official senders.`,
    });
  }
  if (evidence.aggregate?.shortener) {
    reasons.push({ code: "url_shortener", message: "This is a link shortener: the reputation covers every link behind it." });
  }
  return reasons;
}
