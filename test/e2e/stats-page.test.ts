/**
 * The /stats page in headless Chromium on a phone (390 px) and a desktop: the charts are drawn
 * from the demo data, every day has a bar, the date axis stays readable, every chart has an
 * accessible name. Screenshots go to test-results/screenshots/.
 */
import { execFileSync } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, migratedPersistDir, startLocalWorker } from "../../scripts/lib/local-worker";
import { launchBrowser, screenshot, VIEWPORTS } from "./browser";

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

/** Boxes of the daily chart's date labels, left to right. */
async function tickBoxes(page: Page) {
  return page.locator("#chart-daily text.tick").evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      // Runs in the page: the browser's getComputedStyle (the Node-side tsconfig has no DOM lib).
      const style = (globalThis as unknown as { getComputedStyle(element: unknown): { fontSize: string } }).getComputedStyle(node);
      return { left: box.left, right: box.right, fontSize: Number.parseFloat(style.fontSize) };
    }),
  );
}

describe("/stats in a browser", () => {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    it(`draws every day, a readable date axis and named charts (${device}, ${viewport.width} px)`, async () => {
      const page = await browser.newPage({ viewport, locale: "zh-CN" });
      await page.goto(`${worker.url}/stats`);
      expect(await page.locator("h1").textContent()).toBe("诈骗短信统计");

      const days = await page.locator("#chart-daily rect").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-day") ?? ""));
      expect(days.length).toBe(30);
      for (let i = 1; i < days.length; i++) expect(Date.parse(days[i] ?? "") - Date.parse(days[i - 1] ?? "")).toBe(86_400_000);
      expect(await page.locator("#chart-daily rect.bar:not(.zero)").count()).toBeGreaterThan(10);

      const ticks = await tickBoxes(page);
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      for (const tick of ticks) expect(tick.fontSize).toBeGreaterThanOrEqual(12);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.left, "date labels overlap").toBeGreaterThan(ticks[i - 1]!.right);
      const chartWidth = await page.locator("#chart-daily").evaluate((node) => node.getBoundingClientRect().width);
      expect(chartWidth).toBeLessThanOrEqual(viewport.width);

      for (const name of ["每日举报数", "发送方类型", "被冒充最多的机构（本月与上月）"]) {
        expect(await page.getByRole("img", { name }).count(), name).toBe(1);
      }
      expect(await page.locator("#chart-kinds rect.bar").count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator("#chart-institutions rect.bar").count()).toBeGreaterThanOrEqual(4);
      expect(await page.locator("#chart-institutions").textContent()).not.toContain("未注明");
      expect(await page.locator("#port-share").textContent()).toMatch(/106 端口 \d+% · 手机号 \d+%/);
      expect(await page.locator("#table-domains tbody tr").count()).toBeGreaterThan(3);
      await screenshot(page, `stats-${device}`);
      await page.close();
    });
  }
});
