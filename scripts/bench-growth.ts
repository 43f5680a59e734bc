/**
 * npm run bench:growth — how latency, storage and CPU grow with the data: loads 10 k, 100 k and
 * 1 M synthetic reports (a realistic mix of rotating senders, domains and campaigns) straight into
 * the local D1 file through the production write path, and at each size measures through
 * `wrangler dev` the p50/p99 latency of a sender lookup, /check, a report (campaign matching
 * included) and a one-month statistics query, plus bytes per report and CPU per request.
 *   npm run bench:growth [-- --sizes 10000,100000,1000000 --samples 300]
 */
import { argValue } from "./lib/args";
import { statSync } from "node:fs";
import { buildApp } from "../src/app";
import { normaliseSender } from "../src/domain/phone";
import { cstDay } from "../src/domain/calendar";
import { recordReport } from "../src/submit";
import { LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { campaignText, mulberry32, randomSender } from "./lib/synthetic";

const SIZES = argValue("sizes", "10000,100000,1000000").split(",").map(Number);
const SAMPLES = Number(argValue("samples", "300"));
const TEMPLATES = 3000;
const DAY = 86_400_000;

const random = mulberry32(42);
const senderPool: string[] = [];

/** Reports spread over 180 days; ~3,000 templates; a third of senders reused (campaigns rotate). */
async function loadUpTo(db: SqliteD1, from: number, to: number) {
  const started = Date.now();
  const now = Date.now();
  for (let i = from; i < to; i++) {
    const reuse = senderPool.length > 100 && random() < 0.33;
    const raw = reuse ? senderPool[Math.floor(random() * senderPool.length)]! : randomSender(random);
    if (!reuse && senderPool.length < 200_000) senderPool.push(raw);
    await recordReport(db.asD1(), {
      sender: normaliseSender(raw)!,
      text: campaignText(random, Math.floor(random() ** 2 * TEMPLATES)),
      reporter: `r${Math.floor(random() * (to / 3))}`,
      details: { category: "fake_collection", carrier: ["china_mobile", "china_unicom", "china_telecom"][i % 3], region: String(11 + (i % 30)) },
      idempotency: null,
      now: now - Math.floor(random() * 180 * DAY),
    });
    if ((i + 1) % 10_000 === 0) {
      const rate = (i + 1 - from) / ((Date.now() - started) / 1000);
      process.stdout.write(`  loaded ${i + 1}/${to} reports (${rate.toFixed(0)}/s)\r`);
    }
  }
  process.stdout.write("\n");
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function timeRequests(label: string, make: (i: number) => Request): Promise<{ label: string; p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const request = make(i);
    const t0 = performance.now();
    const response = await fetch(request);
    await response.arrayBuffer();
    if (response.status >= 500) throw new Error(`${label}: ${response.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { label, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

/** CPU time per request of the Worker code, measured in-process (Node, node:sqlite as D1): an upper bound. */
async function cpuPerRequest(persistTo: string, makes: Record<string, (i: number) => Request>) {
  const app = buildApp();
  const db = new SqliteD1(findLocalD1File(persistTo));
  const allow = { limit: async () => ({ success: true }) };
  const env = { DB: db.asD1(), ...LOCAL_SECRETS, ANON_REPORT_LIMITER: allow, ANON_LOOKUP_LIMITER: allow, APP_LIMITER: allow, CARRIER_LIMITER: allow, REPORT_RETENTION_DAYS: "180" };
  const out: Record<string, { p50: number; p99: number }> = {};
  for (const [label, make] of Object.entries(makes)) {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const before = process.cpuUsage();
      const response = await app.fetch(make(i), env as unknown as Env, { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext);
      await response.arrayBuffer();
      const used = process.cpuUsage(before);
      times.push((used.user + used.system) / 1000);
    }
    times.sort((a, b) => a - b);
    out[label] = { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
  }
  db.close();
  return out;
}

async function main() {
  const persistTo = migratedPersistDir("fanzha-growth-");
  const file = findLocalD1File(persistTo);
  const db = new SqliteD1(file, { bulk: true });
  const emptyBytes = statSync(file).size;
  let loaded = 0;
  const table: string[] = [];
  for (const size of SIZES) {
    console.log(`\n== ${size} reports`);
    await loadUpTo(db, loaded, size);
    loaded = size;
    db.raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const bytes = statSync(file).size;
    const rows = db.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'").all() as { name: string }[];
    const counts = Object.fromEntries(rows.map(({ name }) => [name, Number((db.raw.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n)]));
    const knownSenders = (db.raw.prepare("SELECT normalized FROM senders LIMIT 2000").all() as { normalized: string }[]).map((r) => r.normalized);
    const month = cstDay(Date.now()).slice(0, 7);
    const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const worker = await startLocalWorker(persistTo);
    const regulator = await (
      await fetch(`${worker.url}/api/v1/admin/keys`, { method: "POST", headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" }, body: JSON.stringify({ name: "growth", role: "regulator" }) })
    ).json() as { key: string };
    const app = await (
      await fetch(`${worker.url}/api/v1/admin/keys`, { method: "POST", headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" }, body: JSON.stringify({ name: "growth-app", role: "app" }) })
    ).json() as { key: string };
    const makes: Record<string, (i: number) => Request> = {
      "GET /senders/{n}": (i) => new Request(`${worker.url}/api/v1/senders/${encodeURIComponent(knownSenders[i % knownSenders.length]!)}`, { headers: { authorization: `Bearer ${app.key}` } }),
      "POST /check": (i) =>
        new Request(`${worker.url}/api/v1/check`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${app.key}` },
          body: JSON.stringify({ sender: knownSenders[i % knownSenders.length], text: campaignText(random, i % TEMPLATES) }),
        }),
      "POST /reports (campaign match)": (i) =>
        new Request(`${worker.url}/api/v1/reports`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${app.key}` },
          body: JSON.stringify({ sender: randomSender(random), text: campaignText(random, i % TEMPLATES), reporterId: `growth-${size}-${i}` }),
        }),
      "GET /stats month × day × institution": () =>
        new Request(`${worker.url}/api/v1/stats?from=${month}-01&to=${lastDay}&groupBy=day,institution`, { headers: { authorization: `Bearer ${regulator.key}` } }),
    };
    const latencies = [];
    for (const make of Object.values(makes)) latencies.push(await timeRequests("", make));
    await worker.stop();
    const labels = Object.keys(makes);
    const cpuMakes = Object.fromEntries(
      Object.entries(makes).map(([label, make]) => [label, (i: number) => { const r = make(i); return new Request(r.url.replace(worker.url, "http://local"), r); }]),
    );
    const cpu = await cpuPerRequest(persistTo, cpuMakes);
    console.log(`  database ${(bytes / 1e6).toFixed(1)} MB, ${((bytes - emptyBytes) / size).toFixed(0)} bytes per report → ${(((bytes - emptyBytes) / size) * 1e7 / 1e9).toFixed(2)} GB projected at 10 M reports`);
    console.log(`  rows: ${JSON.stringify(counts)}`);
    for (const [i, label] of labels.entries()) {
      const l = latencies[i]!;
      const c = cpu[label]!;
      const line = `${String(size).padStart(8)}  ${label.padEnd(38)} p50 ${l.p50.toFixed(1).padStart(6)} ms  p99 ${l.p99.toFixed(1).padStart(6)} ms   cpu p50 ${c.p50.toFixed(2)} ms p99 ${c.p99.toFixed(2)} ms`;
      console.log(line);
      table.push(line);
    }
  }
  db.close();
  console.log(`\nsummary (latency through wrangler dev on loopback; CPU of the Worker code in-process, node:sqlite included, so an upper bound):\n${table.join("\n")}`);
}

await main();
