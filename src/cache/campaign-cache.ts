/**
 * Which campaign a message template belongs to, remembered per isolate by the template's exact
 * fingerprint. Mass-sent campaigns repeat the same template (names, amounts and links differ, the
 * fingerprint does not), so most reports and /check calls find their campaign here instead of
 * reading the LSH bands.
 *
 * - templateCampaign (reports): an exact fingerprint joins one campaign for good
 *   (campaign_fingerprints is insert-only), so a remembered id stays right.
 * - checkMatch (/check): the matched campaign's id and similarity, or "no campaign". A campaign's
 *   signature never changes, so a match stays; its counts come from the lookup cache's campaign
 *   entries (src/services/lookup.ts). Every "no campaign" is dropped when a campaign is created — at once
 *   in this isolate, within the sync interval for other isolates' reports (freshness.ts).
 */
import { generation, MAX_AGE_MS, subscribe, SyncedCache } from "./freshness";
import { TtlCache } from "./memory-cache";

export interface CampaignMatch {
  id: string;
  similarity: number;
}

const templateCampaign = new TtlCache<string, string>(20_000, MAX_AGE_MS);
const checkMatch = new SyncedCache<string, CampaignMatch | null>(20_000);
/** Fingerprints cached as matching no campaign. */
const unmatched = new Set<string>();

function forgetUnmatched(): void {
  for (const fingerprint of unmatched) checkMatch.delete(fingerprint);
  unmatched.clear();
}

function forgetAllMatches(): void {
  checkMatch.clear();
  unmatched.clear();
}

subscribe({
  changed(changes) {
    if (changes.newCampaigns) forgetUnmatched();
  },
  reset: forgetAllMatches,
});

/** The campaign id a template's reports join, when this isolate knows it. */
export function campaignOfTemplate(fingerprint: string): string | undefined {
  return templateCampaign.get(fingerprint);
}

/** After a report is stored: its template belongs to this campaign from now on. */
export function rememberTemplateCampaign(fingerprint: string, campaignId: string, createdCampaign: boolean): void {
  templateCampaign.set(fingerprint, campaignId);
  // A new campaign may match templates that matched nothing before.
  if (createdCampaign) forgetUnmatched();
}

/** /check: the match of a template (null: none), undefined when not known here. */
export function cachedCheckMatch(fingerprint: string, now: number): CampaignMatch | null | undefined {
  return checkMatch.get(fingerprint, now);
}

/** `readGeneration`: freshness generation() when the match was read (see SyncedCache.set). */
export function rememberCheckMatch(fingerprint: string, match: CampaignMatch | null, readAt: number, readGeneration = generation()): void {
  checkMatch.set(fingerprint, match, readAt, readGeneration);
  if (match) {
    templateCampaign.set(fingerprint, match.id);
  } else {
    unmatched.add(fingerprint);
    if (unmatched.size > 50_000) forgetAllMatches();
  }
}
