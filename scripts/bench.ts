/**
 * npm run bench — throughput of the real Worker under `wrangler dev` on loopback, as ratios to a
 * no-work route of the same Worker measured in the same run (median of alternating rounds).
 * Load comes from autocannon in this (second) process; every run is bounded in time.
 *   npm run bench [-- --rounds 5 --seconds 5 --warmup 2 --connections 32 --reports 20000]
 */
import { argNumber, argValue } from "./lib/args";
import autocannon from "autocannon";
import { inProcessWorker, measureRequests } from "./lib/in-process";
import { preloadCampaignReports } from "./lib/preload";
import { LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { campaignText, mulberry32, randomSender } from "./lib/synthetic";
import { handleHelp } from "./lib/cli";

handleHelp(import.meta.url);

// Five rounds: the median then stands clear of round 1 (cold isolate caches) and of one slow round of
// the machine, whose speed drifts by up to 2× between runs (docs/scaling.md).
const ROUNDS = argNumber("rounds", 5);
const SECONDS = argNumber("seconds", 5);
const CONNECTIONS = argNumber("connections", 32);
const PRELOAD = argNumber("reports", 20_000);
/** `--only report,check`: run just the scenarios whose names contain one of these words (plus the baseline). */
const ONLY = argValue("only", "").split(",").filter(Boolean);

interface Scenario {
  name: string;
  goal?: number;
  /** Which measured cost case (costsPerRequest) describes this scenario's D1 use. */
  cost?: string;
  requests: () => autocannon.Request[];
  method?: string;
}

async function preload(persistTo: string): Promise<void> {
  const db = new SqliteD1(findLocalD1File(persistTo), { bulk: true });
  const started = Date.now();
  await preloadCampaignReports(db, {
    count: PRELOAD,
    seed: 7,
    reporters: 50_000,
    onProgress: (loaded) => {
      if (loaded % 5000 === 0) process.stdout.write(`  preloaded ${loaded}/${PRELOAD} reports (${((Date.now() - started) / 1000).toFixed(1)} s)\r`);
    },
  });
  process.stdout.write("\n");
  db.close();
}

const WARMUP_SECONDS = argNumber("warmup", 2);

/** One measured run, after an unmeasured warm-up of the same scenario (JIT, caches, connections). */
async function run(url: string, scenario: Scenario): Promise<autocannon.Result> {
  if (WARMUP_SECONDS > 0) await measure(url, scenario, WARMUP_SECONDS);
  return measure(url, scenario, SECONDS);
}

function measure(url: string, scenario: Scenario, seconds: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections: CONNECTIONS, duration: seconds, requests: scenario.requests(), timeout: 10 },
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
      body: JSON.stringify({ name: `bench ${role} ${i}`, role, trustedReporter: role === "app" }),
    });
    keys.push(((await response.json()) as { key: string }).key);
  }
  return keys;
}

/** Opening sentences no stored text has: a report starting with one is a template new to the isolate. */
const NEW_OPENERS = "甲乙丙丁戊己庚辛壬癸".split("").flatMap((a) => "子丑寅卯辰巳午未申酉".split("").map((b) => `${a}${b}特别通知`));

/**
 * D1 statements and round trips per request, counted on the production code paths run in-process
 * over a copy of the preloaded data (scripts/lib/in-process.ts), for the scenarios below.
 */
async function costsPerRequest(persistTo: string, senders: string[], domains: string[]) {
  const db = new SqliteD1(findLocalD1File(persistTo));
  const worker = inProcessWorker(db);
  const random = mulberry32(3);
  const app = { authorization: `Bearer ${await worker.createKey("app")}`, "content-type": "application/json" };
  const carrier = { authorization: `Bearer ${await worker.createKey("carrier")}` };
  const post = (path: string, body: unknown) => () => new Request(`http://local${path}`, { method: "POST", headers: app, body: JSON.stringify(body) });
  let n = 0;
  const cases: [string, () => Request][] = [
    // A sentence no stored text has makes the template new to the isolate (and to the database).
    ["report, template new to the isolate", () => post("/api/v1/reports", { sender: randomSender(random), text: `${NEW_OPENERS[n % NEW_OPENERS.length]}，${campaignText(random, n++ % 300)}`, reporterId: `c${n}` })()],
    ["report, template known to the isolate", () => post("/api/v1/reports", { sender: randomSender(random), text: campaignText(random, 7), reporterId: `k${n++}` })()],
    ["lookup of a never-seen sender", () => new Request(`http://local/api/v1/senders/139${String(Math.floor(random() * 1e8)).padStart(8, "0")}`, { headers: carrier })],
    ["lookup of a reported sender, cached", () => new Request(`http://local/api/v1/senders/${encodeURIComponent(senders[0]!)}`, { headers: carrier })],
    ["lookup of a reported domain, cached", () => new Request(`http://local/api/v1/domains/${encodeURIComponent(domains[0]!)}`, { headers: carrier })],
    ["/check, new sender, known template", () => post("/api/v1/check", { sender: `138${String(n++).padStart(8, "0")}`, text: campaignText(random, 7) })()],
    ["batch lookup of 100 never-seen senders", () => post("/api/v1/lookup/batch", { senders: Array.from({ length: 100 }, () => `137${String(Math.floor(random() * 1e8)).padStart(8, "0")}`) })()],
  ];
  const costs: Record<string, string> = {};
  for (const [label, make] of cases) {
    // 100 requests each after 100 unmeasured ones (the isolate's caches and known ranges fill up).
    await measureRequests(db, worker, make, 100);
    const m = await measureRequests(db, worker, make, 100);
    costs[label] = `${m.statements.toFixed(1)} D1 statement(s) in ${m.roundTrips.toFixed(1)} round trip(s)`;
  }
  db.close();
  return costs;
}

/**
 * SMS traffic per sender is heavily skewed (a few rented 106 ports send most messages), so the
 * "reported numbers" stream draws from the 2,000 most reported senders with Zipf weights (s = 1);
 * the never-seen stream is the other extreme: every lookup misses every cache.
 */
function zipfPicker<T>(random: () => number, items: T[]): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < items.length; i++) cumulative.push((total += 1 / (i + 1)));
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

async function main() {
  console.log(`bench: ${ROUNDS} rounds × ${SECONDS} s × ${CONNECTIONS} connections per scenario; preloading ${PRELOAD} reports`);
  const persistTo = migratedPersistDir("fanzha-bench-");
  await preload(persistTo);
  const known = new SqliteD1(findLocalD1File(persistTo));
  const column = async (sql: string) => ((await known.prepare(sql).all()).results as Record<string, string>[]).map((row) => Object.values(row)[0]!);
  const senders = await column("SELECT normalized FROM senders ORDER BY report_count DESC, normalized LIMIT 2000");
  const domains = await column("SELECT domain FROM domains ORDER BY report_count DESC, domain LIMIT 2000");
  known.close();
  const costs = await costsPerRequest(persistTo, senders, domains).catch((error: Error) => { console.log(`in-process cost count failed: ${error.message.slice(0, 200)}`); return new Map() as never; });
  const worker = await startLocalWorker(persistTo);
  try {
    const keys = await createKeys(worker.url, CONNECTIONS, "app");
    const [carrierKey] = await createKeys(worker.url, 1, "carrier");
    const random = mulberry32(99);
    let sequence = 0;
    const carrier = { authorization: `Bearer ${carrierKey}` };
    const appKey = () => keys[sequence++ % keys.length]!;
    const get = (path: () => string, headers: Record<string, string> = carrier): autocannon.Request[] => [
      { method: "GET", setupRequest: (req) => ({ ...req, path: path(), headers }) },
    ];
    const post = (path: string, body: () => unknown, key: () => string): autocannon.Request[] => [
      {
        method: "POST",
        setupRequest: (req) => ({ ...req, path, headers: { "content-type": "application/json", authorization: `Bearer ${key()}` }, body: JSON.stringify(body()) }),
      },
    ];
    const unseenSender = () => `139${String(Math.floor(random() * 1e8)).padStart(8, "0")}`;
    const batchBody = () => ({ senders: Array.from({ length: 100 }, () => unseenSender()) });
    const hotSender = zipfPicker(random, senders);
    const hotDomain = zipfPicker(random, domains);
    const scenarios: Scenario[] = [
      { name: "baseline GET /api/v1/ping (no work)", requests: () => [{ method: "GET", path: "/api/v1/ping" }] },
      // The runtime's own cost of one D1 round trip (SELECT 1), for reading the ratios below.
      { name: "reference GET /api/v1/health (1 trivial D1 read)", requests: () => [{ method: "GET", path: "/api/v1/health" }] },
      // Carriers look numbers up in the delivery path; their key has the largest budget.
      { name: "GET /senders/{n} (2,000 reported, Zipf)", goal: 0.75, cost: "lookup of a reported sender, cached", requests: () => get(() => `/api/v1/senders/${encodeURIComponent(hotSender())}`) },
      { name: "GET /senders/{n} (never-seen numbers)", cost: "lookup of a never-seen sender", requests: () => get(() => `/api/v1/senders/${unseenSender()}`) },
      { name: "GET /domains/{d} (2,000 reported, Zipf)", goal: 0.75, cost: "lookup of a reported domain, cached", requests: () => get(() => `/api/v1/domains/${encodeURIComponent(hotDomain())}`) },
      {
        name: "POST /reports",
        cost: "report, template known to the isolate",
        goal: 0.5,
        requests: () =>
          post("/api/v1/reports", () => ({ sender: randomSender(random), text: campaignText(random, sequence % 300), reporterId: `u${sequence}`, category: "fake_collection" }), appKey),
      },
      {
        name: "POST /check (sender + text)",
        cost: "/check, new sender, known template",
        goal: 0.5,
        requests: () => post("/api/v1/check", () => ({ sender: hotSender(), text: campaignText(random, Math.floor(random() * 300)) }), appKey),
      },
      { name: "GET /senders/{n} ×1 (for the batch ratio)", requests: () => get(() => `/api/v1/senders/${unseenSender()}`) },
      { name: "POST /lookup/batch (100 never-seen numbers)", cost: "batch lookup of 100 never-seen senders", requests: () => post("/api/v1/lookup/batch", batchBody, () => carrierKey!) },
    ];
    if (ONLY.length > 0) scenarios.splice(2, scenarios.length, ...scenarios.slice(2).filter((s) => ONLY.some((word) => s.name.toLowerCase().includes(word.toLowerCase()))));
    const rps: Record<string, number[]> = {};
    const latency: Record<string, { p50: number[]; p99: number[] }> = {};
    const errors: Record<string, number> = {};
    const statuses: Record<string, Record<string, number>> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const scenario of scenarios) {
        const result = await run(worker.url, scenario);
        (rps[scenario.name] ??= []).push(result.requests.average);
        const l = (latency[scenario.name] ??= { p50: [], p99: [] });
        l.p50.push(result.latency.p50);
        l.p99.push(result.latency.p99);
        errors[scenario.name] = (errors[scenario.name] ?? 0) + result.errors + result.timeouts + result.non2xx;
        const codes = (statuses[scenario.name] ??= {});
        for (const [code, count] of Object.entries(result.statusCodeStats ?? {})) codes[code] = (codes[code] ?? 0) + (count as { count: number }).count;
        console.log(`  round ${round} ${scenario.name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
      }
    }
    const baselineRates = rps[scenarios[0]!.name]!;
    const baseline = median(baselineRates);
    console.log("\nresults (median of rounds; ratio = req/s ÷ the no-work route's req/s):");
    for (const scenario of scenarios) {
      const value = median(rps[scenario.name]!);
      const ratio = value / baseline;
      const goal = scenario.goal === undefined ? "" : ` goal ≥ ${scenario.goal}× ${ratio >= scenario.goal ? "MET" : "MISSED"}`;
      const l = latency[scenario.name]!;
      // Each round's own ratio too: the machine's speed drifts between rounds (docs/scaling.md).
      const perRound = rps[scenario.name]!.map((rate, i) => (rate / baselineRates[i]!).toFixed(2)).join(" / ");
      console.log(
        `  ${scenario.name.padEnd(46)} ${value.toFixed(0).padStart(6)} req/s  ${ratio.toFixed(2)}×${goal} (rounds ${perRound})  p50 ${median(l.p50)} ms  p99 ${median(l.p99)} ms  errors/non-2xx ${errors[scenario.name]} ${JSON.stringify(statuses[scenario.name])}${scenario.cost ? `  [${costs[scenario.cost]} per request when ${scenario.cost}]` : ""}`,
      );
    }
    const singleRates = rps["GET /senders/{n} ×1 (for the batch ratio)"];
    const batchRates = rps["POST /lookup/batch (100 never-seen numbers)"];
    if (singleRates && batchRates) {
      const batchRatio = median(singleRates) / median(batchRates);
      console.log(`\nbatch of 100 ÷ single lookup (time per request at the same concurrency): ${batchRatio.toFixed(2)}× goal ≤ 3× ${batchRatio <= 3 ? "MET" : "MISSED"}`);
    }
    console.log("\nD1 statements and round trips per request (production code in-process on the same data, after 100 unmeasured requests; a cached API key and rate-limit unit cost none):");
    for (const [label, cost] of Object.entries(costs)) console.log(`  ${label.padEnd(42)} ${cost}`);
  } finally {
    await worker.stop();
  }
}

await main();
