/**
 * The Cron Trigger's deletions (src/services/maintenance.ts decides what and how many chunks).
 * Each function runs one bounded chunk — one statement, at most `limit` rows, oldest first where
 * the order matters — and returns the rows it changed; a chunk shorter than `limit` means done.
 * Off the request paths, so built with the builder (or a `sql` template) at each call.
 */
import { and, asc, inArray, isNotNull, like, lt, sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/sqlite-core";
import { orm, statementOf } from "../orm";
import { campaigns, idempotencyKeys, reports, statsDayPartials, statsDomainMembers, statsFrozen, statsMembers } from "../schema";
import type { Db } from "../session";

const changed = (result: D1Result): number => result.meta.changes ?? 0;

/** Drops the texts of the oldest reports created before `cutoff` that still have one (the partial index reports_unpruned_created_idx). */
export async function pruneReportTexts(db: Db, cutoff: number, limit: number): Promise<number> {
  const q = orm(db);
  const oldest = q
    .select({ id: reports.id })
    .from(reports)
    .where(and(lt(reports.createdAt, cutoff), isNotNull(reports.text)))
    .orderBy(asc(reports.createdAt))
    .limit(limit);
  return changed(await q.update(reports).set({ text: null }).where(inArray(reports.id, oldest)).run());
}

/** Drops the sample texts of campaigns last seen before `cutoff`. */
export async function pruneCampaignSamples(db: Db, cutoff: number, limit: number): Promise<number> {
  const q = orm(db);
  const stale = q
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(lt(campaigns.lastSeen, cutoff), isNotNull(campaigns.sampleText)))
    .limit(limit);
  return changed(await q.update(campaigns).set({ sampleText: null }).where(inArray(campaigns.id, stale)).run());
}

/** Deletes Idempotency-Key records created before `before`. */
export async function expireIdempotencyKeys(db: Db, before: number, limit: number): Promise<number> {
  const q = orm(db);
  const expired = q.select({ keyHash: idempotencyKeys.keyHash }).from(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).limit(limit);
  return changed(await q.delete(idempotencyKeys).where(inArray(idempotencyKeys.keyHash, expired)).run());
}

/** Statistics tables pruned by day, by their SQL names: member rows and day partials. */
const dayKeyedTables = { stats_members: statsMembers, stats_domain_members: statsDomainMembers, stats_day_partials: statsDayPartials };
export type DayKeyedTable = keyof typeof dayKeyedTables;

/** Deletes rows of days before `keptFrom` (CST YYYY-MM-DD), by primary key (these tables are WITHOUT ROWID). */
export async function deleteDaysBefore(db: Db, name: DayKeyedTable, keptFrom: string, limit: number): Promise<number> {
  const table = dayKeyedTables[name];
  const key = sql.join(getTableConfig(table).primaryKeys[0]!.columns, sql`, `);
  const statement = statementOf(db, sql`DELETE FROM ${table} WHERE (${key}) IN (SELECT ${key} FROM ${table} WHERE ${table.day} < ${keptFrom} LIMIT ${limit})`);
  return changed(await statement.run());
}

/** Deletes the stats_frozen markers (`<shape>|days`) of days before `keptFrom`: those days' partials are never read again. */
export async function deleteDayMarkersBefore(db: Db, keptFrom: string): Promise<number> {
  return changed(await orm(db).delete(statsFrozen).where(and(like(statsFrozen.shape, "%|days"), lt(statsFrozen.bucket, keptFrom))).run());
}
