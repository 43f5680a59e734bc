/**
 * `npm start`: the set-up of scripts/prepare-dev.ts, then `wrangler dev` on 127.0.0.1:8787.
 * wrangler's local trace collector (X_LOCAL_OBSERVABILITY, on by default since 4.1xx) stores every
 * span of every request inside the same runtime and costs D1-heavy routes a fifth of their
 * throughput (docs/scaling.md); it stays off unless X_LOCAL_OBSERVABILITY=true is set.
 */
import { spawn } from "node:child_process";
import "./prepare-dev";

const extra = process.argv.slice(2);
const given = (flag: string) => extra.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
const defaults = [...(given("--ip") ? [] : ["--ip", "127.0.0.1"]), ...(given("--port") ? [] : ["--port", "8787"])];
const wrangler = spawn("wrangler", ["dev", ...defaults, ...extra], {
  stdio: "inherit",
  env: { ...process.env, X_LOCAL_OBSERVABILITY: process.env.X_LOCAL_OBSERVABILITY ?? "false" },
});
// Ctrl-C reaches wrangler through the terminal's process group; other signals are passed on.
for (const signal of ["SIGTERM", "SIGHUP"] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
