/**
 * Snapshot of N senders (default 1,000,000) under `wrangler dev`: the Worker's JavaScript heap
 * while the Cron Trigger writes the snapshots (sampled through the inspector with
 * Runtime.getHeapUsage), the time it takes, and the bytes per sender of the downloaded file.
 *   npx tsx scripts/measure-snapshot.ts --senders 1000000 --port 8815 --inspector-port 9235
 * The senders are synthesised straight into the local D1 file (1–3 reporter rows each, the rows a
 * score reads), so building a million of them takes a minute instead of loading a million reports.
 */
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { DatabaseSync } from "node:sqlite";
import { argNumber } from "./lib/args";
import { LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File } from "./lib/sqlite-d1";
import { handleHelp } from "./lib/cli";

handleHelp(import.meta.url);

const SENDERS = argNumber("senders", 1_000_000);
const PORT = argNumber("port", 8815);
const INSPECTOR = argNumber("inspector-port", 9235);

function synthesise(file: string, count: number) {
  const db = new DatabaseSync(file);
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -1048576;");
  const now = Date.now();
  const day = 86_400_000;
  db.exec("BEGIN");
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 49999)
     INSERT INTO reporters (id, first_at, last_at, report_count, corroborated, window_start, window_targets, flood_until)
     SELECT 'r' || i, ?1 - 60 * ?2, ?1, 3, i % 4 = 0, ?1, 0, 0 FROM n`,
  ).run(now, day);
  // Numbers spread over the mobile ranges (i × 48271 mod 10^8 is a bijection, so they are unique),
  // seen at scattered times; every 10th sender has 12 reporters (a scam), the others 1–3.
  const number = "'+8613' || (i % 10) || printf('%08d', (i * 48271) % 100000000)";
  const reporters = "CASE WHEN i % 10 = 0 THEN 12 ELSE 1 + i % 3 END";
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?3)
     INSERT INTO senders (normalized, kind, country, report_count, reporter_count, first_seen, last_seen, change_seq, facets)
     SELECT ${number}, 'mobile', 'CN', ${reporters}, ${reporters}, ?1 - 60 * ?2 - (i * 7919) % ?2, ?1 - (i * 104729) % (80 * ?2), i,
            '{"category":{"fake_collection":' || (${reporters}) || '}}' FROM n`,
  ).run(now, day, count);
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?3), k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 11)
     INSERT INTO target_reporters (target_type, target, reporter, first_at, last_at, report_count, last_report_id, last_fingerprint, strong_signal)
     SELECT 'sender', ${number}, 'r' || ((i * 7 + j * 13) % 50000), ?1 - 60 * ?2, ?1 - ((i + j) * 104729) % (80 * ?2), 1, 'rep_x', 'fp', (i + j) % 2
     FROM n, k WHERE j < ${reporters}`,
  ).run(now, day, count);
  db.prepare("INSERT INTO counters (name, value) VALUES ('change', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value").run(count);
  db.exec("COMMIT");
  db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  db.close();
}

/** The `ws` client (a dependency of wrangler): wrangler's inspector proxy refuses Node's built-in WebSocket handshake. */
interface InspectorSocket {
  on(event: "open" | "error" | "message", listener: (data: unknown) => void): void;
  send(data: string): void;
  close(): void;
}
const { WebSocket: Ws } = createRequire(import.meta.url)("ws") as { WebSocket: new (url: string) => InspectorSocket };

/** Samples the isolate's used heap through the DevTools protocol until stopped; returns the maximum. */
async function heapSampler(port: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as { webSocketDebuggerUrl: string; title?: string }[];
  const socket = new Ws(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.on("open", resolve);
    socket.on("error", reject);
  });
  let max = 0;
  /** The heap plus ArrayBuffer backing stores (the multipart buffers live there). */
  let maxWithBuffers = 0;
  let samples = 0;
  let id = 0;
  socket.on("message", (data) => {
    const message = JSON.parse(String(data)) as { result?: { usedSize?: number; backingStorageSize?: number } };
    if (message.result?.usedSize !== undefined) {
      max = Math.max(max, message.result.usedSize);
      maxWithBuffers = Math.max(maxWithBuffers, message.result.usedSize + (message.result.backingStorageSize ?? 0));
      samples++;
    }
  });
  const timer = setInterval(() => socket.send(JSON.stringify({ id: ++id, method: "Runtime.getHeapUsage" })), 100);
  return {
    stop() {
      clearInterval(timer);
      socket.close();
      return { max, maxWithBuffers, samples };
    },
    current: () => max,
  };
}

const persist = migratedPersistDir("fanzha-snapshot-");
let started = performance.now();
synthesise(findLocalD1File(persist), SENDERS);
console.log(`synthesised ${SENDERS.toLocaleString()} senders in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const worker = await startLocalWorker(persist, { port: PORT, inspectorPort: INSPECTOR, extraArgs: ["--test-scheduled"], timeoutMs: 180_000 });
try {
  const admin = { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}` };
  const baseline = await heapSampler(INSPECTOR);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const idle = baseline.stop();
  const sampler = await heapSampler(INSPECTOR);
  started = performance.now();
  await fetch(`${worker.url}/__scheduled?cron=${encodeURIComponent("*/10 * * * *")}`);
  let response: Response | null = null;
  for (;;) {
    response = await fetch(`${worker.url}/api/v1/snapshots/senders`, { headers: admin });
    if (response.status === 200 && Number(response.headers.get("x-feed-cursor")) === SENDERS) break;
    await response.body?.cancel();
    if (performance.now() - started > 3_600_000) throw new Error("no snapshot within an hour");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const seconds = (performance.now() - started) / 1000;
  const bytes = (await response.arrayBuffer()).byteLength;
  const heap = sampler.stop();
  console.log(`snapshot of ${SENDERS.toLocaleString()} senders written in ${seconds.toFixed(1)} s (cron started → file served)`);
  const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
  console.log(`Worker JS heap: idle ${mb(idle.max)} MB, max while writing ${mb(heap.max)} MB; with ArrayBuffer backing stores ${mb(idle.maxWithBuffers)} → ${mb(heap.maxWithBuffers)} MB (${heap.samples} samples every 100 ms)`);
  console.log(`download (minScore=0): ${bytes.toLocaleString()} bytes in one request → ${(bytes / SENDERS).toFixed(1)} bytes per sender`);
  for (const minScore of [50, 80]) {
    const other = await fetch(`${worker.url}/api/v1/snapshots/senders?minScore=${minScore}`, { headers: admin });
    console.log(`minScore=${minScore}: ${(await other.arrayBuffer()).byteLength.toLocaleString()} bytes`);
  }
} finally {
  await worker.stop();
  rmSync(persist, { recursive: true, force: true });
}
process.exit(0);
