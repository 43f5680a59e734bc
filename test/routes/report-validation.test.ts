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

describe("field messages follow the request language", () => {
  const messagesOf = async (query: string, headers?: Record<string, string>) => {
    const body = await expectProblem(
      await call(`/api/v1/reports${query}`, { json: { sender: "13800138000", text: "   ", region: "abc", category: 7 }, headers }),
      400,
      "invalid_body",
    );
    return Object.fromEntries(body.errors.map((issue: { path: string; message: string }) => [issue.path, issue.message]));
  };

  it("zh-CN by default, zh-TW and en on request; paths unchanged", async () => {
    const zhCN = await messagesOf("");
    const zhTW = await messagesOf("?lang=zh-TW");
    const en = await messagesOf("", { "accept-language": "en-GB,en;q=0.9" });
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zhTW).sort()).toEqual(Object.keys(en).sort());
    expect(en.text).toBe("Text must not be empty.");
    expect(zhCN.text).toBe("短信内容不能为空。");
    expect(zhTW.text).toBe("簡訊內容不能為空。");
    expect(zhCN.region).toContain("GB/T 2260 行政区划代码");
    // zod's own wording (the category is not one of the options) in zod's Chinese locales.
    expect(en.category).toMatch(/^Invalid/);
    expect(zhCN.category).toMatch(/^无效/);
    expect(zhTW.category).toMatch(/^無效/);
    for (const message of Object.values(zhCN)) expect(message).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
  });
});
