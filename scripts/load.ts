/**
 * npm run load — a bounded mixed load on loopback against `wrangler dev`: 80 % sender lookups
 * (carrier key) and 20 % reports (app keys, one user id per report so each counts as a distinct
 * reporter). Every connection is a loop that waits for its response before sending the next, and
 * the run stops sending at the deadline and then waits for what is in flight, so every request
 * the server handled is counted: stored reports must equal the 201 responses exactly.
 *   npm run load [-- --seconds 60 --connections 64 --report-share 0.2]
 */
import { argNumber } from "./lib/args";
import { createLocalKey, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { campaignText, mulberry32, randomSender } from "./lib/synthetic";

const SECONDS = argNumber("seconds", 60);
const CONNECTIONS = argNumber("connections", 64);
const REPORT_SHARE = argNumber("report-share", 0.2);

const createKey = (url: string, role: "app" | "carrier", name: string) => createLocalKey(url, role, name);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function main() {
  const persistTo = migratedPersistDir("fanzha-load-");
  const worker = await startLocalWorker(persistTo);
  try {
    const appKeys: string[] = [];
    for (let i = 0; i < Math.min(CONNECTIONS, 64); i++) appKeys.push(await createKey(worker.url, "app", `load app ${i}`));
    const carrierKey = await createKey(worker.url, "carrier", "load carrier");
    const random = mulberry32(5);
    const senders: string[] = [];
    let sequence = 0;
    const byStatus = new Map<string, number>();
    const latencies: Record<"lookup" | "report", number[]> = { lookup: [], report: [] };
    let transportErrors = 0;
    const deadline = Date.now() + SECONDS * 1000;
    const started = Date.now();

    const connection = async () => {
      while (Date.now() < deadline) {
        const n = sequence++;
        const isReport = random() < REPORT_SHARE || senders.length === 0;
        let request: Request;
        if (isReport) {
          const sender = randomSender(random);
          if (senders.length < 5000) senders.push(sender);
          request = new Request(`${worker.url}/api/v1/reports`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${appKeys[n % appKeys.length]}` },
            body: JSON.stringify({ sender, text: campaignText(random, n % 200), reporterId: `load-user-${n}` }),
          });
        } else {
          const sender = senders[Math.floor(random() * senders.length)]!;
          request = new Request(`${worker.url}/api/v1/senders/${encodeURIComponent(sender)}`, { headers: { authorization: `Bearer ${carrierKey}` } });
        }
        const t0 = performance.now();
        try {
          const response = await fetch(request);
          await response.arrayBuffer();
          latencies[isReport ? "report" : "lookup"].push(performance.now() - t0);
          const key = `${isReport ? "report" : "lookup"} ${response.status}`;
          byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
        } catch {
          transportErrors++;
        }
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, connection));
    const elapsed = (Date.now() - started) / 1000;
    await worker.stop();

    const db = new SqliteD1(findLocalD1File(persistTo));
    const stored = (await db.prepare("SELECT count(*) AS n FROM reports").first<number>("n")) ?? 0;
    db.close();
    const all = [...latencies.lookup, ...latencies.report].sort((a, b) => a - b);
    latencies.lookup.sort((a, b) => a - b);
    latencies.report.sort((a, b) => a - b);
    const total = all.length;
    const count = (predicate: (status: number) => boolean) => [...byStatus.entries()].filter(([key]) => predicate(Number(key.split(" ")[1]))).reduce((sum, [, n]) => sum + n, 0);
    const fivexx = count((s) => s >= 500);
    const unexpected = count((s) => s >= 400 && s !== 429);
    const created = byStatus.get("report 201") ?? 0;
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    console.log(`load: ${SECONDS} s × ${CONNECTIONS} connections, ${Math.round(REPORT_SHARE * 100)} % reports, ${Math.round((1 - REPORT_SHARE) * 100)} % sender lookups`);
    console.log(`  requests ${total} in ${elapsed.toFixed(1)} s (${(total / elapsed).toFixed(0)} req/s); latency p50 ${ms(percentile(all, 0.5))}, p99 ${ms(percentile(all, 0.99))}`);
    console.log(`  lookups p50 ${ms(percentile(latencies.lookup, 0.5))} p99 ${ms(percentile(latencies.lookup, 0.99))}; reports p50 ${ms(percentile(latencies.report, 0.5))} p99 ${ms(percentile(latencies.report, 0.99))}`);
    console.log(`  statuses ${JSON.stringify(Object.fromEntries(byStatus))}, transport errors ${transportErrors}`);
    console.log(`  5xx: ${fivexx}, unexpected 4xx: ${unexpected - fivexx}`);
    console.log(`  stored reports ${stored} vs 201 responses ${created}: ${stored === created ? "EQUAL" : "MISMATCH"}`);
    if (fivexx > 0 || unexpected > 0 || transportErrors > 0 || stored !== created) process.exitCode = 1;
  } finally {
    await worker.stop();
  }
}

await main();
