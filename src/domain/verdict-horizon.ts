/**
 * When a target's verdict changes by time alone (webhooks' ageing, src/services/webhooks.ts).
 * With no new evidence, a score only falls as time passes — reporters' weight decays, reporters
 * leave the window (fewer sources, no strong signal left), the campaign's evidence decays — except
 * at two kinds of moment: a flooding reporter's weight returns to full (floodUntil) and a
 * "genuine" vote leaves the window. Between those moments the verdict can only step down
 * (scam → suspicious → unknown), so its first change there is found by bisection.
 */
import { assessEvidence, type EvidenceInput } from "./reputation";
import type { Audience, Verdict } from "./score";

const DAY_MS = 86_400_000;
/** Bisection stops when the change is known to within this (far below the cron's 10 minutes). */
const RESOLUTION_MS = 1_000;
/** Campaign evidence has no window: a verdict it still holds is looked at again after this long. */
export const HORIZON_MS = 365 * DAY_MS;

export interface HorizonOptions {
  now: number;
  audience: Audience;
  /** The window the evidence was read with (reporters and votes older than this do not count). */
  maxAgeDays: number;
}

/** The verdict of the evidence at time t: reporters older than the window at t no longer count. */
export function verdictAt(evidence: EvidenceInput, options: HorizonOptions, t: number): Verdict {
  const windowStart = t - options.maxAgeDays * DAY_MS;
  const reporters = evidence.reporters.filter((r) => Number(r.lastAt) >= windowStart);
  return assessEvidence({ ...evidence, reporters }, { now: t, audience: options.audience }).verdict;
}

/**
 * The first time after `now` when the verdict may differ from the verdict at `now` without any
 * new event, or null when it cannot. Never later than the real change (to RESOLUTION_MS); it may
 * be earlier — when a vote leaves the window, or at the horizon — and is then simply computed again.
 */
export function nextVerdictChange(evidence: EvidenceInput, options: HorizonOptions): number | null {
  const { now } = options;
  const current = verdictAt(evidence, options, now);
  const hasOtherEvidence = evidence.reporters.length > 0 || evidence.campaign !== null;
  // A vote leaving the window raises the score; how much depends on votes not read here.
  const voteLeaves =
    hasOtherEvidence && (evidence.votes?.distinctVoters ?? 0) > 0 && evidence.oldestVoteAt != null
      ? Math.max(now + RESOLUTION_MS, Number(evidence.oldestVoteAt) + options.maxAgeDays * DAY_MS)
      : null;
  const end = Math.min(now + HORIZON_MS, voteLeaves ?? Number.POSITIVE_INFINITY);
  // Moments a flooding reporter's weight steps back up: boundaries of the monotone stretches.
  const floodEnds = [...new Set(evidence.reporters.map((r) => Number(r.floodUntil)))].filter((t) => t > now && t < end).sort((a, b) => a - b);
  let start = now;
  for (const stop of [...floodEnds, end]) {
    if (start > now && verdictAt(evidence, options, start) !== current) return start;
    // Until `stop` the verdict only steps down: unchanged just before it means unchanged throughout.
    const last = stop - 1;
    if (last > start && verdictAt(evidence, options, last) !== current) return bisect(evidence, options, current, start, last);
    start = stop;
  }
  if (voteLeaves !== null && end === voteLeaves) return voteLeaves;
  // Still suspicious or scam after a year: only decaying campaign evidence holds it; look again then.
  return current === "suspicious" || current === "scam" ? end : null;
}

/** Smallest t in (same, changed] (to RESOLUTION_MS) whose verdict differs from `current`. */
function bisect(evidence: EvidenceInput, options: HorizonOptions, current: Verdict, same: number, changed: number): number {
  let lo = same;
  let hi = changed;
  while (hi - lo > RESOLUTION_MS) {
    const mid = Math.floor((lo + hi) / 2);
    if (verdictAt(evidence, options, mid) === current) lo = mid;
    else hi = mid;
  }
  return hi;
}
