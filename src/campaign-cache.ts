/**
 * Which campaign a message template belongs to, remembered per isolate by the template's exact
 * fingerprint. Mass-sent campaigns repeat the same template (names, amounts and links differ, the
 * fingerprint does not), so most reports and /check calls find their campaign here instead of
 * reading the LSH bands.
 *
 * - templateCampaign (reports): an exact fingerprint joins one campaign for good
 *   (campaign_fingerprints is insert-only), so a remembered id stays right.
 * - checkMatch (/check): the match with its counts, or "no campaign", at most the TTL old; every
 *   "no campaign" is forgotten when this isolate creates a campaign.
 */
import { LOOKUP_CACHE_TTL_MS } from "./lookup";
import { TtlCache } from "./memory-cache";

export interface KnownCampaign {
  id: string;
  reportCount: number;
  reporterCount: number;
  lastSeen: number;
  similarity: number;
}

const templateCampaign = new TtlCache<string, string>(20_000, LOOKUP_CACHE_TTL_MS);
const checkMatch = new TtlCache<string, KnownCampaign | null>(20_000, LOOKUP_CACHE_TTL_MS);

/** The campaign id a template's reports join, when this isolate knows it. */
export function campaignOfTemplate(fingerprint: string): string | undefined {
  return templateCampaign.get(fingerprint);
}

/** After a report is stored: its template belongs to this campaign from now on. */
export function rememberTemplateCampaign(fingerprint: string, campaignId: string, createdCampaign: boolean): void {
  templateCampaign.set(fingerprint, campaignId);
  // A new campaign may match templates that matched nothing before.
  if (createdCampaign) checkMatch.clear();
}

/** /check: the match of a template (null: none), undefined when not known here. */
export function cachedCheckMatch(fingerprint: string): KnownCampaign | null | undefined {
  return checkMatch.get(fingerprint);
}

export function rememberCheckMatch(fingerprint: string, match: KnownCampaign | null): void {
  checkMatch.set(fingerprint, match);
  if (match) templateCampaign.set(fingerprint, match.id);
}
