/** Webhook subscriptions, their delivery log and the last announced state of each target. */
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { columnNames, compiled, excludedSet, inJsonArray, orm } from "../orm";
import { campaigns, webhookDeliveries, webhooks, webhookStates } from "../schema";
import type { Db } from "../session";

export const WEBHOOK_EVENTS = ["target.verdict_changed", "campaign.created"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export type Subscription = Omit<typeof webhooks.$inferSelect, "events" | "deletedAt"> & { events: WebhookEvent[] };

const fromRow = (row: typeof webhooks.$inferSelect): Subscription => ({
  id: row.id,
  keyId: row.keyId,
  url: row.url,
  secret: row.secret,
  events: JSON.parse(row.events) as WebhookEvent[],
  minScore: row.minScore,
  createdAt: row.createdAt,
});
const live = isNull(webhooks.deletedAt);

export async function insertSubscription(db: Db, s: Subscription): Promise<void> {
  await orm(db).insert(webhooks).values({ ...s, events: JSON.stringify(s.events) });
}

export async function subscriptionsOfKey(db: Db, keyId: string): Promise<Subscription[]> {
  const rows = await orm(db).select().from(webhooks).where(and(eq(webhooks.keyId, keyId), live)).orderBy(asc(webhooks.createdAt));
  return rows.map(fromRow);
}

/** Every live subscription (events fan out to all of them). */
export async function liveSubscriptions(db: Db): Promise<Subscription[]> {
  return (await orm(db).select().from(webhooks).where(live)).map(fromRow);
}

export async function liveSubscription(db: Db, id: string): Promise<Subscription | null> {
  const [row] = await orm(db).select().from(webhooks).where(and(eq(webhooks.id, id), live));
  return row ? fromRow(row) : null;
}

export async function anySubscription(db: Db): Promise<boolean> {
  const [row] = await orm(db).select({ id: webhooks.id }).from(webhooks).where(live).limit(1);
  return row !== undefined;
}

/** Stops a key's subscription; false when it is not that key's or already stopped. */
export async function deleteSubscription(db: Db, id: string, keyId: string, now: number): Promise<boolean> {
  const stopped = await orm(db).update(webhooks).set({ deletedAt: now }).where(and(eq(webhooks.id, id), eq(webhooks.keyId, keyId), live)).returning({ id: webhooks.id });
  return stopped.length > 0;
}

export type DeliveryRecord = Omit<typeof webhookDeliveries.$inferSelect, "event" | "status"> & {
  event: WebhookEvent;
  status: "pending" | "succeeded" | "failed";
};

const d = webhookDeliveries;
const insertDeliveries = compiled<{ records: string }, never>(
  sql`INSERT OR REPLACE INTO ${d} (${columnNames(d, ["messageId", "attempt", "webhookId", "event", "status", "responseCode", "at", "nextRetryAt"])})
      SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'),
             json_extract(value, '$[4]'), json_extract(value, '$[5]'), json_extract(value, '$[6]'), json_extract(value, '$[7]')
      FROM json_each(${sql.placeholder("records")})`,
);

/** Records delivery attempts (a later record of the same attempt replaces the pending one). */
export async function recordDeliveries(db: Db, records: DeliveryRecord[]): Promise<void> {
  await insertDeliveries.bind(db, { records: JSON.stringify(records.map((r) => [r.messageId, r.attempt, r.webhookId, r.event, r.status, r.responseCode, r.at, r.nextRetryAt])) }).run();
}

export async function deliveriesOf(db: Db, webhookId: string, limit: number): Promise<DeliveryRecord[]> {
  const rows = await orm(db).select().from(d).where(eq(d.webhookId, webhookId)).orderBy(desc(d.at), desc(d.attempt)).limit(limit);
  return rows.map((row) => ({ ...row, event: row.event as WebhookEvent, status: row.status as DeliveryRecord["status"] }));
}

/** A target's row of webhook_states, its type as `type`. */
export type AnnouncedState = { type: string } & Omit<typeof webhookStates.$inferSelect, "targetType">;

const ws = webhookStates;
const statesOf = compiled<{ targets: string }, AnnouncedState>(
  sql`SELECT ${ws.targetType} AS type, ${ws.target} AS target, ${ws.verdict} AS verdict, ${ws.score} AS score FROM json_each(${sql.placeholder("targets")}) j
      JOIN ${ws} ON ${ws.targetType} = json_extract(j.value, '$[0]') AND ${ws.target} = json_extract(j.value, '$[1]')`,
);

/** The last announced state of these targets (absent: nothing announced yet). */
export async function announcedStates(db: Db, targets: { type: string; target: string }[]): Promise<Map<string, AnnouncedState>> {
  const rows = await statesOf.all(db, { targets: JSON.stringify(targets.map((t) => [t.type, t.target])) });
  return new Map(rows.map((row) => [`${row.type}:${row.target}`, row]));
}

const storeStates = compiled<{ states: string }, Pick<AnnouncedState, "type" | "target">>(
  sql`INSERT INTO ${ws} (${columnNames(ws, ["targetType", "target", "verdict", "score"])})
      SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each(${sql.placeholder("states")}) WHERE true
      ON CONFLICT (${columnNames(ws, ["targetType", "target"])}) DO UPDATE SET ${excludedSet(ws, ["verdict", "score"])}
      WHERE ${ws.verdict} IS NOT excluded.${sql.identifier(ws.verdict.name)}
      RETURNING ${ws.targetType} AS type, ${ws.target} AS target`,
);

/**
 * Stores new states and returns those that actually changed: a concurrent consumer that stored
 * the same state first makes this one's update a no-op, so each change is announced once.
 */
export async function storeChangedStates(db: Db, states: AnnouncedState[]): Promise<Set<string>> {
  if (states.length === 0) return new Set();
  const rows = await storeStates.all(db, { states: JSON.stringify(states.map((s) => [s.type, s.target, s.verdict, s.score])) });
  return new Set(rows.map((row) => `${row.type}:${row.target}`));
}

export type CampaignAnnouncement = Pick<typeof campaigns.$inferSelect, "id" | "reporterCount" | "sampleText" | "firstSeen">;

const unannounced = compiled<{ ids: string }, CampaignAnnouncement>(
  sql`SELECT ${campaigns.id} AS id, ${campaigns.reporterCount} AS reporterCount, ${campaigns.sampleText} AS sampleText, ${campaigns.firstSeen} AS firstSeen FROM ${campaigns}
      WHERE ${inJsonArray(campaigns.id, sql.placeholder("ids"))}
        AND NOT EXISTS (SELECT 1 FROM ${ws} WHERE ${ws.targetType} = 'campaign' AND ${ws.target} = ${campaigns.id})`,
);

/** These campaigns, unless already announced. */
export async function campaignsForAnnouncement(db: Db, ids: string[]): Promise<CampaignAnnouncement[]> {
  return unannounced.all(db, { ids: JSON.stringify(ids) });
}
