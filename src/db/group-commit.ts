/**
 * Group commit: reports written concurrently in one isolate share one D1 batch — one round trip,
 * one SQLite transaction, one commit — instead of one each. Nothing waits on purpose: the first
 * writer sends its statement at once; writers that arrive while that batch is in flight queue up
 * and go together in the next one, so groups grow only with concurrency.
 *
 * - Each batch is sent by a request that is itself in it (the one whose turn it is), kept alive
 *   with waitUntil, so no write depends on a request that has already answered.
 * - A batch is atomic: if it fails, each of its statements is retried alone, so one writer's error
 *   (a UNIQUE conflict, the fast-path guard) stays that writer's own.
 * - Every writer in a batch learns the sender's bookmark, so its client can read its own write.
 */
import type { WriteDb } from "./session";

/**
 * Statements per batch. D1 counts every statement of a batch against the sending invocation's
 * limit (50 on the free plan); the sender may also retry them one by one: 2 × 16 + its own few.
 */
export const MAX_GROUP = 16;
/** A batch in flight longer than this was lost with its request: its writers get an error. */
const STALL_MS = 15_000;
/** How often a waiting writer looks whether its batch is done (ms): from 1, doubling up to 8. */
const POLL_FIRST_MS = 1;
const POLL_MAX_MS = 8;

export interface GroupedWrite {
  sql: string;
  params: unknown[];
}

interface Entry extends GroupedWrite {
  settled: boolean;
  error: unknown;
  bookmark: string | null;
}

interface Batch {
  entries: Entry[];
  startedAt: number;
}

let queue: Entry[] = [];
let inFlight: Batch | null = null;

export class GroupCommitError extends Error {
  override name = "GroupCommitError";
}

/** Writes one statement in the isolate's next group batch; resolves after its commit, throws its own error. */
export async function groupWrite(db: WriteDb, write: GroupedWrite): Promise<void> {
  const entry: Entry = { ...write, settled: false, error: undefined, bookmark: null };
  queue.push(entry);
  let poll = POLL_FIRST_MS;
  while (!entry.settled) {
    if (inFlight && Date.now() - inFlight.startedAt < STALL_MS) {
      // Waiting writers look again on their own timers: being woken by the sending request would
      // mean one request resolving another's promise, which the runtime does not always allow.
      await new Promise((resolve) => setTimeout(resolve, poll));
      poll = Math.min(POLL_MAX_MS, poll * 2);
      continue;
    }
    if (inFlight) abandon(inFlight);
    // This writer's turn: its own statement first, then the oldest others.
    const others = queue.filter((queued) => queued !== entry).slice(0, MAX_GROUP - 1);
    const batch: Batch = { entries: [entry, ...others], startedAt: Date.now() };
    queue = queue.filter((queued) => !batch.entries.includes(queued));
    inFlight = batch;
    const done = runBatch(db, batch.entries);
    db.keepAlive?.(done);
    try {
      await done;
    } finally {
      if (inFlight === batch) inFlight = null;
    }
  }
  db.adoptBookmark?.(entry.bookmark);
  if (entry.error !== undefined) throw entry.error;
}

async function runBatch(db: WriteDb, entries: Entry[]): Promise<void> {
  const prepare = (entry: Entry) => db.prepare(entry.sql).bind(...entry.params);
  try {
    if (entries.length === 1) await prepare(entries[0] as Entry).run();
    else await db.batch(entries.map(prepare));
    const bookmark = db.bookmark?.() ?? null;
    for (const entry of entries) settle(entry, undefined, bookmark);
    return;
  } catch (error) {
    if (entries.length === 1) {
      settle(entries[0] as Entry, error, null);
      return;
    }
  }
  // The batch rolled back as a whole: each statement alone decides whose error it was.
  for (const entry of entries) {
    try {
      await prepare(entry).run();
      settle(entry, undefined, db.bookmark?.() ?? null);
    } catch (error) {
      settle(entry, error, null);
    }
  }
}

function settle(entry: Entry, error: unknown, bookmark: string | null): void {
  if (entry.settled) return;
  entry.settled = true;
  entry.error = error === undefined ? undefined : detached(error);
  entry.bookmark = bookmark;
}

/**
 * A plain copy of an error for another request to throw: D1's errors hold runtime objects of the
 * request that received them, which another request may not touch.
 */
function detached(error: unknown): Error {
  const copy = new Error(error instanceof Error ? error.message : String(error));
  copy.name = error instanceof Error ? error.name : "Error";
  return error instanceof GroupCommitError ? error : copy;
}

/** The request sending this batch is gone: whether it committed is unknown to its writers. */
function abandon(batch: Batch): void {
  for (const entry of batch.entries) settle(entry, new GroupCommitError("The write's batch was lost; its outcome is unknown."), null);
  if (inFlight === batch) inFlight = null;
}
