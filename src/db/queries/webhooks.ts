/** Webhook subscriptions, their delivery log and the last announced state of each target. */
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { columnNames, compiled, excludedSet, inJsonArray, orm } from "../orm";
import { campaigns, targetFacets, webhookDeliveries, webhooks, webhookStates } from "../schema";
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
export type AnnouncedState = { type: string } & Omit<typeof webhookStates.$inferSelect, "targetType" | "recheckAt">;

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
  return changedKeys(await storeStates.all(db, statesValue(states)));
}

const statesValue = (states: AnnouncedState[]) => ({ states: JSON.stringify(states.map((s) => [s.type, s.target, s.verdict, s.score])) });
const changedKeys = (rows: { type: string; target: string }[]) => new Set(rows.map((row) => `${row.type}:${row.target}`));

/** A target's state as evaluated now, with the time its verdict may next change by time alone. */
export type EvaluatedState = { type: string } & Omit<typeof webhookStates.$inferSelect, "targetType">;

const storeRechecks = compiled<{ states: string }, never>(
  sql`INSERT INTO ${ws} (${columnNames(ws, ["targetType", "target", "verdict", "score", "recheckAt"])})
      SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]') FROM json_each(${sql.placeholder("states")}) WHERE true
      ON CONFLICT (${columnNames(ws, ["targetType", "target"])}) DO UPDATE SET ${excludedSet(ws, ["recheckAt"])}
      WHERE ${ws.verdict} = excluded.${sql.identifier(ws.verdict.name)}`,
);

/**
 * storeChangedStates for the changed states, then, in the same transaction, each evaluated
 * target's next recheck time — kept only where the stored verdict is the one it was computed
 * for (a concurrent consumer's newer state keeps its own). A target never announced is stored
 * as `unknown` only when it has a recheck time.
 */
export async function storeStatesAndRechecks(db: Db, changed: AnnouncedState[], evaluated: EvaluatedState[]): Promise<Set<string>> {
  if (changed.length === 0 && evaluated.length === 0) return new Set();
  const rechecks = storeRechecks.bind(db, { states: JSON.stringify(evaluated.map((s) => [s.type, s.target, s.verdict, s.score, s.recheckAt])) });
  if (changed.length === 0) {
    await rechecks.run();
    return new Set();
  }
  const [stored] = await db.batch([storeStates.bind(db, statesValue(changed)), rechecks]);
  return changedKeys((stored?.results ?? []) as { type: string; target: string }[]);
}

const leaseDue = compiled<{ now: number; until: number; limit: number }, { type: string; target: string }>(
  sql`UPDATE ${ws} SET ${columnNames(ws, ["recheckAt"])} = ${sql.placeholder("until")}
      WHERE (${ws.targetType}, ${ws.target}) IN (SELECT ${ws.targetType}, ${ws.target} FROM ${ws} WHERE ${ws.recheckAt} <= ${sql.placeholder("now")} ORDER BY ${ws.recheckAt} LIMIT ${sql.placeholder("limit")})
      RETURNING ${ws.targetType} AS type, ${ws.target} AS target`,
);

/**
 * The targets whose recheck time has come (oldest first, at most `limit`), in one statement that
 * also moves their recheck to `until`: the consumer sets the real next one, and a target it never
 * gets to comes back then instead of holding the head of the line.
 */
export async function leaseDueRechecks(db: Db, now: number, until: number, limit: number): Promise<{ type: string; target: string }[]> {
  return leaseDue.all(db, { now, until, limit });
}

/** The statements of leaseDueRechecks and campaignMembers, for their query-plan test. */
export const leaseDueStatement = (db: Db, now: number) => leaseDue.bind(db, { now, until: now, limit: 1000 });
export const campaignMembersStatement = (db: Db, ids: string[]) => members.bind(db, { ids: JSON.stringify(ids), perCampaign: 50, limit: 1500 });

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

const tf = targetFacets;
const members = compiled<{ ids: string; perCampaign: number; limit: number }, { campaign: string; type: "sender" | "domain"; target: string }>(
  sql`SELECT campaign, type, target FROM (
        SELECT ${tf.target} AS campaign, ${tf.facet} AS type, ${tf.value} AS target, row_number() OVER (PARTITION BY ${tf.target} ORDER BY ${tf.lastAt} DESC) AS n
        FROM ${tf} WHERE ${tf.targetType} = 'campaign' AND ${inJsonArray(tf.target, sql.placeholder("ids"))} AND ${tf.facet} IN ('sender', 'domain'))
      WHERE n <= ${sql.placeholder("perCampaign")} LIMIT ${sql.placeholder("limit")}`,
);

/**
 * The senders and domains carrying these campaigns' texts, the most recently seen first, at most
 * `perCampaign` each and `limit` in all: a campaign's counts are evidence about each of them.
 */
export async function campaignMembers(db: Db, ids: string[], perCampaign: number, limit: number): Promise<{ campaign: string; type: "sender" | "domain"; target: string }[]> {
  if (ids.length === 0 || limit <= 0) return [];
  return members.all(db, { ids: JSON.stringify(ids), perCampaign, limit });
}
