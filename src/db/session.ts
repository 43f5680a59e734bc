/**
 * D1 access for the query modules: anything with prepare + batch, so the same code runs on the
 * database, on a D1 Sessions API session (read replicas) and on the scripts' node:sqlite adapter.
 */
import type { Context } from "hono";
import type { AppEnv } from "../lib/context";

export type Db = Pick<D1Database, "prepare" | "batch">;

/**
 * Runs statements built by the query modules in one round trip (one transaction), results in
 * statement order: a use case that reads or writes what several modules contribute at once.
 */
export function runBatch(db: Db, statements: D1PreparedStatement[]): Promise<D1Result[]> {
  return db.batch(statements);
}

/** Header a client echoes to read its own writes: the bookmark of its last request's session. */
export const BOOKMARK_HEADER = "X-D1-Bookmark";

/**
 * Runs reads on a D1 session (served by read replicas when deployed). A client that sends the
 * bookmark of its own write sees that write at once; the response carries the new bookmark.
 * The session is opened on the first statement, so a read answered from the isolate's cache
 * costs nothing; `useCache` is false when the client asked to read after a bookmark.
 */
export async function withReadSession<T>(c: Context<AppEnv>, read: (db: Db, useCache: boolean) => Promise<T>): Promise<T> {
  const header = c.req.header(BOOKMARK_HEADER);
  const bookmark = header && /^[\w-]{1,200}$/.test(header) ? header : null;
  let session: D1DatabaseSession | null = null;
  const open = () => (session ??= c.env.DB.withSession(bookmark ?? "first-unconstrained"));
  const db: Db = { prepare: (sql) => open().prepare(sql), batch: (statements) => open().batch(statements) };
  const result = await read(db, bookmark === null);
  const latest = (session as D1DatabaseSession | null)?.getBookmark();
  if (latest) c.header(BOOKMARK_HEADER, latest);
  return result;
}

/**
 * What the write path gets: a database plus the hooks group commit (src/db/group-commit.ts) uses
 * when another request's batch carries this request's statement.
 */
export interface WriteDb extends Db {
  /** Keeps a batch going if this request's client disconnects (ctx.waitUntil). */
  keepAlive?(promise: Promise<unknown>): void;
  /** This session's bookmark after its last statement. */
  bookmark?(): string | null;
  /** A bookmark at least as recent as a write sent for this request in another request's batch. */
  adoptBookmark?(bookmark: string | null): void;
}

/** Writes go to the primary; the response carries the bookmark so the writer reads its own write. */
export async function withWriteSession<T>(c: Context<AppEnv>, write: (db: WriteDb) => Promise<T>): Promise<T> {
  const session = c.env.DB.withSession("first-primary");
  let adopted: string | null = null;
  const db: WriteDb = {
    prepare: (sql) => session.prepare(sql),
    batch: (statements) => session.batch(statements),
    keepAlive: (promise) => {
      try {
        c.executionCtx.waitUntil(promise);
      } catch {
        /* no ExecutionContext (app.request in scripts): the request itself awaits the batch */
      }
    },
    bookmark: () => session.getBookmark(),
    adoptBookmark: (bookmark) => {
      adopted = latestBookmark(adopted, bookmark);
    },
  };
  const result = await write(db);
  const latest = latestBookmark(session.getBookmark(), adopted);
  if (latest) c.header(BOOKMARK_HEADER, latest);
  return result;
}

/** D1 bookmarks are fixed-width hex positions in the database's log: the greater string is later. */
export function latestBookmark(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
