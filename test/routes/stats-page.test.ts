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
}

describe("GET /stats", () => {
  it("draws the daily chart, the 106-port/mobile split, institutions and domains, in three languages", async () => {
    await seed();
    const page = await (await call("/stats")).text();
    expect(page).toContain('id="chart-daily"');
    expect((page.match(/<rect class="bar" x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+" data-day=/g) ?? []).length).toBe(3);
    expect(page).toMatch(/106 端口 50% · 手机号 50%/);
    expect(page).toContain('id="chart-institutions"');
    expect(page).toContain("中信金融");
    expect(page).toContain("zx-jr.top");
    expect(await (await call("/stats?lang=en")).text()).toContain("106 ports 50% · mobile numbers 50%");
    expect(await (await call("/stats?lang=zh-TW")).text()).toContain("詐騙簡訊統計");
  });
});
