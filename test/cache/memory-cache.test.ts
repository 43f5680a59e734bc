import { describe, expect, it } from "vitest";
import { TtlCache } from "../../src/cache/memory-cache";

describe("TtlCache", () => {
  it("returns a value until its time-to-live has passed", () => {
    const cache = new TtlCache<string, number>(10, 1_000);
    cache.set("a", 1, 0);
    expect(cache.get("a", 999)).toBe(1);
    expect(cache.get("a", 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("evicts the oldest entry beyond its size bound", () => {
    const cache = new TtlCache<number, number>(3, 60_000);
    for (let i = 0; i < 5; i++) cache.set(i, i * 10, 0);
    expect(cache.size).toBe(3);
    expect(cache.get(0, 1)).toBeUndefined();
    expect(cache.get(1, 1)).toBeUndefined();
    expect(cache.get(4, 1)).toBe(40);
  });

  it("re-setting a key renews it and moves it to the back of the eviction order", () => {
    const cache = new TtlCache<string, number>(2, 100);
    cache.set("a", 1, 0);
    cache.set("b", 2, 0);
    cache.set("a", 3, 50);
    cache.set("c", 4, 60);
    expect(cache.get("b", 61)).toBeUndefined();
    expect(cache.get("a", 120)).toBe(3);
  });

  it("forgets single keys and everything", () => {
    const cache = new TtlCache<string, number>(10, 1_000);
    cache.set("a", 1, 0);
    cache.set("b", 2, 0);
    cache.delete("a");
    expect(cache.get("a", 1)).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
