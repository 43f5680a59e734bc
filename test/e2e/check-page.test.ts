/**
 * The public check page and the reputation pages in headless Chromium against `wrangler dev`:
 * with JavaScript (inline result from /api/v1/check), without (server-rendered POST /check), the
 * three languages, and an axe-core scan of every page (zero violations). No CJK fonts in the
 * browser: assertions read the DOM.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, migratedPersistDir, startLocalWorker } from "../../scripts/lib/local-worker";
import { launchBrowser } from "./browser";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const SCAM = "【中信金融】您的借款已逾期，将于今日起诉并上门，请立即登录 http://zx-e2e.top/p 回复验证码处理。";
const SENDER = "13700002020";

let worker: LocalWorker | undefined;
let browser: Browser | undefined;
let base = "";

/** Pages of JavaScript-enabled contexts (axe runs in them directly). */
const javaScriptOn = new WeakSet<Page>();

async function context(javaScriptEnabled: boolean, locale = "zh-CN"): Promise<BrowserContext> {
  // bypassCSP lets the axe script in; the pages' own CSP is checked by the Workers tests.
  const ctx = await browser!.newContext({ javaScriptEnabled, locale, bypassCSP: true, viewport: { width: 1100, height: 900 } });
  if (javaScriptEnabled) ctx.on("page", (page) => javaScriptOn.add(page));
  return ctx;
}

/**
 * axe-core's violations on the page. A page rendered without JavaScript is copied into a
 * JavaScript-enabled page of the same origin (so its stylesheet applies) for the scan.
 */
async function axeViolations(rendered: Page): Promise<string[]> {
  let page = rendered;
  if (!javaScriptOn.has(rendered)) {
    page = await (await context(true)).newPage();
    await page.goto(`${base}/api/v1/health`);
    await page.setContent(await rendered.content(), { waitUntil: "load" });
  }
  await page.evaluate(AXE_SOURCE);
  // Runs in the page, where axe-core put itself on globalThis.
  type AxeResults = { violations: { id: string; nodes: { target: string[] }[] }[] };
  const results = await page.evaluate(() => (globalThis as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run());
  if (page !== rendered) await page.close();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const adviceCodes = (page: Page, scope: string) => page.locator(`${scope} [data-advice]`).evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-advice")));

describe("check page (wrangler dev + Chromium)", () => {
  beforeAll(async () => {
    const persist = migratedPersistDir("fanzha-check-e2e-");
    [worker, browser] = await Promise.all([startLocalWorker(persist, { timeoutMs: 120_000 }), launchBrowser()]);
    base = worker.url;
    // Two people report the scam, so /n/ has a reputation to show.
    for (const ip of ["10.9.1.1", "10.9.2.1"]) {
      const response = await fetch(`${base}/api/v1/reports`, {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": ip },
        body: JSON.stringify({ sender: SENDER, text: SCAM.replace("今日", ip.endsWith("1") ? "今天" : "当日") }),
      });
      expect(response.status).toBe(201);
    }
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await worker?.stop();
  });

  it("with JavaScript: checks through /api/v1/check and shows verdict, advice and official contacts inline", async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(`${base}/check`);
    await page.fill("#text", SCAM);
    await page.fill("#sender", "13700003030");
    const [api] = await Promise.all([
      page.waitForResponse((r) => r.url().startsWith(`${base}/api/v1/check`) && r.request().method() === "POST"),
      page.click("#check-form button[type=submit]"),
    ]);
    expect(api.status()).toBe(200);
    await page.locator("#check-result .check-result").waitFor({ timeout: 10_000 });
    expect(page.url()).toBe(`${base}/check`);
    expect(await page.getAttribute("#check-result .check-result", "data-verdict")).toBe("suspicious");
    expect(await adviceCodes(page, "#check-result")).toEqual(["dont_reply", "dont_click", "dont_call_text_number", "call_official", "report_12321", "lost_money_96110"]);
    expect(await page.locator('#check-result a[href="tel:95558"]').count()).toBe(1);
    expect(await page.locator('#check-result [data-reason="impersonates_institution"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // Only the page: closing a context ends the single-process browser (test/e2e/browser.ts).
    await page.close();
  });

  it("without JavaScript: the form posts to /check and the server renders the same result", async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/check?lang=en`);
    await page.fill("#text", SCAM);
    await Promise.all([page.waitForURL(`${base}/check`), page.click("#check-form button[type=submit]")]);
    expect(await page.getAttribute(".check-result", "data-verdict")).toBe("suspicious");
    expect(await adviceCodes(page, ".check-result")).toEqual(["dont_reply", "dont_click", "dont_call_text_number", "call_official", "report_12321", "lost_money_96110"]);
    expect(await page.locator(".check-result [data-advice=dont_reply]").textContent()).toContain("Do not reply");
    expect(await page.locator('.check-result a[href="tel:95558"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // Only the page: closing a context ends the single-process browser (test/e2e/browser.ts).
    await page.close();
  });

  it("in traditional Chinese from Accept-Language, and a number typed alone", async () => {
    const ctx = await context(false, "zh-HK");
    const page = await ctx.newPage();
    await page.goto(`${base}/check`);
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hant-TW");
    await page.fill("#sender", "95599");
    await Promise.all([page.waitForURL(`${base}/check`), page.click("#check-form button[type=submit]")]);
    expect(await page.getAttribute(".check-result", "data-verdict")).toBe("trusted");
    expect(await page.locator("[data-advice=official_still_careful]").textContent()).toContain("驗證碼");
    // Only the page: closing a context ends the single-process browser (test/e2e/browser.ts).
    await page.close();
  });

  it("links the report form to the check page, and shows next steps after a report", async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/`);
    await Promise.all([page.waitForURL(`${base}/check?lang=zh-CN`), page.click(".check-first a")]);
    await page.goto(`${base}/`);
    await page.fill("#sender", "13700004040");
    await page.fill("#text", SCAM);
    await Promise.all([page.waitForURL(`${base}/report`), page.click("#report-form button[type=submit]")]);
    expect(await adviceCodes(page, "main")).toContain("call_official");
    expect(await axeViolations(page)).toEqual([]);
    // Only the page: closing a context ends the single-process browser (test/e2e/browser.ts).
    await page.close();
  });

  it("with JavaScript, the inline report result shows next steps too", async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    await page.goto(`${base}/?lang=en`);
    await page.fill("#sender", "13700005050");
    await page.fill("#text", SCAM);
    await page.click("#report-form button[type=submit]");
    await page.locator("#result [data-advice]").first().waitFor({ timeout: 10_000 });
    expect(await adviceCodes(page, "#result")).toContain("report_12321");
    expect(await page.locator('#result a[href="tel:95558"]').count(), await page.locator("#result").innerHTML()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // Only the page: closing a context ends the single-process browser (test/e2e/browser.ts).
    await page.close();
  });

  it("shares a reported number's reputation and keeps unreported targets out of search engines", async () => {
    const ctx = await context(false);
    const page = await ctx.newPage();
    await page.goto(`${base}/n/${encodeURIComponent(`+86${SENDER}`)}`);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    expect(await page.getAttribute(".target-result", "data-verdict")).not.toBe("unknown");
    await page.goto(`${base}/n/13700009090?lang=en`);
    expect(page.url()).toBe(`${base}/n/%2B8613700009090?lang=en`);
    expect(await page.getAttribute('meta[name="robots"]', "content")).toBe("noindex");
    expect(await page.locator("[data-fact=reports]").textContent()).toContain("No reports");
    await page.goto(`${base}/d/never-reported-e2e.top`);
    expect(await page.getAttribute('meta[name="robots"]', "content")).toBe("noindex");
    // Only the page: closing a context ends the single-process browser (test/e2e/browser.ts).
    await page.close();
  });

  it("has no accessibility violations on any page, in every language", async () => {
    const ctx = await context(true);
    const page = await ctx.newPage();
    const paths = ["/", "/stats", "/check", `/n/${encodeURIComponent(`+86${SENDER}`)}`, "/n/%2B8613700009090", "/d/zx-e2e.top", "/d/never-reported-e2e.top"];
    const found: string[] = [];
    for (const lang of ["zh-CN", "zh-TW", "en"]) {
      for (const path of paths) {
        await page.goto(`${base}${path}?lang=${lang}`);
        for (const violation of await axeViolations(page)) found.push(`${path}?lang=${lang} ${violation}`);
      }
    }
    expect(found, found.join("\n")).toEqual([]);
    // Only the page: closing a context ends the single-process browser (test/e2e/browser.ts).
    await page.close();
  });
});
