/**
 * npm run bench — throughput of the real Worker under `wrangler dev` on loopback, as ratios to a
 * no-work route of the same Worker measured in the same run (median of alternating rounds).
 * Load comes from autocannon in this (second) process; every run is bounded in time.
 *   npm run bench [-- --rounds 3 --seconds 5 --connections 32 --reports 20000]
 */
import { argNumber } from "./lib/args";
import autocannon from "autocannon";
import { normaliseSender } from "../src/domain/phone";
import { reportWriteStatements } from "../src/db/queries/reports";
import { recordReport } from "../src/submit";
import { LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { campaignText, mulberry32, randomSender } from "./lib/synthetic";

const ROUNDS = argNumber("rounds", 3);
const SECONDS = argNumber("seconds", 5);
const CONNECTIONS = argNumber("connections", 32);
const PRELOAD = argNumber("reports", 20_000);

interface Scenario {
  name: string;
  goal?: number;
  requests: () => autocannon.Request[];
  method?: string;
}

async function preload(persistTo: string): Promise<string[]> {
  const db = new SqliteD1(findLocalD1File(persistTo));
  const random = mulberry32(7);
  const senders: string[] = [];
  const started = Date.now();
  for (let i = 0; i < PRELOAD; i++) {
    const sender = normaliseSender(randomSender(random))!;
    if (senders.length < 2000) senders.push(sender.normalized);
    await recordReport(db.asD1(), {
      sender,
      text: campaignText(random, i % 300),
      reporter: `bench-${Math.floor(random() * 50_000)}`,
      details: { category: "fake_collection" },
      idempotency: null,
      now: Date.now() - Math.floor(random() * 60 * 86_400_000),
    });
    if (i % 5000 === 4999) process.stdout.write(`  preloaded ${i + 1}/${PRELOAD} reports (${((Date.now() - started) / 1000).toFixed(1)} s)\r`);
  }
  process.stdout.write("\n");
  db.close();
  return senders;
}

function run(url: string, scenario: Scenario): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: CONNECTIONS, duration: SECONDS, requests: scenario.requests(), timeout: 10 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function createKeys(url: string, count: number, role: "app" | "carrier"): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${url}/api/v1/admin/keys`, {
      method: "POST",
      headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ name: `bench ${role} ${i}`, role }),
    });
    keys.push(((await response.json()) as { key: string }).key);
  }
  return keys;
}

/** Counts the statements the write path sends for one typical report (with one link). */
function statementsPerReport(): number {
  let count = 0;
  const fake = { prepare: () => ({ bind: () => ({}) }) } as unknown as D1Database;
  const sender = normaliseSender("13800138000")!;
  count = reportWriteStatements(fake, {
    id: "rep_x",
    sender,
    senderHash: "0".repeat(64),
    text: "x",
    fingerprint: "f",
    reporter: "r",
    receivedAt: null,
    createdAt: 0,
    carrier: null,
    region: null,
    category: "fake_collection",
    claimedInstitution: "中信金融",
    signals: [],
    strongSignal: true,
    callbackNumbers: [],
    links: [{ host: "a.example.top", domain: "example.top", shortener: false }],
    campaign: { kind: "existing", id: "cmp_x" },
    idempotency: null,
  }).length;
  return count;
}

async function main() {
  console.log(`bench: ${ROUNDS} rounds × ${SECONDS} s × ${CONNECTIONS} connections per scenario; preloading ${PRELOAD} reports`);
  const persistTo = migratedPersistDir("fanzha-bench-");
  const senders = await preload(persistTo);
  const worker = await startLocalWorker(persistTo);
  try {
    const keys = await createKeys(worker.url, CONNECTIONS, "app");
    const [carrierKey] = await createKeys(worker.url, 1, "carrier");
    const random = mulberry32(99);
    let sequence = 0;
    const scenarios: Scenario[] = [
      { name: "baseline GET /api/v1/ping (no work)", requests: () => [{ method: "GET", path: "/api/v1/ping" }] },
      {
        name: "GET /api/v1/senders/{n}",
        goal: 0.6,
        // Carriers look numbers up in the delivery path; their key has the largest budget.
        requests: () => [
          {
            method: "GET",
            setupRequest: (req) => ({
              ...req,
              path: `/api/v1/senders/${encodeURIComponent(senders[Math.floor(random() * senders.length)]!)}`,
              headers: { authorization: `Bearer ${carrierKey}` },
            }),
          },
        ],
      },
      {
        name: "POST /api/v1/reports",
        goal: 0.3,
        requests: () => [
          {
            method: "POST",
            setupRequest: (req) => {
              const n = sequence++;
              const key = keys[n % keys.length]!;
              return {
                ...req,
                path: "/api/v1/reports",
                headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
                body: JSON.stringify({ sender: randomSender(random), text: campaignText(random, n % 300), reporterId: `u${n}`, category: "fake_collection" }),
              };
            },
          },
        ],
      },
    ];
    const rps: Record<string, number[]> = {};
    const errors: Record<string, number> = {};
    const statuses: Record<string, Record<string, number>> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const scenario of scenarios) {
        const result = await run(worker.url, scenario);
        (rps[scenario.name] ??= []).push(result.requests.average);
        errors[scenario.name] = (errors[scenario.name] ?? 0) + result.errors + result.timeouts + result.non2xx;
        const codes = (statuses[scenario.name] ??= {});
        for (const [code, count] of Object.entries(result.statusCodeStats ?? {})) codes[code] = (codes[code] ?? 0) + (count as { count: number }).count;
        console.log(`  round ${round} ${scenario.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
      }
    }
    const baseline = median(rps[scenarios[0]!.name]!);
    console.log("\nresults (median req/s, ratio to baseline):");
    for (const scenario of scenarios) {
      const value = median(rps[scenario.name]!);
      const ratio = value / baseline;
      const goal = scenario.goal === undefined ? "" : ` goal ≥ ${scenario.goal}× ${ratio >= scenario.goal ? "MET" : "MISSED"}`;
      console.log(`  ${scenario.name.padEnd(40)} ${value.toFixed(0).padStart(7)} req/s  ${ratio.toFixed(2)}×${goal}  errors/non-2xx ${errors[scenario.name]} ${JSON.stringify(statuses[scenario.name])}`);
    }
    console.log(`\nstatements per stored report (one link, existing campaign): ${statementsPerReport()} in one db.batch, after one read batch of 4`);
    console.log("statements per lookup: 1 (one statement reads up to 45 targets; a 100-item batch lookup is 3 statements in one batch)");
  } finally {
    await worker.stop();
  }
}

await main();
