/**
 * The report write path (src/db/sql/report-intake.sql): the migrated database defines it exactly
 * as that file does, and every aggregate a lookup, feed or statistics query reads is written by
 * it, never by recounting reports. After a mix of reports — several
 * reporters, senders, templates, links, categories, duplicates — each aggregate must equal what
 * a recount of the stored reports gives — also when concurrent reports share one group-commit
 * batch (src/db/group-commit.ts).
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call } from "../helpers";
import reportIntakeSql from "../../src/db/sql/report-intake.sql?raw";
import { definedObjects, normaliseSql } from "../../scripts/lib/write-path";

const TEMPLATES = [
  (i: number) => `【中信金融】您的借款已逾期${i + 3}天，今日将起诉，请登录 http://zx-pay${Math.floor(i / 3) % 3}.top/a 回复验证码处理。`,
  (i: number) => `【众安金融】尊敬的用户，欠款${1000 + i}元未还，上门催收前请点 https://za-kf.cc/${i} 或 http://za-help${Math.floor(i / 3) % 2}.top 处理。`,
  (i: number) => `【民丰银行】最后通知：信用卡欠款${500 + i}元，48小时内上报征信，请提供身份证号和银行卡号办理延期。`,
];
const CATEGORIES = ["fake_collection", "phishing", "impersonation", undefined] as const;

const rows = async <T,>(sql: string) => (await env.DB.prepare(sql).all<T>()).results;

describe("the write path's one source", () => {
  it("the migrated database's report_intake view and trigger are src/db/sql/report-intake.sql's (npm run db:write-path writes the migration)", async () => {
    const objects = definedObjects(reportIntakeSql);
    expect(objects.map((object) => `${object.kind} ${object.name}`)).toEqual(["VIEW report_intake", "TRIGGER report_intake_write"]);
    for (const object of objects) {
      const stored = await env.DB.prepare("SELECT sql FROM sqlite_master WHERE type = ? AND name = ?").bind(object.kind.toLowerCase(), object.name).first<string>("sql");
      expect(normaliseSql(stored ?? "")).toBe(normaliseSql(object.sql));
    }
  });
});

describe("aggregates written by the report intake trigger", () => {
  beforeAll(async () => {
    // 12 reporters × 7 senders: each (reporter, sender) pair once (12 and 7 are coprime), so no cooldown.
    // The first report of each template alone (it creates the campaign), then the rest in waves of
    // 12 concurrent requests, so the isolate's group commit writes many reports per batch.
    const send = (i: number) =>
      call("/api/v1/reports", {
        ip: `198.51.${100 + (i % 12)}.1`,
        json: { sender: `1370000000${i % 7}`, text: TEMPLATES[i % 3]!(i), category: CATEGORIES[i % 4], carrier: i % 2 ? "china_mobile" : undefined },
      });
    for (let i = 0; i < 3; i++) expect((await send(i)).status).toBe(201);
    for (let wave = 3; wave < 60; wave += 12) {
      const responses = await Promise.all(Array.from({ length: Math.min(12, 60 - wave) }, (_, k) => send(wave + k)));
      expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
    }
    // A repeat inside the merge window is acknowledged but counts nothing.
    const repeat = await call("/api/v1/reports", { ip: "198.51.100.1", json: { sender: "13700000000", text: TEMPLATES[0]!(0) } });
    expect((await repeat.json()) as { duplicate: boolean }).toMatchObject({ duplicate: true });
  });

  it("senders and domains: report and distinct-reporter counts, first and last seen", async () => {
    const senders = await rows("SELECT normalized AS k, report_count AS n, reporter_count AS r, first_seen AS f, last_seen AS l FROM senders ORDER BY k");
    const recount = await rows("SELECT sender AS k, count(*) AS n, count(DISTINCT reporter) AS r, min(created_at) AS f, max(created_at) AS l FROM reports GROUP BY sender ORDER BY k");
    expect(senders).toEqual(recount);
    expect(senders).toHaveLength(7);

    const domains = await rows("SELECT domain AS k, report_count AS n, reporter_count AS r FROM domains ORDER BY k");
    const domainRecount = await rows(
      "SELECT d.domain AS k, count(DISTINCT r.id) AS n, count(DISTINCT r.reporter) AS r FROM report_domains d JOIN reports r ON r.id = d.report_id GROUP BY d.domain ORDER BY k",
    );
    expect(domains).toEqual(domainRecount);
    expect(domains).toHaveLength(6);
  });

  it("campaigns and per-target reporter rows", async () => {
    const campaigns = await rows("SELECT id AS k, report_count AS n, reporter_count AS r FROM campaigns WHERE report_count > 0 ORDER BY k");
    expect(campaigns).toEqual(await rows("SELECT campaign_id AS k, count(*) AS n, count(DISTINCT reporter) AS r FROM reports GROUP BY campaign_id ORDER BY k"));
    expect(campaigns).toHaveLength(3);
    const reporterRows = await rows("SELECT target_type AS t, target AS k, reporter, report_count AS n FROM target_reporters WHERE target_type != 'domain' ORDER BY t, k, reporter");
    const recount = await rows(
      `SELECT 'campaign' AS t, campaign_id AS k, reporter, count(*) AS n FROM reports GROUP BY campaign_id, reporter
       UNION ALL SELECT 'sender', sender, reporter, count(*) FROM reports GROUP BY sender, reporter ORDER BY t, k, reporter`,
    );
    expect(reporterRows).toEqual(recount);
  });

  it("facet counters: categories and claimed institutions per sender and domain, senders per domain and campaign", async () => {
    // A sender's facets live in its own row as {facet: {value: count}}.
    const facets = await rows(
      `SELECT s.normalized AS k, o.key AS facet, i.key AS value, i.value AS n FROM senders s, json_each(s.facets) o, json_each(o.value) i
       WHERE o.key IN ('category', 'category_inferred', 'institution') ORDER BY k, facet, value`,
    );
    const recount = await rows(
      `SELECT sender AS k, 'category' AS facet, coalesce(category, 'other') AS value, count(*) AS n FROM reports GROUP BY sender, coalesce(category, 'other')
       UNION ALL SELECT sender, 'category_inferred', coalesce(category, 'other'), count(*) FROM reports WHERE category_inferred = 1 GROUP BY sender, coalesce(category, 'other')
       UNION ALL SELECT sender, 'institution', claimed_institution, count(*) FROM reports WHERE claimed_institution IS NOT NULL GROUP BY sender, claimed_institution
       ORDER BY k, facet, value`,
    );
    expect(facets).toEqual(recount);
    const domainFacets = await rows(
      `SELECT d.domain AS k, o.key AS facet, i.key AS value, i.value AS n FROM domains d, json_each(d.facets) o, json_each(o.value) i
       UNION ALL SELECT target, facet, value, count FROM target_facets WHERE target_type = 'domain' ORDER BY k, facet, value`,
    );
    expect(domainFacets).toEqual(
      await rows(
        `SELECT k, facet, value, count(*) AS n FROM (
           SELECT DISTINCT rd.domain AS k, r.id, f.facet, f.value FROM report_domains rd JOIN reports r ON r.id = rd.report_id,
             (SELECT 'category' AS facet, coalesce(r2.category, 'other') AS value, r2.id AS rid FROM reports r2
              UNION ALL SELECT 'category_inferred', coalesce(r2.category, 'other'), r2.id FROM reports r2 WHERE r2.category_inferred = 1
              UNION ALL SELECT 'institution', r2.claimed_institution, r2.id FROM reports r2 WHERE r2.claimed_institution IS NOT NULL
              UNION ALL SELECT 'campaign', r2.campaign_id, r2.id FROM reports r2
              UNION ALL SELECT 'sender', r2.sender, r2.id FROM reports r2) f
           WHERE f.rid = r.id)
         GROUP BY k, facet, value ORDER BY k, facet, value`,
      ),
    );
    const campaignSenders = await rows("SELECT target AS k, value, count AS n FROM target_facets WHERE target_type = 'campaign' AND facet = 'sender' ORDER BY k, value");
    expect(campaignSenders).toEqual(await rows("SELECT campaign_id AS k, sender AS value, count(*) AS n FROM reports GROUP BY campaign_id, sender ORDER BY k, value"));
  });

  it("categories: the reporter's when given, else inferred from the text and marked so", async () => {
    const byChoice = await rows<{ given: number; inferred: number; category: string }>(
      "SELECT count(*) FILTER (WHERE category_inferred = 0) AS given, count(*) FILTER (WHERE category_inferred = 1) AS inferred, min(category) FILTER (WHERE category_inferred = 1) AS category FROM reports",
    );
    // Every fourth report came without a category: its text (overdue loans, threats) is a fake collection notice.
    expect(byChoice).toEqual([{ given: 45, inferred: 15, category: "fake_collection" }]);
    expect(await rows("SELECT DISTINCT category FROM reports WHERE category_inferred = 1")).toEqual([{ category: "fake_collection" }]);
  });

  it("statistics rollups: reports and distinct reporters per finest cell", async () => {
    const cells = await rows(
      `SELECT c.day AS d, c.institution AS i, c.sender_kind AS s, c.carrier AS c, c.category AS g, c.reports AS n, c.inferred_reports AS f,
         (SELECT count(*) FROM stats_members m WHERE m.day = c.day AND m.institution = c.institution AND m.sender_kind = c.sender_kind AND m.carrier = c.carrier
            AND m.region = c.region AND m.category = c.category AND m.member_type = 'r') AS r
       FROM stats_cells c ORDER BY d, i, s, c, g`,
    );
    const recount = await rows(
      // Days are China Standard Time (UTC+8), like src/domain/calendar.ts.
      `SELECT date(created_at / 1000 + 8 * 3600, 'unixepoch') AS d, coalesce(claimed_institution, '') AS i, sender_kind AS s, coalesce(carrier, '') AS c, coalesce(category, 'other') AS g, count(*) AS n, sum(category_inferred) AS f, count(DISTINCT reporter) AS r
       FROM reports GROUP BY d, i, s, c, g ORDER BY d, i, s, c, g`,
    );
    expect(cells).toEqual(recount);
    const domainCells = await rows("SELECT domain AS k, sum(reports) AS n FROM stats_domain_cells GROUP BY domain ORDER BY k");
    expect(domainCells).toEqual(await rows("SELECT domain AS k, count(DISTINCT report_id) AS n FROM report_domains GROUP BY domain ORDER BY k"));
  });

  it("feeds see every changed sender: change sequence advanced once per stored report", async () => {
    const counter = await env.DB.prepare("SELECT value FROM counters WHERE name = 'change'").first<number>("value");
    expect(counter).toBe(60);
    const latest = await env.DB.prepare("SELECT max(change_seq) AS m FROM senders").first<number>("m");
    expect(latest).toBe(60);
  });
});
