/**
 * Which senders and domains exist, by key range, per isolate — so a lookup of a number nobody
 * ever reported (most of a carrier's traffic) is answered without D1. Every evidence read also
 * returns the target's neighbours in key order (NEIGHBOURS below, NEIGHBOURS at or above); the
 * span between the outermost neighbours then holds exactly those keys, so any other key inside
 * it is known to be absent. Spans merge as they overlap and cover more of the key space with
 * every read.
 *
 * They follow D1 like the evidence cache (src/services/lookup.ts drives both from src/cache/freshness.ts): a
 * report stored here or anywhere else adds its sender and domains to the span they fall in, any
 * admin change drops everything, and a read that overlapped a sync is not used. Absent from the spans is not yet "nothing known": a registry entry (official
 * senders keyed by registry number, official domains) or a moderation decision can exist without any report, so
 * both small tables are held whole and checked first (reloaded after any admin change).
 */
import { type ExceptionsRow, registryAndDecisionsStatement } from "../db/queries/cache-sync";
import { NEIGHBOURS } from "../db/queries/reputation";
import type { Db } from "../db/session";
import { generation } from "./freshness";

export type RangeType = "sender" | "domain";
/** Keys held over all spans; past this the spans start over. */
const MAX_KEYS = 200_000;
/** Registry entries and decisions held whole; a larger registry turns absence answers off. */
const MAX_EXCEPTIONS = 50_000;
/** Up to this many keys are inserted one by one into a larger span; more are merged in one pass. */
const SMALL_MERGE = 256;

interface Span {
  /** Inclusive bounds; null is open (before the first or after the last key). */
  lo: string | null;
  hi: string | null;
  /** Sorted keys inside the span: every existing key in [lo, hi]. */
  keys: string[];
}

const spans: Record<RangeType, Span[]> = { sender: [], domain: [] };
let heldKeys = 0;
let exceptions: { registry: Set<string>; decided: Set<string> } | null | "too many" = null;

const notAfter = (bound: string | null, key: string) => bound === null || bound <= key;
const notBefore = (bound: string | null, key: string) => bound === null || bound >= key;
const overlap = (a: Span, b: Span) => (a.lo === null || b.hi === null || a.lo <= b.hi) && (b.lo === null || a.hi === null || b.lo <= a.hi);

/** Index of the first key ≥ `key` in sorted `keys`. */
function lowerBound(keys: string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(keys: string[], key: string): boolean {
  const at = lowerBound(keys, key);
  if (keys[at] === key) return false;
  keys.splice(at, 0, key);
  return true;
}

/** Union of two sorted key lists, sorted, without duplicates. */
function mergeSorted(a: string[], b: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as string) <= (b[j] as string)) ? (a[i++] as string) : (b[j++] as string);
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

function spanOf(type: RangeType, key: string): Span | undefined {
  const list = spans[type];
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = list[mid] as Span;
    if (!notAfter(span.lo, key)) hi = mid - 1;
    else if (!notBefore(span.hi, key)) lo = mid + 1;
    else return span;
  }
  return undefined;
}

/**
 * True when nothing at all is stored about this target: no report (spans), no registry entry,
 * no decision. False when something is, undefined when this isolate does not know.
 */
export function knownAbsent(type: RangeType, key: string, registryKey?: string): boolean | undefined {
  if (exceptions === null || exceptions === "too many") return undefined;
  if (exceptions.decided.has(`${type}:${key}`) || exceptions.registry.has(key) || (registryKey !== undefined && exceptions.registry.has(registryKey))) return false;
  const span = spanOf(type, key);
  if (!span) return undefined;
  return span.keys[lowerBound(span.keys, key)] !== key;
}

/** A key now exists (a report was stored): it joins the span it falls in. */
export function noteExisting(type: RangeType, key: string): void {
  const span = spanOf(type, key);
  if (span && insertSorted(span.keys, key)) heldKeys++;
}

/**
 * Records what an evidence read returned about `key`'s neighbourhood: `lower` keys below it
 * (nearest first), `upper` keys at or above it (nearest first), each at most NEIGHBOURS long.
 * `readGeneration` is freshness generation() for the snapshot read; a stale read is dropped.
 */
export function coverNeighbourhood(type: RangeType, lower: string[], upper: string[], readGeneration: number): void {
  if (readGeneration !== generation()) return;
  const lo = lower.length < NEIGHBOURS ? null : (lower[lower.length - 1] as string);
  const hi = upper.length < NEIGHBOURS ? null : (upper[upper.length - 1] as string);
  const read: Span = { lo, hi, keys: mergeSorted([...lower].sort(), [...upper].sort()) };
  // Merge every span this one overlaps: both are exact inside their bounds, so the union is too.
  // The largest overlapping span is kept and the others' keys go into it, so a read near a span
  // of many thousand keys inserts its few dozen instead of copying the span.
  const kept: Span[] = [];
  const overlapping: Span[] = [read];
  for (const span of spans[type]) {
    if (!overlap(span, read)) {
      kept.push(span);
      continue;
    }
    overlapping.push(span);
    heldKeys -= span.keys.length;
  }
  const merged = overlapping.reduce((largest, span) => (span.keys.length > largest.keys.length ? span : largest));
  for (const span of overlapping) {
    if (span === merged) continue;
    merged.lo = merged.lo === null || span.lo === null ? null : merged.lo < span.lo ? merged.lo : span.lo;
    merged.hi = merged.hi === null || span.hi === null ? null : merged.hi > span.hi ? merged.hi : span.hi;
    if (span.keys.length <= SMALL_MERGE) for (const key of span.keys) insertSorted(merged.keys, key);
    else merged.keys = mergeSorted(merged.keys, span.keys);
  }
  heldKeys += merged.keys.length;
  kept.push(merged);
  kept.sort((a, b) => (a.lo === null ? -1 : b.lo === null ? 1 : a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
  spans[type] = kept;
  if (heldKeys > MAX_KEYS) forgetRanges();
}

export function forgetRanges(): void {
  spans.sender = [];
  spans.domain = [];
  heldKeys = 0;
  exceptions = null;
}

/** The statement that loads the registry numbers and decided targets, when not held yet. */
export function exceptionsStatement(db: Db): D1PreparedStatement | null {
  return exceptions === null ? registryAndDecisionsStatement(db, MAX_EXCEPTIONS) : null;
}

export function applyExceptions(result: D1Result | undefined, readGeneration: number): void {
  const row = result?.results[0] as ExceptionsRow | undefined;
  if (!row || readGeneration !== generation()) return;
  exceptions =
    row.n > MAX_EXCEPTIONS
      ? "too many"
      : { registry: new Set(JSON.parse(row.registry) as string[]), decided: new Set(JSON.parse(row.decided) as string[]) };
}

