import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { queryStats, statsWithFrozenBuckets } from "../../src/db/queries/stats";
import { cstDay } from "../../src/domain/calendar";
import { normaliseSender } from "../../src/domain/phone";
import { PUBLIC_VIEW_TTL_MS, publicStats } from "../../src/routes/stats";
import { recordReport } from "../../src/services/submit";
import { call, createKey, csvBody, expectProblem, json } from "../helpers";

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 9, 14, 4); // Wednesday 2026-10-14, noon in China
const day = (offset: number) => cstDay(BASE + offset * DAY);
let sequence = 0;

async function seed(offsetDays: number, institution: string, reporter: string, extra: { carrier?: string; inferCategory?: boolean } = {}) {
  const sender = normaliseSender(`1069${String(100000 + sequence++)}`)!;
  const outcome = await recordReport(env.DB, {
    sender,
    text: `【${institution}】您的借款已逾期，请登录 http://stats-${sequence % 3}.top/a 处理，否则起诉。`,
    reporter,
    details: { claimedInstitution: institution, category: extra.inferCategory ? undefined : "fake_collection", carrier: extra.carrier ?? "china_mobile" },
    idempotency: null,
    now: BASE + offsetDays * DAY,
  });
  expect(outcome.kind).toBe("stored");
}

async function stats(key: string, query: string) {
  const response = await call(`/api/v1/stats?${query}`, { key });
  expect(response.status, await response.clone().text()).toBe(200);
  return json(response);
}

describe("GET /api/v1/stats", () => {
  it("groups by day × institution from the rollups and folds cells under 3 reporters into `other`", async () => {
    const { key } = await createKey("regulator");
    for (let i = 0; i < 5; i++) await seed(0, "中信金融", `citic-${i}`);
    await seed(0, "众安", "za-0");
    await seed(0, "众安", "za-1");
    await seed(0, "东銮金融", "dl-0");
    await seed(1, "中信金融", "citic-0");

    const body = await stats(key, `from=${day(0)}&to=${day(1)}&groupBy=day,institution`);
    expect(body.query).toMatchObject({ groupBy: ["day", "institution"], timezone: "Asia/Shanghai" });
    expect(body.rows).toEqual([
      { day: day(0), institution: "中信金融", reports: 5, categoryInferred: 0, categoryInferredShare: 0, distinctReporters: 5, distinctSenders: 5, distinctDomains: 3 },
      { day: day(0), institution: "other", reports: 3, categoryInferred: 0, categoryInferredShare: 0, distinctReporters: 3, distinctSenders: 3, distinctDomains: expect.any(Number) },
    ]);
    // Day 1 holds one report from one person: its cell and its `other` row are both suppressed.
  });

  it("gives identical rows for shared buckets, so differencing overlapping queries reveals nothing", async () => {
    const { key } = await createKey("regulator");
    for (let i = 0; i < 3; i++) await seed(10, "招联金融", `zl-${i}`);
    await seed(11, "招联金融", "zl-lonely");
    for (let i = 0; i < 3; i++) await seed(11, "招联金融", `zl-b${i}`);
    const wide = await stats(key, `from=${day(10)}&to=${day(11)}&groupBy=day,institution`);
    const narrow = await stats(key, `from=${day(11)}&to=${day(11)}&groupBy=day,institution`);
    const wideDay11 = wide.rows.filter((row: { day: string }) => row.day === day(11));
    expect(wideDay11).toEqual(narrow.rows);
    const total = (rows: { reports: number }[]) => rows.reduce((sum, row) => sum + row.reports, 0);
    // wide − narrow is exactly day 10's published rows: nothing hidden is exposed.
    expect(total(wide.rows) - total(narrow.rows)).toBe(total(wide.rows.filter((row: { day: string }) => row.day === day(10))));
  });

  it("refuses ranges that are not whole calendar buckets", async () => {
    const { key } = await createKey("regulator");
    await expectProblem(await call("/api/v1/stats?from=2026-10-14&to=2026-10-20&groupBy=week", { key }), 400, "invalid_query");
    await expectProblem(await call("/api/v1/stats?from=2026-10-02&to=2026-10-31&groupBy=institution", { key }), 400, "invalid_query");
    await expectProblem(await call("/api/v1/stats?from=2026-10-31&to=2026-10-01&groupBy=day", { key }), 400, "invalid_query");
    await expectProblem(await call("/api/v1/stats?from=2026-02-30&to=2026-03-01", { key }), 400, "invalid_query");
    await expectProblem(await call("/api/v1/stats?from=2026-10-01&to=2026-10-31&groupBy=day,month", { key }), 400, "invalid_query");
    await expectProblem(await call("/api/v1/stats?from=2026-10-01&to=2026-10-31&groupBy=day,domain,carrier", { key }), 400, "invalid_query");
    await expectProblem(await call("/api/v1/stats?from=2026-10-01&to=2026-10-31&groupBy=day,color", { key }), 400, "invalid_query");
    await expectProblem(await call("/api/v1/stats?from=2026-10-01&to=2026-10-31&tz=UTC", { key }), 400, "invalid_query");
  });

  it("says per category how many reports had their category inferred from the text", async () => {
    const { key } = await createKey("regulator");
    for (let i = 0; i < 3; i++) await seed(25, "捷信", `inf-given-${i}`);
    for (let i = 0; i < 5; i++) await seed(25, "捷信", `inf-none-${i}`, { inferCategory: true });
    const body = await stats(key, `from=${day(25)}&to=${day(25)}&groupBy=day,category`);
    // The texts threaten a suit over an overdue loan: inferred as fake collection, like the reporters' own choice.
    expect(body.rows).toEqual([
      { day: day(25), category: "fake_collection", reports: 8, categoryInferred: 5, categoryInferredShare: 0.63, distinctReporters: 8, distinctSenders: 8, distinctDomains: 3 },
    ]);
    const byDomain = await stats(key, `from=${day(25)}&to=${day(25)}&groupBy=day,domain`);
    expect(byDomain.rows[0]).not.toHaveProperty("categoryInferred");
  });

  it("downloads CSV that Excel opens: BOM, header, quoted fields, attachment", async () => {
    const { key } = await createKey("regulator");
    for (let i = 0; i < 3; i++) await seed(20, '某"金融",有限公司', `q-${i}`);
    const response = await call(`/api/v1/stats?from=${day(20)}&to=${day(20)}&groupBy=day,institution&format=csv`, { key });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="fanzha-stats-/);
    const { bom, text } = await csvBody(response);
    expect(bom).toBe(true);
    expect(text.startsWith("day,institution,reports,categoryInferred,categoryInferredShare,distinctReporters,distinctSenders,distinctDomains\r\n")).toBe(true);
    expect(text).toContain(`${day(20)},"某""金融"",有限公司",3,0,0,3,3,`);
  });

  it("neutralises a claimed institution that would be a spreadsheet formula, and only free text", async () => {
    const { key } = await createKey("regulator");
    const formula = "-1+1+cmd|' /C calc'!A0";
    for (let i = 0; i < 3; i++) await seed(21, formula, `f-${i}`);
    for (let i = 0; i < 3; i++) await seed(21, "=HYPERLINK(\"http://evil.top\")", `g-${i}`);
    const { text } = await csvBody(await call(`/api/v1/stats?from=${day(21)}&to=${day(21)}&groupBy=day,institution&format=csv`, { key }));
    const cells = text.trimEnd().split("\r\n").slice(1).map((line) => line.split(",")[1]);
    expect(cells).toContain(`"'${formula.replaceAll('"', '""')}"`);
    expect(cells.some((cell) => cell?.startsWith(`"'=HYPERLINK`))).toBe(true);
    // No cell of the file starts a formula; dates and counts are written as they are.
    for (const line of text.trimEnd().split("\r\n").slice(1)) {
      expect(line).toMatch(new RegExp(`^${day(21)},`));
      expect(line.split(",").slice(1).every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
    }
  });

  it("groups by week, month, sender kind and domain", async () => {
    const { key } = await createKey("regulator");
    for (let i = 0; i < 4; i++) await seed(30 + i, "平安普惠", `w-${i}`);
    const month = await stats(key, "from=2026-11-01&to=2026-11-30&groupBy=month,senderKind");
    expect(month.rows[0]).toMatchObject({ month: "2026-11-01", senderKind: "sms_port" });
    const domains = await stats(key, "from=2026-11-01&to=2026-11-30&groupBy=month,domain");
    expect(domains.rows.every((row: { domain: string; distinctDomains: number }) => row.domain === "other" || row.distinctDomains === 1)).toBe(true);
    const week = await stats(key, "from=2026-11-09&to=2026-11-22&groupBy=week");
    expect(week.rows.map((row: { week: string }) => row.week).every((w: string) => ["2026-11-09", "2026-11-16"].includes(w))).toBe(true);
  });

  it("keeps statistics from regulators' keys only", async () => {
    await expectProblem(await call("/api/v1/stats?from=2026-10-01&to=2026-10-31"), 401, "unauthorized");
    const { key } = await createKey("app");
    await expectProblem(await call("/api/v1/stats?from=2026-10-01&to=2026-10-31", { key }), 403, "forbidden");
  });

  it("serves a public, suppressed national view", async () => {
    const body = await json(await call("/api/v1/stats/public?days=30"));
    expect(body).toMatchObject({ timezone: "Asia/Shanghai", minDistinctReporters: 3 });
    for (const row of [...body.daily, ...body.dailyBySenderKind, ...body.topInstitutions]) expect(row.distinctReporters).toBeGreaterThanOrEqual(3);
  });

  it("answers the public view from the isolate's last count for a minute, then counts again", async () => {
    const now = BASE + 40 * DAY;
    const first = await publicStats(env.DB, 30, now);
    for (let i = 0; i < 3; i++) await seed(40, "招联金融", `public-${i}`);
    expect(await publicStats(env.DB, 30, now + 1_000)).toEqual(first);
    const later = await publicStats(env.DB, 30, now + PUBLIC_VIEW_TTL_MS + 1);
    expect(later.daily.find((row) => row.day === day(40))?.reports).toBe(3);
    expect(first.daily.find((row) => row.day === day(40))).toBeUndefined();
  });
});

describe("closed buckets are answered once (stats_frozen)", () => {
  it("serves a closed day's stored answer and keeps the open day live", async () => {
    const { key } = await createKey("regulator");
    for (let i = 0; i < 3; i++) await seed(15, "平安普惠", `pa-${i}`);
    const query = `from=${day(15)}&to=${day(15)}&groupBy=day,institution`;
    const first = await stats(key, query);
    expect(first.rows).toEqual([{ day: day(15), institution: "中国平安", reports: 3, categoryInferred: 0, categoryInferredShare: 0, distinctReporters: 3, distinctSenders: 3, distinctDomains: expect.any(Number) }]);
    expect(await env.DB.prepare("SELECT count(*) AS n FROM stats_frozen WHERE shape = 'day|institution' AND bucket = ?").bind(day(15)).first<number>("n")).toBe(1);
    // A closed day cannot receive reports (they are bucketed by arrival); if its rollups changed
    // anyway, the stored answer proves the member rows are no longer counted.
    await seed(15, "平安普惠", "pa-late");
    expect((await stats(key, query)).rows).toEqual(first.rows);

    // Today is open: every query counts live.
    const today = cstDay(Date.now());
    const live = `from=${today}&to=${today}&groupBy=day,institution`;
    const seedToday = async (reporter: string) => {
      const outcome = await recordReport(env.DB, {
        sender: normaliseSender(`1069${String(700000 + sequence++)}`)!,
        text: "【马上消费】您已逾期，今日不还将上门催收。",
        reporter,
        details: { claimedInstitution: "马上消费", category: "fake_collection" },
        idempotency: null,
        now: Date.now(),
      });
      expect(outcome.kind).toBe("stored");
    };
    for (let i = 0; i < 3; i++) await seedToday(`ms-${i}`);
    expect((await stats(key, live)).rows.find((r: { institution: string }) => r.institution.startsWith("马上"))?.reports).toBe(3);
    await seedToday("ms-3");
    expect((await stats(key, live)).rows.find((r: { institution: string }) => r.institution.startsWith("马上"))?.reports).toBe(4);
  });

  it("answers a range mixing stored, new and open buckets exactly as counting everything live", async () => {
    for (let i = 0; i < 4; i++) await seed(6 + (i % 2), "捷信金融", `jx-${i}`);
    for (let i = 0; i < 3; i++) await seed(7, "度小满", `dxm-${i}`, { carrier: "china_unicom" });
    const today = cstDay(Date.now());
    for (const q of [
      { from: day(5), to: day(8), bucket: "day" as const, dimensions: ["institution" as const] },
      { from: "2026-10-01", to: "2026-11-30", bucket: "month" as const, dimensions: ["carrier" as const, "institution" as const] },
    ]) {
      const expected = await queryStats(env.DB, q);
      // First call stores the closed buckets, the second reads them back.
      expect(await statsWithFrozenBuckets(env.DB, { ...q, from: q.from, to: q.to }, today)).toEqual(expected);
      expect(await statsWithFrozenBuckets(env.DB, q, today)).toEqual(expected);
    }
  });
});
