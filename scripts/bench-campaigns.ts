/**
 * npm run bench:campaigns — near-duplicate lookup with many stored fingerprints in local D1.
 * Loads 100 k, then 1 M campaign fingerprints (distinct synthetic texts; each campaign row, its 32
 * LSH band keys and its exact hash, as the write path stores them) straight into the local D1
 * file, and at each size times POST /api/v1/check {text} through `wrangler dev` — the candidate
 * query by band keys plus verification — for texts that match a stored campaign and texts that
 * match none. Prints p50/p99 and the ratio of the 1 M time to the 100 k time.
 *   npm run bench:campaigns [-- --sizes 100000,1000000 --samples 400]
 */
import { argValue } from "./lib/args";
import { encodeSignature, fingerprintText } from "../src/domain/fingerprint";
import { SIMPLIFIED } from "../src/domain/hanzi-table";
import { LOCAL_SECRETS, migratedPersistDir, startLocalWorker } from "./lib/local-worker";
import { findLocalD1File, SqliteD1 } from "./lib/sqlite-d1";
import { mulberry32 } from "./lib/synthetic";
import { handleHelp } from "./lib/cli";

handleHelp(import.meta.url);

const SIZES = argValue("sizes", "100000,1000000").split(",").map(Number);
const SAMPLES = Number(argValue("samples", "400"));
const CHARS = SIMPLIFIED.slice(0, 2500);
const random = mulberry32(2026);

/** A distinct pseudo-SMS: random common characters in clauses, like a template nobody reported yet. */
function syntheticText(seed: number): string {
  const r = mulberry32(seed);
  let text = "";
  const length = 40 + Math.floor(r() * 50);
  for (let i = 0; i < length; i++) text += i % 12 === 11 ? "，" : CHARS[Math.floor(r() * CHARS.length)];
  return `${text}。`;
}

function mutate(text: string): string {
  // A changed amount, inserted spaces and one replaced clause: still the same template.
  const chars = [...text];
  for (let i = 0; i < chars.length; i += 9) chars[i] = `${chars[i]} `;
  return `【通知】${chars.join("").slice(0, Math.floor(chars.length * 0.85))}欠款${Math.floor(random() * 99999)}元。`;
}

function load(db: SqliteD1, from: number, to: number) {
  const insertCampaign = db.raw.prepare(
    "INSERT INTO campaigns (id, signature, fingerprint, report_count, reporter_count, first_seen, last_seen, sample_text) VALUES (?, ?, ?, 1, 1, ?, ?, NULL)",
  );
  const insertBand = db.raw.prepare("INSERT OR IGNORE INTO campaign_bands (band_key, campaign_id) VALUES (?, ?)");
  const insertExact = db.raw.prepare("INSERT OR IGNORE INTO campaign_fingerprints (fingerprint, campaign_id) VALUES (?, ?)");
  const started = Date.now();
  const now = Date.now();
  for (let start = from; start < to; start += 10_000) {
    db.raw.exec("BEGIN");
    for (let i = start; i < Math.min(to, start + 10_000); i++) {
      const fp = fingerprintText(syntheticText(i));
      const id = `cmp_bench${i}`;
      insertCampaign.run(id, encodeSignature(fp.signature), fp.exact, now, now);
      for (const key of fp.bands) insertBand.run(key, id);
      insertExact.run(fp.exact, id);
    }
    db.raw.exec("COMMIT");
    process.stdout.write(`  stored ${Math.min(to, start + 10_000)}/${to} fingerprints (${((Date.now() - started) / 1000).toFixed(0)} s)\r`);
  }
  process.stdout.write("\n");
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function main() {
  const persistTo = migratedPersistDir("fanzha-campaigns-");
  const db = new SqliteD1(findLocalD1File(persistTo), { bulk: true });
  let loaded = 0;
  const results: { size: number; p50: number; p99: number; matched: number }[] = [];
  for (const size of SIZES) {
    console.log(`\n== ${size} stored fingerprints`);
    load(db, loaded, size);
    loaded = size;
    db.raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const worker = await startLocalWorker(persistTo);
    try {
      const { key } = (await (
        await fetch(`${worker.url}/api/v1/admin/keys`, {
          method: "POST",
          headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" },
          body: JSON.stringify({ name: "bench", role: "carrier" }),
        })
      ).json()) as { key: string };
      const times: number[] = [];
      let matched = 0;
      for (let i = 0; i < SAMPLES + 20; i++) {
        // Half the queries are mutated copies of stored templates, half are new texts.
        const text = i % 2 === 0 ? mutate(syntheticText(Math.floor(random() * size))) : syntheticText(10_000_000 + i);
        const t0 = performance.now();
        const response = await fetch(`${worker.url}/api/v1/check`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
          body: JSON.stringify({ text }),
        });
        const body = (await response.json()) as { campaign: unknown };
        const elapsed = performance.now() - t0;
        if (i >= 20) {
          times.push(elapsed);
          if (i % 2 === 0 && body.campaign) matched++;
        }
      }
      times.sort((a, b) => a - b);
      const row = { size, p50: percentile(times, 0.5), p99: percentile(times, 0.99), matched: matched / (SAMPLES / 2) };
      results.push(row);
      console.log(`  /check text-only: p50 ${row.p50.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms; mutated copies matched: ${(row.matched * 100).toFixed(1)} %`);
    } finally {
      await worker.stop();
    }
  }
  db.close();
  const first = results[0];
  const last = results.at(-1);
  if (first && last && first !== last) {
    console.log(`\ngrowth ${first.size} → ${last.size}: p50 ×${(last.p50 / first.p50).toFixed(2)}, p99 ×${(last.p99 / first.p99).toFixed(2)} (goal ≤ 2×)`);
  }
  console.log("goal: p50 ≤ 10 ms, p99 ≤ 50 ms at 1 M (end-to-end through wrangler dev on loopback)");
}

await main();
