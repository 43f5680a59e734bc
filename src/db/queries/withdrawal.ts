/**
 * Withdrawing a report (DELETE /api/v1/reports/{id} with its receipt): the report stops counting
 * everywhere and its text is gone. One read, then one db.batch (one transaction) that undoes what
 * the report intake wrote — per-target reporter rows, sender/domain/campaign counts and first/last
 * seen, facet counters, statistics report counts, feed positions — and deletes the report, so the
 * aggregates stay equal to a recount of the stored reports (test/db/withdrawal-recount.test.ts).
 * Distinct-member statistics rows (stats_members) are kept: a closed bucket is final
 * (docs/statistics.md), and an open day's distinct-reporter count may still include the network.
 * Per-report sets travel as JSON parameters, so the statement count is fixed however many links.
 * The writes are built with Drizzle's builder once per isolate (compiled) and only bound per withdrawal.
 */
import { and, eq, lte, sql, type SQL } from "drizzle-orm";
import { cstDay } from "../../domain/calendar";
import { compiled, inJsonArray, inJsonRows, orm, unbound } from "../orm";
import { campaigns, counters, domains, reportDomains, reports, senders, statsCells, statsDomainCells, targetFacets, targetReporters } from "../schema";
import type { Db } from "../session";
import { currentChange, visibleReporters } from "./moderation";

const storedColumns = {
  id: reports.id,
  sender: reports.sender,
  senderKind: reports.senderKind,
  reporter: reports.reporter,
  campaignId: reports.campaignId,
  category: reports.category,
  /** True when the category was inferred from the text (facet `category_inferred`, migration 0040). */
  categoryInferred: reports.categoryInferred,
  claimedInstitution: reports.claimedInstitution,
  carrier: reports.carrier,
  region: reports.region,
  createdAt: reports.createdAt,
  hidden: reports.hidden,
};

export type StoredReport = Pick<typeof reports.$inferSelect, keyof typeof storedColumns> & { domains: string[] };

/** The report with its distinct link domains, or null (one statement). */
export async function findStoredReport(db: Db, id: string): Promise<StoredReport | null> {
  const domain = sql.identifier(reportDomains.domain.name);
  const linked = sql<string>`(SELECT json_group_array(${domain}) FROM (SELECT DISTINCT ${reportDomains.domain} FROM ${reportDomains} WHERE ${reportDomains.reportId} = ${id}))`;
  const row = await orm(db).select({ ...storedColumns, domains: linked }).from(reports).where(eq(reports.id, id)).get();
  return row ? { ...row, domains: JSON.parse(row.domains) as string[] } : null;
}

const p = sql.placeholder;

/** `facets − 1 at (facet, value)` of a JSON facet column; the key goes at 0. Values: facet, value. */
function decrementedFacet(facets: typeof senders.facets | typeof domains.facets): SQL {
  const path = sql`'$."' || ${p("facet")} || '"."' || ${p("value")} || '"'`;
  return sql`CASE WHEN coalesce(json_extract(${facets}, ${path}), 0) <= 1
    THEN json_remove(${facets}, ${path})
    ELSE json_set(${facets}, ${path}, json_extract(${facets}, ${path}) - 1) END`;
}

/** The earliest or latest creation time of a domain's other reports. */
const domainReportTime = (aggregate: "min" | "max") =>
  sql`(SELECT ${sql.raw(aggregate)}(${reports.createdAt}) FROM ${reportDomains} JOIN ${reports} ON ${reports.id} = ${reportDomains.reportId}
       WHERE ${reportDomains.domain} = ${domains.domain} AND ${reports.id} != ${p("id")})`;
/** The earliest or latest creation time of a sender's other reports. */
const senderReportTime = (aggregate: "min" | "max") =>
  sql`(SELECT ${sql.raw(aggregate)}(${reports.createdAt}) FROM ${reports} WHERE ${reports.sender} = ${p("sender")} AND ${reports.id} != ${p("id")})`;

/** The (type, target) pairs a report counted on, as a JSON array of pairs. */
const onTargets = inJsonRows([targetReporters.targetType, targetReporters.target], p("targets"));
const facetRowsIn = inJsonRows([targetFacets.targetType, targetFacets.target, targetFacets.facet, targetFacets.value], p("rows"));

/** The withdrawal's statements, built and compiled at the isolate's first withdrawal, not at its start (≈ 3 ms on the shared development machine). */
const buildUndo = () => ({
  bumpChange: compiled<Record<string, never>>(unbound.update(counters).set({ value: sql`${counters.value} + 1` }).where(eq(counters.name, "change"))),
  // The reporter's row on each target loses this report, and goes when it was the last.
  reporterRows: compiled<{ targets: string; reporter: string }>(
    unbound
      .update(targetReporters)
      .set({ reportCount: sql`${targetReporters.reportCount} - 1` })
      .where(and(eq(targetReporters.reporter, p("reporter")), onTargets)),
  ),
  emptyReporterRows: compiled<{ targets: string; reporter: string }>(
    unbound.delete(targetReporters).where(and(eq(targetReporters.reporter, p("reporter")), lte(targetReporters.reportCount, 0), onTargets)),
  ),
  sender: compiled<{ sender: string; id: string }>(
    unbound
      .update(senders)
      .set({
        reportCount: sql`max(0, ${senders.reportCount} - 1)`,
        reporterCount: visibleReporters("sender", p("sender")),
        firstSeen: sql`coalesce(${senderReportTime("min")}, ${senders.firstSeen})`,
        lastSeen: sql`coalesce(${senderReportTime("max")}, ${senders.lastSeen})`,
        changeSeq: currentChange,
      })
      .where(eq(senders.normalized, p("sender"))),
  ),
  domains: compiled<{ domains: string; id: string }>(
    unbound
      .update(domains)
      .set({
        reportCount: sql`max(0, ${domains.reportCount} - 1)`,
        reporterCount: visibleReporters("domain", domains.domain),
        firstSeen: sql`coalesce(${domainReportTime("min")}, ${domains.firstSeen})`,
        lastSeen: sql`coalesce(${domainReportTime("max")}, ${domains.lastSeen})`,
        changeSeq: currentChange,
      })
      .where(inJsonArray(domains.domain, p("domains"))),
  ),
  campaign: compiled<{ campaignId: string }>(
    unbound
      .update(campaigns)
      .set({ reportCount: sql`max(0, ${campaigns.reportCount} - 1)`, reporterCount: visibleReporters("campaign", p("campaignId")) })
      .where(eq(campaigns.id, p("campaignId"))),
  ),
  // Facets in the sender's and the domains' own rows (migration 0013), one (facet, value) per statement.
  senderFacet: compiled<{ facet: string; value: string; sender: string }>(
    unbound.update(senders).set({ facets: decrementedFacet(senders.facets) }).where(eq(senders.normalized, p("sender"))),
  ),
  domainFacet: compiled<{ facet: string; value: string; domains: string }>(
    unbound.update(domains).set({ facets: decrementedFacet(domains.facets) }).where(inJsonArray(domains.domain, p("domains"))),
  ),
  // The unbounded facets kept as target_facets rows: a domain's senders, a campaign's domains, senders, kinds, institutions.
  facetRows: compiled<{ rows: string }>(unbound.update(targetFacets).set({ count: sql`${targetFacets.count} - 1` }).where(facetRowsIn)),
  emptyFacetRows: compiled<{ rows: string }>(unbound.delete(targetFacets).where(and(lte(targetFacets.count, 0), facetRowsIn))),
  statsCell: compiled<{ day: string; institution: string; senderKind: string; carrier: string; region: string; category: string }>(
    unbound
      .update(statsCells)
      .set({ reports: sql`max(0, ${statsCells.reports} - 1)` })
      .where(
        and(
          eq(statsCells.day, p("day")),
          eq(statsCells.institution, p("institution")),
          eq(statsCells.senderKind, p("senderKind")),
          eq(statsCells.carrier, p("carrier")),
          eq(statsCells.region, p("region")),
          eq(statsCells.category, p("category")),
        ),
      ),
  ),
  statsDomainCells: compiled<{ day: string; domains: string }>(
    unbound
      .update(statsDomainCells)
      .set({ reports: sql`max(0, ${statsDomainCells.reports} - 1)` })
      .where(and(eq(statsDomainCells.day, p("day")), inJsonArray(statsDomainCells.domain, p("domains")))),
  ),
  links: compiled<{ id: string }>(unbound.delete(reportDomains).where(eq(reportDomains.reportId, p("id")))),
  report: compiled<{ id: string }>(unbound.delete(reports).where(eq(reports.id, p("id")))),
});
let compiledUndo: ReturnType<typeof buildUndo> | undefined;

/** Removes the report and every count it added, in one transaction. */
export async function withdrawReport(db: Db, report: StoredReport): Promise<void> {
  const domains = JSON.stringify(report.domains);
  const category = report.category ?? "other";
  const undo = (compiledUndo ??= buildUndo());
  const statements: D1PreparedStatement[] = [undo.bumpChange.bind(db, {})];
  if (!report.hidden) {
    // Hidden reports were already taken out of the counts by moderation (src/db/queries/moderation.ts).
    const targets = JSON.stringify([["sender", report.sender], ["campaign", report.campaignId], ...report.domains.map((d) => ["domain", d])]);
    statements.push(
      undo.reporterRows.bind(db, { targets, reporter: report.reporter }),
      undo.emptyReporterRows.bind(db, { targets, reporter: report.reporter }),
      undo.sender.bind(db, { sender: report.sender, id: report.id }),
      undo.domains.bind(db, { domains, id: report.id }),
      undo.campaign.bind(db, { campaignId: report.campaignId }),
    );
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
    for (const [facet, value] of senderFacets) statements.push(undo.senderFacet.bind(db, { facet, value, sender: report.sender }));
    for (const [facet, value] of domainFacets) statements.push(undo.domainFacet.bind(db, { facet, value, domains }));
    const rows = JSON.stringify([
      ...report.domains.map((d) => ["domain", d, "sender", report.sender]),
      ...report.domains.map((d) => ["campaign", report.campaignId, "domain", d]),
      ["campaign", report.campaignId, "sender", report.sender],
      ["campaign", report.campaignId, "sender_kind", report.senderKind],
      ...(report.claimedInstitution ? [["campaign", report.campaignId, "institution", report.claimedInstitution]] : []),
    ]);
    const day = cstDay(report.createdAt);
    statements.push(
      undo.facetRows.bind(db, { rows }),
      undo.emptyFacetRows.bind(db, { rows }),
      undo.statsCell.bind(db, {
        day,
        institution: report.claimedInstitution ?? "",
        senderKind: report.senderKind,
        carrier: report.carrier ?? "",
        region: report.region ?? "",
        category,
      }),
      undo.statsDomainCells.bind(db, { day, domains }),
    );
  }
  statements.push(undo.links.bind(db, { id: report.id }), undo.report.bind(db, { id: report.id }));
  await db.batch(statements);
}
