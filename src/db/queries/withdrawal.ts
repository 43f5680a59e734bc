/**
 * Withdrawing a report (DELETE /api/v1/reports/{id} with its receipt): the report stops counting
 * everywhere and its text is gone. One read, then one db.batch (one transaction) that undoes what
 * the report intake wrote — per-target reporter rows, sender/domain/campaign counts and first/last
 * seen, facet counters, statistics report counts, feed positions — and deletes the report, so the
 * aggregates stay equal to a recount of the stored reports (test/db/withdrawal-recount.test.ts).
 * Distinct-member statistics rows (stats_members) are kept: a closed bucket is final
 * (docs/statistics.md), and an open day's distinct-reporter count may still include the network.
 * Per-report sets travel as JSON parameters, so the statement count is fixed however many links.
 */
import type { Db } from "../session";
import { cstDay } from "../../domain/calendar";

export interface StoredReport {
  id: string;
  sender: string;
  senderKind: string;
  reporter: string;
  campaignId: string;
  category: string | null;
  /** 1 when the category was inferred from the text (facet `category_inferred`, migration 0040). */
  categoryInferred: number;
  claimedInstitution: string | null;
  carrier: string | null;
  region: string | null;
  createdAt: number;
  hidden: number;
  domains: string[];
}

export async function findStoredReport(db: Db, id: string): Promise<StoredReport | null> {
  const row = await db
    .prepare(
      `SELECT id, sender, sender_kind AS senderKind, reporter, campaign_id AS campaignId, category, category_inferred AS categoryInferred, claimed_institution AS claimedInstitution,
         carrier, region, created_at AS createdAt, hidden,
         (SELECT json_group_array(domain) FROM (SELECT DISTINCT domain FROM report_domains WHERE report_id = ?1)) AS domains
       FROM reports WHERE id = ?1`,
    )
    .bind(id)
    .first<Omit<StoredReport, "domains"> & { domains: string }>();
  return row ? { ...row, domains: JSON.parse(row.domains) as string[] } : null;
}

/** `facets = facets − 1 at (facet, value)` for a JSON facet column; the key goes at 0. Params: ?1 facet, ?2 value. */
const decrementFacet = `CASE WHEN coalesce(json_extract(facets, '$."' || ?1 || '"."' || ?2 || '"'), 0) <= 1
    THEN json_remove(facets, '$."' || ?1 || '"."' || ?2 || '"')
    ELSE json_set(facets, '$."' || ?1 || '"."' || ?2 || '"', json_extract(facets, '$."' || ?1 || '"."' || ?2 || '"') - 1) END`;

/** Removes the report and every count it added, in one transaction. */
export async function withdrawReport(db: Db, report: StoredReport): Promise<void> {
  const domains = JSON.stringify(report.domains);
  const category = report.category ?? "other";
  const statements: D1PreparedStatement[] = [db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'change'")];
  if (!report.hidden) {
    // Hidden reports were already taken out of the counts by moderation (src/db/queries/moderation.ts).
    const targets = JSON.stringify([["sender", report.sender], ["campaign", report.campaignId], ...report.domains.map((d) => ["domain", d])]);
    statements.push(
      db
        .prepare(
          `UPDATE target_reporters SET report_count = report_count - 1
           WHERE reporter = ?2 AND (target_type, target) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?1))`,
        )
        .bind(targets, report.reporter),
      db
        .prepare(
          `DELETE FROM target_reporters WHERE reporter = ?2 AND report_count <= 0
             AND (target_type, target) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?1))`,
        )
        .bind(targets, report.reporter),
      db
        .prepare(
          `UPDATE senders SET report_count = max(0, report_count - 1),
             reporter_count = (SELECT count(*) FROM target_reporters WHERE target_type = 'sender' AND target = ?1 AND hidden = 0),
             first_seen = coalesce((SELECT min(created_at) FROM reports WHERE sender = ?1 AND id != ?2), first_seen),
             last_seen = coalesce((SELECT max(created_at) FROM reports WHERE sender = ?1 AND id != ?2), last_seen),
             change_seq = (SELECT value FROM counters WHERE name = 'change') WHERE normalized = ?1`,
        )
        .bind(report.sender, report.id),
      db
        .prepare(
          `UPDATE domains SET report_count = max(0, report_count - 1),
             reporter_count = (SELECT count(*) FROM target_reporters WHERE target_type = 'domain' AND target = domains.domain AND hidden = 0),
             first_seen = coalesce((SELECT min(r.created_at) FROM report_domains d JOIN reports r ON r.id = d.report_id WHERE d.domain = domains.domain AND r.id != ?2), first_seen),
             last_seen = coalesce((SELECT max(r.created_at) FROM report_domains d JOIN reports r ON r.id = d.report_id WHERE d.domain = domains.domain AND r.id != ?2), last_seen),
             change_seq = (SELECT value FROM counters WHERE name = 'change') WHERE domain IN (SELECT value FROM json_each(?1))`,
        )
        .bind(domains, report.id),
      db
        .prepare(
          `UPDATE campaigns SET report_count = max(0, report_count - 1),
             reporter_count = (SELECT count(*) FROM target_reporters WHERE target_type = 'campaign' AND target = ?1 AND hidden = 0) WHERE id = ?1`,
        )
        .bind(report.campaignId),
    );
    // Facets in the sender's and the domains' own rows (migration 0013).
    const senderFacets: [string, string][] = [["category", category], ["campaign", report.campaignId], ...report.domains.map((d): [string, string] => ["domain", d])];
    const domainFacets: [string, string][] = [["category", category], ["campaign", report.campaignId]];
    if (report.categoryInferred) {
      senderFacets.push(["category_inferred", category]);
      domainFacets.push(["category_inferred", category]);
    }
    if (report.claimedInstitution) {
      senderFacets.push(["institution", report.claimedInstitution]);
      domainFacets.push(["institution", report.claimedInstitution]);
    }
    for (const [facet, value] of senderFacets) {
      statements.push(db.prepare(`UPDATE senders SET facets = ${decrementFacet} WHERE normalized = ?3`).bind(facet, value, report.sender));
    }
    for (const [facet, value] of domainFacets) {
      statements.push(db.prepare(`UPDATE domains SET facets = ${decrementFacet} WHERE domain IN (SELECT value FROM json_each(?3))`).bind(facet, value, domains));
    }
    // The unbounded facets kept as target_facets rows: a domain's senders, a campaign's domains, senders, kinds, institutions.
    const rows: [string, string, string, string][] = [
      ...report.domains.map((d): [string, string, string, string] => ["domain", d, "sender", report.sender]),
      ...report.domains.map((d): [string, string, string, string] => ["campaign", report.campaignId, "domain", d]),
      ["campaign", report.campaignId, "sender", report.sender],
      ["campaign", report.campaignId, "sender_kind", report.senderKind],
      ...(report.claimedInstitution ? [["campaign", report.campaignId, "institution", report.claimedInstitution] as [string, string, string, string]] : []),
    ];
    const facetRows = `(target_type, target, facet, value) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'), json_extract(value, '$[3]') FROM json_each(?1))`;
    statements.push(
      db.prepare(`UPDATE target_facets SET count = count - 1 WHERE ${facetRows}`).bind(JSON.stringify(rows)),
      db.prepare(`DELETE FROM target_facets WHERE count <= 0 AND ${facetRows}`).bind(JSON.stringify(rows)),
    );
    const day = cstDay(report.createdAt);
    statements.push(
      db
        .prepare(
          `UPDATE stats_cells SET reports = max(0, reports - 1)
           WHERE day = ? AND institution = ? AND sender_kind = ? AND carrier = ? AND region = ? AND category = ?`,
        )
        .bind(day, report.claimedInstitution ?? "", report.senderKind, report.carrier ?? "", report.region ?? "", category),
      db.prepare("UPDATE stats_domain_cells SET reports = max(0, reports - 1) WHERE day = ?1 AND domain IN (SELECT value FROM json_each(?2))").bind(day, domains),
    );
  }
  statements.push(
    db.prepare("DELETE FROM report_domains WHERE report_id = ?").bind(report.id),
    db.prepare("DELETE FROM reports WHERE id = ?").bind(report.id),
  );
  await db.batch(statements);
}
