/**
 * A Map that holds at most `maxEntries` keys: setting a new key past that forgets the key set
 * longest ago (a key set again counts as new). Per-isolate caches use it so that memory stays
 * bounded however many distinct inputs arrive.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly maxEntries: number) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.maxEntries) {
      const oldest = this.keys().next();
      if (!oldest.done) this.delete(oldest.value);
    }
    return this;
  }
}

/**
 * Remembers the results of a pure function of one string, for at most `maxEntries` inputs (the
 * oldest forgotten first). Lookups ask about the same hot domains again and again; parsing one
 * (NFKC, de-obfuscation, the Public Suffix List) costs more than the rest of a cached lookup.
 * Results are frozen: every caller shares them. Inputs longer than `maxInputLength` are not
 * remembered, so the memory held stays bounded by both figures.
 */
export function memoizeString<R>(fn: (input: string) => R, maxEntries: number, maxInputLength = 256): (input: string) => R {
  const results = new BoundedMap<string, R>(maxEntries);
  return (input) => {
    if (input.length > maxInputLength) return fn(input);
    if (results.has(input)) return results.get(input) as R;
    const result = fn(input);
    if (result !== null && typeof result === "object") Object.freeze(result);
    results.set(input, result);
    return result;
  };
}
