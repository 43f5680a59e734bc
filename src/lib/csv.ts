/** CSV that Excel opens correctly: UTF-8 BOM, header row, RFC 4180 quoting, CRLF line ends. */

export const CSV_BOM = "\uFEFF";

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  // Quote when needed; also neutralise spreadsheet formulas (CSV injection) with a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export function csvDocument(header: string[], rows: unknown[][]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join("");
}
