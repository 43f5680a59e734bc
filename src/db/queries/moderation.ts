/**
 * Admin actions: registry management, appeals, hiding reports. Each action and its audit-log row
 * are written in one db.batch, so an action is never recorded without happening (or vice versa).
 */

import type { Db } from "../session";
export interface AuditEntry {
  id: string;
  actor: string;
  action: string;
  targetType: string;
  target: string;
  reason: string | null;
  details: string | null;
  createdAt: number;
}

export function auditStatement(db: Db, entry: AuditEntry): D1PreparedStatement {
  return db
    .prepare("INSERT INTO audit_log (id, actor, action, target_type, target, reason, details, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    .bind(entry.id, entry.actor, entry.action, entry.targetType, entry.target, entry.reason, entry.details, entry.createdAt);
}

/**
 * Newest first, strictly after the position (createdAt, id) of the previous page's last entry, so
 * entries written in the same millisecond never straddle a page boundary unseen or twice.
 */
export async function listAudit(db: Db, args: { before: { createdAt: number; id: string }; limit: number }): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      `SELECT id, actor, action, target_type AS targetType, target, reason, details, created_at AS createdAt FROM audit_log
       WHERE created_at <= ?1 AND (created_at < ?1 OR id < ?2) ORDER BY created_at DESC, id DESC LIMIT ?3`,
    )
    .bind(args.before.createdAt, args.before.id, args.limit)
    .all<AuditEntry>();
  return results;
}

export async function addOfficialSender(
  db: Db,
  row: { number: string; organization: string; category: string | null; kind: string; label: string | null; now: number },
  audit: AuditEntry,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO official_senders (number, organization, category, kind, label, source, created_at) VALUES (?, ?, ?, ?, ?, 'admin', ?)
         ON CONFLICT(number) DO UPDATE SET organization = excluded.organization, category = excluded.category, kind = excluded.kind, label = excluded.label, source = 'admin'`,
      )
      .bind(row.number, row.organization, row.category, row.kind, row.label, row.now),
    auditStatement(db, audit),
  ]);
}

/** Removes a registry entry; false when there was none. */
export async function removeOfficialSender(db: Db, number: string, audit: AuditEntry): Promise<boolean> {
  const [deleted] = await db.batch([
    db.prepare("DELETE FROM official_senders WHERE number = ? RETURNING number").bind(number),
    auditStatement(db, audit),
  ]);
  if ((deleted?.results.length ?? 0) === 0) {
    // Nothing was removed: take the audit row back out so the log only lists real actions.
    await db.prepare("DELETE FROM audit_log WHERE id = ?").bind(audit.id).run();
    return false;
  }
  return true;
}

/** Adds (or re-assigns) an official domain; the domain's lookups become `trusted`. */
export async function addOfficialDomain(db: Db, row: { domain: string; organization: string; now: number }, audit: AuditEntry): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO official_domains (domain, organization, source, created_at) VALUES (?, ?, 'admin', ?)
         ON CONFLICT(domain) DO UPDATE SET organization = excluded.organization, source = 'admin'`,
      )
      .bind(row.domain, row.organization, row.now),
    ...changedTarget(db, "domain", row.domain),
    auditStatement(db, audit),
  ]);
}

/** Removes an official domain; false when there was none. */
export async function removeOfficialDomain(db: Db, domain: string, audit: AuditEntry): Promise<boolean> {
  const [deleted] = await db.batch([
    db.prepare("DELETE FROM official_domains WHERE domain = ? RETURNING domain").bind(domain),
    ...changedTarget(db, "domain", domain),
    auditStatement(db, audit),
  ]);
  if ((deleted?.results.length ?? 0) === 0) {
    await db.prepare("DELETE FROM audit_log WHERE id = ?").bind(audit.id).run();
    return false;
  }
  return true;
}

/** Moves a target to the head of the feeds (its verdict changed without a report). */
function changedTarget(db: Db, type: "sender" | "domain", target: string): D1PreparedStatement[] {
  return [
    db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'change'"),
    db
      .prepare(
        type === "sender"
          ? "UPDATE senders SET change_seq = (SELECT value FROM counters WHERE name = 'change') WHERE normalized = ?"
          : "UPDATE domains SET change_seq = (SELECT value FROM counters WHERE name = 'change') WHERE domain = ?",
      )
      .bind(target),
  ];
}

export interface AppealRow {
  id: string;
  targetType: string;
  target: string;
  statement: string;
  contact: string | null;
  tokenHash: string;
  status: string;
  decisionReason: string | null;
  createdAt: number;
  decidedAt: number | null;
}

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
  const [inserted, counts] = await db.batch([
    db
      .prepare(
        `INSERT INTO appeals (id, target_type, target, statement, contact, token_hash, status, created_at, network)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, 'open', ?7, ?8
         WHERE (SELECT count(*) FROM appeals WHERE target_type = ?2 AND target = ?3 AND status = 'open') < ?9
           AND (SELECT count(*) FROM appeals WHERE network = ?8 AND created_at > ?10) < ?11
         RETURNING id`,
      )
      .bind(row.id, row.targetType, row.target, row.statement, row.contact, row.tokenHash, row.createdAt, row.network,
        MAX_OPEN_APPEALS_PER_TARGET, row.createdAt - DAY_MS, MAX_APPEALS_PER_NETWORK_PER_DAY),
    db
      .prepare("SELECT (SELECT count(*) FROM appeals WHERE target_type = ?1 AND target = ?2 AND status = 'open' AND id != ?3) AS open")
      .bind(row.targetType, row.target, row.id),
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
  const [reopened] = await db.batch([
    db
      .prepare("UPDATE appeals SET status = 'open', decision_reason = NULL, decided_by = NULL, decided_at = NULL WHERE id = ? AND status != 'open' RETURNING id")
      .bind(args.id),
    db.prepare("DELETE FROM target_decisions WHERE target_type = ? AND target = ? AND appeal_id = ?").bind(args.targetType, args.target, args.id),
    ...changedTarget(db, args.targetType === "sender" ? "sender" : "domain", args.target),
    auditStatement(db, audit),
  ]);
  if ((reopened?.results.length ?? 0) === 0) {
    await db.prepare("DELETE FROM audit_log WHERE id = ?").bind(audit.id).run();
    return false;
  }
  return true;
}

export async function findAppeal(db: Db, id: string): Promise<AppealRow | null> {
  return db
    .prepare(
      `SELECT id, target_type AS targetType, target, statement, contact, token_hash AS tokenHash, status, decision_reason AS decisionReason,
         created_at AS createdAt, decided_at AS decidedAt FROM appeals WHERE id = ?`,
    )
    .bind(id)
    .first<AppealRow>();
}

/** Decides an open appeal; an upheld one clears the target's verdict. False if not open. */
export async function decideAppeal(
  db: Db,
  args: { id: string; decision: "upheld" | "rejected"; reason: string; actor: string; now: number; targetType: string; target: string },
  audit: AuditEntry,
): Promise<boolean> {
  const statements = [
    db
      .prepare("UPDATE appeals SET status = ?, decision_reason = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'open' RETURNING id")
      .bind(args.decision, args.reason, args.actor, args.now, args.id),
  ];
  if (args.decision === "upheld") {
    statements.push(
      db
        .prepare(
          `INSERT INTO target_decisions (target_type, target, decision, reason, appeal_id, decided_by, created_at)
           SELECT ?, ?, 'cleared', ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM appeals WHERE id = ? AND decided_at = ? AND status = 'upheld')
           ON CONFLICT(target_type, target) DO UPDATE SET decision = excluded.decision, reason = excluded.reason, appeal_id = excluded.appeal_id,
             decided_by = excluded.decided_by, created_at = excluded.created_at`,
        )
        .bind(args.targetType, args.target, args.reason, args.id, args.actor, args.now, args.id, args.now),
      ...changedTarget(db, args.targetType === "sender" ? "sender" : "domain", args.target),
    );
  }
  statements.push(auditStatement(db, audit));
  const [updated] = await db.batch(statements);
  if ((updated?.results.length ?? 0) === 0) {
    await db.prepare("DELETE FROM audit_log WHERE id = ?").bind(audit.id).run();
    return false;
  }
  return true;
}

/**
 * Hides a report: it stops counting everywhere (aggregates, reporter evidence, campaign) but stays
 * stored for the audit trail. False when there is no visible report with that id.
 */
export async function hideReport(db: Db, args: { id: string; now: number }, audit: AuditEntry): Promise<boolean> {
  const report = await db.prepare("SELECT sender, reporter, campaign_id AS campaignId FROM reports WHERE id = ? AND hidden = 0").bind(args.id).first<{
    sender: string;
    reporter: string;
    campaignId: string;
  }>();
  if (!report) return false;
  const { results: linked } = await db.prepare("SELECT DISTINCT domain FROM report_domains WHERE report_id = ?").bind(args.id).all<{ domain: string }>();
  const domains = linked.map((row) => row.domain);
  // A reporter's evidence on a target disappears only when none of their reports on it remains visible.
  const hideEvidence = (type: string, target: string, visibleOthers: string) =>
    db
      .prepare(`UPDATE target_reporters SET hidden = 1 WHERE target_type = ? AND target = ? AND reporter = ? AND NOT EXISTS (${visibleOthers})`)
      .bind(type, target, report.reporter, target, report.reporter, args.id);
  const statements: D1PreparedStatement[] = [
    db.prepare("UPDATE reports SET hidden = 1 WHERE id = ? AND hidden = 0").bind(args.id),
    db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'change'"),
    hideEvidence("sender", report.sender, "SELECT 1 FROM reports WHERE sender = ? AND reporter = ? AND hidden = 0 AND id != ?"),
    db
      .prepare(
        `UPDATE senders SET report_count = max(0, report_count - 1),
           reporter_count = (SELECT count(*) FROM target_reporters WHERE target_type = 'sender' AND target = ?1 AND hidden = 0),
           change_seq = (SELECT value FROM counters WHERE name = 'change') WHERE normalized = ?1`,
      )
      .bind(report.sender),
    hideEvidence("campaign", report.campaignId, "SELECT 1 FROM reports WHERE campaign_id = ? AND reporter = ? AND hidden = 0 AND id != ?"),
    db
      .prepare(
        `UPDATE campaigns SET report_count = max(0, report_count - 1),
           reporter_count = (SELECT count(*) FROM target_reporters WHERE target_type = 'campaign' AND target = ?1 AND hidden = 0) WHERE id = ?1`,
      )
      .bind(report.campaignId),
  ];
  for (const domain of domains) {
    statements.push(
      hideEvidence(
        "domain",
        domain,
        "SELECT 1 FROM report_domains d JOIN reports r ON r.id = d.report_id WHERE d.domain = ? AND r.reporter = ? AND r.hidden = 0 AND r.id != ?",
      ),
      db
        .prepare(
          `UPDATE domains SET report_count = max(0, report_count - 1),
             reporter_count = (SELECT count(*) FROM target_reporters WHERE target_type = 'domain' AND target = ?1 AND hidden = 0),
             change_seq = (SELECT value FROM counters WHERE name = 'change') WHERE domain = ?1`,
        )
        .bind(domain),
    );
  }
  statements.push(auditStatement(db, audit));
  await db.batch(statements);
  return true;
}
