/**
 * Aggregates = a recount of the stored reports, after withdrawals, votes and appeals too (issue 20).
 * Reports of several templates, senders, links, categories and reporters; then some withdrawn with
 * their receipts, votes cast and withdrawn, an appeal upheld. Every count a lookup, feed or
 * statistic reads must equal what the remaining reports give.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN, call, json } from "../helpers";

const TEMPLATES = [
  (i: number) => `【华信金融】您的借款已逾期${i + 3}天，今日将起诉，请登录 http://hx-pay${i % 3}.top/a 回复验证码处理。`,
  (i: number) => `【安心贷】尊敬的用户，欠款${1000 + i}元未还，上门前请点 https://axd-kf.cc/${i} 或 http://axd-help${i % 2}.top 处理。`,
  (i: number) => `【民泰银行】最后通知：信用卡欠款${500 + i}元，48小时内上报征信，请提供身份证号办理延期。`,
];
const CATEGORIES = ["fake_collection", "phishing", undefined] as const;
const SENDERS = Array.from({ length: 7 }, (_, i) => `1360000000${i}`);

const rows = async (sql: string) => (await env.DB.prepare(sql).all()).results;
const created: { id: string; receipt: string }[] = [];

describe("aggregates after withdrawals, votes and appeals", () => {
  beforeAll(async () => {
    for (let i = 0; i < 30; i++) {
      const response = await call("/api/v1/reports", {
        ip: `198.30.${i % 10}.1`,
        json: { sender: SENDERS[i % 7], text: TEMPLATES[i % 3]!(i), category: CATEGORIES[i % 3], carrier: i % 2 ? "china_mobile" : undefined },
      });
      expect(response.status).toBe(201);
      created.push(await json(response));
    }
    // Withdraw every third report (10 networks × 7 senders: each network reports several senders and templates).
    for (const report of created.filter((_, i) => i % 3 === 0)) {
      const response = await call(`/api/v1/reports/${report.id}`, { method: "DELETE", headers: { "x-report-receipt": report.receipt } });
      expect(response.status).toBe(204);
    }
    const vote = await json(await call("/api/v1/votes", { json: { target: { type: "sender", value: SENDERS[1] }, vote: "legit" } }));
    await call("/api/v1/votes", { json: { target: { type: "domain", value: "hx-pay1.top" }, vote: "legit" } });
    expect((await call(`/api/v1/votes/${vote.id}`, { method: "DELETE", headers: { "x-report-receipt": vote.receipt } })).status).toBe(204);
    const appeal = await json(await call("/api/v1/appeals", { json: { target: { type: "sender", value: SENDERS[2] }, statement: "Our own collection line, reported by mistake." } }));
    expect((await call(`/api/v1/admin/appeals/${appeal.id}`, { method: "PATCH", key: ADMIN, json: { decision: "upheld", reason: "checked" } })).status).toBe(200);
  });

  it("withdrawn reports and their texts are gone", async () => {
    const withdrawn = created.filter((_, i) => i % 3 === 0).map((r) => r.id);
    const left = await env.DB.prepare("SELECT count(*) AS n FROM reports WHERE id IN (SELECT value FROM json_each(?))").bind(JSON.stringify(withdrawn)).first<number>("n");
    expect(left).toBe(0);
  });

  it("senders and domains: report and distinct-reporter counts, first and last seen", async () => {
    expect(await rows("SELECT normalized AS k, report_count AS n, reporter_count AS r, first_seen AS f, last_seen AS l FROM senders WHERE report_count > 0 ORDER BY k")).toEqual(
      await rows("SELECT sender AS k, count(*) AS n, count(DISTINCT reporter) AS r, min(created_at) AS f, max(created_at) AS l FROM reports GROUP BY sender ORDER BY k"),
    );
    expect(await rows("SELECT domain AS k, report_count AS n, reporter_count AS r FROM domains WHERE report_count > 0 ORDER BY k")).toEqual(
      await rows("SELECT d.domain AS k, count(DISTINCT r.id) AS n, count(DISTINCT r.reporter) AS r FROM report_domains d JOIN reports r ON r.id = d.report_id GROUP BY d.domain ORDER BY k"),
    );
  });

  it("campaigns and per-target reporter rows", async () => {
    expect(await rows("SELECT id AS k, report_count AS n, reporter_count AS r FROM campaigns WHERE report_count > 0 ORDER BY k")).toEqual(
      await rows("SELECT campaign_id AS k, count(*) AS n, count(DISTINCT reporter) AS r FROM reports GROUP BY campaign_id ORDER BY k"),
    );
    expect(await rows("SELECT target_type AS t, target AS k, reporter, report_count AS n FROM target_reporters ORDER BY t, k, reporter")).toEqual(
      await rows(
        `SELECT 'campaign' AS t, campaign_id AS k, reporter, count(*) AS n FROM reports GROUP BY campaign_id, reporter
         UNION ALL SELECT 'domain', d.domain, r.reporter, count(DISTINCT r.id) FROM report_domains d JOIN reports r ON r.id = d.report_id GROUP BY d.domain, r.reporter
         UNION ALL SELECT 'sender', sender, reporter, count(*) FROM reports GROUP BY sender, reporter ORDER BY t, k, reporter`,
      ),
    );
  });

  it("facet counters of senders, domains and campaigns", async () => {
    expect(
      await rows(`SELECT s.normalized AS k, o.key AS facet, i.key AS value, i.value AS n FROM senders s, json_each(s.facets) o, json_each(o.value) i ORDER BY k, facet, value`),
    ).toEqual(
      await rows(
        `SELECT sender AS k, 'campaign' AS facet, campaign_id AS value, count(*) AS n FROM reports GROUP BY sender, campaign_id
         UNION ALL SELECT sender, 'category', coalesce(category, 'other'), count(*) FROM reports GROUP BY sender, coalesce(category, 'other')
         UNION ALL SELECT sender, 'category_inferred', coalesce(category, 'other'), count(*) FROM reports WHERE category_inferred = 1 GROUP BY sender, coalesce(category, 'other')
         UNION ALL SELECT r.sender, 'domain', d.domain, count(DISTINCT r.id) FROM reports r JOIN report_domains d ON d.report_id = r.id GROUP BY r.sender, d.domain
         UNION ALL SELECT sender, 'institution', claimed_institution, count(*) FROM reports WHERE claimed_institution IS NOT NULL GROUP BY sender, claimed_institution
         ORDER BY k, facet, value`,
      ),
    );
    expect(await rows("SELECT target AS k, value, count AS n FROM target_facets WHERE target_type = 'campaign' AND facet = 'sender' ORDER BY k, value")).toEqual(
      await rows("SELECT campaign_id AS k, sender AS value, count(*) AS n FROM reports GROUP BY campaign_id, sender ORDER BY k, value"),
    );
    expect(await rows("SELECT target AS k, value, count AS n FROM target_facets WHERE target_type = 'domain' AND facet = 'sender' ORDER BY k, value")).toEqual(
      await rows("SELECT d.domain AS k, r.sender AS value, count(DISTINCT r.id) AS n FROM report_domains d JOIN reports r ON r.id = d.report_id GROUP BY d.domain, r.sender ORDER BY k, value"),
    );
  });

  it("statistics: reports per finest cell and per domain", async () => {
    expect(
      await rows("SELECT day AS d, institution AS i, sender_kind AS s, carrier AS c, category AS g, reports AS n FROM stats_cells WHERE reports > 0 ORDER BY d, i, s, c, g"),
    ).toEqual(
      await rows(
        `SELECT date(created_at / 1000 + 8 * 3600, 'unixepoch') AS d, coalesce(claimed_institution, '') AS i, sender_kind AS s, coalesce(carrier, '') AS c, coalesce(category, 'other') AS g, count(*) AS n
         FROM reports GROUP BY d, i, s, c, g ORDER BY d, i, s, c, g`,
      ),
    );
    expect(await rows("SELECT domain AS k, sum(reports) AS n FROM stats_domain_cells GROUP BY domain HAVING n > 0 ORDER BY k")).toEqual(
      await rows("SELECT domain AS k, count(DISTINCT report_id) AS n FROM report_domains GROUP BY domain ORDER BY k"),
    );
  });

  it("votes and appeals leave the report aggregates alone and show in lookups", async () => {
    const domain = await json(await call("/api/v1/domains/hx-pay1.top"));
    expect(domain.votes).toEqual({ legit: 1, distinctVoters: 1 });
    const sender = await json(await call(`/api/v1/senders/${SENDERS[1]}`));
    expect(sender.votes).toEqual({ legit: 0, distinctVoters: 0 });
  });
});
