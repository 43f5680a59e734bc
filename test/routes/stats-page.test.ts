import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { normaliseSender } from "../../src/domain/phone";
import { recordReport } from "../../src/services/submit";
import { call } from "../helpers";

const DAY = 86_400_000;

async function seed() {
  const now = Date.now();
  let n = 0;
  for (const day of [0, 1, 2]) {
    for (let r = 0; r < 3; r++) {
      for (const prefix of ["1069000", "1390000"]) {
        const sender = normaliseSender(`${prefix}${1000 + n++}`)!;
        await recordReport(env.DB, {
          sender,
          text: `【中信金融】您的借款已逾期，请登录 http://zx-jr.top/${n} 处理，否则起诉。`,
          reporter: `page-${r}`,
          details: { claimedInstitution: "中信金融", category: "fake_collection" },
          idempotency: null,
          now: now - day * DAY,
        });
      }
    }
  }
  // Four reporters name no institution (two 106 ports, two mobiles): published as "not stated".
  for (const [i, prefix] of ["1069000", "1069000", "1390000", "1390000"].entries()) {
    await recordReport(env.DB, {
      sender: normaliseSender(`${prefix}${2000 + i}`)!,
      text: "您的账户存在异常，请立即回复验证码。",
      reporter: `page-no-institution-${i}`,
      details: {},
      idempotency: null,
      now,
    });
  }
}

describe("GET /stats", () => {
  it("draws the daily chart, the 106-port/mobile split, institutions and domains, in three languages", async () => {
    await seed();
    const page = await (await call("/stats")).text();
    expect(page).toContain('id="chart-daily"');
    // Every day of the 30-day window has a bar: 3 with reports, 27 zero stubs (each isolate keeps
    // the public view for a minute, so this one file seeds once and asserts on one view).
    const bars = [...page.matchAll(/<rect class="(bar|bar zero)"[^>]* data-day="([\d-]+)" data-reports="(\d+)"/g)];
    expect(bars.length).toBe(30);
    expect(bars.filter((bar) => bar[1] === "bar").map((bar) => Number(bar[3]))).toEqual([6, 6, 10]);
    expect(bars.filter((bar) => bar[1] === "bar zero").every((bar) => bar[3] === "0")).toBe(true);
    const days = bars.map((bar) => Date.parse(`${bar[2]}T00:00:00Z`));
    expect(days.every((day, i) => i === 0 || day - (days[i - 1] ?? 0) === DAY)).toBe(true);
    expect(page).toMatch(/106 端口 50% · 手机号 50%/);
    expect(page).toContain('id="chart-institutions"');
    expect(page).toContain("中信金融");
    expect(page).toContain("zx-jr.top");
    expect(await (await call("/stats?lang=en")).text()).toContain("106 ports 50% · mobile numbers 50%");
    expect(await (await call("/stats?lang=zh-TW")).text()).toContain("詐騙簡訊統計");
  });

  it("names every chart for screen readers and keeps reports without an institution out of the institutions", async () => {
    const page = await (await call("/stats?lang=en")).text();
    for (const id of ["chart-daily", "chart-kinds", "chart-institutions"]) {
      const svg = new RegExp(`<svg class="chart" id="${id}"[^>]* role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">[^<]+</title><desc id="${id}-desc">[^<]+</desc>`);
      expect(page, id).toMatch(svg);
    }
    const institutions = /<svg class="chart" id="chart-institutions".*?<\/svg>/s.exec(page)?.[0] ?? "";
    expect(institutions).toContain("中信金融");
    expect(institutions).not.toMatch(/Not stated|unknown/);
    expect(page).toMatch(/<p class="muted" id="institutions-not-stated">Another \d+ reports did not state an institution\.<\/p>/);
  });
});
