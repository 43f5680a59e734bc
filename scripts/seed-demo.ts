/**
 * Loads demo data into the local D1 database (npm start runs it): campaigns of several scam types
 * (scripts/lib/demo-data.ts), most reported without a category so their categories are inferred,
 * plus reports against an official number (spoofing).
 * It runs the production write path (recordReport) on the local D1 SQLite file. Idempotent.
 *   npx tsx scripts/seed-demo.ts [--persist-to .wrangler/state]
 */
import { normaliseSender } from "../src/domain/phone";
import { recordReport } from "../src/services/submit";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { handleHelp } from "./lib/cli";

handleHelp(import.meta.url);
import { demoReports } from "./lib/demo-data";

const persistTo = process.argv.includes("--persist-to") ? process.argv[process.argv.indexOf("--persist-to") + 1] : undefined;

async function main() {
  const db = new SqliteD1(findLocalD1File(persistTo));
  try {
    const existing = await db.prepare("SELECT count(*) AS n FROM reports").first<number>("n");
    if ((existing ?? 0) > 0) {
      console.log(`demo data already loaded (${existing} reports)`);
      return;
    }
    const now = Date.now();
    let stored = 0;
    for (const report of demoReports()) {
      const sender = normaliseSender(report.sender);
      if (!sender) continue;
      const outcome = await recordReport(db.asD1(), { sender, text: report.text, reporter: report.reporter, details: report.details, idempotency: null, now: now - report.ageMs });
      if (outcome.kind === "stored") stored++;
    }
    console.log(`loaded ${stored} demo reports`);
  } finally {
    db.close();
  }
}

await main();
