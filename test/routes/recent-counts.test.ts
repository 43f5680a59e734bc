/**
 * `reports.last30Days` of a lookup: the target's visible reports of the last 30 days. A domain's
 * is counted over its index by report id (ids start with their creation time), so this pins that
 * the id range, older reports and hidden reports are all accounted for.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { normaliseSender } from "../../src/domain/phone";
import { recordReport } from "../../src/services/submit";
import { ADMIN, call, json } from "../helpers";

const DAY = 86_400_000;
const text = (i: number) => `【众安金融】您的欠款已逾期${i + 2}天，今日上报征信，请点 http://count-me.top/p${i} 处理。`;

describe("reports in the last 30 days", () => {
  beforeAll(async () => {
    // Two reports 40 and 31 days old, written as they were then.
    for (const [i, age] of [40, 31].entries()) {
      const outcome = await recordReport(env.DB, {
        sender: normaliseSender(`1370000900${i}`)!,
        text: text(i),
        reporter: `old-${i}`,
        details: { category: "fake_collection" },
        idempotency: null,
        now: Date.now() - age * DAY,
      });
      expect(outcome.kind).toBe("stored");
    }
    // Three today, one of them hidden by a moderator.
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await call("/api/v1/reports", { ip: `10.40.${i + 1}.1`, json: { sender: `1370000901${i}`, text: text(10 + i) } });
      expect(response.status).toBe(201);
      ids.push((await json(response)).id);
    }
    const hidden = await call(`/api/v1/admin/reports/${ids[0]}/hide`, { key: ADMIN, json: { reason: "test: mistaken report" } });
    expect(hidden.status).toBe(204);
  });

  it("counts a domain's visible reports of the last 30 days only", async () => {
    const body = await json(await call("/api/v1/domains/count-me.top"));
    expect(body.reports.last30Days).toBe(2);
  });

  it("counts a sender's the same way", async () => {
    expect((await json(await call("/api/v1/senders/13700009000"))).reports.last30Days).toBe(0);
    expect((await json(await call("/api/v1/senders/13700009011"))).reports.last30Days).toBe(1);
    expect((await json(await call("/api/v1/senders/13700009010"))).reports.last30Days).toBe(0);
  });
});
