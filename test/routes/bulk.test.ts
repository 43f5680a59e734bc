/**
 * Bulk uploads end to end in the Workers runtime: the route stages and queues, the real queue
 * consumer of this Worker writes; plus the consumer invoked directly with crafted batches
 * (a message delivered twice, a batch where one message fails).
 */
import { createExecutionContext, createMessageBatch, getQueueResult } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../src/index";
import type { BulkChunkMessage } from "../../src/services/bulk";
import { ADMIN, call, createKey, expectProblem, json, SCAM_TEXT, tableCounts } from "../helpers";

let carrier: string;
let carrierId: string;
let otherKey: string;

beforeAll(async () => {
  const created = await createKey("carrier");
  carrier = created.key;
  carrierId = created.id;
  otherKey = (await createKey("app")).key;
});

const ndjson = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join("\n");
const upload = (body: string, type = "application/x-ndjson", key = carrier) => call("/api/v1/reports/bulk", { body, headers: { "content-type": type }, key });

async function finished(jobId: string, key = carrier): Promise<Record<string, any>> {
  for (let i = 0; i < 200; i++) {
    const response = await call(`/api/v1/reports/bulk/${jobId}`, { key });
    expect(response.status).toBe(200);
    const job = await json(response);
    if (job.status === "done") return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

const rows = async <T,>(sql: string) => (await env.DB.prepare(sql).all<T>()).results;

describe("POST /api/v1/reports/bulk", () => {
  it("needs an app, carrier or regulator key", async () => {
    await expectProblem(await call("/api/v1/reports/bulk", { body: "{}", headers: { "content-type": "application/x-ndjson" } }), 401, "unauthorized");
    await expectProblem(await call("/api/v1/reports/bulk/job_x", {}), 401, "unauthorized");
  });

  it("refuses other content types (415), more than 10,000 rows or 5 MiB (413), changing nothing", async () => {
    const before = await tableCounts();
    await expectProblem(await upload('{"sender":"1","text":"a"}', "application/json"), 415, "unsupported_media_type");
    await expectProblem(await upload(`sender,text\n${"10690000123,x\n".repeat(10_001)}`, "text/csv"), 413, "payload_too_large");
    await expectProblem(await upload(`sender,text\n10690000123,"${"好".repeat(1_800_000)}"\n`, "text/csv"), 413, "payload_too_large");
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a malformed file whole with its first bad line, and queues nothing", async () => {
    const before = await tableCounts();
    const staged = await env.DATA_BUCKET.list({ prefix: "bulk/" });
    const body = await expectProblem(await upload(`${ndjson([{ sender: "10690000123", text: SCAM_TEXT }, { sender: "13800138000", text: "x" }])}\n["not", "an object"]\n{broken`), 400, "invalid_body");
    expect(body.errors).toEqual([{ path: "line 3", message: expect.any(String) }]);
    const csv = await expectProblem(await upload('sender,text\n1,"ok"\n2,"unterminated\n', "text/csv"), 400, "invalid_body");
    expect(csv.errors[0].path).toBe("line 3");
    expect(await tableCounts()).toEqual(before);
    expect((await env.DATA_BUCKET.list({ prefix: "bulk/" })).objects.length).toBe(staged.objects.length);
  });

  it("processes every row under the rules of POST /reports: stored, duplicate, rejected with the route's code", async () => {
    const text = (i: number) => `【众安金融】尊敬的用户，您的借款已逾期${i}天，今日起诉，请登录 http://za-bulk${i % 3}.top/${i} 回复验证码处理。`;
    const reportRows = [
      ...Array.from({ length: 150 }, (_, i) => ({ sender: `1390000${String(i).padStart(4, "0")}`, text: text(i), reporterId: `user-${i}` })),
      { sender: "13900000001", text: text(1), reporterId: "user-1" }, // 151: same reporter, sender and text → duplicate
      { sender: "13900000002", text: "另一条完全不同的短信内容，请回电", reporterId: "user-2" }, // 152: same reporter and sender, new text → cooldown
      { sender: "not a number!!", text: text(5) }, // 153: invalid_sender
      { text: "no sender" }, // 154: invalid_body
      { forwarded: "10690000999*【民丰银行】最后通知，请提供验证码" }, // 155: stored (no reporterId: the key's own reporter)
    ];
    const response = await upload(ndjson(reportRows));
    expect(response.status).toBe(202);
    const accepted = await json(response);
    expect(accepted).toEqual({ jobId: expect.stringMatching(/^job_/), rows: 155 });

    const job = await finished(accepted.jobId);
    expect(job.counts).toEqual({ stored: 151, duplicate: 1, rejected: 3 });
    expect(job.counts.stored + job.counts.duplicate + job.counts.rejected).toBe(job.rows);
    expect(job.errors).toEqual([
      { row: 152, code: "rate_limited", message: expect.any(String) },
      { row: 153, code: "invalid_sender", message: expect.any(String) },
      { row: 154, code: "invalid_body", message: expect.stringContaining("sender") },
    ]);
    // Redaction and campaign matching as for a single report.
    const stored = await rows<{ text: string; campaign_id: string }>("SELECT text, campaign_id FROM reports WHERE sender = '+8613900000007'");
    expect(stored).toHaveLength(1);
    const campaigns = await rows<{ n: number }>("SELECT count(DISTINCT campaign_id) AS n FROM reports WHERE sender LIKE '+86139000%'");
    expect(campaigns[0]!.n).toBe(1);

    // Another key cannot see the job.
    await expectProblem(await call(`/api/v1/reports/bulk/${accepted.jobId}`, { key: otherKey }), 404, "not_found");
  });

  it("reads CSV uploads with a BOM and CRLF, quoted commas and line breaks", async () => {
    const csv = '\uFEFFsender,text,category\r\n10690000777,"【中信金融】您已逾期,请""立即""处理\r\n回复验证码",fake_collection\r\n';
    const response = await upload(csv, "text/csv; charset=utf-8");
    expect(response.status).toBe(202);
    const job = await finished((await json(response)).jobId);
    expect(job.counts).toEqual({ stored: 1, duplicate: 0, rejected: 0 });
    const [row] = await rows<{ text: string; category: string }>("SELECT text, category FROM reports WHERE sender = '10690000777'");
    expect(row!.text).toContain('请"立即"处理');
    expect(row!.category).toBe("fake_collection");
  });

  it("keeps every aggregate equal to a recount of the stored reports", async () => {
    const senders = await rows("SELECT normalized AS k, report_count AS n, reporter_count AS r FROM senders ORDER BY k");
    expect(senders).toEqual(await rows("SELECT sender AS k, count(*) AS n, count(DISTINCT reporter) AS r FROM reports GROUP BY sender ORDER BY k"));
    const domains = await rows("SELECT domain AS k, report_count AS n, reporter_count AS r FROM domains ORDER BY k");
    expect(domains).toEqual(
      await rows("SELECT d.domain AS k, count(DISTINCT r.id) AS n, count(DISTINCT r.reporter) AS r FROM report_domains d JOIN reports r ON r.id = d.report_id GROUP BY d.domain ORDER BY k"),
    );
    const campaigns = await rows("SELECT id AS k, report_count AS n, reporter_count AS r FROM campaigns WHERE report_count > 0 ORDER BY k");
    expect(campaigns).toEqual(await rows("SELECT campaign_id AS k, count(*) AS n, count(DISTINCT reporter) AS r FROM reports GROUP BY campaign_id ORDER BY k"));
  });

  it("counts a trusted key's users as distinct reporters, and an untrusted key's as at most two, as POST /reports does", async () => {
    const trusted = await json(await call("/api/v1/admin/keys", { json: { name: "trusted carrier", role: "carrier", trustedReporter: true }, key: ADMIN }));
    const text = "【东銮金融】您的贷款已逾期，今日起诉并上门，请回复验证码处理。";
    const sixUsersAbout = (sender: string) => ndjson(Array.from({ length: 6 }, (_, i) => ({ sender, text, reporterId: `person-${i}` })));
    const trustedJob = await json(await upload(sixUsersAbout("13700001111"), "application/x-ndjson", trusted.key));
    const untrustedJob = await json(await upload(sixUsersAbout("13700002222")));
    expect((await finished(trustedJob.jobId, trusted.key)).counts.stored).toBe(6);
    await finished(untrustedJob.jobId);
    const reporterCount = async (sender: string) => (await rows<{ r: number }>(`SELECT reporter_count AS r FROM senders WHERE normalized = '${sender}'`))[0]!.r;
    expect(await reporterCount("+8613700001111")).toBe(6);
    expect(await reporterCount("+8613700002222")).toBeLessThanOrEqual(2);
  });
});

describe("the bulk queue consumer", () => {
  /** Stages rows and a job as the route does, without queueing, so the test delivers the messages. */
  async function stage(rowsToStage: unknown[]): Promise<BulkChunkMessage> {
    const jobId = `job_test${crypto.randomUUID().slice(0, 8)}`;
    const text = rowsToStage.map((row) => `${JSON.stringify(row)}\n`).join("");
    await env.DATA_BUCKET.put(`bulk/${jobId}.ndjson`, text);
    await env.DB.prepare("INSERT INTO bulk_jobs (id, key_id, rows, created_at) VALUES (?, ?, ?, ?)").bind(jobId, carrierId, rowsToStage.length, Date.now()).run();
    return { type: "bulk", jobId, keyId: carrierId, role: "carrier", firstRow: 1, rows: rowsToStage.length, offset: 0, length: new TextEncoder().encode(text).byteLength };
  }

  async function deliver(messages: { id: string; body: BulkChunkMessage }[]) {
    const batch = createMessageBatch("fanzha-bulk-reports", messages.map((m) => ({ ...m, timestamp: new Date(), attempts: 1 })));
    const ctx = createExecutionContext();
    await worker.queue(batch as never, env, ctx);
    return getQueueResult(batch as never, ctx);
  }

  it("writes each row once when the same message is delivered twice", async () => {
    const message = await stage(Array.from({ length: 5 }, (_, i) => ({ sender: `1350000${String(i).padStart(4, "0")}`, text: SCAM_TEXT, reporterId: `twice-${i}` })));
    const count = async () => (await rows<{ n: number }>("SELECT count(*) AS n FROM reports WHERE sender LIKE '+86135000%'"))[0]!.n;
    const first = await deliver([{ id: "m1", body: message }]);
    expect(first.explicitAcks).toEqual(["m1"]);
    expect(await count()).toBe(5);
    const second = await deliver([{ id: "m1", body: message }]);
    expect(second.explicitAcks).toEqual(["m1"]);
    expect(await count()).toBe(5);
    const job = await json(await call(`/api/v1/reports/bulk/${message.jobId}`, { key: carrier }));
    expect(job).toMatchObject({ status: "done", counts: { stored: 5, duplicate: 0, rejected: 0 } });
  });

  it("retries only the failing message of a batch, which then succeeds on redelivery", async () => {
    const good = await stage([{ sender: "13600000001", text: SCAM_TEXT, reporterId: "p-1" }]);
    const bad = await stage([{ sender: "13600000002", text: SCAM_TEXT, reporterId: "p-2" }]);
    // The bad message's staged rows are unreadable (as if the object were corrupt): its processing throws.
    await env.DATA_BUCKET.put(`bulk/${bad.jobId}.ndjson`, "{corrupt\n".padEnd(bad.length, " "));
    const result = await deliver([{ id: "good", body: good }, { id: "bad", body: bad }]);
    expect(result.explicitAcks).toEqual(["good"]);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["bad"]);
    const queued = await json(await call(`/api/v1/reports/bulk/${bad.jobId}`, { key: carrier }));
    expect(queued).toMatchObject({ status: "queued", counts: { stored: 0, duplicate: 0, rejected: 0 } });

    await env.DATA_BUCKET.put(`bulk/${bad.jobId}.ndjson`, `${JSON.stringify({ sender: "13600000002", text: SCAM_TEXT, reporterId: "p-2" })}\n`);
    const retried = await deliver([{ id: "bad", body: bad }]);
    expect(retried.explicitAcks).toEqual(["bad"]);
    expect(await json(await call(`/api/v1/reports/bulk/${bad.jobId}`, { key: carrier }))).toMatchObject({ status: "done", counts: { stored: 1 } });
  });
});
