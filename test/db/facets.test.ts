/**
 * A sender's and a domain's facet counters live in their own row (migration 0013) and keep the 50
 * most counted values per facet, so a sender seen with ever more link domains keeps a bounded row
 * while the domains that matter (the most reported) stay visible to lookups.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, json } from "../helpers";

const SENDER = "13912340000";
const REPORTS = 56;

describe("facet counters kept in the target's row", () => {
  beforeAll(async () => {
    for (let i = 0; i < REPORTS; i++) {
      // Every text links the same hot domain and one domain of its own.
      const text = `【中信金融】您的借款已逾期，今日将起诉，请登录 http://hot-pay.top/a 或 http://one-off-${i}.top/b 处理。`;
      const response = await call("/api/v1/reports", { ip: `203.0.${113 + i}.1`, json: { sender: SENDER, text, category: "fake_collection" } });
      expect(response.status).toBe(201);
    }
  });

  it("keeps the 50 most counted values of a facet and every count of the others exactly", async () => {
    const row = await env.DB.prepare("SELECT facets FROM senders WHERE normalized = ?").bind(`+86${SENDER}`).first<string>("facets");
    const facets = JSON.parse(row!) as Record<string, Record<string, number>>;
    expect(Object.keys(facets.domain!)).toHaveLength(50);
    expect(facets.domain!["hot-pay.top"]).toBe(REPORTS);
    expect(facets.category).toEqual({ fake_collection: REPORTS });
    expect(facets.institution).toEqual({ 中信金融: REPORTS });
  });

  it("lookups show the most counted related domain first and the sender's categories", async () => {
    const body = await json(await call(`/api/v1/senders/${SENDER}`));
    expect(body.relatedDomains[0]).toBe("hot-pay.top");
    expect(body.relatedDomains.length).toBeLessThanOrEqual(20);
    expect(body.categories).toEqual({ fake_collection: REPORTS });
  });

  it("a domain's senders stay rows (unbounded); its other facets are in its row", async () => {
    const senders = await env.DB.prepare("SELECT value, count FROM target_facets WHERE target_type = 'domain' AND target = 'hot-pay.top' AND facet = 'sender'").all();
    expect(senders.results).toEqual([{ value: `+86${SENDER}`, count: REPORTS }]);
    const row = await env.DB.prepare("SELECT facets FROM domains WHERE domain = 'hot-pay.top'").first<string>("facets");
    expect(JSON.parse(row!)).toMatchObject({ category: { fake_collection: REPORTS }, institution: { 中信金融: REPORTS } });
    const body = await json(await call("/api/v1/domains/hot-pay.top"));
    expect(body.relatedSenders).toEqual([`+86${SENDER}`]);
  });
});
