/**
 * Turns the stored evidence about one target into the contract's lookup response:
 * score, verdict, counts, facets and plain-words reasons. Pure, so /senders, /domains,
 * /check and the batch lookup all explain themselves the same way.
 */
import { redactText } from "./redact";
import {
  type Audience,
  campaignReportersBeyond,
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
  /** `source`: the first 8 characters of the reporter pseudonym, naming its network or key (src/services/reporter.ts). */
  reporters: { lastAt: number; strongSignal: number; corroborated: number; floodUntil: number; source?: string }[];
  facets: { facet: string; value: string; count: number }[];
  /** `sources`: independent sources among the campaign's reporters, counted up to 3. */
  campaign: { id: string; reporterCount: number; lastSeen: number; sources: number } | null;
  official: { organization: string } | null;
  recentReports: number;
  samples?: { id: string; text: string | null; createdAt: number }[];
  /** An admin decision on the target (an upheld appeal clears the evidence before `decidedAt`). */
  decision?: { decision: string; reason: string; decidedAt?: number } | null;
  /** "Genuine sender / site" votes inside the window. */
  votes?: { legit: number; distinctVoters: number };
  /** Whether the campaign's texts carry strong signals (default: whether the target's own reports did). */
  campaignStrongTemplate?: boolean;
}

/** Evidence from this many new independent reporters after an upheld appeal counts again. */
export const RELIST_AFTER_APPEAL_SOURCES = 3;

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
  claimedInstitutions: { name: string; count: number }[];
  official: { institution: string } | null;
  votes: { legit: number; distinctVoters: number };
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
  reporters: { lastAt: string; weight: number; strongSignal: boolean; source: number }[];
  /** The campaign's reporters beyond the target's own, 0 below the campaign threshold (docs/scoring.md). */
  campaignReporters: number;
  /** All distinct reporters of that campaign. */
  campaignTotalReporters: number;
  campaignLastSeen: string | null;
  legitVoters: number;
  breakdown: ScoreBreakdown;
}

const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

/** Builds the lookup response for a target from its evidence. */
export function describeReputation(
  target: { type: "sender" | "domain"; value: string; kind?: string },
  evidence: EvidenceInput,
  options: LookupOptions,
): ReputationView {
  // Sources are numbered per response (1, 2, …) so the pseudonym prefixes never leave the service.
  const sourceNumbers = new Map<string, number>();
  const sourceOf = (source: string | undefined) => {
    const key = source ?? `#${sourceNumbers.size}`;
    if (!sourceNumbers.has(key)) sourceNumbers.set(key, sourceNumbers.size + 1);
    return sourceNumbers.get(key) as number;
  };
  const decidedAt = evidence.decision?.decision === "cleared" ? Number(evidence.decision.decidedAt ?? Number.MAX_SAFE_INTEGER) : null;
  const allReporters = evidence.reporters.map((r) => ({
    lastAt: Number(r.lastAt),
    weight: reporterWeight({ corroborated: Number(r.corroborated), floodUntil: Number(r.floodUntil) }, options.now),
    strongSignal: Number(r.strongSignal) === 1,
    source: sourceOf(r.source),
  }));
  // An upheld appeal clears the evidence before its decision; reporters heard from after it count
  // again once there are enough of them to re-list the target.
  const reporters = decidedAt === null ? allReporters : allReporters.filter((r) => r.lastAt > decidedAt);
  const relisted = decidedAt !== null && new Set(reporters.map((r) => r.source)).size >= RELIST_AFTER_APPEAL_SOURCES;
  const cleared = decidedAt !== null && !relisted && evidence.decision ? { reason: evidence.decision.reason } : null;
  const campaignTotalReporters = evidence.campaign?.reporterCount ?? 0;
  const ownReporters = Math.max(evidence.aggregate?.reporterCount ?? 0, allReporters.length);
  const strongTemplate = evidence.campaignStrongTemplate ?? allReporters.some((r) => r.strongSignal);
  // After an appeal the campaign no longer speaks for this target: only its own new reporters do.
  const campaignReporters =
    decidedAt === null && evidence.campaign ? campaignReportersBeyond(evidence.campaign, ownReporters, strongTemplate) : 0;
  const campaignLastSeen = evidence.campaign && campaignReporters > 0 ? Number(evidence.campaign.lastSeen) : null;
  const votes = evidence.votes ?? { legit: 0, distinctVoters: 0 };
  const scoreInputs = { now: options.now, reporters, campaignReporters, campaignLastSeen };
  const breakdown = computeScore({ ...scoreInputs, legitVoters: votes.distinctVoters });
  const official = evidence.official ? { institution: evidence.official.organization } : null;
  const context = { audience: options.audience, official: official !== null, clearedByAppeal: cleared !== null };
  const verdict = verdictFor(breakdown, context);
  const votesChangedVerdict = votes.distinctVoters > 0 && verdictFor(computeScore(scoreInputs), context) !== verdict;

  const facetValues = (facet: string) => evidence.facets.filter((f) => f.facet === facet);
  const categories: Record<string, number> = {};
  for (const f of facetValues("category")) categories[f.value] = Number(f.count);
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
    claimedInstitutions,
    official,
    votes,
    campaigns: facetValues("campaign").slice(0, 20).map((f) => f.value),
    relatedDomains: facetValues("domain").slice(0, 20).map((f) => f.value),
    relatedSenders: facetValues("sender").slice(0, 20).map((f) => f.value),
    reasons: explain(target, evidence, breakdown, official, cleared, options),
  };
  if (votesChangedVerdict) {
    view.reasons.push({
      code: "legit_votes",
      message: `${votes.distinctVoters} people said this is a genuine ${target.type === "sender" ? "sender" : "site"}; their votes lowered the verdict.`,
    });
  }
  if (relisted) {
    view.reasons.push({
      code: "relisted_after_appeal",
      message: `An appeal was upheld earlier; ${breakdown.distinctSources} new independent reporters since then count again.`,
    });
  }
  if (options.verbose) {
    view.inputs = {
      now: new Date(options.now).toISOString(),
      halfLifeDays: HALF_LIFE_DAYS,
      maxAgeDays: options.maxAgeDays,
      audience: options.audience,
      thresholds: THRESHOLDS[options.audience],
      reporters: reporters.map((r) => ({ lastAt: new Date(r.lastAt).toISOString(), weight: r.weight, strongSignal: r.strongSignal, source: r.source })),
      campaignReporters,
      campaignTotalReporters,
      campaignLastSeen: iso(campaignLastSeen),
      legitVoters: votes.distinctVoters,
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
  if (official && target.type === "domain") {
    reasons.push({ code: "official_domain", message: `This is an official domain of ${official.institution} in the registry.` });
    if (total > 0) {
      reasons.push({
        code: "mentioned_in_reports",
        message: `Mentioned in ${total} reported text(s); scam texts often name genuine sites, so this never makes it suspicious.`,
      });
    }
    return reasons;
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
    reasons.push({ code: "single_reporter", message: "Only one person has reported it; one reporter alone never changes the verdict." });
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
