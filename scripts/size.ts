/**
 * npm run size — bundles the Worker exactly as `wrangler deploy` would (dry run) and prints the
 * gzipped size against the 1 MiB goal (the free plan's limit is 3 MiB compressed). The bundle
 * goes to a temporary folder that is removed afterwards.
 *   npm run size
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { handleHelp, temporaryDir } from "./lib/cli";

handleHelp(import.meta.url);

const GOAL_BYTES = 1024 * 1024;
const outdir = temporaryDir("fanzha-size-");
execFileSync("wrangler", ["deploy", "--dry-run", "--outdir", outdir], { stdio: "pipe", env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" } });
let raw = 0;
let gzipped = 0;
for (const name of readdirSync(outdir)) {
  const path = join(outdir, name);
  if (!statSync(path).isFile() || name.endsWith(".map")) continue;
  const bytes = readFileSync(path);
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`worker bundle: ${kib(raw)} raw, ${kib(gzipped)} gzipped (goal ≤ ${kib(GOAL_BYTES)} gzipped: ${gzipped <= GOAL_BYTES ? "MET" : "MISSED"})`);
if (gzipped > GOAL_BYTES) process.exitCode = 1;
