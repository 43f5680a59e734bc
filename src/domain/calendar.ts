/**
 * Calendar buckets for statistics: days are China Standard Time (UTC+8) calendar days, weeks run
 * Monday–Sunday, months are calendar months. Buckets are fixed, never sliding (see docs/statistics.md).
 */

const CST_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** CST calendar day of a timestamp: cstDay(Date.UTC(2026, 10, 23, 17)) → "2026-11-24". */
export function cstDay(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Fixed calendar buckets of statistics: a CST day, a Monday–Sunday week, a calendar month. */
export const TIME_BUCKETS = ["day", "week", "month"] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

const parseDay = (day: string) => Date.parse(`${day}T00:00:00Z`);
const formatDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether a string is a real calendar date in YYYY-MM-DD form. */
export function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && formatDay(parseDay(value)) === value;
}

/** The bucket a day belongs to, named by its first day: weekStart("2026-11-26") → "2026-11-23". */
export function bucketStart(day: string, bucket: TimeBucket): string {
  if (bucket === "day") return day;
  if (bucket === "month") return `${day.slice(0, 7)}-01`;
  const ms = parseDay(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return formatDay(ms - weekday * DAY_MS);
}

/** Last day of the bucket that starts on `start`. */
export function bucketEnd(start: string, bucket: TimeBucket): string {
  if (bucket === "day") return start;
  if (bucket === "week") return formatDay(parseDay(start) + 6 * DAY_MS);
  const date = new Date(parseDay(start));
  return formatDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
}

/** Whether [from, to] covers whole buckets only (from starts one, to ends one). */
export function alignedToBuckets(from: string, to: string, bucket: TimeBucket): boolean {
  return bucketStart(from, bucket) === from && bucketEnd(bucketStart(to, bucket), bucket) === to && from <= to;
}

/** The day `n` days after `day` (before it when n < 0): addDays("2026-12-01", -1) → "2026-11-30". */
export function addDays(day: string, n: number): string {
  return formatDay(parseDay(day) + n * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to) - parseDay(from)) / DAY_MS) + 1;
}

/** The start days of every bucket in [from, to] (aligned), in order: one per day, week or month. */
export function bucketStartsBetween(from: string, to: string, bucket: TimeBucket): string[] {
  const starts: string[] = [];
  for (let start = bucketStart(from, bucket); start <= to; start = formatDay(parseDay(bucketEnd(start, bucket)) + DAY_MS)) starts.push(start);
  return starts;
}
