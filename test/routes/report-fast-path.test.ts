/**
 * Reports of a template whose campaign the isolate already knows are written in one guarded batch
 * (src/submit.ts). Everything a reporter relies on must behave exactly as on the careful path.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, tableCounts } from "../helpers";

const template = (name: string, amount: number) => `【众安金融】${name}您好，您的借款已逾期12天，欠款${amount}元，今日不处理将上门催收并上报征信，请点击 http://za-hk.top/q 处理。`;
const otherTemplate = (amount: number) => `【民丰银行】最后通知：您的信用卡欠款${amount}元，48小时内将起诉，请提供身份证号和银行卡号办理延期。`;

async function report(ip: string, sender: string, text: string, headers: Record<string, string> = {}) {
  return call("/api/v1/reports", { ip, headers, json: { sender, text, category: "fake_collection" } });
}

describe("reports of a known template", () => {
  it("join the template's campaign and count, with duplicates, cooldown and idempotency unchanged", async () => {
    // Two reporters make both templates known to this isolate.
    const first = await json(await report("203.0.1.7", "13700001111", template("张伟", 8800)));
    const other = await json(await report("203.0.2.7", "13700002222", otherTemplate(5200)));

    // Another reporter, same template with other personal details: same campaign, stored.
    const joined = await report("203.0.3.7", "13700003333", template("李娜", 12_000));
    expect(joined.status).toBe(201);
    const joinedBody = await json(joined);
    expect(joinedBody).toMatchObject({ campaignId: first.campaignId, duplicate: false });
    const campaign = await json(await call(`/api/v1/campaigns/${first.campaignId}`));
    expect(campaign.distinctReporters).toBe(2);

    // Same reporter, same sender, same template again: a duplicate pointing at the stored report.
    const before = await tableCounts();
    const again = await json(await report("203.0.3.7", "13700003333", template("王芳", 300)));
    expect(again).toMatchObject({ duplicate: true, id: joinedBody.id });
    expect(await tableCounts()).toEqual(before);

    // Same reporter, same sender, another known template inside 15 minutes: 429, nothing stored.
    const cooled = await report("203.0.3.7", "13700003333", otherTemplate(999));
    await expectProblem(cooled, 429, "rate_limited");
    expect(await tableCounts()).toEqual(before);

    // The same reporter may report another sender at once.
    expect(await json(await report("203.0.3.7", "13700004444", otherTemplate(1000)))).toMatchObject({ campaignId: other.campaignId, duplicate: false });
  });

  it("replays an Idempotency-Key and refuses its reuse with another body", async () => {
    await report("203.0.10.7", "13700005555", template("赵强", 700));
    const headers = { "idempotency-key": "fast-1" };
    const stored = await report("203.0.11.7", "13700006666", template("钱进", 710), headers);
    expect(stored.status).toBe(201);
    const replayed = await report("203.0.11.7", "13700006666", template("钱进", 710), headers);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    expect((await json(replayed)).id).toBe((await json(stored)).id);
    await expectProblem(await report("203.0.11.7", "13700007777", template("钱进", 710), headers), 409, "conflict");
  });

  it("never leaves a row in the report_intake view", async () => {
    await report("203.0.20.7", "13700008888", template("孙丽", 1));
    await report("203.0.20.7", "13700008888", template("孙丽", 2));
    await report("203.0.20.7", "13700008888", otherTemplate(3));
    expect(await env.DB.prepare("SELECT count(*) AS n FROM report_intake").first<number>("n")).toBe(0);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM reports WHERE reporter = (SELECT reporter FROM reports ORDER BY created_at DESC LIMIT 1)").first<number>("n")).toBe(1);
  });
});
