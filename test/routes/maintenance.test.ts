import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { runScheduledMaintenance } from "../../src/services/maintenance";
import { call, json, SCAM_TEXT } from "../helpers";

const DAY = 86_400_000;

describe("scheduled maintenance", () => {
  it("prunes texts past retention while verdicts and campaigns stay the same", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const body = await json(await call("/api/v1/reports", { ip: `10.40.${i + 1}.1`, json: { sender: "13655556666", text: SCAM_TEXT.replace("35", String(50 + i)) } }));
      ids.push(body.id);
    }
    const before = await json(await call("/api/v1/senders/13655556666"));
    const campaignBefore = await json(await call(`/api/v1/campaigns/${before.campaigns[0]}`));

    // Run as if 181 days had passed: every text is past the 180-day default.
    const result = await runScheduledMaintenance(env, Date.now() + 181 * DAY);
    expect(result.prunedTexts).toBe(4);
    const { results } = await env.DB.prepare(`SELECT text FROM reports WHERE id IN (${ids.map(() => "?").join(",")})`).bind(...ids).all<{ text: string | null }>();
    expect(results.every((row) => row.text === null)).toBe(true);

    const after = await json(await call("/api/v1/senders/13655556666"));
    expect(after).toEqual(before);
    const campaignAfter = await json(await call(`/api/v1/campaigns/${before.campaigns[0]}`));
    expect({ ...campaignAfter, sampleText: null }).toEqual({ ...campaignBefore, sampleText: null });
    // The campaign's last report is past retention too, so its sample text is pruned as well.
    expect(campaignBefore.sampleText).toEqual(expect.any(String));
    expect(campaignAfter.sampleText).toBeNull();
  });

  it("runs from the Worker's scheduled handler", async () => {
    await call("/api/v1/reports", { json: { sender: "13655557777", text: SCAM_TEXT } });
    const controller = createScheduledController({ scheduledTime: Date.now(), cron: "*/10 * * * *" });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
    const remaining = await env.DB.prepare("SELECT count(*) AS n FROM reports WHERE text IS NOT NULL").first<number>("n");
    expect(remaining).toBeGreaterThan(0);
  });
});
