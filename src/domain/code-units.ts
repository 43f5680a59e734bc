/**
 * Reading a text code unit by code unit: the helpers the per-character loops of the content analysis
 * share (the fold, the concept scan, the model's hashing, the turn, sentence and clause walks).
 */

/**
 * String.prototype.charCodeAt, called as `charCodeAt.call(text, i)` in the loops that read a text
 * code unit by code unit. `text.charCodeAt(i)` loads the method from the string each time; once a
 * function has seen strings of more than four kinds (literals, slices, concatenations, one and two
 * bytes per character — every isolate soon has) that load is generic, and the loop reads a
 * character three to four times slower. Each module with such a loop keeps its own copy in a
 * `const`: read through an import, the binding is checked on every read (measured ≈ 20 % of the
 * analysis under tsx, both trees in one process).
 */
const charCodeAt = String.prototype.charCodeAt;

/**
 * A set of code units as a table indexed by code unit (64 KiB): a lookup per character where a
 * Set's hashing cost several times as much on the walks to a sentence's or clause's ends.
 */
export function codeUnitTable(codes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const code of codes) table[code] = 1;
  return table;
}

const isHigh = (code: number) => (code & 0xfc00) === 0xd800;
const isLow = (code: number) => (code & 0xfc00) === 0xdc00;

/** Whether the code unit at `at` is the low half of a surrogate pair (a high one before it). */
export function isLowHalfOfPair(text: string, at: number): boolean {
  return isLow(charCodeAt.call(text, at)) && at > 0 && isHigh(charCodeAt.call(text, at - 1));
}

/** Whether the code unit at `at` is half of a surrogate pair: a high one followed by a low one, or a low one after a high one. */
export function isHalfOfPair(text: string, at: number): boolean {
  return isHigh(charCodeAt.call(text, at)) ? isLow(charCodeAt.call(text, at + 1)) : isLowHalfOfPair(text, at);
}
