/**
 * CSV that Excel opens correctly: UTF-8 BOM, header row, RFC 4180 quoting, CRLF line ends.
 *
 * Free-text cells (institution names, domains, sample texts: anything a reporter typed or a text
 * carried) are neutralised against spreadsheet formulas: a cell starting with = + - @, a tab or a
 * CR gets a leading apostrophe, so "-1+1+cmd|…" is shown as text and never evaluated. Validated
 * values (E.164 numbers, counts, dates, enum values) are written as they are, so "+8613800138000"
 * in the CSV is the same string as in the JSON.
 */

export const CSV_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell; `freeText` cells are neutralised against formulas (see the module comment). */
export function csvField(value: unknown, freeText = false): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  const safe = freeText && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One line; `freeText[i]` says whether cell i is free text. */
export function csvLine(values: unknown[], freeText: readonly boolean[] = []): string {
  return `${values.map((value, i) => csvField(value, freeText[i] ?? false)).join(",")}\r\n`;
}

/** A whole document; the named columns are free text. */
export function csvDocument(header: string[], rows: unknown[][], freeTextColumns: ReadonlySet<string> = new Set()): string {
  const freeText = header.map((column) => freeTextColumns.has(column));
  return CSV_BOM + csvLine(header) + rows.map((row) => csvLine(row, freeText)).join("");
}
