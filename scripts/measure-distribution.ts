/**
 * Measurements of issue 22 (bulk uploads, webhooks), each run once and short:
 *   npx tsx scripts/measure-distribution.ts bulk      # 10,000-row upload end to end under wrangler dev
 *   npx tsx scripts/measure-distribution.ts consumer  # D1 statements and round trips per consumer batch of 100 rows (in-process)
 *   npx tsx scripts/measure-distribution.ts webhooks  # webhook latency after a report; a receiver failing twice
 *   npx tsx scripts/measure-distribution.ts causes    # webhook latency after a hide, an upheld appeal, a withdrawal, votes
 * Options: --port (wrangler dev, default a free one), --inspector-port, --rows (default 10000).
 * Snapshot memory: scripts/measure-snapshot.ts.
 */
import { createServer } from "node:http";
import { rmSync } from "node:fs";
import { normaliseSender } from "../src/domain/phone";
import { BULK_CHUNK_ROWS, type BulkChunkMessage, processBulkChunk } from "../src/services/bulk";
import { argNumber } from "./lib/args";
import { freePort, LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { campaignText, mulberry32, randomSender } from "./lib/synthetic";
import { handleHelp } from "./lib/cli";

handleHelp(import.meta.url);

const mode = process.argv[2] ?? "bulk";
const ROWS = argNumber("rows", 10_000);
const PORT = argNumber("port", 0);
const INSPECTOR = argNumber("inspector-port", 0);

/** Upload rows as carriers send them: mostly distinct users, a few repeats (duplicates, cooldowns) and broken rows. */
function uploadRows(count: number): Record<string, string>[] {
  const random = mulberry32(22);
  const rows: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 100 === 99) rows.push({ sender: "not a sender!", text: "x" });
    else if (i % 100 === 98 && rows.length > 1) rows.push({ ...rows[rows.length - 2]! }); // a repeat of an earlier row
    else rows.push({ sender: randomSender(random), text: campaignText(random, i % 300), reporterId: `user-${i % 7000}`, category: "fake_collection" });
  }
  return rows;
}

const ndjson = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join("\n");

async function admin(url: string, path: string, body: unknown) {
  const response = await fetch(`${url}${path}`, { method: "POST", headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  // biome-ignore lint/suspicious/noExplicitAny: our own API's JSON, read loosely by a measurement script
  return (await response.json()) as Record<string, any>;
}

async function bulk() {
  const persist = migratedPersistDir("fanzha-bulk-");
  const worker = await startLocalWorker(persist, { ...(PORT ? { port: PORT } : {}), ...(INSPECTOR ? { inspectorPort: INSPECTOR } : {}) });
  try {
    const { key } = await admin(worker.url, "/api/v1/admin/keys", { name: "bulk measure", role: "carrier" });
    const body = ndjson(uploadRows(ROWS));
    const started = performance.now();
    const response = await fetch(`${worker.url}/api/v1/reports/bulk`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/x-ndjson" }, body });
    const accepted = (await response.json()) as { jobId: string; rows: number };
    if (response.status !== 202) throw new Error(`upload: ${response.status} ${JSON.stringify(accepted)}`);
    const acceptedMs = performance.now() - started;
    type Job = { status: string; rows: number; counts: { stored: number; duplicate: number; rejected: number } };
    let job = {} as Job;
    for (;;) {
      job = (await (await fetch(`${worker.url}/api/v1/reports/bulk/${accepted.jobId}`, { headers: { authorization: `Bearer ${key}` } })).json()) as Job;
      if (job.status === "done" || performance.now() - started > 300_000) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const seconds = (performance.now() - started) / 1000;
    const { stored, duplicate, rejected } = job.counts;
    console.log(`bulk upload of ${ROWS} rows (${(body.length / 1e6).toFixed(2)} MB NDJSON): 202 after ${acceptedMs.toFixed(0)} ms; status ${job.status} after ${seconds.toFixed(1)} s → ${(ROWS / seconds).toFixed(0)} rows/s`);
    console.log(`counts: stored ${stored} + duplicate ${duplicate} + rejected ${rejected} = ${stored + duplicate + rejected} (rows ${job.rows}) ${stored + duplicate + rejected === ROWS ? "OK" : "MISMATCH"}`);
    await worker.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const db = new SqliteD1(findLocalD1File(persist));
    const recount = async (name: string, stored: string, counted: string) => {
      const a = JSON.stringify((await db.asD1().prepare(stored).all()).results);
      const b = JSON.stringify((await db.asD1().prepare(counted).all()).results);
      console.log(`recount ${name}: ${a === b ? "equal" : "DIFFERENT"}`);
    };
    await recount("senders", "SELECT normalized AS k, report_count AS n, reporter_count AS r FROM senders ORDER BY k", "SELECT sender AS k, count(*) AS n, count(DISTINCT reporter) AS r FROM reports GROUP BY sender ORDER BY k");
    await recount(
      "domains",
      "SELECT domain AS k, report_count AS n, reporter_count AS r FROM domains ORDER BY k",
      "SELECT d.domain AS k, count(DISTINCT r.id) AS n, count(DISTINCT r.reporter) AS r FROM report_domains d JOIN reports r ON r.id = d.report_id GROUP BY d.domain ORDER BY k",
    );
    await recount("campaigns", "SELECT id AS k, report_count AS n, reporter_count AS r FROM campaigns WHERE report_count > 0 ORDER BY k", "SELECT campaign_id AS k, count(*) AS n, count(DISTINCT reporter) AS r FROM reports GROUP BY campaign_id ORDER BY k");
    const reports = (await db.asD1().prepare("SELECT count(*) AS n FROM reports").first<number>("n")) ?? 0;
    console.log(`reports in D1: ${reports} (= stored ${stored}: ${reports === stored ? "OK" : "MISMATCH"})`);
  } finally {
    await worker.stop();
    rmSync(persist, { recursive: true, force: true });
  }
}

/** The consumer on node:sqlite with the production query modules: statements and round trips per chunk. */
async function consumer() {
  const dir = migratedPersistDir("fanzha-consumer-");
  const db = new SqliteD1(findLocalD1File(dir));
  const rows = uploadRows(ROWS);
  const lines = rows.map((row) => `${JSON.stringify(row)}\n`);
  const staged = new TextEncoder().encode(lines.join(""));
  const bucket = {
    async get(_key: string, options: { range: { offset: number; length: number } }) {
      const bytes = staged.subarray(options.range.offset, options.range.offset + options.range.length);
      return { text: async () => new TextDecoder().decode(bytes) };
    },
  };
  const env = { ...LOCAL_SECRETS, DB: db.asD1(), DATA_BUCKET: bucket, WEBHOOK_QUEUE: { send: async () => {} } } as unknown as Env;
  await db.asD1().prepare("INSERT INTO bulk_jobs (id, key_id, rows, created_at) VALUES ('job_measure', 'key_measure', ?, ?)").bind(ROWS, Date.now()).run();
  const perChunk: { statements: number; roundTrips: number }[] = [];
  let offset = 0;
  const background: Promise<unknown>[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let first = 0; first < rows.length; first += BULK_CHUNK_ROWS) {
    const chunk = lines.slice(first, first + BULK_CHUNK_ROWS);
    const length = new TextEncoder().encode(chunk.join("")).byteLength;
    const message: BulkChunkMessage = { type: "bulk", jobId: "job_measure", keyId: "key_measure", role: "carrier", firstRow: first + 1, rows: chunk.length, offset, length };
    offset += length;
    const statements = db.statements;
    const roundTrips = db.roundTrips;
    await processBulkChunk(env, db.asD1(), message, (work) => background.push(work));
    perChunk.push({ statements: db.statements - statements, roundTrips: db.roundTrips - roundTrips });
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await Promise.all(background);
  const max = (key: "statements" | "roundTrips") => Math.max(...perChunk.map((c) => c[key]));
  const mean = (key: "statements" | "roundTrips") => perChunk.reduce((sum, c) => sum + c[key], 0) / perChunk.length;
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`consumer, in-process on node:sqlite: ${perChunk.length} chunks of ${BULK_CHUNK_ROWS} rows in ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU (${(ROWS / seconds).toFixed(0)} rows/s; ${(ROWS / cpuSeconds).toFixed(0)} rows per CPU-second)`);
  console.log(`D1 per chunk of 100 rows: statements mean ${mean("statements").toFixed(1)}, max ${max("statements")}; round trips mean ${mean("roundTrips").toFixed(1)}, max ${max("roundTrips")}`);
  console.log(`(the first chunk also reads whether anyone subscribes to webhooks: 1 statement per isolate every 10 s, off the write path)`);
  void normaliseSender;
  rmSync(dir, { recursive: true, force: true });
}

async function webhooks() {
  const persist = migratedPersistDir("fanzha-hooks-");
  const hookPort = await freePort();
  const arrivals: { path: string; at: number; status: number; id: string }[] = [];
  /** The flaky receiver fails the first two attempts of every message (by webhook-id). */
  const flakyCalls = new Map<string, number>();
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const id = String(request.headers["webhook-id"]);
      const calls = (flakyCalls.get(id) ?? 0) + 1;
      flakyCalls.set(id, calls);
      const status = request.url === "/flaky" && calls <= 2 ? 500 : 200;
      arrivals.push({ path: request.url ?? "", at: Date.now(), status, id: String(request.headers["webhook-id"]) });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(hookPort, "127.0.0.1", resolve));
  const worker = await startLocalWorker(persist, {
    ...(PORT ? { port: PORT } : {}),
    ...(INSPECTOR ? { inspectorPort: INSPECTOR } : {}),
    vars: { WEBHOOKS_ALLOW_LOOPBACK: "true", WEBHOOK_RETRY_BASE_SECONDS: "1" },
  });
  try {
    const { key } = await admin(worker.url, "/api/v1/admin/keys", { name: "hooks measure", role: "app" });
    const subscribe = async (path: string) => {
      const response = await fetch(`${worker.url}/api/v1/webhooks`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ url: `http://127.0.0.1:${hookPort}${path}`, events: ["target.verdict_changed"] }),
      });
      return (await response.json()) as { id: string };
    };
    await subscribe("/hook");
    const flaky = await subscribe("/flaky");
    const random = mulberry32(7);
    const text = campaignText(random, 3);
    const sent: number[] = [];
    for (let i = 0; i < 3; i++) {
      sent.push(Date.now());
      const response = await fetch(`${worker.url}/api/v1/reports`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ sender: "13812345678", text, reporterId: `hooks-user-${i}` }),
      });
      if (response.status !== 201) throw new Error(`report ${response.status} ${await response.text()}`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !arrivals.some((a) => a.path === "/flaky" && a.status === 200)) await new Promise((resolve) => setTimeout(resolve, 100));
    const first = arrivals.find((a) => a.path === "/hook");
    if (first) {
      const cause = [...sent].reverse().find((at) => at <= first.at)!;
      console.log(`webhook arrived ${first.at - cause} ms after the report that changed the verdict (${arrivals.filter((a) => a.path === "/hook").length} event(s) on /hook)`);
    } else console.log("no webhook arrived on /hook");
    const firstFlaky = arrivals.find((a) => a.path === "/flaky");
    const flakyArrivals = arrivals.filter((a) => a.path === "/flaky" && a.id === firstFlaky?.id);
    console.log(`flaky receiver, message ${firstFlaky?.id}: ${flakyArrivals.map((a) => `${a.status} at +${a.at - flakyArrivals[0]!.at} ms`).join(", ")}`);
    const log = (await (await fetch(`${worker.url}/api/v1/webhooks/${flaky.id}/deliveries`, { headers: { authorization: `Bearer ${key}` } })).json()) as { deliveries: { messageId: string }[] };
    console.log(`delivery log of the flaky subscription, message ${firstFlaky?.id}:`);
    for (const entry of [...log.deliveries].reverse().filter((d) => d.messageId === firstFlaky?.id)) console.log(`  ${JSON.stringify(entry)}`);
  } finally {
    await worker.stop();
    server.close();
    rmSync(persist, { recursive: true, force: true });
  }
}

/** Latency of `target.verdict_changed` after each event-driven cause other than a report, under wrangler dev. */
async function causes() {
  const persist = migratedPersistDir("fanzha-causes-");
  const hookPort = await freePort();
  const arrivals: { at: number; data: { target: { value: string }; to: string; cause: string } }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      arrivals.push({ at: Date.now(), data: (JSON.parse(body) as { data: (typeof arrivals)[number]["data"] }).data });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(hookPort, "127.0.0.1", resolve));
  const worker = await startLocalWorker(persist, {
    ...(PORT ? { port: PORT } : {}),
    ...(INSPECTOR ? { inspectorPort: INSPECTOR } : {}),
    vars: { WEBHOOKS_ALLOW_LOOPBACK: "true" },
  });
  const adminCall = (method: string, path: string, body: unknown) =>
    fetch(`${worker.url}${path}`, { method, headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  try {
    // A trusted app key: its users are distinct reporters and voters.
    const { key } = await admin(worker.url, "/api/v1/admin/keys", { name: "causes measure", role: "app", trustedReporter: true });
    const asApp = (path: string, body: unknown, headers: Record<string, string> = {}, method = "POST") =>
      fetch(`${worker.url}${path}`, { method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json", ...headers }, body: body === null ? null : JSON.stringify(body) });
    await asApp("/api/v1/webhooks", { url: `http://127.0.0.1:${hookPort}/hook`, events: ["target.verdict_changed"] });
    const random = mulberry32(11);
    const arrival = async (sender: string, cause: string) => {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const found = arrivals.find((a) => a.data.target.value === sender && a.data.cause === cause);
        if (found) return found.at;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return null;
    };
    /** Two users of the trusted key report the sender: suspicious; returns the reports. */
    const suspicious = async (number: string, i: number) => {
      const text = campaignText(random, 40 + i);
      const reports: { id: string; receipt: string; sender: { normalized: string } }[] = [];
      for (const user of ["a", "b"]) reports.push((await (await asApp("/api/v1/reports", { sender: number, text, reporterId: `causes-${i}-${user}` })).json()) as (typeof reports)[number]);
      const normalized = reports[0]!.sender.normalized;
      if ((await arrival(normalized, "report")) === null) throw new Error(`${number} did not become suspicious`);
      return { normalized, reports };
    };
    const measure = async (cause: string, sender: string, act: () => Promise<unknown>) => {
      const started = Date.now();
      await act();
      const at = await arrival(sender, cause);
      const event = arrivals.find((a) => a.data.target.value === sender && a.data.cause === cause);
      console.log(at === null ? `${cause}: no event within 20 s` : `${cause}: event ${at - started} ms after the request began (${event?.data.to})`);
    };
    const hide = await suspicious("13912340001", 1);
    await measure("moderation", hide.normalized, () => adminCall("POST", `/api/v1/admin/reports/${hide.reports[0]!.id}/hide`, { reason: "measurement" }));
    const appeal = await suspicious("13912340002", 2);
    await measure("appeal", appeal.normalized, async () => {
      const filed = (await (await fetch(`${worker.url}/api/v1/appeals`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ target: { type: "sender", value: "13912340002" }, statement: "Our shop's number, reported by mistake." }) })).json()) as { id: string };
      return adminCall("PATCH", `/api/v1/admin/appeals/${filed.id}`, { decision: "upheld", reason: "measurement" });
    });
    const withdrawn = await suspicious("13912340003", 3);
    await measure("withdrawal", withdrawn.normalized, () => asApp(`/api/v1/reports/${withdrawn.reports[1]!.id}`, null, { "x-report-receipt": withdrawn.reports[1]!.receipt }, "DELETE"));
    const voted = await suspicious("13912340004", 4);
    // Votes until the verdict drops; the event follows the vote that changed it.
    let votes = 0;
    let lastVote = 0;
    while (!arrivals.some((a) => a.data.target.value === voted.normalized && a.data.cause === "vote") && votes < 10) {
      lastVote = Date.now();
      await asApp("/api/v1/votes", { target: { type: "sender", value: "13912340004" }, vote: "legit", reporterId: `voter-${votes++}` });
      await new Promise((resolve) => setTimeout(resolve, 2_500));
    }
    const voteAt = arrivals.find((a) => a.data.target.value === voted.normalized && a.data.cause === "vote")?.at;
    console.log(voteAt === undefined ? "vote: no event" : `vote: event ${voteAt - lastVote} ms after the vote that changed the verdict (vote ${votes})`);
  } finally {
    await worker.stop();
    server.close();
    rmSync(persist, { recursive: true, force: true });
  }
}

const modes: Record<string, () => Promise<void>> = { bulk, consumer, webhooks, causes };
await (modes[mode] ?? bulk)();
process.exit(0);
