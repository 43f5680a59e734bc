import { describe, expect, it } from "vitest";
import { BLOCK_MS, UnitRateLimiter } from "../../src/middleware/rate-limit";

/** A stand-in for the Rate Limiting binding: a fixed budget of calls per key. */
function fakeBinding(budget: number) {
  const calls = new Map<string, number>();
  return {
    calls,
    limit: async ({ key }: { key: string }) => {
      const used = (calls.get(key) ?? 0) + 1;
      calls.set(key, used);
      return { success: used <= budget };
    },
  } as RateLimit & { calls: Map<string, number> };
}

describe("UnitRateLimiter (keyed budgets counted in units)", () => {
  it("asks the binding once per unit of requests", async () => {
    const binding = fakeBinding(1000);
    const limiter = new UnitRateLimiter(10);
    for (let i = 0; i < 25; i++) expect(await limiter.take(binding, "key-a", 1_000)).toBe(0);
    expect(binding.calls.get("key-a")).toBe(3);
  });

  it("allows exactly budget × unit requests, then refuses with a retry time until the block ends", async () => {
    const binding = fakeBinding(3);
    const limiter = new UnitRateLimiter(10);
    const answers: number[] = [];
    for (let i = 0; i < 40; i++) answers.push(await limiter.take(binding, "key-b", 5_000));
    expect(answers.filter((a) => a === 0)).toHaveLength(30);
    expect(answers.slice(30).every((a) => a === BLOCK_MS / 1000)).toBe(true);
    // Refused requests inside the block do not call the binding again.
    expect(binding.calls.get("key-b")).toBe(4);
    expect(await limiter.take(binding, "key-b", 5_000 + BLOCK_MS - 1_500)).toBe(2);
    // After the block the binding is asked again (here it still refuses).
    expect(await limiter.take(binding, "key-b", 5_000 + BLOCK_MS)).toBe(BLOCK_MS / 1000);
    expect(binding.calls.get("key-b")).toBe(5);
  });

  it("keeps keys apart", async () => {
    const binding = fakeBinding(1);
    const limiter = new UnitRateLimiter(2);
    expect(await limiter.take(binding, "x")).toBe(0);
    expect(await limiter.take(binding, "x")).toBe(0);
    expect(await limiter.take(binding, "x")).toBeGreaterThan(0);
    expect(await limiter.take(binding, "y")).toBe(0);
  });

  it("charges concurrent first requests a unit each, never fewer calls than units used", async () => {
    const binding = fakeBinding(1000);
    const limiter = new UnitRateLimiter(10);
    await Promise.all(Array.from({ length: 20 }, () => limiter.take(binding, "burst", 0)));
    // 20 concurrent requests found no unit and each bought one: 200 requests paid for, 20 used.
    expect(binding.calls.get("burst")).toBe(20);
    for (let i = 0; i < 180; i++) expect(await limiter.take(binding, "burst", 0)).toBe(0);
    expect(binding.calls.get("burst")).toBe(20);
    await limiter.take(binding, "burst", 0);
    expect(binding.calls.get("burst")).toBe(21);
  });
});
