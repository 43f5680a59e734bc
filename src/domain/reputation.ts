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
import { DEFAULT_LANG, type Lang, listJoin, type MessageParams, messageFor } from "./messages";

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
  /** When the oldest of those votes was cast (it leaves the window first, raising the score). */
  oldestVoteAt?: number | null;
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
  /** Of `categories`, the reports whose category was inferred from the text (the reporter gave none). */
  categoriesInferred: Record<string, number>;
  /** Share of the categorised reports whose category was inferred, 0–1 (0 without reports). */
  categoryInferredShare: number;
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

/**
 * The score and verdict of a target's evidence at `options.now` (what describeReputation shows),
 * apart from the words around them: src/domain/verdict-horizon.ts evaluates it at future times.
 */
export function assessEvidence(evidence: EvidenceInput, options: Pick<LookupOptions, "now" | "audience">) {
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
  const score = official || cleared ? 0 : breakdown.score;
  return { reporters, relisted, cleared, campaignReporters, campaignTotalReporters, campaignLastSeen, votes, scoreInputs, breakdown, official, context, verdict, score };
}

/** Builds the lookup response for a target from its evidence. */
export function describeReputation(
  target: { type: "sender" | "domain"; value: string; kind?: string },
  evidence: EvidenceInput,
  options: LookupOptions,
): ReputationView {
  const { reporters, relisted, cleared, campaignReporters, campaignTotalReporters, campaignLastSeen, votes, scoreInputs, breakdown, official, context, verdict, score } =
    assessEvidence(evidence, options);
  const votesChangedVerdict = votes.distinctVoters > 0 && verdictFor(computeScore(scoreInputs), context) !== verdict;

  const facetValues = (facet: string) => evidence.facets.filter((f) => f.facet === facet);
  const categories: Record<string, number> = {};
  for (const f of facetValues("category")) categories[f.value] = Number(f.count);
  const categoriesInferred: Record<string, number> = {};
  for (const f of facetValues("category_inferred")) categoriesInferred[f.value] = Number(f.count);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const claimedInstitutions = facetValues("institution").map((f) => ({ name: f.value, count: Number(f.count) }));

  const view: ReputationView = {
    target: { type: target.type, value: target.value, ...(target.kind ? { kind: target.kind } : {}) },
    score,
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
    votes,
    campaigns: facetValues("campaign").slice(0, 20).map((f) => f.value),
    relatedDomains: facetValues("domain").slice(0, 20).map((f) => f.value),
    relatedSenders: facetValues("sender").slice(0, 20).map((f) => f.value),
    reasons: explain(target, evidence, breakdown, official, cleared, options),
  };
  if (votesChangedVerdict) {
    view.reasons.push({ code: "legit_votes", message: messageFor(target.type === "sender" ? "legit_votes" : "legit_votes_site", options.lang ?? DEFAULT_LANG, { n: votes.distinctVoters }) });
  }
  if (relisted) {
    view.reasons.push({ code: "relisted_after_appeal", message: messageFor("relisted_after_appeal", options.lang ?? DEFAULT_LANG, { n: breakdown.distinctSources }) });
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
  const lang = options.lang ?? DEFAULT_LANG;
  const reasons: Reason[] = [];
  const add = (code: string, params?: MessageParams) => reasons.push({ code, message: messageFor(code, lang, params) });
  const total = evidence.aggregate?.reportCount ?? 0;
  if (cleared) add("appeal_upheld", { reason: cleared.reason });
  if (official && target.type === "domain") {
    add("official_domain", { institution: official.institution });
    // Scam texts often name genuine sites: shown, never turned into suspicious.
    if (total > 0) add("mentioned_in_reports", { n: total });
    return reasons;
  }
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
  if (evidence.campaign && breakdown.campaignEvidence > 0) {
    const { id, reporterCount } = evidence.campaign;
    // One reporter reads "reported by 1 person so far", never "by 1 people across several senders".
    reasons.push({ code: "campaign", message: messageFor(reporterCount === 1 ? "campaign_one" : "campaign", lang, { campaign: id, n: reporterCount }) });
  }
  const institutions = evidence.facets.filter((f) => f.facet === "institution");
  if (target.type === "sender" && institutions.length > 0) {
    add("impersonates_institution", { names: listJoin(institutions.slice(0, 3).map((f) => f.value), lang) });
  }
  if (evidence.aggregate?.shortener) add("url_shortener");
  return reasons;
}
