/**
 * Cross-site posts refused (issue 20, item 6), in a real browser: a page on another origin that
 * posts a hidden form to the report form (no JavaScript needed) or fires a urlencoded fetch at the
 * API must store nothing. The Worker runs under `wrangler dev` (scripts/lib/local-worker.ts); the
 * "evil" page is served by a plain HTTP server on another loopback port (another origin, the same
 * site: the strictest case for Origin / Sec-Fetch-Site checks). Chromium from npm (test/e2e/browser.ts).
 */
import { rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, LOCAL_SECRETS, type LocalWorker, migratedPersistDir, startLocalWorker } from "../../scripts/lib/local-worker";
import { launchBrowser } from "./browser";

let worker: LocalWorker | undefined;
let evil: Server | undefined;
let evilUrl = "";
let browser: Browser | undefined;

function evilPage(target: string, sender: string): string {
  return `<!doctype html><html><body>
<form id="hidden" method="post" action="${target}/report" style="opacity:0.01">
<input name="sender" value="${sender}"><input name="text" value="逾期将起诉，请回复验证码处理">
<button id="go" type="submit">win a prize</button></form>
<script>
  if (location.hash === "#fetch") {
    fetch("${target}/api/v1/reports", { method: "POST", mode: "no-cors", body: new URLSearchParams({ sender: "${sender}", text: "逾期将起诉，请回复验证码" }) })
      .finally(() => { document.title = "sent"; });
  }
</script></body></html>`;
}

async function reportsOn(sender: string): Promise<number> {
  const response = await fetch(`${worker!.url}/api/v1/senders/${sender}`, { headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}` } });
  return ((await response.json()) as { reports: { total: number } }).reports.total;
}

describe("cross-site posts (wrangler dev + Chromium)", () => {
  beforeAll(async () => {
    const launching = launchBrowser();
    worker = await startLocalWorker(migratedPersistDir("fanzha-e2e-xsite-"), { timeoutMs: 90_000 });
    const port = await freePort();
    evilUrl = `http://127.0.0.1:${port}`;
    evil = createServer((request, response) => {
      const sender = new URL(request.url ?? "/", evilUrl).searchParams.get("sender") ?? "13800000000";
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(evilPage(worker!.url, sender));
    });
    await new Promise<void>((resolve) => evil!.listen(port, "127.0.0.1", resolve));
    browser = await launching;
  });

  afterAll(async () => {
    await browser?.close().catch(() => {});
    await new Promise((resolve) => evil?.close(resolve));
    await worker?.stop();
    if (worker) rmSync(worker.persistTo, { recursive: true, force: true });
  });

  it("refuses a hidden form on another site, without JavaScript", async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${evilUrl}/?sender=13900001111`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith("/report")), page.locator("#go").click()]);
    expect(response.status()).toBe(403);
    expect(await reportsOn("13900001111")).toBe(0);
    await context.close();
  });

  it("refuses a urlencoded fetch from another site's script", async () => {
    const context = await browser!.newContext();
    const page = await context.newPage();
    const refused = page.waitForResponse((r) => r.url().endsWith("/api/v1/reports"));
    await page.goto(`${evilUrl}/?sender=13900002222#fetch`);
    expect((await refused).status()).toBe(403);
    expect(await reportsOn("13900002222")).toBe(0);
    await context.close();
  });

  it("still takes the same form from the service's own page", async () => {
    const context = await browser!.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${worker!.url}/?lang=en`);
    await page.fill("#sender", "13900003333");
    await page.fill("#text", "逾期将起诉，请回复验证码处理");
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes("/report")), page.locator("button[type=submit]").click()]);
    expect(response.status()).toBe(200);
    expect(await page.locator('[data-fact="receipt"]').count()).toBe(1);
    expect(await reportsOn("13900003333")).toBe(1);
    await context.close();
  });
});
