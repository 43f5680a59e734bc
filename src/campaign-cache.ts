/**
 * Which campaign a message template belongs to, remembered per isolate by the template's exact
 * fingerprint. Mass-sent campaigns repeat the same template (names, amounts and links differ, the
 * fingerprint does not), so most reports and /check calls find their campaign here instead of
 * reading the LSH bands.
 *
 * - templateCampaign (reports): an exact fingerprint joins one campaign for good
 *   (campaign_fingerprints is insert-only), so a remembered id stays right.
 * - checkMatch (/check): the match with its counts, or "no campaign". A match is dropped when its
 *   campaign gets a report (counts change), every "no campaign" when a campaign is created —
 *   at once in this isolate, within the sync interval for other isolates' reports (freshness.ts).
 */
import { generation, MAX_AGE_MS, subscribe, SyncedCache } from "./freshness";
import { TtlCache } from "./memory-cache";

export interface KnownCampaign {
  id: string;
  reportCount: number;
  reporterCount: number;
  lastSeen: number;
  similarity: number;
}

const templateCampaign = new TtlCache<string, string>(20_000, MAX_AGE_MS);
const checkMatch = new SyncedCache<string, KnownCampaign | null>(20_000);
/** Fingerprints cached with each matched campaign, and those cached as matching none. */
const matchesOfCampaign = new Map<string, Set<string>>();
const unmatched = new Set<string>();

function forgetUnmatched(): void {
  for (const fingerprint of unmatched) checkMatch.delete(fingerprint);
  unmatched.clear();
}

function forgetAllMatches(): void {
  checkMatch.clear();
  matchesOfCampaign.clear();
  unmatched.clear();
}

subscribe({
  changed(changes) {
    for (const campaign of changes.campaigns) {
      for (const fingerprint of matchesOfCampaign.get(campaign) ?? []) checkMatch.delete(fingerprint);
      matchesOfCampaign.delete(campaign);
    }
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
  // The campaign's counts changed; a new campaign may match templates that matched nothing before.
  for (const cached of matchesOfCampaign.get(campaignId) ?? []) checkMatch.delete(cached);
  matchesOfCampaign.delete(campaignId);
  if (createdCampaign) forgetUnmatched();
}

/** /check: the match of a template (null: none), undefined when not known here. */
export function cachedCheckMatch(fingerprint: string, now: number): KnownCampaign | null | undefined {
  return checkMatch.get(fingerprint, now);
}

/** `readGeneration`: freshness generation() when the match was read (see SyncedCache.set). */
export function rememberCheckMatch(fingerprint: string, match: KnownCampaign | null, readAt: number, readGeneration = generation()): void {
  checkMatch.set(fingerprint, match, readAt, readGeneration);
  if (match) {
    templateCampaign.set(fingerprint, match.id);
    let cached = matchesOfCampaign.get(match.id);
    if (!cached) matchesOfCampaign.set(match.id, (cached = new Set()));
    cached.add(fingerprint);
  } else {
    unmatched.add(fingerprint);
  }
  if (matchesOfCampaign.size + unmatched.size > 50_000) forgetAllMatches();
}
