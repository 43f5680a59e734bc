/**
 * The layer rule of docs/architecture.md, checked over every relative import under src/:
 * a module may import its own layer or a lower one, never a higher one, and no import loops.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
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
