import { describe, expect, it } from "vitest";
import { BoundedMap, memoizeString } from "../../src/domain/memo";

describe("memoizeString", () => {
  it("computes each input once and returns the same frozen result", () => {
    let calls = 0;
    const parse = memoizeString((input: string) => ({ length: input.length, calls: ++calls }), 10);
    const first = parse("za-kf.top");
    expect(parse("za-kf.top")).toBe(first);
    expect(calls).toBe(1);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it("forgets the oldest input past its size and never remembers long inputs", () => {
    let calls = 0;
    const parse = memoizeString((input: string) => `${input}:${++calls}`, 2, 8);
    parse("a");
    parse("b");
    parse("c"); // "a" is forgotten
    expect(parse("a")).toBe("a:4");
    expect(parse("c")).toBe("c:3");
    expect(parse("long input")).toBe("long input:5");
    expect(parse("long input")).toBe("long input:6");
  });

  it("remembers null results too (inputs that are not domains stay cheap)", () => {
    let calls = 0;
    const parse = memoizeString(() => {
      calls++;
      return null;
    }, 10);
    parse("x");
    parse("x");
    expect(calls).toBe(1);
  });
});

describe("BoundedMap", () => {
  it("forgets the key set longest ago, counting a key set again as new", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1).set("b", 2).set("a", 3); // "a" is now the newest
    map.set("c", 4); // past the bound: "b" goes
    expect([...map.entries()]).toEqual([
      ["a", 3],
      ["c", 4],
    ]);
  });
});
