/**
 * npm run load — a bounded mixed load on loopback against `wrangler dev`: lookups and reports
 * (through app keys, one user id per report so each counts as a distinct reporter). Checks that
 * nothing but intended 429s fails and that stored reports equal the 201 responses.
 *   npm run load -- --seconds 30 --connections 32 --report-share 0.5
 *   npm run load -- --seconds 60 --connections 64 --report-share 0.2
 */
import { argNumber } from "./lib/args";
import autocannon from "autocannon";
import { LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { campaignText, mulberry32, randomSender } from "./lib/synthetic";

const SECONDS = argNumber("seconds", 30);
const CONNECTIONS = argNumber("connections", 32);
const REPORT_SHARE = argNumber("report-share", 0.5);

async function main() {
  const persistTo = migratedPersistDir("fanzha-load-");
  const worker = await startLocalWorker(persistTo);
  try {
    const keys: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const response = await fetch(`${worker.url}/api/v1/admin/keys`, {
        method: "POST",
        headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify({ name: `load ${i}`, role: "app" }),
      });
      keys.push(((await response.json()) as { key: string }).key);
    }
    const random = mulberry32(5);
    const senders: string[] = [];
    let sequence = 0;
    const created: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      autocannon(
        {
          url: worker.url,
          connections: CONNECTIONS,
          duration: SECONDS,
          timeout: 10,
          requests: [
            {
              setupRequest: (req) => {
                const n = sequence++;
                const key = keys[n % keys.length]!;
                if (random() < REPORT_SHARE || senders.length === 0) {
                  const sender = randomSender(random);
                  if (senders.length < 5000) senders.push(sender);
                  return {
                    ...req,
                    method: "POST",
                    path: "/api/v1/reports",
                    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
                    body: JSON.stringify({ sender, text: campaignText(random, n % 200), reporterId: `load-user-${n}` }),
                  };
                }
                const sender = senders[Math.floor(random() * senders.length)]!;
                return { ...req, method: "GET", path: `/api/v1/senders/${encodeURIComponent(sender)}`, headers: { authorization: `Bearer ${key}` }, body: undefined };
              },
              onResponse: (status) => {
                created.push(status);
              },
            },
          ],
        },
        (error, res) => (error ? reject(error) : resolve(res)),
      );
    });
    const byStatus = new Map<number, number>();
    for (const status of created) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    await worker.stop();
    const db = new SqliteD1(findLocalD1File(persistTo));
    const stored = (await db.prepare("SELECT count(*) AS n FROM reports").first<number>("n")) ?? 0;
    db.close();
    const created201 = byStatus.get(201) ?? 0;
    const unexpected = [...byStatus.entries()].filter(([status]) => status >= 400 && status !== 429).reduce((sum, [, n]) => sum + n, 0);
    console.log(`load: ${SECONDS} s × ${CONNECTIONS} connections, ${Math.round(REPORT_SHARE * 100)} % reports`);
    console.log(`  requests ${result.requests.total} (${result.requests.average.toFixed(0)} req/s), latency p50 ${result.latency.p50} ms p99 ${result.latency.p99} ms`);
    console.log(`  statuses ${JSON.stringify(Object.fromEntries(byStatus))}, transport errors ${result.errors}, timeouts ${result.timeouts}`);
    console.log(`  5xx: ${[...byStatus.entries()].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0)}, unexpected 4xx/5xx: ${unexpected}`);
    console.log(`  stored reports ${stored} vs 201 responses ${created201}: ${stored === created201 ? "EQUAL" : "MISMATCH"}`);
    if (unexpected > 0 || result.errors > 0 || stored !== created201) process.exitCode = 1;
  } finally {
    await worker.stop();
  }
}

await main();
