/**
 * npm run deploy — a first deploy, or any later one, in order, each step said on one line:
 *   1. credentials: CLOUDFLARE_API_TOKEN (CI) or `wrangler login` (checked with `wrangler whoami`)
 *   2. the D1 database named in wrangler.toml: reused if it exists, else created; its id written
 *      into wrangler.toml when that still holds the placeholder
 *   3. D1 read replication on (REST API; needs CLOUDFLARE_ACCOUNT_ID and an API token, otherwise
 *      the dashboard step is printed)
 *   4. migrations applied to the remote database
 *   5. secrets: REPORTER_KEY and ADMIN_TOKEN must exist; TURNSTILE_SITE_KEY and TURNSTILE_SECRET
 *      both or neither (missing ones are asked for with `wrangler secret put` when interactive)
 *   6. rate-limit namespaces: namespace_id must be unique in the account (--namespace-base N
 *      rewrites 1001–1004 as N+1 … N+4)
 *   7. `wrangler deploy` (builds the docs assets, minifies; the cron trigger and observability
 *      settings in wrangler.toml go with it), optionally on a custom domain, then a health check
 *   npm run deploy [-- --dry-run] [-- --domain api.example.org] [-- --namespace-base 7000]
 *   --dry-run          change nothing remotely: print each step's command and bundle the Worker
 *                      (wrangler deploy --dry-run) to prove the configuration builds
 *   --domain <host>    also serve on this custom domain (its zone must be on the account)
 *   --namespace-base N rate-limit namespace ids N+1 … N+4 instead of 1001 … 1004
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { argValue } from "./lib/args";
import { handleHelp, temporaryDir } from "./lib/cli";

handleHelp(import.meta.url);

const DRY_RUN = process.argv.includes("--dry-run");
const DOMAIN = argValue("domain", "");
const NAMESPACE_BASE = argValue("namespace-base", "");
const CONFIG = "wrangler.toml";
const PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";
const REQUIRED_SECRETS = ["REPORTER_KEY", "ADMIN_TOKEN"];
const TURNSTILE_PAIR = ["TURNSTILE_SITE_KEY", "TURNSTILE_SECRET"];
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };

let stepNumber = 0;
const say = (text: string) => console.log(`${++stepNumber}. ${text}`);
const fail = (text: string): never => {
  process.stderr.write(`✘ ${text}\n`);
  process.exit(1);
};

function wrangler(args: string[], options: { json?: boolean; inherit?: boolean } = {}): string {
  if (DRY_RUN && !options.inherit) throw new Error("dry run: no remote call");
  const result = spawnSync("wrangler", args, { env, encoding: "utf8", stdio: options.inherit ? "inherit" : "pipe" });
  if (result.status !== 0) fail(`wrangler ${args.join(" ")} failed:\n${result.stdout ?? ""}${result.stderr ?? ""}`);
  return result.stdout ?? "";
}

function planned(command: string): void {
  console.log(`   would run: ${command}`);
}

const config = readFileSync(CONFIG, "utf8");
const databaseName = /database_name\s*=\s*"([^"]+)"/.exec(config)?.[1] ?? fail(`${CONFIG} names no D1 database`);
if (DRY_RUN) console.log("Dry run: nothing is changed on Cloudflare; each step prints what it would do.\n");

// 1. credentials
if (process.env.CLOUDFLARE_API_TOKEN) say("credentials: CLOUDFLARE_API_TOKEN is set");
else if (DRY_RUN) {
  say("credentials: CLOUDFLARE_API_TOKEN not set; a real run needs it or `wrangler login`");
  planned("wrangler whoami");
} else {
  say("credentials: checking `wrangler whoami` (run `wrangler login` first, or set CLOUDFLARE_API_TOKEN)");
  wrangler(["whoami"]);
}

// 2. database
let databaseId = /database_id\s*=\s*"([^"]+)"/.exec(config)?.[1] ?? PLACEHOLDER_ID;
if (DRY_RUN) {
  say(`D1 database "${databaseName}": reused if it exists, else created; its id goes into ${CONFIG}`);
  planned(`wrangler d1 list --json; wrangler d1 create ${databaseName}`);
} else {
  const existing = (JSON.parse(wrangler(["d1", "list", "--json"])) as { name: string; uuid: string }[]).find((db) => db.name === databaseName);
  if (existing) {
    databaseId = existing.uuid;
    say(`D1 database "${databaseName}" exists (${databaseId})`);
  } else {
    const created = wrangler(["d1", "create", databaseName]);
    databaseId = /"?database_id"?\s*[=:]\s*"([0-9a-f-]{36})"/.exec(created)?.[1] ?? fail(`could not read the new database's id:\n${created}`);
    say(`D1 database "${databaseName}" created (${databaseId})`);
  }
  if (config.includes(PLACEHOLDER_ID)) {
    writeFileSync(CONFIG, config.replace(PLACEHOLDER_ID, databaseId));
    console.log(`   wrote database_id into ${CONFIG}: commit it`);
  }
}

// 3. read replication
const accountId = process.env.CLOUDFLARE_ACCOUNT_ID;
const apiToken = process.env.CLOUDFLARE_API_TOKEN;
if (DRY_RUN) {
  say("D1 read replication: mode auto");
  planned("PUT /client/v4/accounts/$CLOUDFLARE_ACCOUNT_ID/d1/database/<id> {\"read_replication\":{\"mode\":\"auto\"}}");
} else if (accountId && apiToken) {
  const response = await fetch(`https://api.cloudflare.com/client/v4/accounts/${accountId}/d1/database/${databaseId}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${apiToken}`, "content-type": "application/json" },
    body: JSON.stringify({ read_replication: { mode: "auto" } }),
  });
  if (!response.ok) fail(`enabling read replication answered ${response.status}: ${await response.text()}`);
  say("D1 read replication: on (mode auto)");
} else {
  say("D1 read replication: set CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_TOKEN to turn it on here, or enable it in the dashboard (D1 → database → Settings → Read replication)");
}

// 4. migrations
if (DRY_RUN) {
  say("migrations");
  planned("wrangler d1 migrations apply DB --remote");
} else {
  say("migrations: applying to the remote database");
  wrangler(["d1", "migrations", "apply", "DB", "--remote"], { inherit: true });
}

// 4b. Queues and the R2 bucket (bulk uploads, webhooks, snapshots, the archive): created when missing.
const queueNames = [...config.matchAll(/^\s*queue\s*=\s*"([^"]+)"/gm)].map((match) => match[1] ?? "").filter((name, i, all) => all.indexOf(name) === i);
const bucketNames = [...config.matchAll(/^\s*bucket_name\s*=\s*"([^"]+)"/gm)].map((match) => match[1] ?? "");
if (DRY_RUN) {
  say(`queues ${queueNames.join(", ")} and R2 bucket ${bucketNames.join(", ")}: created if missing`);
  planned(queueNames.map((name) => `wrangler queues create ${name}`).concat(bucketNames.map((name) => `wrangler r2 bucket create ${name}`)).join("; "));
} else {
  const queues = wrangler(["queues", "list"]);
  for (const name of queueNames) if (!queues.includes(name)) wrangler(["queues", "create", name], { inherit: true });
  const buckets = wrangler(["r2", "bucket", "list"]);
  for (const name of bucketNames) if (!buckets.includes(name)) wrangler(["r2", "bucket", "create", name], { inherit: true });
  say(`queues ${queueNames.join(", ")} and R2 bucket ${bucketNames.join(", ")}: ready`);
}

// 5. secrets
if (DRY_RUN) {
  say(`secrets: ${REQUIRED_SECRETS.join(", ")} required; ${TURNSTILE_PAIR.join(" and ")} both or neither`);
  planned("wrangler secret list --format json; wrangler secret put <missing>");
} else {
  const names = new Set((JSON.parse(wrangler(["secret", "list", "--format", "json"])) as { name: string }[]).map((secret) => secret.name));
  const missing = REQUIRED_SECRETS.filter((name) => !names.has(name));
  const turnstile = TURNSTILE_PAIR.filter((name) => names.has(name));
  if (turnstile.length === 1) missing.push(TURNSTILE_PAIR.find((name) => !names.has(name)) ?? "");
  if (missing.length > 0 && !process.stdin.isTTY) fail(`missing secrets: ${missing.join(", ")} — run \`wrangler secret put <NAME>\` for each`);
  for (const name of missing) {
    console.log(`   ${name} is missing; enter it now (a long random string for keys):`);
    wrangler(["secret", "put", name], { inherit: true });
  }
  say(`secrets: ${REQUIRED_SECRETS.join(", ")} set; Turnstile ${turnstile.length === 2 || missing.some((name) => TURNSTILE_PAIR.includes(name)) ? "on" : "off"}`);
}

// 6. rate-limit namespaces
let deployConfig = CONFIG;
if (NAMESPACE_BASE) {
  const base = Number(NAMESPACE_BASE);
  if (!Number.isInteger(base) || base < 0) fail("--namespace-base takes a whole number");
  const rewritten = readFileSync(CONFIG, "utf8").replace(/namespace_id = "100([1-4])"/g, (_, n: string) => `namespace_id = "${base + Number(n)}"`);
  deployConfig = join(temporaryDir("fanzha-deploy-"), "wrangler.toml");
  writeFileSync(deployConfig, rewritten.replace(/^main = "/m, `main = "${process.cwd()}/`).replace(/directory = "public"/, `directory = "${process.cwd()}/public"`).replace(/migrations_dir = "migrations"/, `migrations_dir = "${process.cwd()}/migrations"`));
  say(`rate-limit namespaces: ${base + 1}–${base + 4}`);
} else {
  say("rate-limit namespaces: 1001–1004 (must be unused by other Workers in the account; else --namespace-base N)");
}

// 7. deploy
const deployArgs = ["deploy", "--config", deployConfig, ...(DOMAIN ? ["--domain", DOMAIN] : [])];
if (DRY_RUN) {
  say(`deploy: wrangler ${deployArgs.join(" ")} (cron every 10 minutes and Workers Logs from ${CONFIG})`);
  const outdir = temporaryDir("fanzha-deploy-bundle-");
  execFileSync("wrangler", [...deployArgs, "--dry-run", "--outdir", outdir], { env: { ...env, CI: "true" }, stdio: "pipe" });
  console.log("   bundled with wrangler deploy --dry-run: the configuration builds");
} else {
  say(`deploy: wrangler ${deployArgs.join(" ")}`);
  const output = wrangler(deployArgs);
  process.stdout.write(output);
  const url = DOMAIN ? `https://${DOMAIN}` : /https:\/\/\S+\.workers\.dev/.exec(output)?.[0];
  if (url) {
    const health = await fetch(`${url}/api/v1/health`).catch(() => null);
    console.log(health?.ok ? `✓ ${url}/api/v1/health answers 200` : `! ${url}/api/v1/health did not answer 200 yet (DNS and certificates can take minutes)`);
  }
}
console.log(DRY_RUN ? "\nDry run complete." : "\nDeployed.");
