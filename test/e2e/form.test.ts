/**
 * End-to-end test of the report form: the real Worker under `wrangler dev` (local D1 with the
 * migrations applied) driven by Debian's Chromium through playwright-core — with JavaScript
 * (inline result from the JSON API), without JavaScript (server-rendered /report), the language
 * links, and field errors. Screenshots go to test-results/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const WRANGLER = join(ROOT, "node_modules/wrangler/bin/wrangler.js");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RESULTS = join(ROOT, "test-results");

const SENDER_INPUT = "+86 138-0013-8000";
const SENDER = "+8613800138000";
const DOMAIN = "zhongxin-jr.top";
const SCAM_TEXT = `【中信金融】您的信用卡账单已严重逾期，今日内不处理将依法起诉并上门催收。请立即点击 http://${DOMAIN}/pay 核实，并回复收到的验证码办理延期。`;
const SIGNAL_LABELS_ZH = ["含有链接", "索要验证码", "索要身份证或银行卡号", "以起诉、上门等威胁", "催促立即处理", "要求转账到私人账户", "自称金融机构"];
const VERDICT_LABELS_ZH = ["暂无定论", "可疑", "诈骗", "可信（官方号码）"];

let server: ChildProcess | undefined;
let serverLog = "";
let persistDir = "";
let browser: Browser | undefined;
let base = "";
let jsOnSubmitted = false;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

const childEnv = () => ({ ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" });

function run(args: string[]): Promise<string> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env: childEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolveRun(out) : reject(new Error(`wrangler ${args.join(" ")} exited ${code}:\n${out}`))));
  });
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`wrangler dev exited early (${server?.exitCode}):\n${serverLog}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler dev did not become healthy within ${timeoutMs} ms:\n${serverLog}`);
}

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
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM}. The e2e form test needs a real browser: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
      );
    }
    mkdirSync(RESULTS, { recursive: true });
    persistDir = mkdtempSync(join(tmpdir(), "fanzha-e2e-"));
    const [port, inspectorPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${port}`;

    await run(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persistDir]);
    server = spawn(
      process.execPath,
      [
        WRANGLER, "dev",
        "--port", String(port), "--ip", "127.0.0.1", "--inspector-port", String(inspectorPort),
        "--persist-to", persistDir, "--show-interactive-dev-session=false",
        // CI has no .dev.vars; the secrets the Worker needs. An empty TURNSTILE_SECRET disables Turnstile.
        "--var", "REPORTER_KEY:e2e-reporter-key", "--var", "ADMIN_TOKEN:e2e-admin-token", "--var", "TURNSTILE_SECRET:",
      ],
      { cwd: ROOT, env: childEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    server.stdout?.on("data", (d) => (serverLog += d));
    server.stderr?.on("data", (d) => (serverLog += d));

    const launching = chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    await waitForHealth(`${base}/api/v1/health`, 90_000);
    browser = await launching;
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((r) => server?.once("exit", r));
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (server?.pid) process.kill(-server.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    if (persistDir) rmSync(persistDir, { recursive: true, force: true });
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
    await page.screenshot({ path: join(RESULTS, "form.png"), fullPage: true });
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
    await page.screenshot({ path: join(RESULTS, "form-nojs-result.png"), fullPage: true });
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
    await page.screenshot({ path: join(RESULTS, "form-en.png"), fullPage: true });

    await Promise.all([page.waitForURL(`${base}/?lang=zh-TW`), page.click(".langs a:has-text('繁體')")]);
    expect(await textOf(page, "h1")).toBe("舉報詐騙簡訊");
    expect(await textOf(page, "label[for=sender]")).toContain("發送方號碼");
    await page.screenshot({ path: join(RESULTS, "form-zh-TW.png"), fullPage: true });
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
    await page.screenshot({ path: join(RESULTS, "form-error-nojs.png"), fullPage: true });
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
    await jsPage.screenshot({ path: join(RESULTS, "form-error-js.png"), fullPage: true });
    await withJs.close();
  });
});
