/**
 * The layer rule of docs/architecture.md, checked over every relative import under src/:
 * a module may import its own layer or a lower one, never a higher one, and no import loops.
 * And src/db is the only code that touches D1: no module outside it calls D1 itself, writes an
 * SQL statement or builds one with Drizzle.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

/** Lowest first. A module's layer is its first folder under src/ (the entry files are "entry"). */
const RANK: Record<string, number> = { domain: 0, lib: 1, schemas: 2, db: 3, cache: 4, services: 5, middleware: 6, pages: 6, routes: 7, entry: 8 };

function listModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listModules(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function layerOf(module: string): string {
  const parts = relative(SRC, module).split("/");
  return parts.length === 1 ? "entry" : parts[0]!;
}

/** Relative imports (static, dynamic and type-only) resolved to module paths. */
function importsOf(module: string): string[] {
  const source = readFileSync(module, "utf8");
  const found: string[] = [];
  for (const match of source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = normalize(join(dirname(module), match[1]!));
    found.push(target.endsWith(".ts") ? target : `${target}.ts`);
  }
  return found;
}

type Graph = Map<string, string[]>;

function findUpwardImports(graph: Graph): string[] {
  const violations: string[] = [];
  for (const [module, targets] of graph) {
    for (const target of targets) {
      const from = layerOf(module);
      const to = layerOf(target);
      // Same layer, or strictly lower; two different layers of one rank (middleware, pages) stay apart.
      const allowed = from === "domain" ? to === "domain" : to === from || RANK[to]! < RANK[from]!;
      if (!allowed) violations.push(`${relative(SRC, module)} (${from}) → ${relative(SRC, target)} (${to})`);
    }
  }
  return violations;
}

function findLoops(graph: Graph): string[] {
  const loops: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (module: string): void => {
    state.set(module, "visiting");
    stack.push(module);
    for (const target of graph.get(module) ?? []) {
      if (state.get(target) === "visiting") loops.push([...stack.slice(stack.indexOf(target)), target].map((m) => relative(SRC, m)).join(" → "));
      else if (!state.has(target) && graph.has(target)) visit(target);
    }
    stack.pop();
    state.set(module, "done");
  };
  for (const module of graph.keys()) if (!state.has(module)) visit(module);
  return loops;
}

/**
 * D1's own calls: a binding's (or session's) prepare, batch and withSession, a prepared
 * statement's run, first, raw and all (Promise.all aside).
 */
const D1_CALL = /\.\s*(?:prepare|batch|withSession|run|first|raw)\s*\(|(?<!\bPromise\s*)\.\s*all\s*\(/g;
/** An SQL statement, keywords in capitals as this code writes them (lower-case SQL needs a D1 call or Drizzle, caught above and below). */
const SQL_STATEMENT =
  /\b(?:SELECT|INSERT\s+(?:OR\s+[A-Z]+\s+)?INTO|REPLACE\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|WITH\s+(?:RECURSIVE\s+)?\S+\s+AS\s*\(|(?:CREATE|DROP)\s+(?:(?:TEMP|TEMPORARY|UNIQUE)\s+)?(?:TABLE|INDEX|VIEW|TRIGGER)|ALTER\s+TABLE|PRAGMA)\b/g;
const DRIZZLE_IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)["']drizzle-orm(?:\/[^"']*)?["']/;

/**
 * Where modules outside src/db touch D1 themselves. Calls and SQL are looked for in the code
 * without its comments (esbuild's TypeScript transform drops them), so a comment may name them.
 */
function findDatabaseAccess(sources: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [module, source] of sources) {
    if (layerOf(module) === "db") continue;
    const name = relative(SRC, module);
    const code = transformSync(source, { loader: "ts", legalComments: "none" }).code;
    for (const match of code.matchAll(D1_CALL)) found.push(`${name}: calls ${match[0].replace(/\s+/g, "")}`);
    for (const match of code.matchAll(SQL_STATEMENT)) found.push(`${name}: SQL ${match[0].replace(/\s+/g, " ")}`);
    if (DRIZZLE_IMPORT.test(source)) found.push(`${name}: imports drizzle-orm`);
  }
  return found;
}

const modules = listModules(SRC);
const graph: Graph = new Map(modules.map((module) => [module, importsOf(module)]));

describe("architecture: layers", () => {
  it("knows the layer of every folder under src/", () => {
    expect(modules.map(layerOf).filter((layer) => !(layer in RANK))).toEqual([]);
  });

  it("no module imports a higher layer; domain imports nothing outside domain", () => {
    expect(findUpwardImports(graph)).toEqual([]);
  });

  it("has no import loops", () => {
    expect(findLoops(graph)).toEqual([]);
  });

  it("only src/db touches D1: no D1 call, SQL statement or Drizzle outside it", () => {
    expect(findDatabaseAccess(new Map(modules.map((module) => [module, readFileSync(module, "utf8")])))).toEqual([]);
  });

  it("flags a D1 call, an SQL statement or Drizzle outside src/db, not inside it nor in a comment", () => {
    const at = (path: string) => join(SRC, path);
    const made = new Map([
      [at("cache/sync.ts"), "export const read = (db: Db) => db.prepare(`SELECT value FROM counters WHERE name = ?`).bind(1);"],
      [at("services/batch.ts"), "// db.prepare(…) and db.batch(…) belong in src/db\nexport const run = (db: Db, s: D1PreparedStatement[]) => Promise.all([db.batch(s), s[0]!.run(), s[1]!.all()]);"],
      [at("routes/health.ts"), 'export const probe = "SELECT 1"; /* DELETE FROM reports */ export const prune = `DELETE FROM reports WHERE id = ?`;'],
      [at("services/prune.ts"), 'import { sql } from "drizzle-orm";\nexport const prune = sql`delete from reports`;'],
      [at("db/queries/probe.ts"), 'export const probe = (db: Db) => db.prepare("SELECT 1").first();'],
      [at("lib/words.ts"), "export const label = (text: string) => [/^x/.exec(text), 'Select a file', 'update your settings'];\nexport const both = (a: Promise<1>[]) => Promise.all(a);"],
    ]);
    expect(findDatabaseAccess(made)).toEqual([
      "cache/sync.ts: calls .prepare(",
      "cache/sync.ts: SQL SELECT",
      "services/batch.ts: calls .batch(",
      "services/batch.ts: calls .run(",
      "services/batch.ts: calls .all(",
      "routes/health.ts: SQL SELECT",
      "routes/health.ts: SQL DELETE FROM",
      "services/prune.ts: imports drizzle-orm",
    ]);
  });

  it("flags an upward import and a loop when there is one", () => {
    const at = (path: string) => join(SRC, path);
    const bad: Graph = new Map([
      [at("db/session.ts"), [at("lib/context.ts"), at("middleware/auth.ts")]],
      [at("middleware/auth.ts"), [at("db/session.ts")]],
      [at("domain/score.ts"), [at("lib/errors.ts")]],
      [at("lib/context.ts"), []],
    ]);
    expect(findUpwardImports(bad)).toEqual(["db/session.ts (db) → middleware/auth.ts (middleware)", "domain/score.ts (domain) → lib/errors.ts (lib)"]);
    expect(findLoops(bad)).toEqual(["db/session.ts → middleware/auth.ts → db/session.ts"]);
  });
});
