/**
 * `npm start` set-up on a fresh clone: .dev.vars from the example, local D1 migrations, demo data.
 */
import { copyFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";

if (!existsSync(".dev.vars")) {
  copyFileSync(".dev.vars.example", ".dev.vars");
  console.log("created .dev.vars from .dev.vars.example");
}
const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" };
execFileSync("wrangler", ["d1", "migrations", "apply", "DB", "--local"], { stdio: "inherit", env });
execFileSync("tsx", ["scripts/seed-demo.ts"], { stdio: "inherit", env });
