/**
 * A minimal D1Database over node:sqlite, for scripts that load data straight into the local D1
 * file (demo seed, benchmarks). It runs the production query modules unchanged — the same
 * statements the Worker sends — at native SQLite speed. Only prepare/bind/first/all/raw/run/batch.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";

const BULK_COMMIT_EVERY = 5_000;

type Value = string | number | bigint | null | Uint8Array;

class Statement {
  constructor(
    private readonly owner: SqliteD1,
    readonly sql: string,
    readonly params: Value[] = [],
  ) {}
  bind(...params: unknown[]): Statement {
    return new Statement(this.owner, this.sql, params.map((p) => (typeof p === "boolean" ? (p ? 1 : 0) : (p ?? null)) as Value));
  }
  execute() {
    this.owner.statements++;
    this.owner.joinBulkTransaction();
    const started = performance.now();
    try {
      return this.executeNow();
    } finally {
      this.owner.sqliteMs += performance.now() - started;
    }
  }
  private executeNow() {
    const statement = this.owner.compiled(this.sql);
    if (/^\s*(SELECT|WITH)\b/i.test(this.sql) || /\bRETURNING\b/i.test(this.sql)) {
      return { results: statement.all(...this.params) as Record<string, unknown>[], success: true, meta: { changes: 0 } };
    }
    const info = statement.run(...this.params);
    return { results: [], success: true, meta: { changes: Number(info.changes), last_row_id: Number(info.lastInsertRowid) } };
  }
  async all() {
    this.owner.roundTrips++;
    return this.execute();
  }
  async run() {
    this.owner.roundTrips++;
    return this.execute();
  }
  /** Rows as arrays, as Drizzle's D1 driver reads a select (duplicate column names are not kept apart here). */
  async raw<T = unknown[]>(options?: { columnNames?: boolean }): Promise<T[]> {
    this.owner.roundTrips++;
    const rows = this.execute().results;
    const arrays = rows.map((row) => Object.values(row)) as T[];
    return options?.columnNames ? ([Object.keys(rows[0] ?? {}) as T, ...arrays] as T[]) : arrays;
  }
  async first<T>(column?: string): Promise<T | null> {
    this.owner.roundTrips++;
    const row = this.execute().results[0];
    if (!row) return null;
    return (column ? row[column] : row) as T;
  }
}

export class SqliteD1 {
  readonly raw: DatabaseSync;
  /** Compiled statements by SQL text: the query modules send the same few statements again and again. */
  readonly #compiled = new Map<string, StatementSync>();
  readonly #bulk: boolean;
  #pendingBatches = 0;
  #pendingStatements = 0;
  #inBatch = false;
  /** Time spent inside SQLite, so callers can tell Worker CPU from database time. */
  sqliteMs = 0;
  /** Statements executed and calls made (a batch is one call: one D1 round trip in the Worker). */
  statements = 0;
  roundTrips = 0;

  constructor(path: string, options: { bulk?: boolean } = {}) {
    this.raw = new DatabaseSync(path);
    this.#bulk = options.bulk ?? false;
    // Bulk loading trades durability for speed: a crash mid-load just means loading again.
    this.raw.exec(this.#bulk ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -4194304; PRAGMA mmap_size = 8589934592; PRAGMA temp_store = MEMORY;" : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
  }
  compiled(sql: string): StatementSync {
    let statement = this.#compiled.get(sql);
    if (!statement) {
      statement = this.raw.prepare(sql);
      this.#compiled.set(sql, statement);
    }
    return statement;
  }
  prepare(sql: string): Statement {
    return new Statement(this, sql);
  }
  /**
   * Like D1: all statements in one transaction, rolled back as a whole on error. In bulk mode a
   * batch is a savepoint inside a long transaction committed every BULK_COMMIT_EVERY batches, so
   * loading a million reports does not pay a commit per report.
   */
  async batch(statements: Statement[]) {
    this.roundTrips++;
    if (this.#bulk && !this.raw.isTransaction) this.raw.exec("BEGIN");
    this.raw.exec(this.#bulk ? "SAVEPOINT batch" : "BEGIN");
    this.#inBatch = true;
    try {
      const results = statements.map((statement) => statement.execute());
      this.#inBatch = false;
      this.raw.exec(this.#bulk ? "RELEASE batch" : "COMMIT");
      if (this.#bulk && ++this.#pendingBatches >= BULK_COMMIT_EVERY) this.flush();
      return results;
    } catch (error) {
      this.#inBatch = false;
      this.raw.exec(this.#bulk ? "ROLLBACK TO batch; RELEASE batch" : "ROLLBACK");
      throw error;
    }
  }
  /**
   * Bulk mode: statements sent on their own (not in a batch) also run inside the long transaction,
   * so a report written as one statement does not pay a commit each. A failing statement rolls
   * back only itself, as on D1.
   */
  joinBulkTransaction() {
    if (!this.#bulk || this.#inBatch) return;
    if (!this.raw.isTransaction) this.raw.exec("BEGIN");
    if (++this.#pendingStatements >= BULK_COMMIT_EVERY * 10) this.flush();
  }
  /** Commits what bulk mode has pending (call before reading the file from another process). */
  flush() {
    if (this.raw.isTransaction) this.raw.exec("COMMIT");
    this.#pendingBatches = 0;
    this.#pendingStatements = 0;
  }
  close() {
    this.flush();
    // Leave a plain database file behind (the local runtime opens it next).
    if (this.#bulk) this.raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    this.raw.close();
  }
  /** The D1Database type for production modules; the subset they use is implemented above. */
  asD1(): D1Database {
    return this as unknown as D1Database;
  }
}

/** Finds the SQLite file of the local D1 database under a wrangler persist folder. */
export function findLocalD1File(persistTo = ".wrangler/state"): string {
  const dir = join(persistTo, "v3", "d1", "miniflare-D1DatabaseObject");
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".sqlite") && name !== "metadata.sqlite")
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!files[0]) throw new Error(`no local D1 database in ${dir}; run the migrations first`);
  return files[0];
}
