/**
 * The demo data npm start loads, through the production write path: its statistics by category
 * say what the scams were, not `other` — most of its reports name no category, so this checks
 * the inferred categories where users see them.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { demoReports } from "../../scripts/lib/demo-data";
import { queryStats } from "../../src/db/queries/stats";
import { bucketStart, cstDay } from "../../src/domain/calendar";
import { normaliseSender } from "../../src/domain/phone";
import { recordReport } from "../../src/services/submit";

const NOW = Date.UTC(2026, 10, 30, 4);

describe("demo data", () => {
  it("has no more than 10 % `other` in the statistics by category", { timeout: 180_000 }, async () => {
    let oldest = NOW;
    for (const report of demoReports()) {
      const now = NOW - report.ageMs;
      oldest = Math.min(oldest, now);
      await recordReport(env.DB, { sender: normaliseSender(report.sender)!, text: report.text, reporter: report.reporter, details: report.details, idempotency: null, now });
    }
    const from = bucketStart(cstDay(oldest), "month");
    const rows = await queryStats(env.DB, { from, to: cstDay(NOW), bucket: "month", dimensions: ["category"] });
    const total = rows.reduce((sum, row) => sum + row.reports, 0);
    // `other` both as a category and as the fold of cells with fewer than 3 reporters.
    const other = rows.filter((row) => row.values.category === "other").reduce((sum, row) => sum + row.reports, 0);
    const inferred = rows.reduce((sum, row) => sum + row.categoryInferred, 0);
    const stored = (await env.DB.prepare("SELECT count(*) AS n FROM reports").first<number>("n")) ?? 0;
    console.log(`demo data: ${stored} reports, by category ${total} counted, other ${other} (${((other / total) * 100).toFixed(1)} %), inferred ${inferred} (${((inferred / total) * 100).toFixed(1)} %), ${new Set(rows.map((r) => r.values.category)).size} categories`);
    expect(total).toBe(stored);
    expect(other / total).toBeLessThanOrEqual(0.1);
    expect(inferred / total).toBeGreaterThan(0.5);
  });
});
