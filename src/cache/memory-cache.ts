import { BoundedMap } from "../domain/memo";

/**
 * A small per-isolate cache with a time-to-live and a size bound (oldest entry evicted first).
 * Workers reuse an isolate for many requests, so module-scope state like this saves D1 round
 * trips; it is never shared between isolates, which is why every entry also expires.
 */
export class TtlCache<K, V> {
  readonly #entries: BoundedMap<K, { value: V; expiresAt: number }>;

  constructor(
    maxEntries: number,
    readonly ttlMs: number,
  ) {
    this.#entries = new BoundedMap(maxEntries);
  }

  get(key: K, now = Date.now()): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V, now = Date.now(), ttlMs = this.ttlMs): void {
    this.#entries.set(key, { value, expiresAt: now + ttlMs });
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
