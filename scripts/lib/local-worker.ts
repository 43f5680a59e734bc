/**
 * Runs the Worker under `wrangler dev` on loopback with its own persisted local D1 folder, for
 * benchmarks and page tests. Always bounded: stop() kills the whole process group.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

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

/** A fresh persist folder with every migration applied. */
export function migratedPersistDir(prefix = "fanzha-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync("wrangler", ["d1", "migrations", "apply", "DB", "--local", "--persist-to", dir], { stdio: "pipe", env: wranglerEnv() });
  return dir;
}

export interface LocalWorker {
  url: string;
  persistTo: string;
  stop(): Promise<void>;
}

export async function startLocalWorker(persistTo: string, options: { port?: number; timeoutMs?: number } = {}): Promise<LocalWorker> {
  const port = options.port ?? (await freePort());
  const args = ["dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persistTo, "--log-level", process.env.WLOG ?? "warn", "--show-interactive-dev-session=false"];
  for (const [name, value] of Object.entries(LOCAL_SECRETS)) args.push("--var", `${name}:${value}`);
  const child: ChildProcess = spawn("wrangler", args, { env: wranglerEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  if (process.env.WLOG) child.stderr?.on("data", (chunk) => process.stderr.write(chunk));
  if (process.env.WLOG) child.stdout?.on("data", (chunk) => process.stderr.write(chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
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
    body: JSON.stringify({ name, role }),
  });
  return ((await response.json()) as { key: string }).key;
}
