/**
 * The set-up `npm start` does on a fresh clone, one line per step: .dev.vars from the example (and
 * its settings checked), the local D1 migrations, the demo data.
 *   npx tsx scripts/prepare-dev.ts [--verbose]
 *   --verbose   print wrangler's and the seed's full output
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { handleHelp } from "./lib/cli";

/** Runs a step quietly (its output is shown only if it fails, or with --verbose). */
function step(label: string, command: string, args: string[], verbose: boolean): void {
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: verbose ? process.env.NO_COLOR : "1" };
  try {
    execFileSync(command, args, { stdio: verbose ? "inherit" : "pipe", env, encoding: "utf8" });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    process.stderr.write(`✘ ${label} failed:\n${stdout}${stderr}\n`);
    process.exit(1);
  }
  console.log(`✓ ${label}`);
}

/** KEY=value lines of a .dev.vars file (comments and blanks skipped). */
export function readDevVars(path: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match?.[1]) vars[match[1]] = (match[2] ?? "").replace(/^(["'])(.*)\1$/, "$2");
  }
  return vars;
}

export function prepareDev(verbose: boolean): void {
  if (!existsSync(".dev.vars")) {
    copyFileSync(".dev.vars.example", ".dev.vars");
    console.log("✓ created .dev.vars from .dev.vars.example (local secrets; edit it to change them)");
  }
  const vars = readDevVars(".dev.vars");
  if (Boolean(vars.TURNSTILE_SITE_KEY) !== Boolean(vars.TURNSTILE_SECRET)) {
    process.stderr.write("✘ .dev.vars sets one of TURNSTILE_SITE_KEY and TURNSTILE_SECRET: set both, or neither to turn Turnstile off.\n");
    process.exit(1);
  }
  step("local D1 migrated (.wrangler/state)", "wrangler", ["d1", "migrations", "apply", "DB", "--local"], verbose);
  step("demo data loaded", "tsx", ["scripts/seed-demo.ts"], verbose);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  handleHelp(import.meta.url);
  prepareDev(process.argv.includes("--verbose"));
}
