/**
 * Lookup use-cases shared by /senders, /domains, /check, the batch lookup and the pages:
 * normalise the target, read its evidence in one round trip, describe it.
 */
import { readTargetEvidence, targetEvidenceStatements, parseTargetEvidence, STATEMENTS_PER_TARGET } from "./db/queries/reputation";
import { registryKeyOf } from "./domain/phone";
import { describeReputation, type LookupOptions, type ReputationView } from "./domain/reputation";
import type { NormalisedSender } from "./domain/types";

const DAY_MS = 86_400_000;

export type LookupTarget =
  | { type: "sender"; sender: NormalisedSender }
  | { type: "domain"; domain: string };

function statementArgs(target: LookupTarget, options: LookupOptions) {
  return {
    type: target.type,
    value: target.type === "sender" ? target.sender.normalized : target.domain,
    ...(target.type === "sender" ? { registryKey: registryKeyOf(target.sender) } : {}),
    now: options.now,
    windowStart: options.now - options.maxAgeDays * DAY_MS,
    withSamples: options.verbose,
  };
}

function describe(target: LookupTarget, evidence: Parameters<typeof describeReputation>[1], options: LookupOptions): ReputationView {
  const view =
    target.type === "sender"
      ? describeReputation({ type: "sender", value: target.sender.normalized, kind: target.sender.kind }, evidence, options)
      : describeReputation({ type: "domain", value: target.domain }, evidence, options);
  return view;
}

export async function lookupTarget(db: D1Database, target: LookupTarget, options: LookupOptions): Promise<ReputationView> {
  return describe(target, await readTargetEvidence(db, statementArgs(target, options)), options);
}

/** Many targets in a single D1 round trip (one batch), results in input order. */
export async function lookupTargets(db: D1Database, targets: LookupTarget[], options: LookupOptions): Promise<ReputationView[]> {
  if (targets.length === 0) return [];
  const statements = targets.flatMap((target) => targetEvidenceStatements(db, statementArgs(target, options)));
  const results = await db.batch(statements);
  return targets.map((target, i) =>
    describe(target, parseTargetEvidence(results.slice(i * STATEMENTS_PER_TARGET, (i + 1) * STATEMENTS_PER_TARGET)), options),
  );
}
