/**
 * The rules that bound how stale an isolate's cached answer can be (src/freshness.ts): an entry
 * lives long only while the isolate keeps syncing, and a read that overlapped a sync lives short.
 */
import { describe, expect, it } from "vitest";
import { applySync, generation, isCurrent, MAX_AGE_MS, STALE_BOUND_MS, subscribe, SyncedCache, syncDue, type Changes } from "../../src/cache/freshness";

const syncResult = (reportsTop: number, changes: [number, string, string, string[]][] = [], admin = 0, campaignsTop = 1) =>
  ({ results: [{ admin, reports_top: reportsTop, campaigns_top: campaignsTop, changes: JSON.stringify(changes) }] }) as unknown as D1Result;

describe("synced cache", () => {
  const seen: (Changes | "reset")[] = [];
  subscribe({ changed: (changes) => seen.push(changes), reset: () => seen.push("reset") });

  it("hands each sync's changes to the caches: first a reset (no watermark yet), then exactly what changed", () => {
    applySync(syncResult(10), 1_000);
    applySync(syncResult(12, [[11, "+8613800000001", "cmp_a", ["a.top"]], [12, "+8613800000002", "cmp_a", []]], 0, 2), 2_000);
    applySync(syncResult(12), 3_000);
    applySync(syncResult(12, [], 1), 4_000); // the admin counter moved: registry, decisions, keys or moderation
    expect(seen).toEqual([
      "reset",
      { senders: ["+8613800000001", "+8613800000002"], domains: ["a.top"], campaigns: ["cmp_a", "cmp_a"], newCampaigns: true },
      "reset",
    ]);
  });

  it("serves an entry for MAX_AGE_MS while syncs keep coming, and for STALE_BOUND_MS once they stop", () => {
    const cache = new SyncedCache<string, number>(10);
    applySync(syncResult(20), 10_000);
    cache.set("k", 1, 10_000, generation());
    for (let now = 11_000; now < 10_000 + 4 * STALE_BOUND_MS; now += 1_000) {
      applySync(syncResult(20), now);
      expect(cache.get("k", now)).toBe(1);
    }
    expect(cache.get("k", 10_000 + MAX_AGE_MS)).toBeUndefined();
    // Syncs stop: an old entry is no longer served once the last sync is STALE_BOUND_MS old.
    cache.set("j", 2, 40_000, generation());
    applySync(syncResult(20), 40_000);
    expect(cache.get("j", 40_000 + STALE_BOUND_MS - 1)).toBe(2);
    expect(cache.get("j", 40_000 + STALE_BOUND_MS)).toBeUndefined();
  });

  it("gives a read that overlapped a sync only STALE_BOUND_MS (it may have missed that sync's changes)", () => {
    const cache = new SyncedCache<string, number>(10);
    const readGeneration = generation();
    applySync(syncResult(30), 100_000); // applied while the read was in flight
    cache.set("k", 1, 100_000, readGeneration);
    applySync(syncResult(30), 101_000);
    expect(cache.get("k", 101_000)).toBe(1);
    applySync(syncResult(30), 100_000 + STALE_BOUND_MS);
    expect(cache.get("k", 100_000 + STALE_BOUND_MS)).toBeUndefined();
  });

  it("catches up page by page after a burst, syncing again at once and not counting as current until done", () => {
    applySync(syncResult(1_000), 200_000);
    const page = (from: number, count: number) => Array.from({ length: count }, (_, i): [number, string, string, string[]] => [from + i, `+86138${from + i}`, "cmp_b", []]);
    seen.length = 0;
    applySync(syncResult(2_200, page(1_001, 500)), 210_000);
    expect(syncDue(210_000)).toBe(true);
    expect(isCurrent(210_000)).toBe(false);
    applySync(syncResult(2_200, page(1_501, 500)), 210_010);
    applySync(syncResult(2_200, page(2_001, 200)), 210_020);
    expect(syncDue(210_020)).toBe(false);
    expect(isCurrent(210_020)).toBe(true);
    expect(seen.flatMap((changes) => (changes === "reset" ? ["reset"] : changes.senders))).toEqual(page(1_001, 1_200).map(([, sender]) => sender));
  });
});
