/**
 * npm run profile — per request of each hot route, in-process (src/app on node:sqlite, see
 * scripts/lib/in-process.ts): Worker CPU without SQLite time, D1 statements and round trips.
 * Add `node --cpu-prof` (NODE_OPTIONS) to find hot spots. Last, the content-analysis cost per
 * 2,000-character text (scripts/lib/analysis-cost.ts).
 *   npm run profile [-- --requests 2000 --reports 5000]
 */
import { measureAnalysisCost } from "./lib/analysis-cost";
import { argNumber } from "./lib/args";
import { inProcessWorker, measureRequests } from "./lib/in-process";
import { preloadCampaignReports } from "./lib/preload";
import { migratedPersistDir } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { campaignText, mulberry32, randomSender } from "./lib/synthetic";

const REQUESTS = argNumber("requests", 2000);
const PRELOAD = argNumber("reports", 5000);

const db = new SqliteD1(findLocalD1File(migratedPersistDir("fanzha-profile-")), { bulk: true });
const random = mulberry32(5);
await preloadCampaignReports(db, { count: PRELOAD, seed: 5, reporters: 5000 });
db.flush();
const column = (sql: string) => (db.raw.prepare(sql).all() as Record<string, string>[]).map((row) => Object.values(row)[0]!);
const senders = column("SELECT normalized FROM senders ORDER BY report_count DESC LIMIT 2000");
const domains = column("SELECT domain FROM domains ORDER BY report_count DESC LIMIT 2000");

const worker = inProcessWorker(db);
const carrier = { authorization: `Bearer ${await worker.createKey("carrier")}` };
const app = { authorization: `Bearer ${await worker.createKey("app")}`, "content-type": "application/json" };
const post = (path: string, body: unknown) => new Request(`http://local${path}`, { method: "POST", headers: app, body: JSON.stringify(body) });
let n = 0;
const routes: Record<string, () => Request> = {
  "GET /api/v1/ping": () => new Request("http://local/api/v1/ping"),
  "GET /senders/{n} (reported)": () => new Request(`http://local/api/v1/senders/${encodeURIComponent(senders[n++ % senders.length]!)}`, { headers: carrier }),
  "GET /senders/{n} (never seen)": () => new Request(`http://local/api/v1/senders/139${String(n++).padStart(8, "0")}`, { headers: carrier }),
  "GET /domains/{d} (reported)": () => new Request(`http://local/api/v1/domains/${encodeURIComponent(domains[n++ % domains.length]!)}`, { headers: carrier }),
  "POST /check (known template)": () => post("/api/v1/check", { sender: senders[n++ % senders.length], text: campaignText(random, n % 300) }),
  "POST /check (new templates)": () => post("/api/v1/check", { sender: senders[n++ % senders.length], text: campaignText(random, 300 + n) }),
  "POST /reports (known template)": () => post("/api/v1/reports", { sender: randomSender(random), text: campaignText(random, n++ % 300), reporterId: `u${n}`, category: "fake_collection" }),
  "POST /reports (new templates)": () => post("/api/v1/reports", { sender: randomSender(random), text: campaignText(random, 300 + n++), reporterId: `u${n}`, category: "fake_collection" }),
};
for (const [label, make] of Object.entries(routes)) {
  await measureRequests(db, worker, make, 200); // warm-up: JIT and the isolate's caches
  const m = await measureRequests(db, worker, make, REQUESTS);
  console.log(
    `${label.padEnd(32)} Worker CPU ${m.workerMs.toFixed(3)} ms (+ SQLite ${m.sqliteMs.toFixed(3)} ms), D1 statements ${m.statements.toFixed(2)}, round trips ${m.roundTrips.toFixed(2)} per request`,
  );
}
db.close();
console.log(measureAnalysisCost(2000));
