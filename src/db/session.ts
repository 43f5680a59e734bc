/**
 * D1 access for the query modules: anything with prepare + batch, so the same code runs on the
 * database, on a D1 Sessions API session (read replicas) and on the scripts' node:sqlite adapter.
 */
import type { Context } from "hono";
import type { AppEnv } from "../context";

export type Db = Pick<D1Database, "prepare" | "batch">;

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

/** Writes go to the primary; the response carries the bookmark so the writer reads its own write. */
export async function withWriteSession<T>(c: Context<AppEnv>, write: (db: Db) => Promise<T>): Promise<T> {
  const session = c.env.DB.withSession("first-primary");
  const result = await write(session);
  const latest = session.getBookmark();
  if (latest) c.header(BOOKMARK_HEADER, latest);
  return result;
}
