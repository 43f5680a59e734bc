/**
 * Queries are written against src/db/schema.ts, so a renamed or retyped column fails
 * `npm run typecheck` instead of failing at run time:
 *
 * - `orm(db)`: Drizzle's query builder on any of our databases (D1, a read or write session, the
 *   scripts' node:sqlite adapter), rows typed from the schema. For simple reads and writes.
 * - `compiled(sql`…`)`: a statement written with Drizzle's `sql` template, naming tables and columns
 *   through the schema, compiled to SQL text once per isolate; each call only binds its
 *   `sql.placeholder()` values. For the hot reads and the complex statements (JSON aggregation,
 *   json_each, the LSH candidate read), and wherever a D1PreparedStatement is needed for a batch.
 * - `compiled(unbound.update(…)…)`: a write built with the builder, compiled once per isolate.
 */
import { fillPlaceholders, getTableColumns, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { SQLiteAsyncDialect, type SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "./session";

export function orm(db: Db) {
  // Drizzle's D1 driver uses only prepare/bind/raw/all/run/first and batch, which every Db has.
  return drizzle(db as D1Database);
}

const dialect = new SQLiteAsyncDialect();

export interface CompiledStatement<Values extends Record<string, unknown>, Row> {
  /** The SQL text, compiled once. */
  readonly sql: string;
  /** The statement with this call's values bound (run it, or put it in a db.batch). */
  bind(db: Db, values: Values): D1PreparedStatement;
  first(db: Db, values: Values): Promise<Row | null>;
  all(db: Db, values: Values): Promise<Row[]>;
}

/**
 * Compiles a `sql` template (or a write built with `unbound`) once; values named by
 * `sql.placeholder(name)` are bound per call.
 * Row: the columns the statement selects, typed from the schema (e.g. Pick<typeof t.$inferSelect, …>).
 */
export function compiled<Values extends Record<string, unknown>, Row = never>(query: SQLWrapper): CompiledStatement<Values, Row> {
  const { sql, params } = dialect.sqlToQuery(query.getSQL());
  const bind = (db: Db, values: Values) => db.prepare(sql).bind(...fillPlaceholders(params, values));
  return {
    sql,
    bind,
    first: (db, values) => bind(db, values).first<Row>(),
    all: async (db, values) => (await bind(db, values).all<Row>()).results,
  };
}

/**
 * A Drizzle query or `sql` template as a D1 statement, for a db.batch that mixes builder queries
 * with statements the builder cannot express (Drizzle's own batch takes only builder queries).
 */
export function statementOf(db: Db, query: SQL | { toSQL(): { sql: string; params: unknown[] } }): D1PreparedStatement {
  const { sql: text, params } = "toSQL" in query ? query.toSQL() : dialect.sqlToQuery(query);
  return db.prepare(text).bind(...params);
}

/**
 * Bare column names for the places SQLite wants them unqualified in a `sql` template (an INSERT's
 * column list, ON CONFLICT targets), which `${table.column}` would render as "table"."column".
 */
export function columnNames<T extends SQLiteTable>(table: T, keys: (keyof T["_"]["columns"] & string)[]): SQL {
  const columns = getTableColumns(table);
  return sql.join(keys.map((key) => sql.identifier(columns[key]!.name)), sql`, `);
}

/** `column = excluded.column, …`: an upsert's DO UPDATE taking the new row's values. */
export function excludedSet<T extends SQLiteTable>(table: T, keys: (keyof T["_"]["columns"] & string)[]): SQL {
  const columns = getTableColumns(table);
  return sql.join(keys.map((key) => sql`${sql.identifier(columns[key]!.name)} = excluded.${sql.identifier(columns[key]!.name)}`), sql`, `);
}

/**
 * `?N` in a `sql` template: a numbered parameter, for a value one statement uses in several places
 * (SQLite binds it once, so it counts once toward D1's 100 bound parameters).
 */
export const numbered = (n: number): SQL => sql.raw(`?${n}`);

/**
 * The SQL text of a `sql` template whose parameters are all numbered(n), bound in order by the
 * caller (db.prepare(text).bind(…)). Compile it once per shape: this is the ~0.13 ms step.
 */
export function sqlText(query: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(query);
  // A value interpolated as `${value}` would become an anonymous `?` among numbered ones.
  if (params.length > 0) throw new Error("sqlText: bind values through numbered(n), not an interpolated value");
  return text;
}

const textByShape = new Map<string, string>();

/**
 * sqlText of a statement whose text depends on a few options (a target count, a grouping), compiled
 * once per isolate per `shape` key; keys start with their module's name ("evidence|…", "stats|…").
 */
export function sqlTextOnce(shape: string, build: () => SQL): string {
  let text = textByShape.get(shape);
  if (text === undefined) {
    text = sqlText(build());
    textByShape.set(shape, text);
  }
  return text;
}

/** A numeric constant of our code written into the SQL text (a LIMIT, a threshold), never a user's value. */
export const constant = (n: number): SQL => sql.raw(String(n));

const noDatabase = {
  prepare() {
    throw new Error("unbound: compile the query with compiled(…) and bind it to a Db");
  },
} as unknown as D1Database;

/**
 * Drizzle's builder bound to no database, for writes on request paths compiled once per isolate:
 * `compiled(unbound.update(t).set(…).where(eq(t.id, sql.placeholder("id"))))`. Writes only (and
 * RETURNING of columns whose SQL name is the property name): a builder select names its columns
 * without aliases and maps rows by position, which compiled(…).first/all do not do — select with
 * a `sql` template (`${t.column} AS name`), or with orm(db) off the hot paths.
 */
export const unbound = drizzle(noDatabase);

/** `column IN (the values of a JSON array)`: any number of values as one bound parameter. */
export const inJsonArray = (column: SQLWrapper, json: SQLWrapper): SQL => sql`${column} IN (SELECT value FROM json_each(${json}))`;

/** `(c0, c1, …) IN (the rows of a JSON array of [c0, c1, …] arrays)`: any number of rows as one bound parameter. */
export const inJsonRows = (columns: SQLWrapper[], json: SQLWrapper): SQL =>
  sql`(${sql.join(columns, sql`, `)}) IN (SELECT ${sql.join(columns.map((_, i) => sql.raw(`json_extract(value, '$[${i}]')`)), sql`, `)} FROM json_each(${json}))`;
