/**
 * The Worker's app run in this Node process on a node:sqlite D1 (the same statements the Worker
 * sends) with rate limiters that allow everything: for measuring our own code's CPU time and the
 * D1 statements and round trips each request costs, without the local runtime's overhead.
 */
import { buildApp } from "../../src/app";
import { LOCAL_SECRETS } from "./local-worker";
import type { SqliteD1 } from "./sqlite-d1";

export interface InProcessWorker {
  fetch(request: Request): Promise<Response>;
  createKey(role: "app" | "carrier" | "regulator"): Promise<string>;
}

export function inProcessWorker(db: SqliteD1): InProcessWorker {
  const app = buildApp();
  const allow = { limit: async () => ({ success: true }) };
  const session = Object.assign(db.asD1(), { getBookmark: () => null });
  const env = {
    DB: Object.assign(db.asD1(), { withSession: () => session }),
    ...LOCAL_SECRETS,
    ANON_REPORT_LIMITER: allow,
    ANON_LOOKUP_LIMITER: allow,
    APP_LIMITER: allow,
    CARRIER_LIMITER: allow,
    REPORT_RETENTION_DAYS: "180",
    D1_QUERY_BUDGET: "50",
  } as unknown as Env;
  const context = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
  const fetch = async (request: Request) => app.fetch(request, env, context);
  return {
    fetch,
    async createKey(role) {
      const response = await fetch(
        new Request("http://local/api/v1/admin/keys", {
          method: "POST",
          headers: { authorization: `Bearer ${LOCAL_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" },
          body: JSON.stringify({ name: `in-process ${role}`, role, trustedReporter: role === "app" }),
        }),
      );
      return ((await response.json()) as { key: string }).key;
    },
  };
}

/**
 * Runs `count` requests and returns per request: mean process CPU time, wall time (an upper bound
 * on CPU time in this single-threaded loop, with microsecond resolution — per-request CPU counters
 * tick in whole scheduler ticks), time inside SQLite, D1 statements and round trips.
 */
export async function measureRequests(db: SqliteD1, worker: InProcessWorker, make: () => Request, count: number) {
  const sql = db.sqliteMs;
  const statements = db.statements;
  const roundTrips = db.roundTrips;
  const before = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const response = await worker.fetch(make());
    if (response.status >= 300) throw new Error(`${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }
  const wallMs = (performance.now() - started) / count;
  const used = process.cpuUsage(before);
  const cpuMs = (used.user + used.system) / 1000 / count;
  const sqliteMs = (db.sqliteMs - sql) / count;
  return { cpuMs, wallMs, sqliteMs, workerMs: cpuMs - sqliteMs, workerWallMs: wallMs - sqliteMs, statements: (db.statements - statements) / count, roundTrips: (db.roundTrips - roundTrips) / count };
}
