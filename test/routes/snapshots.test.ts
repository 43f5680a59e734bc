/**
 * Snapshots and the raw report archive in R2, in the Workers runtime: built by the cron's services,
 * read back from R2 (gunzipped), served with ETag/304 and the feed cursor they are consistent with.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import worker from "../../src/index";
import { ARCHIVE_STATE_KEY, archiveKey, archiveReports } from "../../src/services/archive";
import { writeSnapshot } from "../../src/services/snapshots";
import { cstDay } from "../../src/domain/calendar";
import { call, createKey, expectProblem, json, SCAM_TEXT } from "../helpers";

let key: string;

beforeAll(async () => {
  key = (await createKey("carrier")).key;
});

async function gunzip(body: ReadableStream<Uint8Array> | ArrayBuffer): Promise<string> {
  const stream = body instanceof ArrayBuffer ? new Blob([body]).stream() : body;
  return new Response(stream.pipeThrough(new DecompressionStream("gzip"))).text();
}

const report = (sender: string, ip: string, text = SCAM_TEXT) => call("/api/v1/reports", { ip, json: { sender, text } });
const csvRows = (csv: string) => csv.trimEnd().split("\r\n").map((line) => line.split(","));

describe("GET /api/v1/snapshots/{type}", () => {
  it("needs a key, and is 503 before the first snapshot", async () => {
    await expectProblem(await call("/api/v1/snapshots/senders"), 401, "unauthorized");
    await expectProblem(await call("/api/v1/snapshots/senders", { key }), 503, "unavailable");
    await expectProblem(await call("/api/v1/snapshots/senders?minScore=33", { key }), 400, "invalid_query");
  });

  it("serves the complete list as gzip CSV with ETag, 304 and the feed cursor it is consistent with", async () => {
    for (let i = 0; i < 3; i++) expect((await report("13912340001", `198.51.100.${20 + i}`)).status).toBe(201);
    expect((await report("13912340002", "198.51.100.30", "你好，周末一起吃饭吗")).status).toBe(201);
    const run = await writeSnapshot(env, env.DB, "senders");
    expect(run).toMatchObject({ skipped: false, rows: 2 });

    const response = await call("/api/v1/snapshots/senders", { key });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/\.csv\.gz"$/);
    const cursor = Number(response.headers.get("x-feed-cursor"));
    const change = await env.DB.prepare("SELECT value FROM counters WHERE name = 'change'").first<number>("value");
    expect(cursor).toBe(change);
    const rows = csvRows(await gunzip(await response.arrayBuffer()));
    expect(rows[0]).toEqual(["value", "kind", "score", "verdict", "reports", "distinctReporters", "lastSeen"]);
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(["+8613912340001", "+8613912340002"]);
    // Each row is what a default lookup answers.
    for (const row of rows.slice(1)) {
      const lookup = await json(await call(`/api/v1/senders/${encodeURIComponent(row[0]!)}`, { key }));
      expect([Number(row[2]), row[3], Number(row[4]), Number(row[5])]).toEqual([lookup.score, lookup.verdict, lookup.reports.total, lookup.reports.distinctReporters]);
    }

    const etag = response.headers.get("etag")!;
    const again = await call("/api/v1/snapshots/senders", { key, headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("x-feed-cursor")).toBe(String(cursor));

    // Thresholds are prebuilt files: minScore=50 holds only rows scoring ≥ 50.
    const high = csvRows(await gunzip(await (await call("/api/v1/snapshots/senders?minScore=50", { key })).arrayBuffer()));
    expect(high.slice(1).every((r) => Number(r[2]) >= 50)).toBe(true);
    expect(high.length).toBeLessThan(rows.length);

    // Sync: the snapshot, then the feed from its cursor — every later change, and nothing unchanged since.
    expect((await report("13912340003", "198.51.100.40")).status).toBe(201);
    const feed = await json(await call(`/api/v1/feeds/senders?since=${cursor}`, { key }));
    expect(feed.entries.map((e: { value: string }) => e.value)).toEqual(["+8613912340003"]);

    // A change → a new file with a new ETag; nothing changed since → the next run keeps it.
    expect(await writeSnapshot(env, env.DB, "senders")).toMatchObject({ skipped: false, rows: 3 });
    expect((await call("/api/v1/snapshots/senders", { key, headers: { "if-none-match": etag } })).status).toBe(200);
    expect(await writeSnapshot(env, env.DB, "senders")).toMatchObject({ skipped: true });
  });

  it("the Cron Trigger rebuilds changed snapshots and archives new reports", async () => {
    const before = await call("/api/v1/snapshots/senders", { key });
    expect((await report("13912340004", "198.51.100.41")).status).toBe(201);
    const controller = createScheduledController({ scheduledTime: Date.now(), cron: "*/10 * * * *" });
    const ctx = createExecutionContext();
    await worker.scheduled(controller, env, ctx);
    await waitOnExecutionContext(ctx);
    const after = await call("/api/v1/snapshots/senders", { key });
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(Number(after.headers.get("x-feed-cursor"))).toBeGreaterThan(Number(before.headers.get("x-feed-cursor")));
    expect((await call("/api/v1/snapshots/domains", { key })).status).toBe(200);
    expect(await env.DATA_BUCKET.head(archiveKey(cstDay(Date.now())))).not.toBeNull();
  });
});

describe("the raw report archive", () => {
  it("appends every stored report, redacted and without the reporter, to the day's NDJSON.gz once", async () => {
    await env.DATA_BUCKET.delete([ARCHIVE_STATE_KEY, archiveKey(cstDay(Date.now()))]);
    const total = await env.DB.prepare("SELECT count(*) AS n FROM reports").first<number>("n");
    await archiveReports(env, env.DB);
    expect((await report("13912340009", "198.51.100.50")).status).toBe(201);
    const second = await archiveReports(env, env.DB);
    expect(second.archived).toBe(1);
    expect(await archiveReports(env, env.DB)).toMatchObject({ archived: 0 });

    const object = await env.DATA_BUCKET.get(archiveKey(cstDay(Date.now())));
    const lines = (await gunzip(object!.body)).trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines).toHaveLength(total! + 1);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    const last = lines.at(-1);
    expect(last).toMatchObject({ sender: "+8613912340009", campaignId: expect.stringMatching(/^cmp_/), links: [{ host: "zx-jr.top", domain: "zx-jr.top" }] });
    expect(last).not.toHaveProperty("reporter");
    expect(last.text).not.toContain("张伟");
  });
});

describe("gzip objects written part by part", () => {
  it("a large object goes up as equal multipart parts and reads back whole", async () => {
    const { GzipObjectWriter, PART_BYTES } = await import("../../src/lib/gzip-object");
    const writer = new GzipObjectWriter(env.DATA_BUCKET, "test/large.gz", { cursor: "7" }, "text/plain");
    // Random bytes do not compress: 7 MiB make one full part and a smaller last one.
    const chunk = new Uint8Array(65_536);
    let expected = 0;
    for (let i = 0; i < 7 * 16; i++) {
      crypto.getRandomValues(chunk);
      await writer.write(chunk.slice());
      expected += chunk.byteLength;
    }
    await writer.close();
    expect(writer.bytes).toBeGreaterThan(PART_BYTES);
    const object = await env.DATA_BUCKET.get("test/large.gz");
    expect(object!.customMetadata).toEqual({ cursor: "7" });
    let length = 0;
    const reader = object!.body.pipeThrough(new DecompressionStream("gzip")).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) length += read.value.byteLength;
    expect(length).toBe(expected);
  }, 60_000);
});
