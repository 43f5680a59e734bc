import { describe, expect, it } from "vitest";
import { addDays, alignedToBuckets, bucketEnd, bucketStart, bucketStartsBetween, cstDay, daysBetween, isCalendarDay } from "../../src/domain/calendar";

describe("cstDay", () => {
  it.each([
    [Date.UTC(2026, 10, 23, 15, 59), "2026-11-23"],
    [Date.UTC(2026, 10, 23, 16, 0), "2026-11-24"],
    [Date.UTC(2026, 11, 31, 16, 30), "2027-01-01"],
  ])("%i is %s in China", (ms, day) => expect(cstDay(ms)).toBe(day));
});

describe("buckets", () => {
  it.each([
    ["2026-11-26", "day", "2026-11-26", "2026-11-26"],
    ["2026-11-26", "week", "2026-11-23", "2026-11-29"],
    ["2026-11-23", "week", "2026-11-23", "2026-11-29"],
    ["2026-11-29", "week", "2026-11-23", "2026-11-29"],
    ["2026-11-26", "month", "2026-11-01", "2026-11-30"],
    ["2028-02-10", "month", "2028-02-01", "2028-02-29"],
    ["2027-01-01", "week", "2026-12-28", "2027-01-03"],
  ] as const)("%s in a %s bucket: %s – %s", (day, bucket, start, end) => {
    expect(bucketStart(day, bucket)).toBe(start);
    expect(bucketEnd(start, bucket)).toBe(end);
  });

  it.each([
    ["2026-11-01", "2026-11-30", "month", true],
    ["2026-11-02", "2026-11-30", "month", false],
    ["2026-11-01", "2026-11-29", "month", false],
    ["2026-11-23", "2026-12-06", "week", true],
    ["2026-11-24", "2026-12-06", "week", false],
    ["2026-11-24", "2026-11-24", "day", true],
    ["2026-11-25", "2026-11-24", "day", false],
  ] as const)("%s – %s aligned to %s: %s", (from, to, bucket, aligned) => {
    expect(alignedToBuckets(from, to, bucket)).toBe(aligned);
  });

  it("validates calendar days and counts them", () => {
    expect(isCalendarDay("2026-02-28")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-2-1")).toBe(false);
    expect(daysBetween("2026-11-01", "2026-11-30")).toBe(30);
  });

  it("steps days across month and leap-year ends", () => {
    expect(addDays("2026-12-01", -1)).toBe("2026-11-30");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});

describe("bucketStartsBetween", () => {
  it("lists every day, Monday-started week or month of an aligned range, in order", () => {
    expect(bucketStartsBetween("2026-11-28", "2026-12-02", "day")).toEqual(["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(bucketStartsBetween("2026-11-23", "2026-12-13", "week")).toEqual(["2026-11-23", "2026-11-30", "2026-12-07"]);
    expect(bucketStartsBetween("2026-11-01", "2027-02-28", "month")).toEqual(["2026-11-01", "2026-12-01", "2027-01-01", "2027-02-01"]);
    expect(bucketStartsBetween("2028-02-01", "2028-02-29", "month")).toEqual(["2028-02-01"]);
  });
});
