/**
 * Runs the Worker under `wrangler dev` on loopback with its own persisted local D1 folder, for
 * benchmarks and page tests. Always bounded: stop() kills the whole process group.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { killGroup, killOnExit, temporaryDir } from "./cli";

const ROOT = join(import.meta.dirname, "../..");

export const LOCAL_SECRETS = { REPORTER_KEY: "local-reporter-key", ADMIN_TOKEN: "local-admin-token" };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * X_LOCAL_OBSERVABILITY=false: wrangler's local trace collector (on by default since 4.1xx) stores
 * every span of every request in a SQLite file inside the same runtime, a dev-only cost the
 * deployed Worker does not have; with it on, one D1 read measured 0.67× and one write 0.50× of the
 * no-work route instead of the 0.81× and 0.69× issue #7 calibrated its floors on.
 */
const wranglerEnv = () => ({ ...process.env, WRANGLER_SEND_METRICS: "false", X_LOCAL_OBSERVABILITY: "false", CI: "true", NO_COLOR: "1" });

/**
 * A fresh persist folder with every migration applied, removed when the process ends. Applying them
 * spawns wrangler (15–45 s on this machine), so the first call migrates a template folder named by
 * a hash of the migrations and wrangler.toml, and every call copies it.
 */
export function migratedPersistDir(prefix = "fanzha-"): string {
  const dir = temporaryDir(prefix);
  cpSync(migratedTemplate(), dir, { recursive: true });
  return dir;
}

function migratedTemplate(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(ROOT, "wrangler.toml")));
  for (const name of readdirSync(join(ROOT, "migrations")).sort()) {
    if (name.endsWith(".sql")) hash.update(name).update(readFileSync(join(ROOT, "migrations", name)));
  }
  const template = join(tmpdir(), `fanzha-migrated-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(template)) return template;
  // Migrated beside it, then renamed: a concurrent caller never copies a half-migrated folder.
  const building = mkdtempSync(`${template}-building-`);
  try {
    execFileSync("wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", building], { stdio: "pipe", env: wranglerEnv(), cwd: ROOT });
    renameSync(building, template);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(template)) throw error;
  }
  return template;
}

export interface LocalWorker {
  url: string;
  persistTo: string;
  stop(): Promise<void>;
}

export interface LocalWorkerOptions {
  port?: number;
  timeoutMs?: number;
  /** Extra variables and secrets for the Worker, beside LOCAL_SECRETS. */
  vars?: Record<string, string>;
  inspectorPort?: number;
  /** More arguments for `wrangler dev`. */
  extraArgs?: string[];
}

export async function startLocalWorker(persistTo: string, options: LocalWorkerOptions = {}): Promise<LocalWorker> {
  const port = options.port ?? (await freePort());
  // An empty env file instead of the developer's .dev.vars: a local Worker for tests and benchmarks
  // gets exactly the secrets below (an optional TURNSTILE_SECRET there would reject every report).
  const noDevVars = join(temporaryDir("fanzha-env-"), "empty.env");
  writeFileSync(noDevVars, "");
  const args = ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, "--env-file", noDevVars, "--log-level", process.env.WLOG ?? "warn", "--show-interactive-dev-session=false"];
  if (options.inspectorPort) args.push("--inspector-port", String(options.inspectorPort));
  for (const [name, value] of Object.entries({ ...LOCAL_SECRETS, ...options.vars })) args.push("--var", `${name}:${value}`);
  args.push(...(options.extraArgs ?? []));
  const child: ChildProcess = spawn("wrangler", args, { env: wranglerEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  killOnExit(child);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  if (process.env.WLOG) child.stderr?.on("data", (chunk) => process.stderr.write(chunk));
  if (process.env.WLOG) child.stdout?.on("data", (chunk) => process.stderr.write(chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    killGroup(child);
    const forced = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
    await exited;
    clearTimeout(forced);
  };
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return { url, persistTo, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`wrangler dev did not become healthy in time:\n${output}`);
}

/** A new API key of a role, created through the admin API of a local Worker started here. */
export async function createLocalKey(url: string, role: string, name = `${role} key`): Promise<string> {
  const response = await fetch(`${url}/api/v1/admin/keys`, {
    method: "POST",
    headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" },
    // App keys the scripts create stand for vetted apps: their users count as distinct reporters.
    body: JSON.stringify({ name, role, trustedReporter: role === "app" }),
  });
  return ((await response.json()) as { key: string }).key;
}
