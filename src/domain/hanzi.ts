/**
 * Traditional → simplified Chinese, character by character (OpenCC's character table only: no
 * phrase dictionaries, which would blow the Worker bundle). Enough for matching: 銀行 → 银行.
 */
import { SIMPLIFIED, TRADITIONAL } from "./hanzi-table";

/** Characters OpenCC maps only inside phrases but SMS use as traditional forms: 回覆 → 回复. */
const OVERRIDES: [string, string][] = [["覆", "复"]];

let table: Map<string, string> | null = null;

/** toSimplifiedChars("民豐銀行逾期") → "民丰银行逾期" */
export function toSimplifiedChars(text: string): string {
  if (!table) {
    table = new Map();
    for (let i = 0; i < TRADITIONAL.length; i++) table.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);
    for (const [from, to] of OVERRIDES) table.set(from, to);
  }
  let out = "";
  for (const char of text) out += table.get(char) ?? char;
  return out;
}
