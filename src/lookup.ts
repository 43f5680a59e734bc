/**
 * Lookup use-cases shared by /senders, /domains, /check, the batch lookup and the pages: read the
 * evidence of any mix of senders and domains in one D1 round trip, then describe each target.
 */
import type { Db } from "./db/session";
import { type EvidenceQuery, evidenceStatements, parseEvidence, type TargetEvidence } from "./db/queries/reputation";
import { registryKeyOf } from "./domain/phone";
import { describeReputation, type EvidenceInput, type LookupOptions, type ReputationView } from "./domain/reputation";
import type { NormalisedSender } from "./domain/types";
import { TtlCache } from "./memory-cache";

const DAY_MS = 86_400_000;

export type LookupTarget = { type: "sender"; sender: NormalisedSender } | { type: "domain"; domain: string };

/**
 * Evidence read in the last few seconds, per isolate: carriers and apps ask about the same hot
 * senders and domains again and again. A report invalidates the evidence of its own sender and
 * domains at once in the isolate that stored it (and a client that sends its X-D1-Bookmark never
 * reads from here); anything else — other isolates, a campaign's new reporter lifting a sibling
 * sender — is at most LOOKUP_CACHE_TTL_MS old. Only the default window without samples is cached.
 */
export const LOOKUP_CACHE_TTL_MS = 30_000;
const evidenceCache = new TtlCache<string, TargetEvidence>(5_000, LOOKUP_CACHE_TTL_MS);
const CACHED_WINDOW_DAYS = 90;

const targetKey = (type: "sender" | "domain", value: string) => `${type}:${value}`;
const keyOf = (target: LookupTarget) => (target.type === "sender" ? targetKey("sender", target.sender.normalized) : targetKey("domain", target.domain));

/** Drops cached evidence of targets that just changed (called after a report is stored). */
export function forgetEvidence(targets: { type: "sender" | "domain"; value: string }[]): void {
  for (const target of targets) evidenceCache.delete(targetKey(target.type, target.value));
}

/** Drops all cached evidence (moderation, appeals, registry changes affect many targets). */
export function forgetAllEvidence(): void {
  evidenceCache.clear();
}

/**
 * Reads evidence for the targets plus any extra statements in ONE batch. Returns the evidence in
 * target order and the extra statements' results (used by /check for campaign candidates).
 * With `useCache`, targets read in the last LOOKUP_CACHE_TTL_MS are served from the isolate and
 * only the others are read; with nothing left to read, D1 is not called at all.
 */
export async function readTargetsEvidence(
  db: Db,
  targets: LookupTarget[],
  options: Pick<LookupOptions, "now" | "maxAgeDays" | "verbose">,
  extra: D1PreparedStatement[] = [],
  useCache = false,
): Promise<{ evidence: TargetEvidence[]; extraResults: D1Result[] }> {
  const cacheable = useCache && !options.verbose && options.maxAgeDays === CACHED_WINDOW_DAYS;
  const evidence: (TargetEvidence | undefined)[] = targets.map((t) => (cacheable ? evidenceCache.get(keyOf(t), options.now) : undefined));
  const missing = targets.filter((_, i) => evidence[i] === undefined);
  if (missing.length === 0 && extra.length === 0) return { evidence: evidence as TargetEvidence[], extraResults: [] };

  const senders = missing.filter((t): t is Extract<LookupTarget, { type: "sender" }> => t.type === "sender");
  const domains = missing.filter((t): t is Extract<LookupTarget, { type: "domain" }> => t.type === "domain");
  const common = { now: options.now, windowStart: options.now - options.maxAgeDays * DAY_MS, withSamples: options.verbose };
  const senderQuery: EvidenceQuery = { type: "sender", values: senders.map((t) => t.sender.normalized), registryKeys: senders.map((t) => registryKeyOf(t.sender)), ...common };
  const domainQuery: EvidenceQuery = { type: "domain", values: domains.map((t) => t.domain), ...common };
  const senderStatements = evidenceStatements(db, senderQuery);
  const domainStatements = evidenceStatements(db, domainQuery);
  const results = await db.batch([...extra, ...senderStatements, ...domainStatements]);
  const extraResults = results.slice(0, extra.length);
  const senderEvidence = parseEvidence(senderQuery, results.slice(extra.length, extra.length + senderStatements.length));
  const domainEvidence = parseEvidence(domainQuery, results.slice(extra.length + senderStatements.length));
  let s = 0;
  let d = 0;
  for (let i = 0; i < targets.length; i++) {
    if (evidence[i] !== undefined) continue;
    const target = targets[i] as LookupTarget;
    const read = (target.type === "sender" ? senderEvidence[s++] : domainEvidence[d++]) as TargetEvidence;
    evidence[i] = read;
    if (cacheable) evidenceCache.set(keyOf(target), read, options.now);
  }
  return { evidence: evidence as TargetEvidence[], extraResults };
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
