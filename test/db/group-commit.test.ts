/**
 * Group commit (src/db/group-commit.ts) on a scripted database: who goes in which batch, whose
 * error is whose, and which bookmark each writer's response carries. The real-D1 side (concurrent
 * reports, aggregates equal to a recount) is in report-write-path.test.ts and reports.test.ts.
 */
import { describe, expect, it, vi } from "vitest";
import { groupWrite, MAX_GROUP } from "../../src/db/group-commit";
import type { WriteDb } from "../../src/db/session";

interface Call {
  sqls: string[];
  release: () => void;
}

/** A database whose round trips wait until the test releases them; statements containing "bad" fail. */
function scriptedDb() {
  const calls: Call[] = [];
  let commits = 0;
  const roundTrip = (sqls: string[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({
        sqls,
        release: () => {
          if (sqls.some((sql) => sql.includes("bad"))) reject(new Error(`constraint failed: ${sqls.find((sql) => sql.includes("bad"))}`));
          else {
            commits++;
            resolve();
          }
        },
      });
    });
  const statement = (sql: string) => ({ sql, bind: () => statement(sql), run: () => roundTrip([sql]) });
  const db = {
    prepare: (sql: string) => statement(sql),
    batch: (statements: { sql: string }[]) => roundTrip(statements.map((s) => s.sql)),
    bookmark: () => `bookmark-${String(commits).padStart(4, "0")}`,
  } as unknown as WriteDb;
  return { db, calls };
}

/** A writer's own database handle: it records the bookmark it is given. */
function writer(shared: WriteDb) {
  const adopted: (string | null)[] = [];
  return { db: { ...shared, adoptBookmark: (b: string | null) => adopted.push(b) } as WriteDb, adopted };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Releases round trip `index` once a writer has sent it: waiting writers poll on timers of up to 8 ms, so a loaded machine may take many ticks. */
async function releaseNext(calls: Call[], index: number): Promise<void> {
  await vi.waitFor(() => expect(calls[index]).toBeDefined(), { timeout: 5_000, interval: 1 });
  calls[index]!.release();
  await tick();
}

describe("group commit", () => {
  it("sends a lone write at once and groups the writes that arrive while it is in flight", async () => {
    const { db, calls } = scriptedDb();
    const first = groupWrite(db, { sql: "w1", params: [] });
    await tick();
    expect(calls.map((c) => c.sqls)).toEqual([["w1"]]);
    const later = ["w2", "w3", "w4", "w5"].map((sql) => groupWrite(db, { sql, params: [] }));
    await tick();
    expect(calls).toHaveLength(1); // nothing else is sent while a batch is in flight
    await releaseNext(calls, 0);
    await first;
    await releaseNext(calls, 1);
    await Promise.all(later);
    expect(calls.map((c) => c.sqls)).toEqual([["w1"], ["w2", "w3", "w4", "w5"]]);
  });

  it("keeps one writer's error its own: the others of its batch commit", async () => {
    const { db, calls } = scriptedDb();
    const first = groupWrite(db, { sql: "w1", params: [] });
    const outcomes = ["ok-a", "bad-b", "ok-c"].map((sql) =>
      groupWrite(db, { sql, params: [] }).then(
        () => "stored",
        (error: Error) => error.message,
      ),
    );
    await releaseNext(calls, 0);
    await first;
    await releaseNext(calls, 1); // the batch of three fails as a whole…
    for (let i = 2; i < 5; i++) await releaseNext(calls, i); // …and each is retried alone
    expect(await Promise.all(outcomes)).toEqual(["stored", "constraint failed: bad-b", "stored"]);
    expect(calls.map((c) => c.sqls)).toEqual([["w1"], ["ok-a", "bad-b", "ok-c"], ["ok-a"], ["bad-b"], ["ok-c"]]);
  });

  it("never puts more than MAX_GROUP statements in one batch, and every writer is written once", async () => {
    const { db, calls } = scriptedDb();
    const writes = Array.from({ length: MAX_GROUP * 2 + 3 }, (_, i) => groupWrite(db, { sql: `w${i}`, params: [] }));
    for (let i = 0; i < 4; i++) await releaseNext(calls, i);
    await Promise.all(writes);
    expect(calls.map((c) => c.sqls.length)).toEqual([1, MAX_GROUP, MAX_GROUP, 2]);
    expect(calls.flatMap((c) => c.sqls).sort()).toEqual(Array.from({ length: MAX_GROUP * 2 + 3 }, (_, i) => `w${i}`).sort());
  });

  it("gives every writer of a batch the bookmark after that batch's commit", async () => {
    const { db, calls } = scriptedDb();
    const a = writer(db);
    const b = writer(db);
    const c = writer(db);
    const first = groupWrite(a.db, { sql: "w1", params: [] });
    const rest = [groupWrite(b.db, { sql: "w2", params: [] }), groupWrite(c.db, { sql: "w3", params: [] })];
    await releaseNext(calls, 0);
    await first;
    await releaseNext(calls, 1);
    await Promise.all(rest);
    expect(a.adopted).toEqual(["bookmark-0001"]);
    expect(b.adopted).toEqual(["bookmark-0002"]);
    expect(c.adopted).toEqual(["bookmark-0002"]);
  });
});
