/** The /stats page in headless Chromium: the charts are drawn from seeded data; screenshots are kept. */
import { execFileSync } from "node:child_process";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, migratedPersistDir, startLocalWorker } from "../../scripts/lib/local-worker";
import { launchBrowser, screenshot } from "./browser";

let worker: LocalWorker;
let browser: Browser;

beforeAll(async () => {
  const launching = launchBrowser();
  const persistTo = migratedPersistDir("fanzha-stats-page-");
  execFileSync("tsx", ["scripts/seed-demo.ts", "--persist-to", persistTo], { stdio: "pipe", env: { ...process.env, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` } });
  worker = await startLocalWorker(persistTo);
  browser = await launching;
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop();
});

describe("/stats in a browser", () => {
  it("draws the charts from the demo data", async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, locale: "zh-CN" });
    await page.goto(`${worker.url}/stats`);
    expect(await page.locator("h1").textContent()).toBe("诈骗短信统计");
    expect(await page.locator("#chart-daily rect.bar").count()).toBeGreaterThan(10);
    expect(await page.locator("#chart-kinds rect.bar").count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#chart-institutions rect.bar").count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator("#port-share").textContent()).toMatch(/106 端口 \d+% · 手机号 \d+%/);
    expect(await page.locator("#table-domains tbody tr").count()).toBeGreaterThan(3);
    await screenshot(page, "stats");
    await page.close();
  });
});
