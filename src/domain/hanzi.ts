/**
 * Traditional → simplified Chinese, character by character (OpenCC's character table only: no
 * phrase dictionaries, which would blow the Worker bundle). Enough for matching: 銀行 → 银行.
 */
import { SIMPLIFIED, TRADITIONAL } from "./hanzi-table";

/** Characters OpenCC maps only inside phrases but SMS use as traditional forms: 回覆 → 回复. */
const OVERRIDES: [string, string][] = [["覆", "复"]];

/** Code unit → simplified code unit (0 = unchanged); 128 KiB, built once per isolate. */
let table: Uint16Array | null = null;

/** The table itself (0 = unchanged), for a caller that folds more in the same pass. */
export function simplifiedTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(65536);
    for (let i = 0; i < TRADITIONAL.length; i++) table[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);
    for (const [from, to] of OVERRIDES) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return table;
}

/** toSimplifiedChars("民豐銀行逾期") → "民丰银行逾期" */
export function toSimplifiedChars(text: string): string {
  const table = simplifiedTable();
  let changed = false;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = table[code]!;
    codes[i] = mapped || code;
    if (mapped) changed = true;
  }
  if (!changed) return text;
  let out = "";
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}
