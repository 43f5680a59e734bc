/**
 * Admin actions: registry management, appeals, hiding reports. Each action and its audit-log row
 * are written in one db.batch, so an action is never recorded without happening (or vice versa).
 */
import { and, desc, eq, getTableColumns, lt, lte, ne, notExists, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { appeals, auditLog, campaigns, counters, domains, officialDomains, officialSenders, reportDomains, reports, senders, targetDecisions, targetReporters } from "../schema";
import { columnNames, excludedSet, orm, statementOf } from "../orm";
import type { Db } from "../session";

export type AuditEntry = typeof auditLog.$inferSelect;

/** The audit row of an action, to send in the same db.batch as the action. */
export function auditInsert(db: Db, entry: AuditEntry) {
  return orm(db).insert(auditLog).values(entry);
}

/** Takes an action's audit row back out when the action changed nothing, so the log lists only real actions. */
async function withdrawAudit(db: Db, id: string): Promise<void> {
  await orm(db).delete(auditLog).where(eq(auditLog.id, id));
}

/**
 * Newest first, strictly after the position (createdAt, id) of the previous page's last entry, so
 * entries written in the same millisecond never straddle a page boundary unseen or twice.
 */
export async function listAudit(db: Db, args: { before: { createdAt: number; id: string }; limit: number }): Promise<AuditEntry[]> {
  return orm(db)
    .select()
    .from(auditLog)
    .where(and(lte(auditLog.createdAt, args.before.createdAt), or(lt(auditLog.createdAt, args.before.createdAt), lt(auditLog.id, args.before.id))))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(args.limit);
}

export async function addOfficialSender(
  db: Db,
  row: { number: string; organization: string; category: string | null; kind: string; label: string | null; now: number },
  audit: AuditEntry,
): Promise<void> {
  const q = orm(db);
  const entry = { organization: row.organization, category: row.category, kind: row.kind, label: row.label, source: "admin" };
  await q.batch([
    q.insert(officialSenders).values({ number: row.number, ...entry, createdAt: row.now }).onConflictDoUpdate({ target: officialSenders.number, set: entry }),
    auditInsert(db, audit),
  ]);
}

/** Removes a registry entry; false when there was none. */
export async function removeOfficialSender(db: Db, number: string, audit: AuditEntry): Promise<boolean> {
  const q = orm(db);
  const [deleted] = await q.batch([
    q.delete(officialSenders).where(eq(officialSenders.number, number)).returning({ number: officialSenders.number }),
    auditInsert(db, audit),
  ]);
  if (deleted.length === 0) {
    await withdrawAudit(db, audit.id);
    return false;
  }
  return true;
}

/** Adds (or re-assigns) an official domain; the domain's lookups become `trusted`. */
export async function addOfficialDomain(db: Db, row: { domain: string; organization: string; now: number }, audit: AuditEntry): Promise<void> {
  const q = orm(db);
  await q.batch([
    q
      .insert(officialDomains)
      .values({ domain: row.domain, organization: row.organization, source: "admin", createdAt: row.now })
      .onConflictDoUpdate({ target: officialDomains.domain, set: { organization: row.organization, source: "admin" } }),
    bumpChange(db),
    changedDomain(db, row.domain),
    auditInsert(db, audit),
  ]);
}

/** Removes an official domain; false when there was none. */
export async function removeOfficialDomain(db: Db, domain: string, audit: AuditEntry): Promise<boolean> {
  const q = orm(db);
  const [deleted] = await q.batch([
    q.delete(officialDomains).where(eq(officialDomains.domain, domain)).returning({ domain: officialDomains.domain }),
    bumpChange(db),
    changedDomain(db, domain),
    auditInsert(db, audit),
  ]);
  if (deleted.length === 0) {
    await withdrawAudit(db, audit.id);
    return false;
  }
  return true;
}

/** Stamps a domain with the current change sequence: feeds list it again (its verdict changed without a report). */
const changedDomain = (db: Db, domain: string) => orm(db).update(domains).set({ changeSeq: currentChange }).where(eq(domains.domain, domain));

export type AppealRow = Omit<typeof appeals.$inferSelect, "decidedBy" | "network">;

/** Open appeals one target may have at once. */
export const MAX_OPEN_APPEALS_PER_TARGET = 3;
/** Appeals one network may file per day. */
export const MAX_APPEALS_PER_NETWORK_PER_DAY = 5;
const DAY_MS = 86_400_000;

/**
 * Files an appeal unless its target already has MAX_OPEN_APPEALS_PER_TARGET open ones or its
 * network filed MAX_APPEALS_PER_NETWORK_PER_DAY in the last day (checked and inserted in one
 * statement, so concurrent appeals cannot pass the limits together). Returns the limit hit, if any.
 */
export async function insertAppeal(
  db: Db,
  row: Omit<AppealRow, "status" | "decisionReason" | "decidedAt"> & { network: string },
): Promise<"stored" | "target_limit" | "network_limit"> {
  const openOnTarget = (excluding: string | null) =>
    sql`(SELECT count(*) FROM ${appeals} WHERE ${appeals.targetType} = ${row.targetType} AND ${appeals.target} = ${row.target} AND ${appeals.status} = 'open'${
      excluding ? sql` AND ${appeals.id} != ${excluding}` : sql``
    })`;
  const [inserted, counts] = await db.batch([
    statementOf(
      db,
      sql`INSERT INTO ${appeals} (${columnNames(appeals, ["id", "targetType", "target", "statement", "contact", "tokenHash", "status", "createdAt", "network"])})
        SELECT ${row.id}, ${row.targetType}, ${row.target}, ${row.statement}, ${row.contact}, ${row.tokenHash}, 'open', ${row.createdAt}, ${row.network}
        WHERE ${openOnTarget(null)} < ${MAX_OPEN_APPEALS_PER_TARGET}
          AND (SELECT count(*) FROM ${appeals} WHERE ${appeals.network} = ${row.network} AND ${appeals.createdAt} > ${row.createdAt - DAY_MS}) < ${MAX_APPEALS_PER_NETWORK_PER_DAY}
        RETURNING ${appeals.id}`,
    ),
    statementOf(db, sql`SELECT ${openOnTarget(row.id)} AS open`),
  ]);
  if ((inserted?.results.length ?? 0) > 0) return "stored";
  const open = Number((counts?.results[0] as { open: number } | undefined)?.open ?? 0);
  return open >= MAX_OPEN_APPEALS_PER_TARGET ? "target_limit" : "network_limit";
}

/**
 * Reopens a decided appeal: it is open again and, when it had cleared its target, the clearance
 * is withdrawn so the target's evidence counts again. False when the appeal was not decided.
 */
export async function reopenAppeal(db: Db, args: { id: string; targetType: string; target: string }, audit: AuditEntry): Promise<boolean> {
  const q = orm(db);
  const [reopened] = await q.batch([
    q
      .update(appeals)
      .set({ status: "open", decisionReason: null, decidedBy: null, decidedAt: null })
      .where(and(eq(appeals.id, args.id), ne(appeals.status, "open")))
      .returning({ id: appeals.id }),
    q
      .delete(targetDecisions)
      .where(and(eq(targetDecisions.targetType, args.targetType), eq(targetDecisions.target, args.target), eq(targetDecisions.appealId, args.id))),
    bumpChange(db),
    args.targetType === "sender"
      ? q.update(senders).set({ changeSeq: currentChange }).where(eq(senders.normalized, args.target))
      : changedDomain(db, args.target),
    auditInsert(db, audit),
  ]);
  if (reopened.length === 0) {
    await withdrawAudit(db, audit.id);
    return false;
  }
  return true;
}

export async function findAppeal(db: Db, id: string): Promise<AppealRow | null> {
  const { decidedBy: _, network: __, ...columns } = getTableColumns(appeals);
  return (await orm(db).select(columns).from(appeals).where(eq(appeals.id, id)).get()) ?? null;
}

/** `(SELECT value FROM counters WHERE name = 'change')`: the change sequence a changed target takes. */
export const currentChange = sql`(SELECT ${counters.value} FROM ${counters} WHERE ${counters.name} = 'change')`;

/** A target's distinct reporters whose evidence is not hidden: its reporter_count, recounted. */
export const visibleReporters = (type: string, target: string | SQLWrapper) =>
  sql`(SELECT count(*) FROM ${targetReporters} WHERE ${targetReporters.targetType} = ${type} AND ${targetReporters.target} = ${target} AND ${targetReporters.hidden} = 0)`;

/** Advances the change sequence: feeds then list the targets stamped with currentChange. */
const bumpChange = (db: Db) =>
  orm(db).update(counters).set({ value: sql`${counters.value} + 1` }).where(eq(counters.name, "change"));

/** Decides an open appeal; an upheld one clears the target's verdict. False if not open. */
export async function decideAppeal(
  db: Db,
  args: { id: string; decision: "upheld" | "rejected"; reason: string; actor: string; now: number; targetType: string; target: string },
  audit: AuditEntry,
): Promise<boolean> {
  const q = orm(db);
  const decide = q
    .update(appeals)
    .set({ status: args.decision, decisionReason: args.reason, decidedBy: args.actor, decidedAt: args.now })
    .where(and(eq(appeals.id, args.id), eq(appeals.status, "open")))
    .returning({ id: appeals.id });
  const clearVerdict = [
    // Only when this very decision upheld it (same decided_at): a concurrent decision changes nothing here.
    sql`INSERT INTO ${targetDecisions} (${columnNames(targetDecisions, ["targetType", "target", "decision", "reason", "appealId", "decidedBy", "createdAt"])})
      SELECT ${args.targetType}, ${args.target}, 'cleared', ${args.reason}, ${args.id}, ${args.actor}, ${args.now}
      WHERE EXISTS (SELECT 1 FROM ${appeals} WHERE ${appeals.id} = ${args.id} AND ${appeals.decidedAt} = ${args.now} AND ${appeals.status} = 'upheld')
      ON CONFLICT (${columnNames(targetDecisions, ["targetType", "target"])}) DO UPDATE SET
        ${excludedSet(targetDecisions, ["decision", "reason", "appealId", "decidedBy", "createdAt"])}`,
    bumpChange(db),
    args.targetType === "sender"
      ? q.update(senders).set({ changeSeq: currentChange }).where(eq(senders.normalized, args.target))
      : q.update(domains).set({ changeSeq: currentChange }).where(eq(domains.domain, args.target)),
  ];
  const statements = [decide, ...(args.decision === "upheld" ? clearVerdict : []), auditInsert(db, audit)];
  const [decided] = await db.batch(statements.map((statement) => statementOf(db, statement)));
  if ((decided?.results.length ?? 0) === 0) {
    await withdrawAudit(db, audit.id);
    return false;
  }
  return true;
}

/**
 * Hides a report: it stops counting everywhere (aggregates, reporter evidence, campaign) but stays
 * stored for the audit trail. False when there is no visible report with that id.
 */
export async function hideReport(db: Db, args: { id: string; now: number }, audit: AuditEntry): Promise<boolean> {
  const q = orm(db);
  const report = await q
    .select({ sender: reports.sender, reporter: reports.reporter, campaignId: reports.campaignId })
    .from(reports)
    .where(and(eq(reports.id, args.id), eq(reports.hidden, false)))
    .get();
  if (!report) return false;
  const linked = await q.selectDistinct({ domain: reportDomains.domain }).from(reportDomains).where(eq(reportDomains.reportId, args.id));
  // The reporter's other visible reports on a target; their evidence there stays while one remains.
  const visibleOthers = (onTarget: SQL) =>
    q.select({ one: sql`1` }).from(reports).where(and(onTarget, eq(reports.reporter, report.reporter), eq(reports.hidden, false), ne(reports.id, args.id)));
  const hideEvidence = (type: string, target: string, others: SQLWrapper) =>
    q
      .update(targetReporters)
      .set({ hidden: 1 })
      .where(and(eq(targetReporters.targetType, type), eq(targetReporters.target, target), eq(targetReporters.reporter, report.reporter), notExists(others)));
  const domainStatements = linked.flatMap(({ domain }) => [
    hideEvidence(
      "domain",
      domain,
      q.select({ one: sql`1` }).from(reportDomains).innerJoin(reports, eq(reports.id, reportDomains.reportId))
        .where(and(eq(reportDomains.domain, domain), eq(reports.reporter, report.reporter), eq(reports.hidden, false), ne(reports.id, args.id))),
    ),
    q
      .update(domains)
      .set({ reportCount: sql`max(0, ${domains.reportCount} - 1)`, reporterCount: visibleReporters("domain", domain), changeSeq: currentChange })
      .where(eq(domains.domain, domain)),
  ]);
  await q.batch([
    q.update(reports).set({ hidden: true }).where(and(eq(reports.id, args.id), eq(reports.hidden, false))),
    bumpChange(db),
    hideEvidence("sender", report.sender, visibleOthers(eq(reports.sender, report.sender))),
    q
      .update(senders)
      .set({ reportCount: sql`max(0, ${senders.reportCount} - 1)`, reporterCount: visibleReporters("sender", report.sender), changeSeq: currentChange })
      .where(eq(senders.normalized, report.sender)),
    hideEvidence("campaign", report.campaignId, visibleOthers(eq(reports.campaignId, report.campaignId))),
    q
      .update(campaigns)
      .set({ reportCount: sql`max(0, ${campaigns.reportCount} - 1)`, reporterCount: visibleReporters("campaign", report.campaignId) })
      .where(eq(campaigns.id, report.campaignId)),
    ...domainStatements,
    auditInsert(db, audit),
  ]);
  return true;
}
