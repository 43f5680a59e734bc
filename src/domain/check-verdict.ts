/**
 * The one verdict /check gives a message (src/services/check.ts), from the reputations of its
 * sender and link domains, the campaign its text matches and its content. Pure, so its guarantees
 * are stated as properties (test/domain/check-verdict.test.ts, docs/scoring.md):
 * - a campaign flags a sender nobody reported only with CAMPAIGN_MIN_REPORTERS distinct reporters
 *   (CAMPAIGN_MIN_REPORTERS_STRONG when its texts carry strong signals), and never counts the
 *   sender's own reporters a second time;
 * - content and campaign evidence alone reach at most `suspicious`;
 * - a text from an official sender whose links are all official domains of that same institution
 *   is never `suspicious` or `scam`: a scam verdict on a domain mentioned in scam texts does not
 *   outrank a trusted sender.
 */
import { type Audience, campaignReportersBeyond, computeScore, THRESHOLDS, type Verdict } from "./score";

export interface CheckedTarget {
  verdict: Verdict;
  score: number;
  /** The institution whose official sender or domain this is, from the registry. */
  officialOrganization: string | null;
}

export interface CheckEvidence {
  audience: Audience;
  now: number;
  /** Points from the text's own signals and impersonation, already capped below `scam`. */
  contentScore: number;
  /** The campaign the text matches: its distinct reporters and when it was last reported. */
  campaign: { reporterCount: number; lastSeen: number; sources: number } | null;
  /** Whether the text carries a strong signal (its campaign's texts, being near-copies, do too). */
  strongTemplate: boolean;
  /** Distinct reporters of the sender itself: the campaign term never counts them again. */
  senderOwnReporters: number;
  sender: CheckedTarget | null;
  domains: CheckedTarget[];
  impersonatesInstitution: boolean;
}

export interface CheckOutcome {
  verdict: Verdict;
  score: number;
  /** What the matched campaign alone scores for this sender (0 below the campaign threshold). */
  campaignScore: number;
  /** An official sender whose links are all official domains of the same institution. */
  officialThroughout: boolean;
}

/** Example: an unreported sender whose text matches a campaign of one reporter → verdict from content alone. */
export function checkVerdict(evidence: CheckEvidence): CheckOutcome {
  const suspiciousAt = THRESHOLDS[evidence.audience].suspicious;
  const campaignReporters = evidence.campaign
    ? campaignReportersBeyond(evidence.campaign, evidence.senderOwnReporters, evidence.strongTemplate)
    : 0;
  const campaignScore =
    evidence.campaign && campaignReporters > 0
      ? computeScore({ now: evidence.now, reporters: [], campaignReporters, campaignLastSeen: evidence.campaign.lastSeen }).score
      : 0;
  const organization = evidence.sender?.officialOrganization ?? null;
  const officialThroughout =
    organization !== null && evidence.domains.length > 0 && evidence.domains.every((domain) => domain.officialOrganization === organization);
  if (officialThroughout) {
    // Genuine notices of an institution link to its own sites: trusted unless the content itself
    // reads like a scam, and then still not condemned on the strength of spoofable evidence.
    const trusted = evidence.contentScore < suspiciousAt;
    return { verdict: trusted ? "trusted" : "unknown", score: trusted ? 0 : Math.min(evidence.contentScore, suspiciousAt - 1), campaignScore, officialThroughout };
  }
  const officialSender = organization !== null;
  const reputationScores = [officialSender ? 0 : (evidence.sender?.score ?? 0), ...evidence.domains.map((d) => (d.officialOrganization ? 0 : d.score))];
  const evidenceScore = Math.max(evidence.contentScore, campaignScore);
  const score = Math.max(evidenceScore, ...reputationScores);
  const verdicts = [evidence.sender?.verdict, ...evidence.domains.map((d) => d.verdict)].filter((v): v is Verdict => v !== undefined);
  const trustedSender = evidence.sender?.verdict === "trusted" && !evidence.impersonatesInstitution && evidence.contentScore < suspiciousAt;
  let verdict: Verdict = "unknown";
  if (verdicts.includes("scam")) verdict = "scam";
  else if (verdicts.includes("suspicious") || evidenceScore >= suspiciousAt) verdict = "suspicious";
  else if (trustedSender) verdict = "trusted";
  return { verdict, score, campaignScore, officialThroughout };
}
