/**
 * Webhooks (Standard Webhooks): subscriptions, change detection and signed deliveries.
 *
 * - Every write that can change a verdict calls announceChanges() after its commit, off the
 *   response path (waitUntil), naming its cause: stored reports (`report`), a moderator hiding a
 *   report or changing the official registry (`moderation`), an appeal upheld or reopened
 *   (`appeal`), a withdrawn report (`withdrawal`), a vote cast or withdrawn (`vote`). With no live
 *   subscription — known from an isolate-cached flag — that costs nothing; otherwise one queue
 *   message names the affected senders, domains and campaigns. Verdicts also change by time alone
 *   (`ageing`): the cron announces the targets whose recheck time has come (announceAgeing).
 * - The queue handler reads those targets' current reputation (app audience, 90 days), compares it
 *   with the last state announced (webhook_states), stores the new states with a compare-and-set so
 *   concurrent consumers announce a change once, and delivers `target.verdict_changed` and
 *   `campaign.created` (a campaign reaching 3 distinct reporters) to matching subscriptions. For
 *   each target it also stores when its verdict may next change by time alone
 *   (src/domain/verdict-horizon.ts), which is what the cron looks for.
 * - The first attempt is made at once; a failed one is re-queued with exponential backoff (first
 *   retry after WEBHOOK_RETRY_BASE_SECONDS, doubling, at most 12 h apart) until 24 h have passed.
 *   Every attempt is logged. URLs are checked for SSRF at creation and before every attempt.
 */
import type { Db } from "../db/session";
import {
  announcedStates,
  anySubscription,
  type AnnouncedState,
  campaignMembers,
  campaignsForAnnouncement,
  type DeliveryRecord,
  type EvaluatedState,
  insertSubscription,
  leaseDueRechecks,
  liveSubscription,
  liveSubscriptions,
  recordDeliveries,
  storeChangedStates,
  storeStatesAndRechecks,
  type Subscription,
  type WebhookEvent,
} from "../db/queries/webhooks";
import { normaliseSender } from "../domain/phone";
import { nextVerdictChange } from "../domain/verdict-horizon";
import { checkWebhookUrl } from "../domain/webhook-url";
import { newId } from "../lib/crypto";
import { newWebhookSecret, signWebhook } from "../lib/standard-webhooks";
import type { TargetEvidence } from "../db/queries/reputation";
import { describeTarget, type LookupTarget, readTargetsEvidence } from "./lookup";

/** A campaign is announced once this many distinct reporters saw it. */
export const CAMPAIGN_ANNOUNCE_REPORTERS = 3;
/** Retries continue until the first attempt is this old. */
export const RETRY_FOR_MS = 24 * 3600_000;
/** Queues delay a message by at most 12 hours. */
const MAX_DELAY_SECONDS = 43_200;
const DELIVERY_TIMEOUT_MS = 10_000;
/** How long an isolate trusts its "is anyone subscribed?" answer. */
const FLAG_TTL_MS = 10_000;

/** What made a verdict change: the `cause` of a `target.verdict_changed` event. */
export const CHANGE_CAUSES = ["report", "moderation", "appeal", "withdrawal", "vote", "ageing"] as const;
export type ChangeCause = (typeof CHANGE_CAUSES)[number];

export interface ChangesMessage {
  type: "changes";
  senders: string[];
  domains: string[];
  campaigns: string[];
  /** Absent in messages queued before causes existed: those were all reports. */
  cause?: ChangeCause;
}

/**
 * Targets one consumer invocation evaluates (a single larger message — a bulk chunk names ≤ 100
 * senders and ≤ 1,000 domains — is still taken whole), per 50 queries of the invocation's D1
 * budget (budgetUnits). The rest is queued again.
 */
export const MAX_TARGETS_PER_INVOCATION = 1200;
/**
 * A campaign's counts are evidence about every sender and domain carrying its texts, so a change
 * to a campaign is also announced for its most recently seen members: at most this many each …
 */
export const MEMBERS_PER_CAMPAIGN = 50;
/** … while the targets evaluated in one invocation stay ≤ 1,500: ≤ 35 evidence statements + 8 others ≤ 50. */
const MAX_EVALUATED_PER_INVOCATION = 1500;

/**
 * How many times the limits above fit the invocation's D1 query budget (D1_QUERY_BUDGET: 50 on
 * the free plan, 1,000 on paid, where a whole batch of bulk-chunk notices is evaluated at once).
 */
export function budgetUnits(env: Env): number {
  return Math.max(1, Math.floor((Number(env.D1_QUERY_BUDGET) || 50) / 50));
}
/** Due targets the cron announces per run (one statement to find them; 10 messages of 100). */
export const AGEING_TARGETS_PER_RUN = 1000;
const AGEING_TARGETS_PER_MESSAGE = 100;
/** A due target the consumer did not get to is due again after this long. */
const AGEING_LEASE_MS = 3600_000;

export interface DeliveryMessage {
  type: "deliver";
  messageId: string;
  webhookId: string;
  event: WebhookEvent;
  body: string;
  attempt: number;
  firstAt: number;
}

export type WebhookMessage = ChangesMessage | DeliveryMessage;

export const allowsLoopback = (env: Env) => String(env.WEBHOOKS_ALLOW_LOOPBACK) === "true";

let subscribedFlag: { value: boolean; at: number } | null = null;

/** This isolate learned of a new subscription (or a test reset): the next check reads D1 again when false. */
export function noteSubscribed(value: boolean | null): void {
  subscribedFlag = value === null ? null : { value, at: Date.now() };
}

async function hasSubscribers(env: Env): Promise<boolean> {
  const now = Date.now();
  if (subscribedFlag && now - subscribedFlag.at < FLAG_TTL_MS) return subscribedFlag.value;
  const value = await anySubscription(env.DB);
  subscribedFlag = { value, at: now };
  return value;
}

/** After a write that may change verdicts: queue its targets for change detection, if anyone listens. Never throws. */
export async function announceChanges(env: Env, changes: Omit<ChangesMessage, "type">): Promise<void> {
  try {
    if (!(await hasSubscribers(env))) return;
    await env.WEBHOOK_QUEUE.send({ type: "changes", ...changes } satisfies ChangesMessage);
  } catch (error) {
    console.error(JSON.stringify({ level: "error", message: `webhook announcement failed: ${String(error)}` }));
  }
}

/** announceChanges for a few senders and domains (moderation, appeals, withdrawals, votes). */
export function announceTargets(env: Env, cause: ChangeCause, targets: { type: "sender" | "domain"; value: string }[], campaigns: string[] = []): Promise<void> {
  const of = (type: "sender" | "domain") => [...new Set(targets.filter((t) => t.type === type).map((t) => t.value))];
  return announceChanges(env, { senders: of("sender"), domains: of("domain"), campaigns, cause });
}

/**
 * The cron's part (ageing): the targets whose verdict may have changed by time alone since they
 * were last evaluated, at most AGEING_TARGETS_PER_RUN a run, oldest first, sent as change
 * messages with cause `ageing`. Costs 1 D1 statement (2 when the isolate does not know yet
 * whether anyone subscribes); a longer backlog is taken up by the next runs.
 */
export async function announceAgeing(env: Env, now: number): Promise<{ announced: number }> {
  if (!(await hasSubscribers(env))) return { announced: 0 };
  const due = await leaseDueRechecks(env.DB, now, now + AGEING_LEASE_MS, AGEING_TARGETS_PER_RUN);
  const messages: { body: ChangesMessage }[] = [];
  for (let i = 0; i < due.length; i += AGEING_TARGETS_PER_MESSAGE) {
    const part = due.slice(i, i + AGEING_TARGETS_PER_MESSAGE);
    const of = (type: string) => part.filter((t) => t.type === type).map((t) => t.target);
    messages.push({ body: { type: "changes", senders: of("sender"), domains: of("domain"), campaigns: [], cause: "ageing" } });
  }
  if (messages.length > 0) await env.WEBHOOK_QUEUE.sendBatch(messages);
  return { announced: due.length };
}

/** Targets a change message names (its senders, domains and campaigns). */
export const targetsIn = (message: ChangesMessage) => message.senders.length + message.domains.length + message.campaigns.length;

interface Event {
  type: WebhookEvent;
  data: unknown;
  /** For verdict changes: max(score before, score after), compared with a subscription's minScore. */
  score: number | null;
}

/** Change detection for a batch of change messages: announces each changed state once. */
export async function detectAndDeliver(env: Env, db: Db, messages: ChangesMessage[], now = Date.now()): Promise<DeliveryRecord[]> {
  const subscriptions = await liveSubscriptions(db);
  if (subscriptions.length === 0) return [];
  // Each target's cause is that of the last message naming it (a batch keeps the queue's order).
  const causeOf = new Map<string, ChangeCause>();
  for (const m of messages) {
    for (const sender of m.senders) causeOf.set(`sender:${sender}`, m.cause ?? "report");
    for (const domain of m.domains) causeOf.set(`domain:${domain}`, m.cause ?? "report");
    for (const campaign of m.campaigns) causeOf.set(`campaign:${campaign}`, m.cause ?? "report");
  }
  const senders = new Set(messages.flatMap((m) => m.senders));
  const domains = new Set(messages.flatMap((m) => m.domains));
  const campaigns = [...new Set(messages.flatMap((m) => m.campaigns))];
  const events: Event[] = [];
  const wantsVerdicts = subscriptions.some((s) => s.events.includes("target.verdict_changed"));

  if (wantsVerdicts) {
    // Other members of the changed campaigns: their campaign evidence changed with it.
    const room = MAX_EVALUATED_PER_INVOCATION * budgetUnits(env) - senders.size - domains.size;
    for (const member of await campaignMembers(db, campaigns, MEMBERS_PER_CAMPAIGN, room)) {
      const key = `${member.type}:${member.target}`;
      if (!causeOf.has(key)) causeOf.set(key, causeOf.get(`campaign:${member.campaign}`) ?? "report");
      (member.type === "sender" ? senders : domains).add(member.target);
    }
  }

  const targets: LookupTarget[] = [
    ...[...senders].flatMap((value): LookupTarget[] => {
      const sender = normaliseSender(value);
      return sender ? [{ type: "sender", sender: { ...sender, normalized: value } }] : [];
    }),
    ...[...domains].map((domain): LookupTarget => ({ type: "domain", domain })),
  ];
  if (targets.length > 0 && wantsVerdicts) {
    const options = { now, audience: "app" as const, maxAgeDays: 90, verbose: false };
    const { evidence } = await readTargetsEvidence(db, targets, options);
    const keys = targets.map((t) => (t.type === "sender" ? { type: "sender", target: t.sender.normalized } : { type: "domain", target: t.domain }));
    const announced = await announcedStates(db, keys);
    const candidates: (AnnouncedState & { from: AnnouncedState | null })[] = [];
    const evaluated: EvaluatedState[] = [];
    targets.forEach((target, i) => {
      const key = keys[i] as { type: string; target: string };
      const found = evidence[i] as TargetEvidence;
      const view = describeTarget(target, found, options);
      const before = announced.get(`${key.type}:${key.target}`) ?? null;
      if (view.verdict !== (before?.verdict ?? "unknown")) candidates.push({ ...key, verdict: view.verdict, score: view.score, from: before });
      const recheckAt = nextVerdictChange(found, options);
      if (before || recheckAt !== null) evaluated.push({ ...key, verdict: view.verdict, score: view.score, recheckAt });
    });
    const changed = await storeStatesAndRechecks(db, candidates, evaluated);
    for (const c of candidates) {
      if (!changed.has(`${c.type}:${c.target}`)) continue;
      const cause = causeOf.get(`${c.type}:${c.target}`) ?? "report";
      events.push({
        type: "target.verdict_changed",
        data: { target: { type: c.type, value: c.target }, from: c.from?.verdict ?? "unknown", to: c.verdict, score: c.score, cause },
        score: Math.max(c.score, c.from?.score ?? 0),
      });
    }
  }
  if (campaigns.length > 0 && subscriptions.some((s) => s.events.includes("campaign.created"))) {
    const ready = (await campaignsForAnnouncement(db, campaigns)).filter((c) => c.reporterCount >= CAMPAIGN_ANNOUNCE_REPORTERS);
    const changed = await storeChangedStates(db, ready.map((c) => ({ type: "campaign", target: c.id, verdict: "created", score: c.reporterCount })));
    for (const c of ready) {
      if (!changed.has(`campaign:${c.id}`)) continue;
      events.push({ type: "campaign.created", data: { id: c.id, sample: c.sampleText, firstSeen: new Date(c.firstSeen).toISOString() }, score: null });
    }
  }

  const attempts: Promise<DeliveryRecord[]>[] = [];
  for (const event of events) {
    const body = JSON.stringify({ type: event.type, timestamp: new Date(now).toISOString(), data: event.data });
    for (const subscription of subscriptions) {
      if (!subscription.events.includes(event.type)) continue;
      if (event.score !== null && event.score < subscription.minScore) continue;
      const message: DeliveryMessage = { type: "deliver", messageId: newId("msg", 16), webhookId: subscription.id, event: event.type, body, attempt: 1, firstAt: now };
      attempts.push(attemptDelivery(env, subscription, message));
    }
  }
  const records = (await Promise.all(attempts)).flat();
  if (records.length > 0) await recordDeliveries(db, records);
  return records;
}

/** A queued retry: the subscription may have been deleted or its URL may no longer be allowed. */
export async function redeliver(env: Env, db: Db, message: DeliveryMessage): Promise<DeliveryRecord[]> {
  const subscription = await liveSubscription(db, message.webhookId);
  if (!subscription) return [];
  const records = await attemptDelivery(env, subscription, message);
  await recordDeliveries(db, records);
  return records;
}

/** Seconds before the retry after failed attempt `attempt` (1-based): base, 2×base, 4×base … ≤ 12 h. */
export function retryDelaySeconds(base: number, attempt: number): number {
  return Math.min(MAX_DELAY_SECONDS, Math.max(0, base) * 2 ** (attempt - 1));
}

/** One signed POST; on failure the next attempt is queued (and logged as pending) while within 24 h. */
async function attemptDelivery(env: Env, subscription: Subscription, message: DeliveryMessage): Promise<DeliveryRecord[]> {
  const at = Date.now();
  const base: Omit<DeliveryRecord, "status" | "responseCode" | "at" | "nextRetryAt" | "attempt"> = { messageId: message.messageId, webhookId: subscription.id, event: message.event };
  const verdict = checkWebhookUrl(subscription.url, allowsLoopback(env));
  // A refused URL is not retried: it will not become safe by waiting.
  if (!verdict.ok) return [{ ...base, attempt: message.attempt, status: "failed", responseCode: null, at, nextRetryAt: null }];
  let responseCode: number | null = null;
  try {
    const timestamp = Math.floor(at / 1000);
    const response = await fetch(verdict.url.href, {
      method: "POST",
      redirect: "manual",
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "fanzha-sms-webhooks/1",
        "webhook-id": message.messageId,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": await signWebhook(subscription.secret, message.messageId, timestamp, message.body),
      },
      body: message.body,
    });
    responseCode = response.status;
    await response.body?.cancel();
    if (response.ok) return [{ ...base, attempt: message.attempt, status: "succeeded", responseCode, at, nextRetryAt: null }];
  } catch {
    /* network error or timeout: retried like a failure status */
  }
  const failed: DeliveryRecord = { ...base, attempt: message.attempt, status: "failed", responseCode, at, nextRetryAt: null };
  if (at - message.firstAt >= RETRY_FOR_MS) return [failed];
  const delay = retryDelaySeconds(Number(env.WEBHOOK_RETRY_BASE_SECONDS ?? 30), message.attempt);
  const nextRetryAt = at + delay * 1000;
  await env.WEBHOOK_QUEUE.send({ ...message, attempt: message.attempt + 1 } satisfies DeliveryMessage, { delaySeconds: delay });
  return [
    { ...failed, nextRetryAt },
    { ...base, attempt: message.attempt + 1, status: "pending", responseCode: null, at: nextRetryAt, nextRetryAt },
  ];
}

/** Creates a subscription after the SSRF check; returns its id and secret (shown once). */
export async function createSubscription(
  env: Env,
  db: Db,
  keyId: string,
  input: { url: string; events: WebhookEvent[]; minScore: number },
): Promise<{ ok: true; id: string; secret: string } | { ok: false; reason: string }> {
  const verdict = checkWebhookUrl(input.url, allowsLoopback(env));
  if (!verdict.ok) return verdict;
  const subscription: Subscription = {
    id: newId("whk", 12),
    keyId,
    url: verdict.url.href,
    secret: newWebhookSecret(),
    events: [...new Set(input.events)],
    minScore: input.minScore,
    createdAt: Date.now(),
  };
  await insertSubscription(db, subscription);
  noteSubscribed(true);
  return { ok: true, id: subscription.id, secret: subscription.secret };
}
