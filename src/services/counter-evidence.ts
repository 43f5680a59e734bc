/**
 * Counter-evidence (docs/scoring.md, "Withdrawal and votes"): a reporter takes a report back with
 * the receipt its 201 carried; the public or an app's users vouch for a genuine sender or site.
 * Receipts are HMACs of the id under REPORTER_KEY, so nothing secret is stored and a receipt
 * proves only that its holder received that one response.
 */
import { constantTimeEqual, hmacHex, newId } from "../lib/crypto";
import { ApiError } from "../lib/errors";
import { findStoredReport, withdrawReport } from "../db/queries/withdrawal";
import { deleteVote, findVote, insertVote, VOTE_COOLDOWN_MS } from "../db/queries/votes";
import type { Db } from "../db/session";
import { redactText } from "../domain/redact";
import { forgetCampaign, forgetEvidence } from "./lookup";
import { reporterPseudonym, type Submitter } from "./reporter";
import { announceTargets } from "./webhooks";

/** Runs work after the response (ctx.waitUntil): the webhook announcement of what changed. */
type Background = (work: Promise<unknown>) => void;

const RECEIPT_PREFIX = "rcp_";

/** The receipt of a report or vote id: shown once in its 201, never stored. */
export async function receiptFor(env: Env, id: string): Promise<string> {
  return RECEIPT_PREFIX + (await hmacHex(env.REPORTER_KEY, `receipt:${id}`)).slice(0, 40);
}

/** Whether `receipt` is the receipt of `id` (under the current key or, during a rotation, the previous one). */
async function receiptMatches(env: Env, id: string, receipt: string | undefined): Promise<boolean> {
  if (!receipt) return false;
  const keys = [env.REPORTER_KEY, env.REPORTER_KEY_PREVIOUS].filter((key): key is string => Boolean(key));
  for (const key of keys) {
    const expected = RECEIPT_PREFIX + (await hmacHex(key, `receipt:${id}`)).slice(0, 40);
    if (constantTimeEqual(expected, receipt)) return true;
  }
  return false;
}

const wrongReceipt = () => new ApiError("forbidden", "The X-Report-Receipt header is missing or is not this item's receipt.");

/** Withdraws a report everywhere: 404 unknown (or already withdrawn), 403 wrong receipt. */
export async function withdraw(env: Env, db: Db, id: string, receipt: string | undefined, background?: Background): Promise<void> {
  const report = await findStoredReport(db, id);
  if (!report) throw new ApiError("not_found", `No report ${id} (it may have been withdrawn already).`);
  if (!(await receiptMatches(env, id, receipt))) throw wrongReceipt();
  await withdrawReport(db, report);
  const targets = [{ type: "sender" as const, value: report.sender }, ...report.domains.map((value) => ({ type: "domain" as const, value }))];
  forgetEvidence(targets);
  forgetCampaign(report.campaignId);
  background?.(announceTargets(env, "withdrawal", targets, [report.campaignId]));
}

export interface VoteInput {
  target: { type: "sender" | "domain"; value: string };
  comment?: string | undefined;
  reporterId?: string | undefined;
}

/** Records a "legit" vote under the reporter rules (networks, untrusted keys, 15-minute cooldown per target). */
export async function castVote(env: Env, db: Db, submitter: Submitter, input: VoteInput, now: number, background?: Background): Promise<{ id: string; receipt: string }> {
  if (input.reporterId !== undefined && submitter.role !== "app" && submitter.role !== "admin") {
    throw new ApiError("forbidden", "reporterId is accepted only with an app key.", { errors: [{ path: "reporterId", message: "Needs an app key." }] });
  }
  const voter = await reporterPseudonym(env.REPORTER_KEY, submitter, input.reporterId);
  const id = newId("vot", 12, now);
  const refusedSince = await insertVote(db, {
    id,
    targetType: input.target.type,
    target: input.target.value,
    voter,
    comment: input.comment ? redactText(input.comment, {}).text : null,
    createdAt: now,
  });
  if (refusedSince !== null) {
    throw new ApiError("rate_limited", "You voted on this a moment ago; one vote per target every 15 minutes is enough.", {
      headers: { "Retry-After": String(Math.max(1, Math.ceil((refusedSince + VOTE_COOLDOWN_MS - now) / 1000))) },
    });
  }
  forgetEvidence([input.target]);
  background?.(announceTargets(env, "vote", [input.target]));
  return { id, receipt: await receiptFor(env, id) };
}

/** Withdraws a vote: 404 unknown (or already withdrawn), 403 wrong receipt. */
export async function withdrawVote(env: Env, db: Db, id: string, receipt: string | undefined, background?: Background): Promise<void> {
  const vote = await findVote(db, id);
  if (!vote) throw new ApiError("not_found", `No vote ${id} (it may have been withdrawn already).`);
  if (!(await receiptMatches(env, id, receipt))) throw wrongReceipt();
  if (!(await deleteVote(db, id))) throw new ApiError("not_found", `No vote ${id}.`);
  const target = { type: vote.targetType, value: vote.target };
  forgetEvidence([target]);
  background?.(announceTargets(env, "vote", [target]));
}
