/**
 * Parsing a bulk report upload (NDJSON or RFC 4180 CSV) into row objects, all or nothing: a file
 * that cannot be parsed is refused whole with the first bad line, so nothing of it is queued.
 * Whether each row is a valid report is decided later, per row, by the rules of POST /reports.
 * One pass over the text: linear in its size.
 */

export const BULK_MAX_ROWS = 10_000;
export const BULK_MAX_BYTES = 5 * 1024 * 1024;

/** CSV header names a row may carry (the fields of POST /reports plus reporterId). */
export const BULK_CSV_COLUMNS = ["sender", "text", "forwarded", "receivedAt", "carrier", "region", "claimedInstitution", "category", "reporterId"] as const;

export type BulkRow = Record<string, unknown>;

export type BulkParse =
  | { ok: true; rows: BulkRow[] }
  | { ok: false; reason: "malformed"; line: number; message: string }
  | { ok: false; reason: "too_many_rows" };

export function parseBulkFile(text: string, format: "ndjson" | "csv"): BulkParse {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return format === "ndjson" ? parseNdjson(body) : parseCsv(body);
}

/** One JSON object per line; blank lines are skipped (rows are numbered without them). */
function parseNdjson(text: string): BulkParse {
  const rows: BulkRow[] = [];
  let line = 0;
  for (const raw of text.split("\n")) {
    line++;
    const content = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (content.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch {
      return { ok: false, reason: "malformed", line, message: "Not valid JSON." };
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return { ok: false, reason: "malformed", line, message: "Each line must be one JSON object." };
    }
    if (rows.length === BULK_MAX_ROWS) return { ok: false, reason: "too_many_rows" };
    rows.push(value as BulkRow);
  }
  return { ok: true, rows };
}

/**
 * RFC 4180: records end with CRLF or LF; quoted fields may hold commas, line breaks and "" (a
 * quote). The header names the columns; a record may have fewer fields than the header (the rest
 * are empty) but not more. Empty fields are absent. Fully empty lines are skipped.
 */
function parseCsv(text: string): BulkParse {
  const records = csvRecords(text);
  if (!records.ok) return records;
  const [header, ...data] = records.records;
  if (!header) return { ok: true, rows: [] };
  const names = header.fields.map((name) => name.trim());
  for (const name of names) {
    if (!(BULK_CSV_COLUMNS as readonly string[]).includes(name)) {
      return { ok: false, reason: "malformed", line: header.line, message: `Unknown column "${name.slice(0, 40)}"; use any of ${BULK_CSV_COLUMNS.join(",")}.` };
    }
  }
  if (new Set(names).size !== names.length) return { ok: false, reason: "malformed", line: header.line, message: "A column is named twice." };
  if (data.length > BULK_MAX_ROWS) return { ok: false, reason: "too_many_rows" };
  const rows: BulkRow[] = [];
  for (const record of data) {
    if (record.fields.length > names.length) {
      return { ok: false, reason: "malformed", line: record.line, message: `${record.fields.length} fields, but the header names ${names.length}.` };
    }
    const row: BulkRow = {};
    record.fields.forEach((value, i) => {
      if (value !== "") row[names[i] as string] = value;
    });
    rows.push(row);
  }
  return { ok: true, rows };
}

type CsvRecords = { ok: true; records: { line: number; fields: string[] }[] } | { ok: false; reason: "malformed"; line: number; message: string };

function csvRecords(text: string): CsvRecords {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  /** A quoted field just closed: only a separator or a line end may follow. */
  let closed = false;
  /** Whether the current record has any content yet (an empty line is no record). */
  let started = false;
  const endRecord = () => {
    if (started) records.push({ line: recordLine, fields: [...fields, field] });
    fields = [];
    field = "";
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          closed = true;
        }
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (!started) recordLine = line;
    const separator = char === "," || char === "\n" || char === "\r";
    if (closed && !separator) return { ok: false, reason: "malformed", line, message: "Text after a closing quote." };
    closed = false;
    if (char === '"') {
      if (field !== "") return { ok: false, reason: "malformed", line, message: "A quote inside an unquoted field." };
      quoted = true;
      quoteLine = line;
      started = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      started = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
    } else {
      field += char;
      started = true;
    }
  }
  if (quoted) return { ok: false, reason: "malformed", line: quoteLine, message: "A quoted field is never closed." };
  endRecord();
  return { ok: true, records };
}
