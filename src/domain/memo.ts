/**
 * Remembers the results of a pure function of one string, for at most `maxEntries` inputs (the
 * oldest forgotten first). Lookups ask about the same hot domains again and again; parsing one
 * (NFKC, de-obfuscation, the Public Suffix List) costs more than the rest of a cached lookup.
 * Results are frozen: every caller shares them. Inputs longer than `maxInputLength` are not
 * remembered, so the memory held stays bounded by both figures.
 */
export function memoizeString<R>(fn: (input: string) => R, maxEntries: number, maxInputLength = 256): (input: string) => R {
  const results = new Map<string, R>();
  return (input) => {
    if (input.length > maxInputLength) return fn(input);
    if (results.has(input)) return results.get(input) as R;
    const result = fn(input);
    if (result !== null && typeof result === "object") Object.freeze(result);
    results.set(input, result);
    if (results.size > maxEntries) results.delete(results.keys().next().value as string);
    return result;
  };
}
