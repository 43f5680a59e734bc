/**
 * npm run fuzz — a bounded hostile-input harness against the real Worker under `wrangler dev` on
 * loopback (its own port and its own local D1 in a temporary folder, both removed afterwards, also
 * on Ctrl-C). For a fixed time it sends generated requests to every route (scripts/lib/fuzz-requests.ts:
 * malformed bodies, wrong media types, the adversarial text table, broken UTF-16), one at a time so
 * that each request's effect on the database is its own, and prints:
 *   requests, 5xx (goal 0), the slowest request (goal < 100 ms), rows changed by rejected requests (goal 0).
 * Exits 1 when a 5xx or a change by a rejected request was seen.
 *   npm run fuzz [-- --seconds 30 --seed 20261206]
 */
import { rmSync } from "node:fs";
import { DatabaseSync } from "node:sqlite";
import fc from "fast-check";
import { argNumber } from "./lib/args";
import { fuzzRequest, type FuzzRequest } from "./lib/fuzz-requests";
import { createLocalKey, type LocalWorker, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File } from "./lib/sqlite-d1";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`npm run fuzz [-- --seconds N] [-- --seed S]

Sends generated hostile requests to every route of a local Worker (wrangler dev on 127.0.0.1, a free
port, a temporary local D1) for N seconds (default 30), one at a time, and prints requests, 5xx,
the slowest request and rows changed by rejected requests. The same seed sends the same requests.
Exits 1 if any 5xx or any change by a rejected (4xx) request was seen.`);
  process.exit(0);
}

const SECONDS = argNumber("seconds", 30);
const SEED = argNumber("seed", 20261206);
const SLOW_GOAL_MS = 100;
const REQUEST_TIMEOUT_MS = 60_000;

let worker: LocalWorker | null = null;
let persistTo: string | null = null;

async function cleanUp(): Promise<void> {
  await worker?.stop();
  worker = null;
  if (persistTo) rmSync(persistTo, { recursive: true, force: true });
  persistTo = null;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the Worker and removing ${persistTo ?? "nothing"}`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const createKey = (url: string, role: string) => createLocalKey(url, role, `fuzz ${role}`);

/** Row counts of every table (and the change counter), read from the local D1 file. */
function tableCounter(file: string): () => string {
  const db = new DatabaseSync(file, { readOnly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name NOT LIKE 'd1_%'")
    .all() as { name: string }[];
  const columns = tables.map(({ name }) => `(SELECT count(*) FROM "${name}") AS "${name}"`);
  const statement = db.prepare(`SELECT ${columns.join(", ")}, (SELECT value FROM counters WHERE name = 'change') AS "counters.change"`);
  return () => JSON.stringify(statement.get());
}

function describe(request: FuzzRequest): string {
  const body = request.body === undefined ? "" : ` ${request.headers["content-type"]} ${JSON.stringify(request.body.slice(0, 80))}${request.body.length > 80 ? `… (${request.body.length} chars)` : ""}`;
  return `${request.method} ${request.path.slice(0, 100)}${request.path.length > 100 ? "…" : ""}${body}`;
}

async function main() {
  persistTo = migratedPersistDir("fanzha-fuzz-");
  worker = await startLocalWorker(persistTo);
  const url = worker.url;
  const keys = { carrier: await createKey(url, "carrier"), regulator: await createKey(url, "regulator") };
  const counts = tableCounter(findLocalD1File(persistTo));
  const generator = fuzzRequest(keys);

  const byStatus = new Map<number, number>();
  const serverErrors: string[] = [];
  const changedByRejected: string[] = [];
  const latencies: number[] = [];
  let slowest = { ms: 0, status: 0, request: "" };
  let requests = 0;
  let before = counts();
  const deadline = Date.now() + SECONDS * 1000;

  for (let batch = 0; Date.now() < deadline; batch++) {
    for (const request of fc.sample(generator, { numRuns: 50, seed: SEED + batch })) {
      if (Date.now() >= deadline) break;
      const started = performance.now();
      let status = 0;
      try {
        // A fresh documentation-range client address per request: anonymous budgets stay out of the way.
        const headers = { ...request.headers, "cf-connecting-ip": `198.18.${(requests >> 8) & 255}.${requests & 255}` };
        const response = await fetch(`${url}${request.path}`, { method: request.method, headers, body: request.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        await response.arrayBuffer();
        status = response.status;
      } catch (error) {
        serverErrors.push(`transport error (${String(error)}): ${describe(request)}`);
      }
      const ms = performance.now() - started;
      requests++;
      latencies.push(ms);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      if (ms > slowest.ms) slowest = { ms, status, request: `${request.route}: ${describe(request)}` };
      if (status >= 500) serverErrors.push(`${status}: ${describe(request)}`);
      const after = counts();
      if (status >= 400 && after !== before) changedByRejected.push(`${status}: ${describe(request)}`);
      before = after;
    }
  }

  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]?.toFixed(1) ?? "-";
  console.log(`requests: ${requests} in ${SECONDS} s (seed ${SEED})`);
  console.log(`by status: ${[...byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status || "error"} ×${n}`).join(", ")}`);
  console.log(`latency: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
  console.log(`slowest request: ${slowest.ms.toFixed(1)} ms (${slowest.status}) ${slowest.request} — goal < ${SLOW_GOAL_MS} ms: ${slowest.ms < SLOW_GOAL_MS ? "met" : "MISSED"}`);
  console.log(`5xx or transport errors: ${serverErrors.length} (goal 0)`);
  for (const line of serverErrors.slice(0, 10)) console.log(`  ${line}`);
  console.log(`rejected requests that changed rows: ${changedByRejected.length} (goal 0)`);
  for (const line of changedByRejected.slice(0, 10)) console.log(`  ${line}`);
  return serverErrors.length === 0 && changedByRejected.length === 0;
}

main()
  .then(async (ok) => {
    await cleanUp();
    process.exit(ok ? 0 : 1);
  })
  .catch(async (error) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  });
