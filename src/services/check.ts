/**
 * /check: one verdict for a message an app is about to show. Everything it needs — sender and
 * domain evidence (with the sender's registry entry) and campaign candidates — is read in a single
 * D1 batch, and only what the isolate's caches do not already hold (src/services/lookup.ts, campaign-cache.ts).
 */
import type { Db } from "../db/session";
import { type CampaignCandidate, campaignMatchStatement, parseCampaignMatch } from "../db/queries/campaigns";
import { chooseCampaign, decodeSignature, fingerprintText } from "../domain/fingerprint";
import { extractLinks, normaliseDomainInput } from "../domain/links";
import type { EvidenceInput, Reason, ReputationView } from "../domain/reputation";
import { type Audience, CONTENT_CAP, computeScore, contentPoints, IMPERSONATION_POINTS, THRESHOLDS, type Verdict } from "../domain/score";
import { analyseContent } from "../domain/signals";
import { type TypologyId, typologyReason } from "../domain/typologies";
import type { NormalisedSender, Signal } from "../domain/types";
import { cachedCheckMatch, rememberCheckMatch } from "../cache/campaign-cache";
import { syncDue } from "../cache/freshness";
import { describeTarget, type LookupTarget, readTargetsEvidence } from "./lookup";

const MAX_DOMAINS = 10;

export interface CheckInput {
  sender: NormalisedSender | null;
  text: string | null;
  url: string | null;
  audience: Audience;
  maxAgeDays: number;
}

export interface CheckResult {
  verdict: Verdict;
  score: number;
  reasons: Reason[];
  sender: ReputationView | null;
  domains: ReputationView[];
  campaign: { id: string; reports: number; distinctReporters: number; similarity: number } | null;
  signals: Signal[];
  /** The fraud typology the text fits best (src/domain/typologies.ts), or null. */
  typology: TypologyId | null;
  claimedInstitution: string | null;
  impersonatesInstitution: boolean;
}

export async function checkMessage(db: Db, input: CheckInput, now: number, useCache = false): Promise<CheckResult> {
  const links = input.text ? extractLinks(input.text) : [];
  const content = input.text ? analyseContent(input.text, input.sender?.normalized, links) : null;
  const fingerprint = input.text ? fingerprintText(input.text) : null;
  const domainSet = new Set<string>();
  for (const link of links) domainSet.add(link.domain);
  const urlDomain = input.url ? normaliseDomainInput(input.url) : null;
  if (urlDomain) domainSet.add(urlDomain.domain);
  const domains = [...domainSet].slice(0, MAX_DOMAINS);
  const organization = content?.institution?.organization ?? null;

  // The template's campaign: from the isolate's cache when this template was seen before (and its
  // campaign has not changed since), else read in the same batch as the evidence.
  const known = fingerprint && useCache && !syncDue(now) ? cachedCheckMatch(fingerprint.exact, now) : undefined;
  const extra = fingerprint && known === undefined ? [campaignMatchStatement(db, fingerprint.exact, fingerprint.bands)] : [];
  const targets: LookupTarget[] = [
    ...(input.sender ? [{ type: "sender" as const, sender: input.sender }] : []),
    ...domains.map((domain) => ({ type: "domain" as const, domain })),
  ];
  const options = { now, audience: input.audience, maxAgeDays: input.maxAgeDays, verbose: false };
  const { evidence, extraResults, readGeneration, campaigns } = await readTargetsEvidence(db, targets, options, extra, useCache, known ? [known.id] : []);

  // A remembered match takes its campaign's current counts from the lookup cache (or this read).
  const knownState = known ? campaigns.get(known.id) : undefined;
  let matched: KnownCampaign | null = known && knownState ? { ...knownState, similarity: known.similarity } : null;
  if (fingerprint && known === undefined) {
    const { exact, candidates } = parseCampaignMatch(extraResults[0]?.results[0] as Parameters<typeof parseCampaignMatch>[0]);
    if (exact) {
      matched = knownCampaign(exact, 1);
    } else {
      const match = chooseCampaign(fingerprint, candidates.filter((row) => row.signature).map((row) => ({ id: row.id, signature: decodeSignature(row.signature) })));
      const row = match && candidates.find((candidate) => candidate.id === match.id);
      if (match && row) matched = knownCampaign(row, Math.round(match.similarity * 1000) / 1000);
    }
    rememberCheckMatch(fingerprint.exact, matched && { id: matched.id, similarity: matched.similarity }, now, readGeneration);
  }
  const campaign: CheckResult["campaign"] = matched
    ? { id: matched.id, reports: matched.reportCount, distinctReporters: matched.reporterCount, similarity: matched.similarity }
    : null;
  const campaignEvidence: EvidenceInput["campaign"] = matched ? { id: matched.id, reporterCount: matched.reporterCount, lastSeen: matched.lastSeen } : null;
  // The matched campaign counts as evidence about the sender and links that carry its text.
  const withCampaign = (e: EvidenceInput): EvidenceInput =>
    campaignEvidence && (!e.campaign || e.campaign.reporterCount < campaignEvidence.reporterCount) ? { ...e, campaign: campaignEvidence } : e;
  const views = targets.map((target, i) => describeTarget(target, withCampaign(evidence[i] as EvidenceInput), options));
  const senderView = input.sender ? (views[0] ?? null) : null;
  const domainViews = input.sender ? views.slice(1) : views;

  const institution = content?.institution ?? null;
  // The sender's registry entry comes with its evidence: official for this institution's organisation?
  const senderOrganization = input.sender ? (evidence[0]?.official?.organization ?? null) : null;
  const senderIsOfficialForInstitution = organization !== null && senderOrganization === organization;
  const impersonatesInstitution = institution !== null && input.sender !== null && !senderIsOfficialForInstitution;

  const reasons: Reason[] = [];
  const signals = content?.signals ?? [];
  const typology = content?.typology?.id ?? null;
  // Content alone (no reports) can make a message suspicious, never a scam: see CONTENT_CAP.
  let contentScore = contentPoints(signals, content?.typology ?? null);
  if (impersonatesInstitution && institution) {
    contentScore += IMPERSONATION_POINTS;
    reasons.push({
      code: "impersonates_institution",
      message: `The text names ${institution.name}, but ${input.sender?.normalized} is not one of ${institution.organization ?? institution.name}'s official senders${
        institution.organization ? "" : " (it has none in the registry)"
      }. Genuine notices come from official numbers and never ask for codes.`,
    });
  }
  contentScore = Math.min(CONTENT_CAP, contentScore);
  if (signals.includes("asks_verification_code")) reasons.push({ code: "asks_verification_code", message: "It asks for a verification code: no bank or lender ever does." });
  if (signals.includes("asks_id_or_card")) reasons.push({ code: "asks_id_or_card", message: "It asks for an ID-card or bank-card number." });
  if (signals.includes("repayment_channel_private")) reasons.push({ code: "repayment_channel_private", message: "It asks to pay to a personal account, QR code or chat contact." });
  if (signals.includes("legal_threat")) reasons.push({ code: "legal_threat", message: "It threatens lawsuits, home visits or credit records (起诉/上门/征信)." });
  if (typology) reasons.push(typologyReason(typology, "en"));
  if (campaign) {
    reasons.push({
      code: "campaign",
      message: `The text matches campaign ${campaign.id}, a template reported ${campaign.reports} time(s) by ${campaign.distinctReporters} people.`,
    });
  }
  const campaignScore = campaignEvidence ? computeScore({ now, reporters: [], campaignReporters: campaignEvidence.reporterCount, campaignLastSeen: campaignEvidence.lastSeen }).score : 0;
  if (senderView && senderView.verdict !== "unknown") {
    reasons.push({ code: `sender_${senderView.verdict}`, message: `The sender ${senderView.target.value} is ${senderView.verdict} (score ${senderView.score}).` });
  }
  for (const view of domainViews.filter((v) => v.verdict === "scam" || v.verdict === "suspicious")) {
    reasons.push({ code: `domain_${view.verdict}`, message: `The link domain ${view.target.value} is ${view.verdict} (score ${view.score}).` });
  }

  const reputationScores = [senderView?.official ? 0 : (senderView?.score ?? 0), ...domainViews.map((v) => v.score)];
  const score = Math.max(contentScore, campaignScore, ...reputationScores);
  const verdict = combineVerdicts(
    [senderView?.verdict, ...domainViews.map((v) => v.verdict)].filter((v): v is Verdict => v !== undefined),
    Math.max(contentScore, campaignScore),
    THRESHOLDS[input.audience].suspicious,
    senderView?.verdict === "trusted" && !impersonatesInstitution && contentScore < THRESHOLDS[input.audience].suspicious,
  );
  if (reasons.length === 0) reasons.push({ code: "no_evidence", message: "Nothing known about this message." });
  return {
    verdict,
    score,
    reasons,
    sender: senderView,
    domains: domainViews,
    campaign,
    signals,
    typology,
    claimedInstitution: institution?.name ?? null,
    impersonatesInstitution,
  };
}

/** The worst target verdict wins; content and campaign evidence alone reach at most suspicious. */
function combineVerdicts(verdicts: Verdict[], evidenceScore: number, suspiciousAt: number, trustedSender: boolean): Verdict {
  if (verdicts.includes("scam")) return "scam";
  if (verdicts.includes("suspicious") || evidenceScore >= suspiciousAt) return "suspicious";
  if (trustedSender) return "trusted";
  return "unknown";
}

interface KnownCampaign {
  id: string;
  reportCount: number;
  reporterCount: number;
  lastSeen: number;
  similarity: number;
}

function knownCampaign({ id, reportCount, reporterCount, lastSeen }: CampaignCandidate, similarity: number): KnownCampaign {
  return { id, reportCount, reporterCount, lastSeen, similarity };
}
