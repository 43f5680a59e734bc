import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { FEED_CHUNK, feedRowsWithinBudget } from "../../src/routes/feeds";
import { call, createKey, csvBody, json, SCAM_TEXT } from "../helpers";

async function report(sender: string, i: number) {
  const response = await call("/api/v1/reports", { ip: `10.50.${Math.floor(i / 200)}.${(i % 200) + 1}`, json: { sender, text: SCAM_TEXT.replace("35", String(i)) } });
  expect(response.status).toBe(201);
}

async function syncAll(key: string, since: number, limit = 3): Promise<{ values: string[]; cursor: number }> {
  const values: string[] = [];
  let cursor = since;
  for (let page = 0; page < 50; page++) {
    const body = await json(await call(`/api/v1/feeds/senders?since=${cursor}&limit=${limit}`, { key }));
    values.push(...body.entries.map((e: { value: string }) => e.value));
    cursor = body.next;
    if (!body.hasMore) break;
  }
  return { values, cursor };
}

describe("feeds", () => {
  it("lets a client sync repeatedly without missing or duplicating a change, across new writes", async () => {
    const { key } = await createKey("carrier");
    for (let i = 0; i < 7; i++) await report(`1371111000${i}`, i);
    const first = await syncAll(key, 0);
    expect(first.values).toHaveLength(7);
    expect(new Set(first.values).size).toBe(7);

    // New writes: two new senders and one already-synced sender changes again.
    await report("13711119998", 20);
    await report("13711119999", 21);
    await report("13711110003", 22);
    const second = await syncAll(key, first.cursor);
    expect(second.values.sort()).toEqual(["+8613711110003", "+8613711119998", "+8613711119999"]);
    expect((await syncAll(key, second.cursor)).values).toEqual([]);
  });

  it("filters by minScore, serves CSV for spreadsheets and answers 304 to a matching ETag", async () => {
    const { key } = await createKey("regulator");
    for (let i = 0; i < 4; i++) await report("13722220000", 100 + i);
    // One person, a text with no signals and no campaign: a low score.
    await call("/api/v1/reports", { ip: "10.51.0.1", json: { sender: "13722220001", text: "今晚一起吃饭吗" } });
    const all = await json(await call("/api/v1/feeds/senders?since=0", { key }));
    const strong = await json(await call("/api/v1/feeds/senders?since=0&minScore=50", { key }));
    const strongValues = strong.entries.map((e: { value: string }) => e.value);
    expect(strongValues).toContain("+8613722220000");
    expect(strongValues).not.toContain("+8613722220001");
    expect(all.entries.map((e: { value: string }) => e.value)).toContain("+8613722220001");
    for (const entry of strong.entries) expect(entry.score).toBeGreaterThanOrEqual(50);
    expect(all.entries.length).toBeGreaterThan(strong.entries.length);
    expect(strong.next).toBe(all.next);

    const csv = await call("/api/v1/feeds/senders?since=0&format=csv", { key });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename=/);
    const { bom, text } = await csvBody(csv);
    expect(bom).toBe(true);
    expect(text.split("\r\n")[0]).toBe("value,kind,score,verdict,reports,distinctReporters,firstSeen,lastSeen,changeSeq");

    const etag = csv.headers.get("etag")!;
    const again = await call("/api/v1/feeds/senders?since=0&format=csv", { key, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    await report("13722220002", 300);
    const changed = await call("/api/v1/feeds/senders?since=0&format=csv", { key, headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
  });

  it("serves the domain feed", async () => {
    const { key } = await createKey("app");
    await report("13733330000", 1);
    const body = await json(await call("/api/v1/feeds/domains?since=0", { key }));
    expect(body.entries.map((e: { value: string }) => e.value)).toContain("zx-jr.top");
  });
});

describe("large feed pages", () => {
  /** 2,000 listed senders written straight into the aggregate table (no reports needed for a feed). */
  async function listSenders(count: number, base: number, prefix: string) {
    const numbers = Array.from({ length: count }, (_, i) => `+86${prefix}${String(i).padStart(8, "0")}`);
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO senders (normalized, kind, country, report_count, reporter_count, first_seen, last_seen, change_seq)
         SELECT value, 'mobile', 'CN', 1, 1, 0, 0, ? + 1 + key FROM json_each(?)`,
      ).bind(base, JSON.stringify(numbers)),
      env.DB.prepare("UPDATE counters SET value = ? WHERE name = 'change'").bind(base + count),
    ]);
    return numbers;
  }

  it("streams a page of several chunks in change order, bounded by the query budget, and continues with next", async () => {
    const { key } = await createKey("carrier");
    const numbers = await listSenders(2000, 100000, "139");
    const firstPage = await call("/api/v1/feeds/senders?since=100000&limit=10000", { key });
    expect(firstPage.status).toBe(200);
    const pageRows = feedRowsWithinBudget(50);
    expect(pageRows).toBeGreaterThan(FEED_CHUNK);
    expect(firstPage.headers.get("x-has-more")).toBe("true");
    const first = await json(firstPage);
    expect(first.entries).toHaveLength(pageRows);
    expect(first.hasMore).toBe(true);
    expect(first.next).toBe(first.entries.at(-1).changeSeq);
    expect(Number(firstPage.headers.get("x-next-cursor"))).toBe(first.next);
    const seqs = first.entries.map((e: { changeSeq: number }) => e.changeSeq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    const rest = await json(await call(`/api/v1/feeds/senders?since=${first.next}&limit=10000`, { key }));
    expect(rest.hasMore).toBe(false);
    const values = [...first.entries, ...rest.entries].map((e: { value: string }) => e.value);
    expect(values).toEqual(numbers);
  });

  it("streams the same page as CSV, one line per entry", async () => {
    const { key } = await createKey("regulator");
    await listSenders(1000, 200000, "158");
    const response = await call("/api/v1/feeds/senders?since=200000&limit=1000&format=csv", { key });
    const { bom, text } = await csvBody(response);
    expect(bom).toBe(true);
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("value,kind,score,verdict,reports,distinctReporters,firstSeen,lastSeen,changeSeq");
    expect(lines).toHaveLength(1001);
    // A validated E.164 number is written as it is, so the CSV and the JSON feed agree (csv.ts).
    expect(lines[1]).toMatch(/^\+8615800000000,mobile,\d+,\w+,1,1,/);
    expect(response.headers.get("x-next-cursor")).toBe(String(201000));
  });
});
