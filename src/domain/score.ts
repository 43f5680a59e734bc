/**
 * Reputation scoring — the specification is docs/scoring.md; keep the two in step.
 * Pure: every input arrives as data, so a client can recompute a score from `verbose=true`.
 */

import type { ScamLanguageTier } from "./scam-language";
import type { TypologyId } from "./typologies";
import type { Signal } from "./types";

export const HALF_LIFE_DAYS = 30;
const DAY_MS = 86_400_000;

export const AUDIENCES = ["app", "carrier", "regulator"] as const;
export type Audience = (typeof AUDIENCES)[number];
export type Verdict = "unknown" | "suspicious" | "scam" | "trusted";

/** Verdict thresholds per audience. Carriers block messages, so they need the most evidence. */
export const THRESHOLDS: Record<Audience, { suspicious: number; scam: number; minReportersForScam: number }> = {
  app: { suspicious: 25, scam: 70, minReportersForScam: 2 },
  carrier: { suspicious: 40, scam: 85, minReportersForScam: 3 },
  regulator: { suspicious: 20, scam: 60, minReportersForScam: 2 },
};

/**
 * Highest score evidence from fewer than two independent witnesses can reach: below every
 * audience's `suspicious` threshold, so one network or one untrusted app key never moves a verdict.
 */
export const SINGLE_REPORTER_CAP = 19;

/** A campaign (message template) is evidence about other senders only with this many distinct reporters … */
export const CAMPAIGN_MIN_REPORTERS = 3;
/** … or this many when its texts carry strong signals. */
export const CAMPAIGN_MIN_REPORTERS_STRONG = 2;

/** Votes ("a genuine sender / site") take at most this share off a score. */
export const VOTE_MAX_REDUCTION = 0.5;

/**
 * The campaign reporters that count as evidence about one target: none until the campaign has
 * enough independent sources (networks, trusted users, untrusted keys), and never the ones the
 * target's own term already counts (the campaign's count minus the target's own distinct
 * reporters: at least that many are new).
 * Example: campaignReportersBeyond({ reporterCount: 1, sources: 1 }, 1, true) → 0;
 * campaignReportersBeyond({ reporterCount: 5, sources: 3 }, 2, false) → 3
 */
export function campaignReportersBeyond(campaign: { reporterCount: number; sources: number }, ownReporters: number, strongTemplate: boolean): number {
  const needed = strongTemplate ? CAMPAIGN_MIN_REPORTERS_STRONG : CAMPAIGN_MIN_REPORTERS;
  if (campaign.sources < needed || campaign.reporterCount < needed) return 0;
  return Math.max(0, campaign.reporterCount - Math.max(0, ownReporters));
}

/** Signals that genuine notices never carry; a reporter whose report had one adds content evidence. */
export const STRONG_SIGNALS = new Set([
  "asks_verification_code",
  "asks_id_or_card",
  "repayment_channel_private",
  "legal_threat",
  "link",
  "upfront_fee",
  "screen_share_or_app",
]);

/**
 * Points a message's content earns in /check (docs/scoring.md, "Content"): signals, the fraud
 * typology it fits and, in the service, impersonation. Capped below every scam threshold, so content
 * alone makes a message suspicious at most; one weak signal stays under every suspicious threshold.
 */
export const CONTENT_POINTS: Readonly<Record<Signal, number>> = {
  asks_verification_code: 20,
  asks_id_or_card: 15,
  repayment_channel_private: 15,
  legal_threat: 10,
  link: 5,
  urgency: 5,
  claims_institution: 0,
  upfront_fee: 15,
  refund_lure: 5,
  account_cancellation: 10,
  screen_share_or_app: 15,
  asks_personal_info: 10,
  relative_new_number: 10,
  prize_claim: 10,
  premium_rate: 15,
  // The high tier: with any other signal worth points, enough for `suspicious`; alone, not.
  scam_language: 20,
};
/** The very-high tier of scam_language adds this to the high tier's points: alone, `suspicious` (docs/scoring.md). */
export const SCAM_LANGUAGE_VERY_HIGH_EXTRA = 5;
/**
 * A typology is several ideas of one fraud script together (a lure, a pretext and a demand), so a
 * match alone reaches the suspicious threshold. Prize and premium-rate texts earn the rest from
 * their own signals.
 */
export const TYPOLOGY_POINTS: Readonly<Record<TypologyId, number>> = {
  fake_collection: 25,
  task_rebate: 25,
  investment: 25,
  fake_loan: 25,
  customer_service: 25,
  police_impersonation: 25,
  credit_repair: 25,
  acquaintance: 25,
  game_trade: 25,
  romance: 25,
  military_purchase: 25,
  prize: 15,
  premium_rate: 15,
  parcel_fee: 25,
  account_lock: 25,
  tax_refund: 25,
};
/** A script recognised only by its pretext, a demand and pressure or a channel (src/domain/typologies.ts). */
export const PRETEXT_ONLY_POINTS = 10;
export const IMPERSONATION_POINTS = 25;
export const CONTENT_CAP = 55;

/**
 * Whether the rules see the text ask for something genuine notices never ask for: a strong signal
 * other than a legal threat (advisories and genuine reminders name 冻结, 公安, 征信 too). Only then
 * may the learned scam_language signal count on a text the guards call genuine (an advisory, an
 * official sender's or its probable port's notice).
 */
export function asksSomething(signals: readonly Signal[]): boolean {
  return signals.some((signal) => signal !== "legal_threat" && STRONG_SIGNALS.has(signal));
}

/**
 * Whether a matched typology's points count. Not when the learned model reads the wording as genuine
 * (the "low" tier) and the rules see no request: a typology is ideas found near each other, and on
 * texts written by nobody on this project the rules' false flags (an overdue notice that warns of
 * "征信修复" services, a police station announcing a visit) were almost all such texts, while no scam
 * the rules flagged scored that low (docs/scoring.md, "the model's dissent").
 */
export function typologyCounts(signals: readonly Signal[], languageTier: ScamLanguageTier): boolean {
  return languageTier !== "low" || asksSomething(signals);
}

/**
 * Content points of a message, before impersonation and the cap. `languageTier` is the
 * scam_language model's tier; it adds points only while `scam_language` is among the signals.
 * Example: contentPoints(["relative_new_number"], { id: "acquaintance", rules: 1 }) → 35;
 * contentPoints(["scam_language"], null, "very_high") → 25
 */
export function contentPoints(signals: readonly Signal[], typology: { id: TypologyId; rules: number } | null, languageTier: ScamLanguageTier = "none"): number {
  const typologyPoints = typology === null || !typologyCounts(signals, languageTier) ? 0 : typology.rules > 0 ? TYPOLOGY_POINTS[typology.id] : PRETEXT_ONLY_POINTS;
  const languageExtra = languageTier === "very_high" && signals.includes("scam_language") ? SCAM_LANGUAGE_VERY_HIGH_EXTRA : 0;
  return signals.reduce((sum, signal) => sum + CONTENT_POINTS[signal], 0) + typologyPoints + languageExtra;
}

/** A reporter nobody has corroborated yet weighs this much; each corroboration adds a step, up to 1. */
export const NEW_REPORTER_WEIGHT = 0.6;
export const CORROBORATION_STEP = 0.2;
/** Weight factor while a reporter is marked as flooding (many targets in a short time). */
export const FLOOD_FACTOR = 0.2;

/**
 * Trust weight of a reporter in [0, 1].
 * Example: reporterWeight({ corroborated: 1, floodUntil: 0 }, now) → 0.8
 */
export function reporterWeight(reporter: { corroborated: number; floodUntil: number }, now: number): number {
  const earned = Math.min(1, NEW_REPORTER_WEIGHT + CORROBORATION_STEP * Math.max(0, reporter.corroborated));
  return Math.round((reporter.floodUntil > now ? earned * FLOOD_FACTOR : earned) * 1000) / 1000;
}

export interface ReporterEvidence {
  /** Time of this reporter's latest (visible) report on the target, ms. */
  lastAt: number;
  /** Reporter trust weight in [0, 1], see reporterWeight. */
  weight: number;
  /** Whether any of this reporter's reports on the target carried a strong signal. */
  strongSignal: boolean;
  /**
   * Who vouches for this reporter: one network, one user of a trusted key, or one untrusted key
   * (whose users are at most two reporters but one source). Absent: a source of its own.
   */
  source?: number | string | undefined;
}

export interface ScoreInputs {
  now: number;
  /** One entry per distinct reporter inside the lookup window. */
  reporters: ReporterEvidence[];
  /**
   * Reporters of the largest campaign (message template) this target appears in that the target's
   * own term does not count, as campaignReportersBeyond gives them (0 below the campaign threshold).
   */
  campaignReporters: number;
  /** When that campaign was last reported, ms (null without a campaign). */
  campaignLastSeen: number | null;
  /** Distinct voters who said the target is genuine (src/services/votes.ts), inside the window. */
  legitVoters?: number | undefined;
}

export interface ScoreBreakdown {
  score: number;
  /** Decayed, trust-weighted count of distinct reporters. */
  reporterEvidence: number;
  /** Same, counting only reporters whose reports carried a strong signal. */
  signalEvidence: number;
  /** Decayed campaign reporters. */
  campaignEvidence: number;
  distinctReporters: number;
  /** Independent sources among the reporters (networks, trusted users, untrusted keys). */
  distinctSources: number;
  /** Share taken off by votes (0 without votes). */
  voteReduction: number;
  capped: boolean;
}

/** Weight of evidence of a given age: halves every HALF_LIFE_DAYS. decay(0) = 1. */
export function decay(ageMs: number): number {
  return 2 ** (-Math.max(0, ageMs) / (HALF_LIFE_DAYS * DAY_MS));
}

const saturate = (x: number, scale: number) => 1 - Math.exp(-x / scale);

/**
 * score = 100 × (1 − (1 − a)(1 − b)(1 − c)), with
 * a = 0.8·(1 − e^(−E/4)), b = 0.5·(1 − e^(−S/3)), c = 0.6·(1 − e^(−C/1.5)), times the vote factor
 * 1 − 0.5·(1 − e^(−V/3)), capped at 19 with fewer than 2 independent witnesses.
 * Example: five reporters today whose texts asked for codes → 74.
 */
export function computeScore(inputs: ScoreInputs): ScoreBreakdown {
  let reporterEvidence = 0;
  let signalEvidence = 0;
  for (const reporter of inputs.reporters) {
    const weight = Math.min(1, Math.max(0, reporter.weight)) * decay(inputs.now - reporter.lastAt);
    reporterEvidence += weight;
    if (reporter.strongSignal) signalEvidence += weight;
  }
  const campaignEvidence =
    inputs.campaignLastSeen === null ? 0 : Math.max(0, inputs.campaignReporters) * decay(inputs.now - inputs.campaignLastSeen);
  const a = 0.8 * saturate(reporterEvidence, 4);
  const b = 0.5 * saturate(signalEvidence, 3);
  const c = 0.6 * saturate(campaignEvidence, 1.5);
  const voteReduction = round3(VOTE_MAX_REDUCTION * saturate(Math.max(0, inputs.legitVoters ?? 0), 3));
  let score = Math.round(100 * (1 - (1 - a) * (1 - b) * (1 - c)) * (1 - voteReduction));
  const distinctReporters = inputs.reporters.length;
  const distinctSources = countSources(inputs.reporters);
  // Independent witnesses: the target's own sources plus campaign reporters it does not count itself.
  const witnesses = distinctSources + (campaignEvidence > 0 ? Math.max(0, inputs.campaignReporters) : 0);
  const capped = witnesses < 2 && score > SINGLE_REPORTER_CAP;
  if (capped) score = SINGLE_REPORTER_CAP;
  return {
    score: Math.min(100, Math.max(0, score)),
    reporterEvidence: round3(reporterEvidence),
    signalEvidence: round3(signalEvidence),
    campaignEvidence: round3(campaignEvidence),
    distinctReporters,
    distinctSources,
    voteReduction,
    capped,
  };
}

export interface VerdictContext {
  audience: Audience;
  official: boolean;
  /** An admin decision on an upheld appeal: the target is not fraudulent. */
  clearedByAppeal: boolean;
}

/** Without a strong signal in any report, `scam` needs this many independent sources. */
export const MIN_SOURCES_FOR_SCAM_WITHOUT_SIGNALS = 3;

function countSources(reporters: ReporterEvidence[]): number {
  const named = new Set<number | string>();
  let anonymous = 0;
  for (const reporter of reporters) {
    if (reporter.source === undefined) anonymous++;
    else named.add(reporter.source);
  }
  return named.size + anonymous;
}

/**
 * Verdict for a score; official senders and domains are trusted, an upheld appeal clears the target.
 * `scam` needs the audience's number of independent sources, and 3 when no report carried a strong signal.
 */
export function verdictFor(breakdown: ScoreBreakdown, context: VerdictContext): Verdict {
  if (context.official) return "trusted";
  if (context.clearedByAppeal) return "unknown";
  const threshold = THRESHOLDS[context.audience];
  const sourcesForScam = Math.max(threshold.minReportersForScam, breakdown.signalEvidence > 0 ? 0 : MIN_SOURCES_FOR_SCAM_WITHOUT_SIGNALS);
  if (breakdown.score >= threshold.scam && breakdown.distinctSources >= sourcesForScam) return "scam";
  if (breakdown.score >= threshold.suspicious) return "suspicious";
  return "unknown";
}

/** How much evidence stands behind the verdict, 0–1 (0 when nothing is known). */
export function confidenceOf(breakdown: ScoreBreakdown): number {
  return Math.round(100 * saturate(breakdown.reporterEvidence + breakdown.campaignEvidence / 2, 3)) / 100;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
