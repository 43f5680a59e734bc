/**
 * Lookup use-cases shared by /senders, /domains, /check, the batch lookup and the pages: read the
 * evidence of any mix of senders and domains in one D1 round trip, then describe each target.
 */
import type { Db } from "./db/session";
import { type EvidenceQuery, evidenceStatements, parseEvidence, type TargetEvidence } from "./db/queries/reputation";
import { registryKeyOf } from "./domain/phone";
import { describeReputation, type EvidenceInput, type LookupOptions, type ReputationView } from "./domain/reputation";
import type { NormalisedSender } from "./domain/types";

const DAY_MS = 86_400_000;

export type LookupTarget = { type: "sender"; sender: NormalisedSender } | { type: "domain"; domain: string };

/**
 * Reads evidence for the targets plus any extra statements in ONE batch. Returns the evidence in
 * target order and the extra statements' results (used by /check for campaign candidates).
 */
export async function readTargetsEvidence(
  db: Db,
  targets: LookupTarget[],
  options: Pick<LookupOptions, "now" | "maxAgeDays" | "verbose">,
  extra: D1PreparedStatement[] = [],
): Promise<{ evidence: TargetEvidence[]; extraResults: D1Result[] }> {
  const senders = targets.filter((t): t is Extract<LookupTarget, { type: "sender" }> => t.type === "sender");
  const domains = targets.filter((t): t is Extract<LookupTarget, { type: "domain" }> => t.type === "domain");
  const common = { now: options.now, windowStart: options.now - options.maxAgeDays * DAY_MS, withSamples: options.verbose };
  const senderQuery: EvidenceQuery = { type: "sender", values: senders.map((t) => t.sender.normalized), registryKeys: senders.map((t) => registryKeyOf(t.sender)), ...common };
  const domainQuery: EvidenceQuery = { type: "domain", values: domains.map((t) => t.domain), ...common };
  const senderStatements = evidenceStatements(db, senderQuery);
  const domainStatements = evidenceStatements(db, domainQuery);
  const all = [...extra, ...senderStatements, ...domainStatements];
  const results = all.length > 0 ? await db.batch(all) : [];
  const extraResults = results.slice(0, extra.length);
  const senderEvidence = parseEvidence(senderQuery, results.slice(extra.length, extra.length + senderStatements.length));
  const domainEvidence = parseEvidence(domainQuery, results.slice(extra.length + senderStatements.length));
  let s = 0;
  let d = 0;
  const evidence = targets.map((t) => (t.type === "sender" ? senderEvidence[s++] : domainEvidence[d++]) as TargetEvidence);
  return { evidence, extraResults };
}

export function describeTarget(target: LookupTarget, evidence: EvidenceInput, options: LookupOptions): ReputationView {
  return target.type === "sender"
    ? describeReputation({ type: "sender", value: target.sender.normalized, kind: target.sender.kind }, evidence, options)
    : describeReputation({ type: "domain", value: target.domain }, evidence, options);
}

/** Many targets in a single D1 round trip with a constant number of statements, in input order. */
export async function lookupTargets(db: Db, targets: LookupTarget[], options: LookupOptions): Promise<ReputationView[]> {
  const { evidence } = await readTargetsEvidence(db, targets, options);
  return targets.map((target, i) => describeTarget(target, evidence[i] as TargetEvidence, options));
}

export async function lookupTarget(db: Db, target: LookupTarget, options: LookupOptions): Promise<ReputationView> {
  return (await lookupTargets(db, [target], options))[0] as ReputationView;
}
