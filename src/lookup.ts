/**
 * Lookup use-cases shared by /senders, /domains, /check, the batch lookup and the pages: read the
 * evidence of any mix of senders and domains in one D1 round trip, then describe each target.
 */
import type { Db } from "./db/session";
import { type EvidenceQuery, evidenceStatements, noEvidence, parseEvidence, parseNeighbours, type TargetEvidence } from "./db/queries/reputation";
import { registryKeyOf } from "./domain/phone";
import { describeReputation, type EvidenceInput, type LookupOptions, type ReputationView } from "./domain/reputation";
import type { NormalisedSender } from "./domain/types";
import { applySync, generation, subscribe, SyncedCache, syncDue, syncStatement } from "./freshness";
import { applyExceptions, coverNeighbourhood, exceptionsStatement, forgetRanges, knownAbsent, noteExisting, type RangeType } from "./known-ranges";

const DAY_MS = 86_400_000;

export type LookupTarget = { type: "sender"; sender: NormalisedSender } | { type: "domain"; domain: string };

/**
 * Evidence per isolate: carriers and apps ask about the same hot senders and domains again and
 * again. A report invalidates its own sender and domains at once in the isolate that stored it;
 * reports stored anywhere else reach this cache through the sync (src/freshness.ts) within about
 * a second — the sender, the domains and every cached target that shares the report's campaign
 * (its campaign counts are part of their evidence). A client that sends its X-D1-Bookmark never
 * reads from here. Only the default window without samples is cached. A reporter's trust
 * changing (corroboration, flood) alters their other targets' weights too; that indirect effect
 * is bounded by MAX_AGE_MS instead of being tracked per reporter.
 */
const evidenceCache = new SyncedCache<string, TargetEvidence>(20_000);
/** Cached targets per campaign they carry in their evidence, to drop them when it changes. */
const campaignTargets = new Map<string, Set<string>>();
const CACHED_WINDOW_DAYS = 90;

const targetKey = (type: "sender" | "domain", value: string) => `${type}:${value}`;
const keyOf = (target: LookupTarget) => (target.type === "sender" ? targetKey("sender", target.sender.normalized) : targetKey("domain", target.domain));

function cacheEvidence(key: string, evidence: TargetEvidence, readAt: number, readGeneration: number): void {
  evidenceCache.set(key, evidence, readAt, readGeneration);
  const campaigns = new Set(evidence.facets.filter((facet) => facet.facet === "campaign").map((facet) => facet.value));
  if (evidence.campaign) campaigns.add(evidence.campaign.id);
  for (const campaign of campaigns) {
    let keys = campaignTargets.get(campaign);
    if (!keys) campaignTargets.set(campaign, (keys = new Set()));
    keys.add(key);
  }
  // Evicted entries leave their keys here; past this bound, start over.
  if (campaignTargets.size > 50_000) forgetAllEvidence();
}

/** Drops cached evidence of targets that just changed (called after a report is stored): they exist now. */
export function forgetEvidence(targets: { type: "sender" | "domain"; value: string }[]): void {
  for (const target of targets) {
    evidenceCache.delete(targetKey(target.type, target.value));
    noteExisting(target.type, target.value);
  }
}

/** Drops all cached evidence and known ranges (moderation, appeals, registry changes affect many targets). */
export function forgetAllEvidence(): void {
  evidenceCache.clear();
  campaignTargets.clear();
  forgetRanges();
}

subscribe({
  changed(changes) {
    forgetEvidence([...changes.senders.map((value) => ({ type: "sender" as const, value })), ...changes.domains.map((value) => ({ type: "domain" as const, value }))]);
    for (const campaign of changes.campaigns) {
      for (const key of campaignTargets.get(campaign) ?? []) evidenceCache.delete(key);
      campaignTargets.delete(campaign);
    }
  },
  reset: forgetAllEvidence,
});

/**
 * Reads evidence for the targets plus any extra statements in ONE batch. Returns the evidence in
 * target order and the extra statements' results (used by /check for campaign candidates).
 * With `useCache`, cached targets are served from the isolate and only the others are read; with
 * nothing left to read, D1 is called only for a due sync (once a second at most).
 */
export async function readTargetsEvidence(
  db: Db,
  targets: LookupTarget[],
  options: Pick<LookupOptions, "now" | "maxAgeDays" | "verbose">,
  extra: D1PreparedStatement[] = [],
  useCache = false,
): Promise<{ evidence: TargetEvidence[]; extraResults: D1Result[]; readGeneration: number }> {
  const cacheable = useCache && !options.verbose && options.maxAgeDays === CACHED_WINDOW_DAYS;
  // When a sync is due this request pays its round trip anyway, so it reads its targets fresh
  // beside it instead of answering from entries the sync may be about to drop.
  const sync = useCache && syncDue(options.now) ? [syncStatement(db)] : [];
  const fromIsolate = useCache && sync.length === 0;
  const evidence: (TargetEvidence | undefined)[] = targets.map((target) => {
    if (!fromIsolate) return undefined;
    const cached = cacheable ? evidenceCache.get(keyOf(target), options.now) : undefined;
    // Nothing stored about it at all: the same empty evidence for any window, verbose or not.
    return cached ?? (knownAbsent(...rangeKeyOf(target)) ? noEvidence() : undefined);
  });
  const missing = targets.filter((_, i) => evidence[i] === undefined);
  if (missing.length === 0 && extra.length === 0 && sync.length === 0) {
    return { evidence: evidence as TargetEvidence[], extraResults: [], readGeneration: generation() };
  }

  const senders = missing.filter((t): t is Extract<LookupTarget, { type: "sender" }> => t.type === "sender");
  const domains = missing.filter((t): t is Extract<LookupTarget, { type: "domain" }> => t.type === "domain");
  const common = { now: options.now, windowStart: options.now - options.maxAgeDays * DAY_MS, withSamples: options.verbose, withNeighbours: useCache };
  const senderQuery: EvidenceQuery = { type: "sender", values: senders.map((t) => t.sender.normalized), registryKeys: senders.map((t) => registryKeyOf(t.sender)), ...common };
  const domainQuery: EvidenceQuery = { type: "domain", values: domains.map((t) => t.domain), ...common };
  const senderStatements = evidenceStatements(db, senderQuery);
  const domainStatements = evidenceStatements(db, domainQuery);
  const exceptions = useCache ? exceptionsStatement(db) : null;
  const before = exceptions ? [...sync, exceptions] : sync;
  // A due sync rides along: read in the same snapshot, it also vouches for the entries read here.
  const readGeneration = generation();
  let results: D1Result[] = [];
  try {
    results = await db.batch([...before, ...extra, ...senderStatements, ...domainStatements]);
  } finally {
    if (sync.length > 0) applySync(results[0], options.now);
  }
  const entryGeneration = sync.length > 0 ? generation() : readGeneration;
  if (before.length > sync.length) applyExceptions(results[sync.length], entryGeneration);
  results = results.slice(before.length);
  const extraResults = results.slice(0, extra.length);
  const senderResults = results.slice(extra.length, extra.length + senderStatements.length);
  const domainResults = results.slice(extra.length + senderStatements.length);
  const read = [...parseEvidence(senderQuery, senderResults), ...parseEvidence(domainQuery, domainResults)];
  const neighbours = [...parseNeighbours(senderQuery, senderResults), ...parseNeighbours(domainQuery, domainResults)];
  [...senders, ...domains].forEach((target, j) => {
    const around = neighbours[j];
    if (around) coverNeighbourhood(target.type, around.lower, around.upper, entryGeneration);
  });
  const readOf = new Map([...senders, ...domains].map((target, j) => [target, read[j] as TargetEvidence]));
  for (let i = 0; i < targets.length; i++) {
    if (evidence[i] !== undefined) continue;
    const target = targets[i] as LookupTarget;
    const targetEvidence = readOf.get(target) as TargetEvidence;
    evidence[i] = targetEvidence;
    if (cacheable) cacheEvidence(keyOf(target), targetEvidence, options.now, entryGeneration);
  }
  return { evidence: evidence as TargetEvidence[], extraResults, readGeneration: entryGeneration };
}

/** A target's key in the known ranges, with its registry number for senders. */
function rangeKeyOf(target: LookupTarget): [RangeType, string, string?] {
  return target.type === "sender" ? ["sender", target.sender.normalized, registryKeyOf(target.sender)] : ["domain", target.domain];
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
