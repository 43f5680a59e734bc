/** Webhook subscriptions, their delivery log and the last announced state of each target. */
import type { Db } from "../session";

export const WEBHOOK_EVENTS = ["target.verdict_changed", "campaign.created"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface Subscription {
  id: string;
  keyId: string;
  url: string;
  secret: string;
  events: WebhookEvent[];
  minScore: number;
  createdAt: number;
}

interface SubscriptionRow {
  id: string;
  keyId: string;
  url: string;
  secret: string;
  events: string;
  minScore: number;
  createdAt: number;
}

const COLUMNS = "id, key_id AS keyId, url, secret, events, min_score AS minScore, created_at AS createdAt";
const fromRow = (row: SubscriptionRow): Subscription => ({ ...row, events: JSON.parse(row.events) as WebhookEvent[] });

export async function insertSubscription(db: Db, s: Subscription): Promise<void> {
  await db
    .prepare("INSERT INTO webhooks (id, key_id, url, secret, events, min_score, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
    .bind(s.id, s.keyId, s.url, s.secret, JSON.stringify(s.events), s.minScore, s.createdAt)
    .run();
}

export async function subscriptionsOfKey(db: Db, keyId: string): Promise<Subscription[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM webhooks WHERE key_id = ? AND deleted_at IS NULL ORDER BY created_at`).bind(keyId).all<SubscriptionRow>();
  return results.map(fromRow);
}

/** Every live subscription (events fan out to all of them). */
export async function liveSubscriptions(db: Db): Promise<Subscription[]> {
  const { results } = await db.prepare(`SELECT ${COLUMNS} FROM webhooks WHERE deleted_at IS NULL`).all<SubscriptionRow>();
  return results.map(fromRow);
}

export async function liveSubscription(db: Db, id: string): Promise<Subscription | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM webhooks WHERE id = ? AND deleted_at IS NULL`).bind(id).first<SubscriptionRow>();
  return row ? fromRow(row) : null;
}

export async function anySubscription(db: Db): Promise<boolean> {
  return (await db.prepare("SELECT EXISTS (SELECT 1 FROM webhooks WHERE deleted_at IS NULL) AS any").first<number>("any")) === 1;
}

/** Stops a key's subscription; false when it is not that key's or already stopped. */
export async function deleteSubscription(db: Db, id: string, keyId: string, now: number): Promise<boolean> {
  const result = await db.prepare("UPDATE webhooks SET deleted_at = ? WHERE id = ? AND key_id = ? AND deleted_at IS NULL").bind(now, id, keyId).run();
  return (result.meta.changes ?? 0) > 0;
}

export interface DeliveryRecord {
  messageId: string;
  attempt: number;
  webhookId: string;
  event: WebhookEvent;
  status: "pending" | "succeeded" | "failed";
  responseCode: number | null;
  at: number;
  nextRetryAt: number | null;
}

/** Records delivery attempts (a later record of the same attempt replaces the pending one). */
export function recordDeliveriesStatement(db: Db, records: DeliveryRecord[]): D1PreparedStatement {
  return db
    .prepare(
      `INSERT OR REPLACE INTO webhook_deliveries (message_id, attempt, webhook_id, event, status, response_code, at, next_retry_at)
       SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'),
              json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]'), json_extract(value, '$[7]')
       FROM json_each(?)`,
    )
    .bind(JSON.stringify(records.map((r) => [r.messageId, r.attempt, r.webhookId, r.event, r.status, r.responseCode, r.at, r.nextRetryAt])));
}

export async function deliveriesOf(db: Db, webhookId: string, limit: number): Promise<DeliveryRecord[]> {
  const { results } = await db
    .prepare(
      `SELECT message_id AS messageId, attempt, webhook_id AS webhookId, event, status, response_code AS responseCode, at, next_retry_at AS nextRetryAt
       FROM webhook_deliveries WHERE webhook_id = ? ORDER BY at DESC, attempt DESC LIMIT ?`,
    )
    .bind(webhookId, limit)
    .all<DeliveryRecord>();
  return results;
}

export interface AnnouncedState {
  type: string;
  target: string;
  verdict: string;
  score: number;
}

/** The last announced state of these targets (absent: nothing announced yet). */
export async function announcedStates(db: Db, targets: { type: string; target: string }[]): Promise<Map<string, AnnouncedState>> {
  const { results } = await db
    .prepare(
      `SELECT s.target_type AS type, s.target AS target, s.verdict AS verdict, s.score AS score FROM json_each(?) j
       JOIN webhook_states s ON s.target_type = json_extract(j.value, '$[0]') AND s.target = json_extract(j.value, '$[1]')`,
    )
    .bind(JSON.stringify(targets.map((t) => [t.type, t.target])))
    .all<AnnouncedState>();
  return new Map(results.map((row) => [`${row.type}:${row.target}`, row]));
}

/**
 * Stores new states and returns those that actually changed: a concurrent consumer that stored
 * the same state first makes this one's update a no-op, so each change is announced once.
 */
export async function storeChangedStates(db: Db, states: AnnouncedState[]): Promise<Set<string>> {
  if (states.length === 0) return new Set();
  const { results } = await db
    .prepare(
      `INSERT INTO webhook_states (target_type, target, verdict, score)
       SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each(?) WHERE true
       ON CONFLICT (target_type, target) DO UPDATE SET verdict = excluded.verdict, score = excluded.score WHERE webhook_states.verdict IS NOT excluded.verdict
       RETURNING target_type AS type, target`,
    )
    .bind(JSON.stringify(states.map((s) => [s.type, s.target, s.verdict, s.score])))
    .all<{ type: string; target: string }>();
  return new Set(results.map((row) => `${row.type}:${row.target}`));
}

export interface CampaignAnnouncement {
  id: string;
  reporterCount: number;
  sampleText: string | null;
  firstSeen: number;
}

export async function campaignsForAnnouncement(db: Db, ids: string[]): Promise<CampaignAnnouncement[]> {
  const { results } = await db
    .prepare(
      `SELECT c.id AS id, c.reporter_count AS reporterCount, c.sample_text AS sampleText, c.first_seen AS firstSeen FROM campaigns c
       WHERE c.id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM webhook_states s WHERE s.target_type = 'campaign' AND s.target = c.id)`,
    )
    .bind(JSON.stringify(ids))
    .all<CampaignAnnouncement>();
  return results;
}
