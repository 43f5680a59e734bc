/** Issue 20, item 5: withdrawing a report with its receipt, and "genuine sender / site" votes. */
import { describe, expect, it } from "vitest";
import { call, expectProblem, json, SCAM_TEXT } from "../helpers";

async function report(ip: string, sender: string, text = SCAM_TEXT) {
  const response = await call("/api/v1/reports", { ip, json: { sender, text } });
  expect(response.status).toBe(201);
  return json(response);
}

describe("DELETE /api/v1/reports/{id}", () => {
  it("withdraws a report with its receipt: counts restored, wrong receipt 403, twice 404", async () => {
    await report("198.40.1.1", "13700440001");
    const before = await json(await call("/api/v1/senders/13700440001"));
    const created = await report("198.40.2.1", "13700440001", SCAM_TEXT.replace("35", "36"));
    expect(created.receipt).toMatch(/^rcp_[0-9a-f]{40}$/);
    expect((await json(await call("/api/v1/senders/13700440001"))).reports.total).toBe(2);

    await expectProblem(await call(`/api/v1/reports/${created.id}`, { method: "DELETE" }), 403, "forbidden");
    await expectProblem(await call(`/api/v1/reports/${created.id}`, { method: "DELETE", headers: { "x-report-receipt": `rcp_${"0".repeat(40)}` } }), 403, "forbidden");
    const other = await report("198.40.3.1", "13700440002", "【快易借】您的账单已逾期，请加微信 kyj88 私下处理");
    await expectProblem(await call(`/api/v1/reports/${created.id}`, { method: "DELETE", headers: { "x-report-receipt": other.receipt } }), 403, "forbidden");

    expect((await call(`/api/v1/reports/${created.id}`, { method: "DELETE", headers: { "x-report-receipt": created.receipt } })).status).toBe(204);
    const after = await json(await call("/api/v1/senders/13700440001"));
    expect(after.reports).toEqual(before.reports);
    expect(after.score).toBe(before.score);
    expect((await json(await call("/api/v1/domains/zx-jr.top?verbose=true"))).samples.map((s: { id: string }) => s.id)).not.toContain(created.id);
    await expectProblem(await call(`/api/v1/reports/${created.id}`, { method: "DELETE", headers: { "x-report-receipt": created.receipt } }), 404, "not_found");
    await expectProblem(await call("/api/v1/reports/rep_nothing", { method: "DELETE", headers: { "x-report-receipt": created.receipt } }), 404, "not_found");
  });

  it("moves the withdrawn sender to the head of the feeds", async () => {
    const created = await report("198.40.4.1", "13700440003");
    const seqBefore = (await json(await call("/api/v1/senders/13700440003"))).reports.total;
    expect(seqBefore).toBe(1);
    expect((await call(`/api/v1/reports/${created.id}`, { method: "DELETE", headers: { "x-report-receipt": created.receipt } })).status).toBe(204);
    const body = await json(await call("/api/v1/senders/13700440003"));
    expect(body.reports.total).toBe(0);
    expect(body.verdict).toBe("unknown");
  });
});

describe("the form shows the receipt with a withdraw link that works without JavaScript", () => {
  it("renders the receipt, a confirmation page and the withdrawal", async () => {
    const page = await call("/report", { ip: "198.40.5.1", form: { sender: "13700440004", text: "逾期将起诉，请回复验证码", lang: "en" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const link = /data-action="withdraw" href="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
    expect(link).toMatch(/^\/report\/withdraw\?lang=en&id=rep_[^&]+&receipt=rcp_[0-9a-f]{40}$/);
    const confirm = await (await call(link!)).text();
    const id = /name="id" value="([^"]+)"/.exec(confirm)?.[1];
    const receipt = /name="receipt" value="([^"]+)"/.exec(confirm)?.[1];
    expect(id && receipt).toBeTruthy();
    const done = await call("/report/withdraw", { form: { id: id!, receipt: receipt!, lang: "en" } });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('data-withdrawn="true"');
    expect((await json(await call("/api/v1/senders/13700440004"))).reports.total).toBe(0);
    const again = await call("/report/withdraw", { form: { id: id!, receipt: receipt!, lang: "en" } });
    expect(again.status).toBe(404);
  });
});

describe("POST /api/v1/votes", () => {
  it("records a legit vote that lookups show and that lowers the score, once per network per 15 minutes", async () => {
    for (let i = 0; i < 4; i++) await report(`198.41.${i}.1`, "13700440005", SCAM_TEXT.replace("35", String(50 + i)));
    const before = await json(await call("/api/v1/senders/13700440005?verbose=true"));
    expect(before.votes).toEqual({ legit: 0, distinctVoters: 0 });

    const votes: { id: string; receipt: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await call("/api/v1/votes", { ip: `198.42.${i}.1`, json: { target: { type: "sender", value: "+86 137 0044 0005" }, vote: "legit", comment: "This is my landlord's number." } });
      expect(response.status).toBe(201);
      votes.push(await json(response));
    }
    const [first, second] = votes as [{ id: string; receipt: string }, { id: string; receipt: string }];
    expect(first).toMatchObject({ id: expect.stringMatching(/^vot_/), receipt: expect.stringMatching(/^rcp_/) });
    await expectProblem(await call("/api/v1/votes", { ip: "198.42.0.99", json: { target: { type: "sender", value: "13700440005" }, vote: "legit" } }), 429, "rate_limited");

    const after = await json(await call("/api/v1/senders/13700440005?verbose=true"));
    expect(after.votes).toEqual({ legit: 3, distinctVoters: 3 });
    expect(after.inputs.legitVoters).toBe(3);
    expect(after.score).toBeLessThan(before.score);
    expect(after.reports).toEqual(before.reports);

    await expectProblem(await call(`/api/v1/votes/${first.id}`, { method: "DELETE", headers: { "x-report-receipt": second.receipt } }), 403, "forbidden");
    expect((await call(`/api/v1/votes/${first.id}`, { method: "DELETE", headers: { "x-report-receipt": first.receipt } })).status).toBe(204);
    await expectProblem(await call(`/api/v1/votes/${first.id}`, { method: "DELETE", headers: { "x-report-receipt": first.receipt } }), 404, "not_found");
    expect((await json(await call("/api/v1/senders/13700440005"))).votes).toEqual({ legit: 2, distinctVoters: 2 });
  });

  it("rejects bad targets and votes other than legit, storing nothing", async () => {
    await expectProblem(await call("/api/v1/votes", { json: { target: { type: "sender", value: "@@@" }, vote: "legit" } }), 422, "invalid_sender");
    await expectProblem(await call("/api/v1/votes", { json: { target: { type: "domain", value: "example.com" }, vote: "scam" } }), 400, "invalid_body");
    await expectProblem(await call("/api/v1/votes", { json: { target: { type: "domain", value: "example.com" }, vote: "legit", reporterId: "u1" } }), 403, "forbidden");
  });
});

describe("OpenAPI", () => {
  it("lists every route issue 20 added", async () => {
    const doc = await json(await call("/api/v1/openapi.json"));
    expect(doc.paths["/api/v1/reports/{id}"]?.delete?.operationId).toBe("withdrawReport");
    expect(doc.paths["/api/v1/votes"]?.post?.operationId).toBe("createVote");
    expect(doc.paths["/api/v1/votes/{id}"]?.delete?.operationId).toBe("withdrawVote");
    expect(doc.paths["/api/v1/admin/appeals/{id}/reopen"]?.post?.operationId).toBe("reopenAppeal");
    expect(doc.paths["/api/v1/admin/official-senders/{numberOrDomain}"]?.delete).toBeTruthy();
    expect(JSON.stringify(doc.components.schemas.ReportCreatedWithReceipt)).toContain('"receipt"');
    expect(JSON.stringify(doc.components.schemas.CreateKeyInput)).toContain('"trustedReporter"');
    expect(JSON.stringify(doc.components.schemas.OfficialSenderInput)).toContain('"domain"');
    expect(JSON.stringify(doc.components.schemas.Reputation)).toContain('"votes"');
  });
});
