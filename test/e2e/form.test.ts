/**
 * End-to-end test of the report form: the real Worker under `wrangler dev` (local D1 with the
 * migrations applied) driven by headless Chromium (test/e2e/browser.ts) — with JavaScript
 * (inline result from the JSON API), without JavaScript (server-rendered /report), the language
 * links, and field errors. Screenshots go to test-results/screenshots/.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, migratedPersistDir, startLocalWorker } from "../../scripts/lib/local-worker";
import { launchBrowser, screenshot, VIEWPORTS } from "./browser";

const SENDER_INPUT = "+86 138-0013-8000";
const SENDER = "+8613800138000";
const DOMAIN = "zhongxin-jr.top";
const SCAM_TEXT = `【中信金融】您的信用卡账单已严重逾期，今日内不处理将依法起诉并上门催收。请立即点击 http://${DOMAIN}/pay 核实，并回复收到的验证码办理延期。`;
const SIGNAL_LABELS_ZH = ["含有链接", "索要验证码", "索要身份证或银行卡号", "以起诉、上门等威胁", "催促立即处理", "要求转账到私人账户", "自称金融机构", "措辞与诈骗话术相似"];
const VERDICT_LABELS_ZH = ["暂无定论", "可疑", "诈骗", "可信（官方号码）"];

let worker: LocalWorker | undefined;
let browser: Browser | undefined;
let base = "";
let jsOnSubmitted = false;

async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The facts both the inline (JS) and the server-rendered (no-JS) result must show. */
async function expectResultFacts(page: Page, scope: string) {
  expect(await textOf(page, `${scope} [data-fact="sender"] strong`)).toBe(SENDER);
  expect(await textOf(page, `${scope} [data-fact="sender"] .kind`)).toBe("手机号");
  expect(await page.locator(`${scope} [data-fact="domains"] li`).allTextContents()).toContain(DOMAIN);
  const signals = await page.locator(`${scope} [data-fact="signals"] li`).allTextContents();
  expect(signals.length).toBeGreaterThan(0);
  for (const label of signals) expect(SIGNAL_LABELS_ZH).toContain(label.trim());
  const verdict = page.locator(`${scope} [data-verdict]`);
  expect(await verdict.count()).toBe(1);
  expect(VERDICT_LABELS_ZH).toContain(await textOf(page, `${scope} [data-verdict] .badge`));
  expect(await textOf(page, `${scope} [data-verdict] .score`)).toMatch(/^风险分数 \d{1,3}\/100$/);
  expect(await page.locator(`${scope} [data-verdict] .reasons li`).count()).toBeGreaterThan(0);
}

async function newContext(options: { javaScriptEnabled: boolean; locale?: string }): Promise<BrowserContext> {
  if (!browser) throw new Error("browser not started");
  return browser.newContext({ ...options, viewport: { width: 1100, height: 900 }, locale: options.locale ?? "zh-CN" });
}

describe("report form (wrangler dev + Chromium)", () => {
  beforeAll(async () => {
    const launching = launchBrowser();
    worker = await startLocalWorker(migratedPersistDir("fanzha-e2e-"), { timeoutMs: 90_000 });
    base = worker.url;
    browser = await launching;
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await worker?.stop();
  });

  it("with JavaScript: submits to the API and shows the result inline", async () => {
    const context = await newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(`${base}/`);
    expect(await textOf(page, "h1")).toBe("举报诈骗短信");
    await page.fill("#sender", SENDER_INPUT);
    await page.fill("#text", SCAM_TEXT);
    await page.selectOption("#category", "fake_collection");
    await page.selectOption("#region", "44");
    const [apiResponse] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${base}/api/v1/reports` && r.request().method() === "POST"),
      page.click("#report-form button[type=submit]"),
    ]);
    expect(apiResponse.status()).toBe(201);
    await page.locator("#result [data-verdict]").waitFor({ timeout: 10_000 });
    jsOnSubmitted = true;
    expect(page.url()).toBe(`${base}/`);
    await expectResultFacts(page, "#result");
    expect(await textOf(page, "#result [data-fact=category]")).toBe("冒充催收");
    expect(pageErrors).toEqual([]);
    await screenshot(page, "form");
    await context.close();
  });

  it("without JavaScript: the form posts to /report and the server renders the same facts", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.fill("#sender", SENDER_INPUT);
    await page.fill("#text", SCAM_TEXT);
    await Promise.all([page.waitForURL(`${base}/report`), page.click("#report-form button[type=submit]")]);
    expect(await textOf(page, "h1")).toBe("举报已收到，谢谢！");
    await expectResultFacts(page, "main");
    // Same reporter, sender and text as the JS test a moment ago: acknowledged, not counted twice.
    if (jsOnSubmitted) expect(await page.locator("main [data-duplicate]").count()).toBe(1);
    await screenshot(page, "form-nojs-result");
    await context.close();
  });

  it("switches language with plain links (no JavaScript needed) and honours Accept-Language", async () => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    expect(await textOf(page, "h1")).toBe("举报诈骗短信");
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hans-CN");

    await Promise.all([page.waitForURL(`${base}/?lang=en`), page.click(".langs a:text-is('English')")]);
    expect(await textOf(page, "h1")).toBe("Report a scam SMS");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.inputValue("input[name=lang]")).toBe("en");
    await screenshot(page, "form-en");

    await Promise.all([page.waitForURL(`${base}/?lang=zh-TW`), page.click(".langs a:has-text('繁體')")]);
    expect(await textOf(page, "h1")).toBe("舉報詐騙簡訊");
    expect(await textOf(page, "label[for=sender]")).toContain("發送方號碼");
    await screenshot(page, "form-zh-TW");
    await context.close();

    const hongKong = await newContext({ javaScriptEnabled: false, locale: "zh-HK" });
    const hkPage = await hongKong.newPage();
    await hkPage.goto(`${base}/`);
    expect(await textOf(hkPage, "h1")).toBe("舉報詐騙簡訊");
    await hongKong.close();
  });

  it("shows a field error for an invalid sender and keeps what was typed (with and without JavaScript)", async () => {
    const typed = "您好，这是一条测试短信，请勿回复。";
    const invalidSender = "@@@@";

    const noJs = await newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${base}/?lang=en`);
    await page.fill("#sender", invalidSender);
    await page.fill("#text", typed);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${base}/report`),
      page.click("#report-form button[type=submit]"),
    ]);
    expect(response.status()).toBe(422);
    expect(await textOf(page, "#sender-error")).toBe("This is not a phone number, SMS port or sender name.");
    expect(await page.getAttribute("#sender", "aria-invalid")).toBe("true");
    expect(await page.locator("#form-error").isVisible()).toBe(true);
    expect(await page.inputValue("#sender")).toBe(invalidSender);
    expect(await page.inputValue("#text")).toBe(typed);
    await screenshot(page, "form-error-nojs");
    await noJs.close();

    const withJs = await newContext({ javaScriptEnabled: true });
    const jsPage = await withJs.newPage();
    await jsPage.goto(`${base}/?lang=zh-TW`);
    await jsPage.fill("#sender", invalidSender);
    await jsPage.fill("#text", typed);
    await jsPage.click("#report-form button[type=submit]");
    await jsPage.locator("#sender-error:not([hidden])").waitFor({ timeout: 10_000 });
    expect(await textOf(jsPage, "#sender-error")).toBe("這不是有效的手機號、簡訊端口或發送方名稱。");
    expect(await textOf(jsPage, "#form-error")).toBe("提交沒有成功，請檢查下面標出的內容。");
    expect(jsPage.url()).toBe(`${base}/?lang=zh-TW`);
    expect(await jsPage.inputValue("#text")).toBe(typed);
    await screenshot(jsPage, "form-error-js");
    await withJs.close();
  });

  it("flags every invalid field in one round: an invalid sender together with a blank text (with and without JavaScript)", async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await newContext({ javaScriptEnabled, locale: "en" });
      const page = await context.newPage();
      await page.goto(`${base}/?lang=en`);
      await page.fill("#sender", "@@@@");
      // Spaces pass the browser's own "required" check; the server rejects them with the sender.
      await page.fill("#text", "   ");
      await page.click("#report-form button[type=submit]");
      await page.locator("#text-error:not([hidden])").waitFor({ timeout: 10_000 });
      expect(await textOf(page, "#sender-error"), `javaScript ${javaScriptEnabled}`).toBe("This is not a phone number, SMS port or sender name.");
      expect(await page.getAttribute("#sender", "aria-invalid")).toBe("true");
      expect(await page.getAttribute("#text", "aria-invalid")).toBe("true");
      await context.close();
    }
  });

  it("lays the form out on a phone and a desktop (screenshots)", async () => {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      const page = await browser!.newPage({ viewport, locale: "zh-CN" });
      await page.goto(`${base}/`);
      const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
      expect(overflow, `${device}: horizontal scrolling`).toBeLessThanOrEqual(0);
      await screenshot(page, `form-${device}`);
      await page.close();
    }
  });

  it("serves the API reference from our own origin only, working offline", async () => {
    const page = await browser!.newPage({ viewport: VIEWPORTS.desktop });
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${base}/docs`);
    await page.locator("#swagger-ui .opblock").first().waitFor({ timeout: 30_000 });
    expect(await page.locator("#swagger-ui .opblock").count()).toBeGreaterThan(15);
    expect(await page.locator("#swagger-ui").textContent()).toContain("/api/v1/reports");
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await screenshot(page, "docs-desktop");
    await page.goto(`${base}/docs/errors#rate_limited`);
    expect(await textOf(page, "#rate_limited h2")).toContain("rate_limited");
    await page.close();
  });
});
