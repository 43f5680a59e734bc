/**
 * Lookup use-cases shared by /senders, /domains, /check, the batch lookup and the pages: read the
 * evidence of any mix of senders and domains in one D1 round trip, then describe each target.
 */
import { type Db, runBatch } from "../db/session";
import {
  type CampaignState,
  campaignStatesStatement,
  type EvidenceQuery,
  evidenceStatements,
  noEvidence,
  parseCampaignStates,
  parseEvidence,
  parseNeighbours,
  strongestCampaign,
  type TargetEvidence,
} from "../db/queries/reputation";
import { registryKeyOf } from "../domain/phone";
import { registrableDomainOf } from "../domain/links";
import { describeReputation, type EvidenceInput, type LookupOptions, type ReputationView } from "../domain/reputation";
import type { NormalisedSender } from "../domain/types";
import { applySync, generation, subscribe, SyncedCache, syncDue, syncStatement } from "../cache/freshness";
import { forgetRegistryContacts } from "../cache/registry-contacts";
import { applyExceptions, coverNeighbourhood, exceptionsStatement, forgetRanges, knownAbsent, noteExisting, type RangeType } from "../cache/known-ranges";

const DAY_MS = 86_400_000;

export type LookupTarget = { type: "sender"; sender: NormalisedSender } | { type: "domain"; domain: string };

/**
 * Evidence per isolate: carriers and apps ask about the same hot senders and domains again and
 * again. A report invalidates its own sender and domains at once in the isolate that stored it;
 * reports stored anywhere else reach this cache through the sync (src/cache/freshness.ts) within about
 * a second. A target's own rows and its campaigns' counts are cached apart: a report into a
 * campaign changes the counts every sibling sender and link shows, so only the campaign's small
 * entry is dropped and read again, once, for all of them. A client that sends its X-D1-Bookmark
 * never reads from here. Only the default window without samples is cached. A reporter's trust
 * changing (corroboration, flood) alters their other targets' weights too; that indirect effect
 * is bounded by MAX_AGE_MS instead of being tracked per reporter.
 */
const evidenceCache = new SyncedCache<string, TargetEvidence>(20_000);
const campaignCache = new SyncedCache<string, CampaignState>(20_000);
const CACHED_WINDOW_DAYS = 90;

const targetKey = (type: "sender" | "domain", value: string) => `${type}:${value}`;
const keyOf = (target: LookupTarget) => (target.type === "sender" ? targetKey("sender", target.sender.normalized) : targetKey("domain", target.domain));

/** Drops cached evidence of targets that just changed (called after a report is stored): they exist now. */
export function forgetEvidence(targets: { type: "sender" | "domain"; value: string }[]): void {
  for (const target of targets) {
    evidenceCache.delete(targetKey(target.type, target.value));
    noteExisting(target.type, target.value);
  }
}

/** Drops a campaign's cached counts (a report joined it). */
export function forgetCampaign(id: string): void {
  campaignCache.delete(id);
}

/** Drops all cached evidence and known ranges (moderation, appeals, registry changes affect many targets). */
export function forgetAllEvidence(): void {
  evidenceCache.clear();
  campaignCache.clear();
  forgetRanges();
  forgetRegistryContacts();
}

subscribe({
  changed(changes) {
    forgetEvidence([...changes.senders.map((value) => ({ type: "sender" as const, value })), ...changes.domains.map((value) => ({ type: "domain" as const, value }))]);
    for (const campaign of changes.campaigns) forgetCampaign(campaign);
  },
  reset: forgetAllEvidence,
});

/** Cached evidence with its campaigns' current counts, or undefined while some count is not held. */
function withCurrentCampaigns(evidence: TargetEvidence, now: number): TargetEvidence | undefined {
  const states: CampaignState[] = [];
  for (const { id } of evidence.campaignStates) {
    const state = campaignCache.get(id, now);
    if (!state) return undefined;
    states.push(state);
  }
  return { ...evidence, campaignStates: states, campaign: strongestCampaign(states) };
}

/**
 * Reads evidence for the targets plus any extra statements in ONE batch. Returns the evidence in
 * target order, the extra statements' results (used by /check for campaign candidates) and the
 * counts of `campaignIds` (campaigns the caller needs besides the targets' own).
 * With `useCache`, cached targets are served from the isolate and only the others are read; with
 * nothing left to read, D1 is not called (a due sync, once a second at most, aside).
 */
export async function readTargetsEvidence(
  db: Db,
  targets: LookupTarget[],
  options: Pick<LookupOptions, "now" | "maxAgeDays" | "verbose">,
  extra: D1PreparedStatement[] = [],
  useCache = false,
  campaignIds: string[] = [],
): Promise<{ evidence: TargetEvidence[]; extraResults: D1Result[]; readGeneration: number; campaigns: Map<string, CampaignState> }> {
  const now = options.now;
  const cacheable = useCache && !options.verbose && options.maxAgeDays === CACHED_WINDOW_DAYS;
  // When a sync is due this request pays its round trip anyway, so it reads its targets fresh
  // beside it instead of answering from entries the sync may be about to drop.
  const sync = useCache && syncDue(now) ? [syncStatement(db)] : [];
  const fromIsolate = useCache && sync.length === 0;
  const campaigns = new Map<string, CampaignState>();
  const wantedCampaigns = new Set<string>();
  const wantCampaign = (id: string) => {
    const state = fromIsolate ? campaignCache.get(id, now) : undefined;
    if (state) campaigns.set(id, state);
    else wantedCampaigns.add(id);
  };
  campaignIds.forEach(wantCampaign);
  /** Cached targets whose campaign counts must be read before they can be answered. */
  const awaitingCampaigns = new Map<number, TargetEvidence>();
  const evidence: (TargetEvidence | undefined)[] = targets.map((target, i) => {
    if (!fromIsolate) return undefined;
    const cached = cacheable ? evidenceCache.get(keyOf(target), now) : undefined;
    if (cached) {
      const current = withCurrentCampaigns(cached, now);
      if (current) return current;
      awaitingCampaigns.set(i, cached);
      for (const { id } of cached.campaignStates) wantCampaign(id);
      return undefined;
    }
    // Nothing stored about it at all: the same empty evidence for any window, verbose or not.
    return knownAbsent(...rangeKeyOf(target)) ? noEvidence() : undefined;
  });
  const missing = targets.filter((_, i) => evidence[i] === undefined && !awaitingCampaigns.has(i));
  if (missing.length === 0 && extra.length === 0 && sync.length === 0 && wantedCampaigns.size === 0) {
    return { evidence: evidence as TargetEvidence[], extraResults: [], readGeneration: generation(), campaigns };
  }

  const senders = missing.filter((t): t is Extract<LookupTarget, { type: "sender" }> => t.type === "sender");
  const domains = missing.filter((t): t is Extract<LookupTarget, { type: "domain" }> => t.type === "domain");
  const common = { now, windowStart: now - options.maxAgeDays * DAY_MS, withSamples: options.verbose, withNeighbours: useCache };
  const senderQuery: EvidenceQuery = { type: "sender", values: senders.map((t) => t.sender.normalized), registryKeys: senders.map((t) => registryKeyOf(t.sender)), ...common };
  const domainQuery: EvidenceQuery = { type: "domain", values: domains.map((t) => t.domain), registryKeys: domains.map((t) => registrableDomainOf(t.domain)), ...common };
  const senderStatements = evidenceStatements(db, senderQuery);
  const domainStatements = evidenceStatements(db, domainQuery);
  const exceptions = useCache ? exceptionsStatement(db) : null;
  const campaignStatement = wantedCampaigns.size > 0 ? campaignStatesStatement(db, [...wantedCampaigns]) : null;
  const before = [...sync, ...(exceptions ? [exceptions] : []), ...(campaignStatement ? [campaignStatement] : [])];
  // A due sync rides along: read in the same snapshot, it also vouches for the entries read here.
  const readGeneration = generation();
  let results: D1Result[] = [];
  try {
    results = await runBatch(db, [...before, ...extra, ...senderStatements, ...domainStatements]);
  } finally {
    if (sync.length > 0) applySync(results[0], now);
  }
  const entryGeneration = sync.length > 0 ? generation() : readGeneration;
  if (exceptions) applyExceptions(results[sync.length], entryGeneration);
  const readStates = campaignStatement ? parseCampaignStates(results[before.length - 1]) : [];
  results = results.slice(before.length);
  const extraResults = results.slice(0, extra.length);
  const senderResults = results.slice(extra.length, extra.length + senderStatements.length);
  const domainResults = results.slice(extra.length + senderStatements.length);
  const read = [...parseEvidence(senderQuery, senderResults), ...parseEvidence(domainQuery, domainResults)];
  const neighbours = [...parseNeighbours(senderQuery, senderResults), ...parseNeighbours(domainQuery, domainResults)];
  const rememberState = (state: CampaignState) => {
    campaigns.set(state.id, state);
    if (useCache) campaignCache.set(state.id, state, now, entryGeneration);
  };
  readStates.forEach(rememberState);
  for (const targetEvidence of read) targetEvidence.campaignStates.forEach(rememberState);
  [...senders, ...domains].forEach((target, j) => {
    const around = neighbours[j];
    if (around) coverNeighbourhood(target.type, around.lower, around.upper, entryGeneration);
  });
  const readOf = new Map([...senders, ...domains].map((target, j) => [target, read[j] as TargetEvidence]));
  for (let i = 0; i < targets.length; i++) {
    if (evidence[i] !== undefined) continue;
    const target = targets[i] as LookupTarget;
    const cached = awaitingCampaigns.get(i);
    if (cached) {
      // A campaign gone from the table (never, today) simply stops counting.
      const states = cached.campaignStates.map(({ id }) => campaigns.get(id)).filter((state): state is CampaignState => state !== undefined);
      evidence[i] = { ...cached, campaignStates: states, campaign: strongestCampaign(states) };
      continue;
    }
    const targetEvidence = readOf.get(target) as TargetEvidence;
    evidence[i] = targetEvidence;
    if (cacheable) evidenceCache.set(keyOf(target), targetEvidence, now, entryGeneration);
  }
  return { evidence: evidence as TargetEvidence[], extraResults, readGeneration: entryGeneration, campaigns };
}

/** A target's key in the known ranges, with its registry number for senders. */
function rangeKeyOf(target: LookupTarget): [RangeType, string, string?] {
  return target.type === "sender" ? ["sender", target.sender.normalized, registryKeyOf(target.sender)] : ["domain", target.domain, registrableDomainOf(target.domain)];
}

export function describeTarget(target: LookupTarget, evidence: EvidenceInput, options: LookupOptions): ReputationView {
  return target.type === "sender"
    ? describeReputation({ type: "sender", value: target.sender.normalized, kind: target.sender.kind }, evidence, options)
    : describeReputation({ type: "domain", value: target.domain }, evidence, options);
}

/** Many targets in a single D1 round trip with a constant number of statements, in input order. */
export async function lookupTargets(db: Db, targets: LookupTarget[], options: LookupOptions, useCache = false): Promise<ReputationView[]> {
  const { evidence } = await readTargetsEvidence(db, targets, options, [], useCache);
  return targets.map((target, i) => describeTarget(target, evidence[i] as TargetEvidence, options));
}

export async function lookupTarget(db: Db, target: LookupTarget, options: LookupOptions, useCache = false): Promise<ReputationView> {
  return (await lookupTargets(db, [target], options, useCache))[0] as ReputationView;
}
