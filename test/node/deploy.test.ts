/** `npm run deploy -- --dry-run` walks every deploy step in order, changes nothing, and the configuration builds. */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const run = promisify(execFile);

describe("npm run deploy", () => {
  it("--dry-run lists credentials, database, read replication, migrations, secrets, rate limits and deploy, and bundles", { timeout: 180_000 }, async () => {
    const configBefore = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
    const environment = { ...process.env, CLOUDFLARE_API_TOKEN: "", PATH: `${join(ROOT, "node_modules/.bin")}:${process.env.PATH}` };
    const { stdout } = await run(join(ROOT, "node_modules/.bin/tsx"), ["scripts/deploy.ts", "--dry-run", "--namespace-base", "7000", "--domain", "api.example.org"], {
      cwd: ROOT,
      env: environment,
      timeout: 170_000,
    });
    const steps = [...stdout.matchAll(/^(\d+)\. (\S+(?: \S+)?)/gm)].map((match) => `${match[1]} ${match[2]}`);
    expect(steps).toEqual(["1 credentials: CLOUDFLARE_API_TOKEN", "2 D1 database", "3 D1 read", "4 migrations", "5 queues fanzha-bulk-reports,", "6 secrets: REPORTER_KEY,", "7 rate-limit namespaces:", "8 deploy: wrangler"]);
    expect(stdout).toContain("rate-limit namespaces: 7001–7004");
    expect(stdout).toContain("--domain api.example.org");
    expect(stdout).toContain("the configuration builds");
    expect(readFileSync(join(ROOT, "wrangler.toml"), "utf8")).toBe(configBefore);
  });
});
