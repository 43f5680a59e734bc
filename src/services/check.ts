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
import { checkVerdict } from "../domain/check-verdict";
import { type Audience, asksSomething, CONTENT_CAP, contentPoints, IMPERSONATION_POINTS, STRONG_SIGNALS, typologyCounts, type Verdict } from "../domain/score";
import { type Advice, adviceFor } from "../domain/advice";
import { DEFAULT_LANG, type Lang, type MessageParams, messageFor } from "../domain/messages";
import { type OfficialContact, officialContactsOf, serviceNumberInPort } from "../domain/official";
import { planContactsRead } from "./contacts";
import { analyseContent, NEW_SIGNAL_LABELS } from "../domain/signals";
import type { TypologyId } from "../domain/typologies";
import type { NormalisedSender, Signal } from "../domain/types";
import { cachedCheckMatch, rememberCheckMatch } from "../cache/campaign-cache";
import { syncDue } from "../cache/freshness";
import { describeTarget, type LookupTarget, readTargetsEvidence } from "./lookup";

const MAX_DOMAINS = 10;
/** The v1 signals with a reason of their own (REASON_MESSAGES); issue 23's add theirs from NEW_SIGNAL_LABELS. */
const SIGNAL_REASONS: readonly Signal[] = ["asks_verification_code", "asks_id_or_card", "repayment_channel_private", "legal_threat"];

export interface CheckInput {
  sender: NormalisedSender | null;
  text: string | null;
  url: string | null;
  audience: Audience;
  maxAgeDays: number;
  /** Language of messages and advice (codes never change); zh-CN when absent. */
  lang?: Lang;
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
  /** Registry numbers and domains of the institution the text claims, to verify with. */
  officialContacts: OfficialContact[];
  /** What the reader should do next. */
  advice: Advice[];
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
  const lang = input.lang ?? DEFAULT_LANG;
  // The claimed institution's registry rows (official contacts, service numbers in port digits) ride in the same batch.
  const contactsRead = planContactsRead(db, organization ? [organization] : [], now, useCache);

  // The template's campaign: from the isolate's cache when this template was seen before (and its
  // campaign has not changed since), else read in the same batch as the evidence.
  const known = fingerprint && useCache && !syncDue(now) ? cachedCheckMatch(fingerprint.exact, now) : undefined;
  const extra = fingerprint && known === undefined ? [campaignMatchStatement(db, fingerprint.exact, fingerprint.bands)] : [];
  const contactsAt = extra.length;
  if (contactsRead.statement) extra.push(contactsRead.statement);
  const targets: LookupTarget[] = [
    ...(input.sender ? [{ type: "sender" as const, sender: input.sender }] : []),
    ...domains.map((domain) => ({ type: "domain" as const, domain })),
  ];
  const options = { now, audience: input.audience, maxAgeDays: input.maxAgeDays, verbose: false, lang };
  const { evidence, extraResults, readGeneration, campaigns } = await readTargetsEvidence(db, targets, options, extra, useCache, known ? [known.id] : []);
  const registryRows = contactsRead.resolve(contactsRead.statement ? extraResults[contactsAt] : undefined);

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
  const campaignEvidence: EvidenceInput["campaign"] = matched
    ? { id: matched.id, reporterCount: matched.reporterCount, lastSeen: matched.lastSeen, sources: matched.sources }
    : null;
  const strongTemplate = (content?.signals ?? []).some((signal) => STRONG_SIGNALS.has(signal));
  // The matched campaign counts as evidence about the sender and links that carry its text (past
  // the campaign threshold, and never counting their own reporters twice: src/domain/score.ts).
  const withCampaign = (e: EvidenceInput): EvidenceInput =>
    campaignEvidence && (!e.campaign || e.campaign.reporterCount < campaignEvidence.reporterCount)
      ? { ...e, campaign: campaignEvidence, campaignStrongTemplate: strongTemplate }
      : e;
  const views = targets.map((target, i) => describeTarget(target, withCampaign(evidence[i] as EvidenceInput), options));
  const senderView = input.sender ? (views[0] ?? null) : null;
  const domainViews = input.sender ? views.slice(1) : views;

  const institution = content?.institution ?? null;
  // The sender's registry entry comes with its evidence: official for this institution's organisation?
  const senderOrganization = input.sender ? (evidence[0]?.official?.organization ?? null) : null;
  const senderIsOfficialForInstitution = organization !== null && senderOrganization === organization;
  // Banks send from many 106 ports; one whose digits carry the institution's 95xxx/96xxx number is probably its own.
  const portNumber = input.sender && institution && !senderIsOfficialForInstitution ? serviceNumberInPort(input.sender, registryRows) : null;
  const impersonatesInstitution = institution !== null && input.sender !== null && !senderIsOfficialForInstitution && portNumber === null;

  const reasons: Reason[] = [];
  const add = (code: string, params?: MessageParams, key = code) => reasons.push({ code, message: messageFor(key, lang, params) });
  const ruleSignals = content?.signals ?? [];
  const strongSignal = ruleSignals.some((signal) => STRONG_SIGNALS.has(signal));
  // The learned wording model never turns an official sender's (or its probable port's) notice into a warning on its own.
  const officialOrPort = senderOrganization !== null || portNumber !== null;
  const signals = officialOrPort && !asksSomething(ruleSignals) ? ruleSignals.filter((signal) => signal !== "scam_language") : ruleSignals;
  // A typology the model's dissent discounts (src/domain/score.ts typologyCounts) is neither scored nor reported.
  // A first message's typology is the model's reading (src/domain/signals.ts): it goes where scam_language goes.
  const countedTypology =
    content?.typology && typologyCounts(signals, content.scamLanguage.tier) && !(content.typology.firstMessage && !signals.includes("scam_language")) ? content.typology : null;
  const typology = countedTypology?.id ?? null;
  // Content alone (no reports) can make a message suspicious, never a scam: see CONTENT_CAP.
  let contentScore = contentPoints(signals, countedTypology, content?.scamLanguage.tier);
  if (portNumber && institution) {
    add("probable_official_port", { sender: input.sender?.normalized ?? "", organization: institution.organization ?? institution.name, number: portNumber });
  }
  if (impersonatesInstitution && institution) {
    // A rented port naming a bank, with nothing a genuine notice never does, is not enough for a carrier to block;
    // from a personal number it still is.
    const unweighted = input.audience === "carrier" && input.sender?.kind === "sms_port" && !strongSignal;
    if (!unweighted) contentScore += IMPERSONATION_POINTS;
    const params = { institution: institution.name, sender: input.sender?.normalized ?? "", organization: institution.organization ?? institution.name };
    add("impersonates_institution", params, institution.organization ? "impersonates_institution_text" : "impersonates_institution_unregistered");
    if (unweighted) add("impersonation_port_unweighted");
  }
  contentScore = Math.min(CONTENT_CAP, contentScore);
  // Issue 23's signals are reasons too: a verdict (or a score) never rests on a signal the reasons leave out.
  for (const signal of [...SIGNAL_REASONS, ...(Object.keys(NEW_SIGNAL_LABELS) as Signal[])]) {
    if (signals.includes(signal)) add(signal);
  }
  if (typology) add(`typology_${typology}`);
  if (content && signals.includes("scam_language")) {
    add("scam_language", { percent: Math.floor(content.scamLanguage.probability * 100) }, `scam_language_${content.scamLanguage.tier}`);
  }
  if (senderView && senderView.verdict !== "unknown") add(`sender_${senderView.verdict}`, { sender: senderView.target.value, score: senderView.score });
  for (const view of domainViews.filter((v) => v.verdict === "scam" || v.verdict === "suspicious")) {
    add(`domain_${view.verdict}`, { domain: view.target.value, score: view.score });
  }

  const checked = (view: ReputationView) => ({ verdict: view.verdict, score: view.score, officialOrganization: view.official?.institution ?? null });
  const { verdict, score, officialThroughout, campaignScore } = checkVerdict({
    audience: input.audience,
    now,
    contentScore,
    campaign: campaignEvidence,
    strongTemplate,
    senderOwnReporters: input.sender ? (evidence[0]?.aggregate?.reporterCount ?? 0) : 0,
    sender: senderView ? checked(senderView) : null,
    domains: domainViews.map(checked),
    impersonatesInstitution,
  });
  // A campaign too few independent people reported is shown (`campaign`) but is no reason yet.
  if (campaign && campaignScore > 0) add("campaign", { campaign: campaign.id, reports: campaign.reports, n: campaign.distinctReporters }, "check_campaign");
  // The reason that decided the verdict comes first.
  if (officialThroughout) {
    reasons.unshift({ code: "official_sender_and_links", message: messageFor("official_sender_and_links", lang, { institution: senderView?.official?.institution ?? "" }) });
  }
  if (reasons.length === 0) add("no_evidence");
  const officialContacts = organization ? officialContactsOf([organization], registryRows) : [];
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
    officialContacts,
    advice: adviceFor({ verdict, hasLinks: links.length > 0 || urlDomain !== null, officialContacts, lang }),
  };
}

interface KnownCampaign {
  id: string;
  reportCount: number;
  reporterCount: number;
  lastSeen: number;
  sources: number;
  similarity: number;
}

function knownCampaign({ id, reportCount, reporterCount, lastSeen, sources }: CampaignCandidate, similarity: number): KnownCampaign {
  return { id, reportCount, reporterCount, lastSeen, sources: sources ?? 0, similarity };
}
