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
import { DEFAULT_LANG, type Lang, listJoin, type MessageParams, messageFor } from "./messages";

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
  /** Language of the reasons' messages (codes never change); zh-CN when absent. */
  lang?: Lang;
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
  const lang = options.lang ?? DEFAULT_LANG;
  const reasons: Reason[] = [];
  const add = (code: string, params?: MessageParams) => reasons.push({ code, message: messageFor(code, lang, params) });
  const total = evidence.aggregate?.reportCount ?? 0;
  if (cleared) add("appeal_upheld", { reason: cleared.reason });
  if (official) {
    add("official_sender", { institution: official.institution });
    if (total > 0) add("possible_spoofing", { n: total });
    return reasons;
  }
  if (total === 0 && breakdown.campaignEvidence === 0) {
    add("no_reports");
    return reasons;
  }
  if (breakdown.distinctReporters >= 2) {
    add("reported_by_many", { n: breakdown.distinctReporters, days: options.maxAgeDays });
  } else if (breakdown.distinctReporters === 1) {
    add("single_reporter");
  } else if (total > 0) {
    add("stale_reports", { days: options.maxAgeDays });
  }
  if (breakdown.signalEvidence > 0) add("strong_signals");
  if (evidence.campaign && breakdown.campaignEvidence > 0) add("campaign", { campaign: evidence.campaign.id, n: evidence.campaign.reporterCount });
  const institutions = evidence.facets.filter((f) => f.facet === "institution");
  if (target.type === "sender" && institutions.length > 0) {
    add("impersonates_institution", { names: listJoin(institutions.slice(0, 3).map((f) => f.value), lang) });
  }
  if (evidence.aggregate?.shortener) add("url_shortener");
  return reasons;
}
