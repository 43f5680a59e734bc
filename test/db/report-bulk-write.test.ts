/**
 * Several reports written as one statement (writeReports, for bulk uploads and Queue consumers):
 * each counts exactly as if written alone, and the statement stores all of them or none.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type NewReport, writeReports } from "../../src/db/queries/reports";
import { tableCounts } from "../helpers";

const now = Date.UTC(2026, 5, 1, 4);

function bulkReport(i: number, reporter: string): NewReport {
  return {
    id: `rpt_bulk${i}`,
    sender: { normalized: "+8613700009999", kind: "mobile", country: "CN" },
    senderHash: "0".repeat(64),
    text: "【众安金融】欠款未还，请点 http://bulk-kf.top 处理。",
    fingerprint: "bulkfp",
    reporter,
    receivedAt: null,
    createdAt: now + i * 1000,
    carrier: null,
    region: null,
    category: "fake_collection",
    // The second report's category was inferred from its text, the others' chosen by their reporters.
    categoryInferred: i === 1,
    claimedInstitution: i === 2 ? "众安保险" : null,
    signals: [],
    strongSignal: false,
    callbackNumbers: [],
    links: [{ host: "bulk-kf.top", domain: "bulk-kf.top", shortener: false }],
    campaign: i === 0 ? { kind: "new", id: "cmp_bulk", signature: "sig", bands: [1, 2], sampleText: "sample" } : { kind: "existing", id: "cmp_bulk" },
    idempotency: null,
  };
}

const first = <T,>(sql: string) => env.DB.prepare(sql).first<T>();

describe("several reports in one statement", () => {
  it("count like the same reports written one by one, in order", async () => {
    const before = await tableCounts();
    // Reporter a twice (a new campaign, then a join), reporter b once.
    await writeReports(env.DB, [bulkReport(0, "a"), bulkReport(1, "a"), bulkReport(2, "b")]);
    expect(await first("SELECT report_count AS n, reporter_count AS r, first_seen AS f, last_seen AS l FROM senders WHERE normalized = '+8613700009999'")).toEqual({
      n: 3, r: 2, f: now, l: now + 2000,
    });
    expect(await first("SELECT report_count AS n, reporter_count AS r FROM campaigns WHERE id = 'cmp_bulk'")).toEqual({ n: 3, r: 2 });
    expect(await first("SELECT report_count AS n, reporter_count AS r FROM domains WHERE domain = 'bulk-kf.top'")).toEqual({ n: 3, r: 2 });
    expect(await first("SELECT report_count AS n, last_report_id AS id FROM target_reporters WHERE target_type = 'sender' AND reporter = 'a'")).toEqual({ n: 2, id: "rpt_bulk1" });
    expect(await first("SELECT facets ->> '$.institution' AS i FROM senders WHERE normalized = '+8613700009999'")).toEqual({ i: '{"众安保险":1}' });
    expect(await first("SELECT sum(reports) AS n, sum(inferred_reports) AS i FROM stats_cells")).toEqual({ n: 3, i: 1 });
    expect(await first("SELECT group_concat(id) AS ids FROM reports WHERE category_inferred = 1")).toEqual({ ids: "rpt_bulk1" });
    const after = await tableCounts();
    expect(after.reports! - before.reports!).toBe(3);
    expect(after["counters.change"]! - before["counters.change"]!).toBe(3);
  });

  it("store none of them when one fails", async () => {
    await writeReports(env.DB, [bulkReport(7, "d")]);
    const before = await tableCounts();
    // rpt_bulk7 exists: its reports row fails the primary key, after rpt_bulk8's rows were written.
    await expect(writeReports(env.DB, [bulkReport(8, "c"), bulkReport(7, "c")])).rejects.toThrow(/UNIQUE|constraint/i);
    expect(await tableCounts()).toEqual(before);
  });
});
