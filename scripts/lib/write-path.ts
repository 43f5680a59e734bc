/**
 * Reading src/db/sql/report-intake.sql and the migrations as lists of CREATE VIEW / CREATE TRIGGER
 * statements. Pure string work (no node: imports), shared by scripts/write-path-migration.ts and
 * test/db/report-write-path.test.ts.
 */
/** Every *.sql file here defines views and triggers whose migrations scripts/write-path-migration.ts writes. */
export const WRITE_PATH_DIR = "src/db/sql";
export const WRITE_PATH_FILE = `${WRITE_PATH_DIR}/report-intake.sql`;

export interface DefinedObject {
  kind: "VIEW" | "TRIGGER";
  name: string;
  /** The statement from CREATE to its end, without the trailing semicolon. */
  sql: string;
}

const BREAKPOINT = "--> statement-breakpoint";

/** The views and triggers a SQL text creates, in order (comment lines before each CREATE dropped). */
export function definedObjects(text: string): DefinedObject[] {
  const objects: DefinedObject[] = [];
  for (const chunk of text.split(BREAKPOINT)) {
    const start = chunk.search(/^CREATE (VIEW|TRIGGER) /m);
    if (start < 0) continue;
    const sql = chunk.slice(start).trim().replace(/;$/, "");
    const match = /^CREATE (VIEW|TRIGGER) `?(\w+)`?/.exec(sql)!;
    objects.push({ kind: match[1] as DefinedObject["kind"], name: match[2]!, sql });
  }
  return objects;
}

/** Each object's last definition across the migrations, applied in order. */
export function latestDefinitions(migrations: string[]): Map<string, string> {
  const latest = new Map<string, string>();
  for (const migration of migrations) for (const object of definedObjects(migration)) latest.set(object.name, object.sql);
  return latest;
}

/** Compared as SQLite stores them: whitespace runs are not significant, comments are. */
export function normaliseSql(sql: string): string {
  return sql.replace(/\s+/g, " ").trim().replace(/;$/, "");
}
