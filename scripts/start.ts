/**
 * npm start — local development in one command: the set-up of scripts/prepare-dev.ts (.dev.vars,
 * migrations, demo data), then `wrangler dev` on http://127.0.0.1:8787. Quiet by default: one line
 * per step, errors, and the URLs once the Worker is ready.
 *   npm start [-- --verbose] [-- <wrangler dev options, e.g. --port 9000>]
 *   --verbose   show wrangler's full output (bindings, every request)
 * Ctrl-C, SIGTERM or SIGHUP (also sent to npm) stop wrangler and the runtime it started.
 * wrangler's local trace collector (X_LOCAL_OBSERVABILITY, on by default since 4.1xx) stores every
 * span of every request inside the same runtime and costs D1-heavy routes a fifth of their
 * throughput (docs/scaling.md); it stays off unless X_LOCAL_OBSERVABILITY=true is set.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { handleHelp, killOnExit } from "./lib/cli";
import { prepareDev } from "./prepare-dev";

handleHelp(import.meta.url);

const verbose = process.argv.includes("--verbose");
const extra = process.argv.slice(2).filter((arg) => arg !== "--verbose");
const given = (flag: string) => extra.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
const defaults = [...(given("--ip") ? [] : ["--ip", "127.0.0.1"]), ...(given("--port") ? [] : ["--port", "8787"])];

prepareDev(verbose);

// Its own process group, so stopping this script stops wrangler and workerd with it.
const wrangler = spawn("wrangler", ["dev", ...defaults, "--show-interactive-dev-session=false", ...extra], {
  stdio: ["ignore", verbose ? "inherit" : "pipe", verbose ? "inherit" : "pipe"],
  detached: true,
  env: { ...process.env, X_LOCAL_OBSERVABILITY: process.env.X_LOCAL_OBSERVABILITY ?? "false", NO_COLOR: verbose ? process.env.NO_COLOR : "1" },
});
killOnExit(wrangler);
if (!verbose) console.log("… starting wrangler dev (--verbose shows its output)");

const ERROR_LINE = /✘|\[ERROR\]|\[wrangler:error\]|^Error|Uncaught/;
// Offline, wrangler cannot fetch the sample `request.cf` object and says so on every start: harmless.
const KNOWN_NOISE = /workers\.cloudflare\.com/;
for (const stream of [wrangler.stdout, wrangler.stderr]) {
  if (!stream) continue;
  createInterface({ input: stream }).on("line", (line) => {
    const ready = /Ready on (http:\/\/\S+)/.exec(line);
    if (ready?.[1]) {
      const base = ready[1];
      console.log(`✓ ready on ${base}\n  ${base}/            report form\n  ${base}/stats       public statistics\n  ${base}/docs        API reference (errors: ${base}/docs/errors)\n  ${base}/api/v1      API index\n  Ctrl-C stops it.`);
    } else if (ERROR_LINE.test(line) && !KNOWN_NOISE.test(line)) {
      process.stderr.write(`${line}\n`);
    }
  });
}
wrangler.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// If whatever started us goes away without a signal reaching us (a shell that does not forward
// it, a SIGKILL), we are re-parented: stop wrangler rather than leave it serving.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(129);
}, 1000).unref();
