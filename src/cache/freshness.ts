/**
 * Keeps this isolate's caches true to D1 when other isolates write. Every report is a row of
 * `reports`, whose rowid grows with each commit (one writer), so "what changed since I last
 * looked" is one index range: at most once per SYNC_INTERVAL_MS an isolate reads the senders,
 * domains and campaigns of the reports stored after its watermark and drops exactly those cached
 * entries. Rarer writes that change many answers (registry, decisions, hidden reports, keys) bump
 * the `admin` counter (migration 0012) and drop everything.
 *
 * The sync statement rides in the batch of the first lookup after the interval (same snapshot as
 * the reads beside it, which that lookup then does fresh), so it costs no extra round trip. Cached entries then live for
 * minutes, but only while the isolate keeps syncing: if it falls behind, nothing older than
 * STALE_BOUND_MS is served. So a change made anywhere shows in every isolate within about
 * SYNC_INTERVAL_MS (and never later than STALE_BOUND_MS); the isolate that made it sees it at once.
 */
import { changesSinceStatement, type SyncChange, type SyncRow } from "../db/queries/cache-sync";
import type { Db } from "../db/session";
import { TtlCache } from "./memory-cache";

export const SYNC_INTERVAL_MS = 1_000;
export const STALE_BOUND_MS = 5_000;
/** Entries younger than this are served as long as the isolate keeps syncing. */
export const MAX_AGE_MS = 10 * 60_000;
/** Reports read per sync. An isolate further behind catches up page by page (each rides in the
 * next request's batch); more than CATCH_UP_PAGES pages behind, it drops its caches instead. */
const CHANGES_PER_SYNC = 500;
const CATCH_UP_PAGES = 20;

export interface Changes {
  senders: string[];
  domains: string[];
  campaigns: string[];
  /** Campaigns were created (a template that matched nothing may match now). */
  newCampaigns: boolean;
}

export interface Subscriber {
  changed(changes: Changes): void;
  /** Everything may have changed. */
  reset(): void;
}

const subscribers: Subscriber[] = [];
const state = {
  reportsTop: null as number | null,
  campaignsTop: null as number | null,
  admin: null as number | null,
  /** When the snapshot of the last applied sync was read (ms). */
  syncedAt: 0,
  /** Bumped on every applied sync: a read that began before one may have missed its changes. */
  generation: 0,
  inFlight: false,
  /** The last sync returned a full page: the next request syncs again at once. */
  behind: false,
};

export function subscribe(subscriber: Subscriber): void {
  subscribers.push(subscriber);
}

/** True when a sync should go with the next batch (or alone). */
export function syncDue(now: number): boolean {
  return !state.inFlight && (state.behind || now - state.syncedAt >= SYNC_INTERVAL_MS);
}

/** True while the isolate has applied every change up to STALE_BOUND_MS ago. */
export function isCurrent(now: number): boolean {
  return now - state.syncedAt < STALE_BOUND_MS;
}

export function generation(): number {
  return state.generation;
}

/** The sync statement (src/db/queries/cache-sync.ts) from this isolate's watermark, marked in flight. */
export function syncStatement(db: Db): D1PreparedStatement {
  state.inFlight = true;
  return changesSinceStatement(db, state.reportsTop ?? Number.MAX_SAFE_INTEGER, CHANGES_PER_SYNC);
}

/** Applies a sync statement's result, read at `readAt`; undefined (failed batch) just ends the attempt. */
export function applySync(result: D1Result | undefined, readAt: number): void {
  state.inFlight = false;
  const row = result?.results[0] as SyncRow | undefined;
  if (!row) return;
  const first = state.reportsTop === null;
  const adminChanged = state.admin !== null && row.admin !== state.admin;
  const farBehind = !first && row.reports_top - (state.reportsTop ?? 0) > CHANGES_PER_SYNC * CATCH_UP_PAGES;
  let readUpTo = row.reports_top;
  if (first || adminChanged || farBehind) {
    // First sync of the isolate: anything cached before it has no watermark to be checked against.
    for (const subscriber of subscribers) subscriber.reset();
  } else if (row.reports_top !== state.reportsTop) {
    const changes: Changes = { senders: [], domains: [], campaigns: [], newCampaigns: row.campaigns_top !== state.campaignsTop };
    const page = JSON.parse(row.changes) as SyncChange[];
    for (const [, sender, campaign, domains] of page) {
      changes.senders.push(sender);
      changes.campaigns.push(campaign);
      changes.domains.push(...domains);
    }
    const last = page.at(-1);
    if (page.length === CHANGES_PER_SYNC && last) readUpTo = last[0];
    for (const subscriber of subscribers) subscriber.changed(changes);
  }
  state.behind = readUpTo < row.reports_top;
  state.reportsTop = readUpTo;
  state.campaignsTop = row.campaigns_top;
  state.admin = row.admin;
  // While catching up the isolate is not current: what it applied is older than the snapshot.
  if (!state.behind) state.syncedAt = readAt;
  state.generation++;
}

/**
 * A cache whose entries follow the sync: each remembers when it was read and whether a sync was
 * applied while it was being read (then it may have missed a change and lives only STALE_BOUND_MS).
 */
export class SyncedCache<K, V> {
  readonly #entries: TtlCache<K, { value: V; readAt: number }>;

  constructor(maxEntries: number) {
    this.#entries = new TtlCache(maxEntries, MAX_AGE_MS);
  }

  get(key: K, now: number): V | undefined {
    const entry = this.#entries.get(key, now);
    if (!entry) return undefined;
    if (now - entry.readAt >= STALE_BOUND_MS && !isCurrent(now)) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** `readGeneration`: generation() when the read began (or after applying a sync read beside it). */
  set(key: K, value: V, readAt: number, readGeneration: number): void {
    this.#entries.set(key, { value, readAt }, readAt, readGeneration === state.generation ? MAX_AGE_MS : STALE_BOUND_MS);
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
