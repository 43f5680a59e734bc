import { describe, expect, it } from "vitest";
import { call, expectProblem, tableCounts } from "../helpers";

describe("report validation names every bad field in one answer", () => {
  it("an invalid sender is flagged together with a missing text (API and form), storing nothing", async () => {
    const before = await tableCounts();
    const api = await expectProblem(await call("/api/v1/reports", { json: { sender: "@@@@", text: "   " } }), 400, "invalid_body");
    expect(api.errors.map((issue: { path: string }) => issue.path).sort()).toEqual(["sender", "text"]);

    const form = await call("/report?lang=en", { form: { sender: "@@@@", text: "" } });
    expect(form.status).toBe(400);
    const page = await form.text();
    expect(page).toMatch(/id="sender-error"[^>]*>This is not a phone number, SMS port or sender name\./);
    expect(page).toMatch(/id="text-error"[^>]*>[^<]+</);
    expect(await tableCounts()).toEqual(before);
  });

  it("an invalid sender alone is still 422 invalid_sender", async () => {
    await expectProblem(await call("/api/v1/reports", { json: { sender: "@@@@", text: "您的借款已逾期，请回复验证码。" } }), 422, "invalid_sender");
  });
});
