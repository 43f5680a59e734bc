/**
 * The one way page tests get a browser: the headless Chromium that ships inside the npm package
 * `@sparticuz/chromium` (no system browser, no apt, no download), driven by playwright-core.
 * `CHROMIUM_PATH` picks another binary (e.g. Debian's /usr/bin/chromium) for debugging.
 *
 * Facts a page test must respect:
 * - its arguments include `--single-process`: closing the last page or context ends the browser,
 *   so launch ONE browser per test file (beforeAll) and close it in afterAll;
 * - it has no CJK fonts: assert on the DOM (text, attributes, boxes), never on rendered glyphs.
 * Screenshots go to test-results/screenshots/ (ignored by git) through `screenshot()`.
 */
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium, type Page } from "playwright-core";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");

/** A phone (iPhone 12–15 width) and a desktop window, for pages checked at both sizes. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

export async function launchBrowser(): Promise<Browser> {
  const custom = process.env.CHROMIUM_PATH;
  // executablePath() unpacks the brotli-packed binary into the temp folder once and reuses it.
  const executablePath = custom ?? (await sparticuz.executablePath());
  const args = custom ? ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"] : sparticuz.args;
  const browser = await chromium.launch({ executablePath, args, headless: true });
  // With --single-process, closing the last page ends the browser: one blank page stays open
  // until browser.close(), so tests may open and close their own contexts freely.
  await browser.newPage();
  return browser;
}

/** Full-page screenshot into test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
