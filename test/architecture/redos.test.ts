/**
 * Every regular expression under src/ is checked with recheck (npm `recheck`, a ReDoS checker
 * that decides by automata theory where it can and by guided fuzzing where it cannot, lookbehinds
 * included, and reports the complexity with an attack string). A pattern that it finds exponential
 * or polynomial — quadratic included: on a 4,000-character text that is millions of steps — fails
 * here, so a new vulnerable pattern cannot land.
 *
 * Literals are found in the source's syntax tree; patterns built with `new RegExp(…)` are recorded
 * as their modules construct them, which every such module does when it loads.
 *
 * recheck takes minutes over the few hundred patterns (the concept lists build long alternations),
 * and its verdict depends only on the pattern, its flags, the options below and recheck's version:
 * patterns already found safe are listed by that key in redos-safe.json, so a run checks only new or
 * changed patterns. `REDOS_RECORD=true npx vitest run --project domain test/architecture/redos.test.ts`
 * rewrites the list (only safe verdicts are ever recorded; a vulnerable pattern fails either way).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { checkSync, type Diagnostics } from "recheck";
// The oxc parser that vite already brings (through rolldown): a syntax tree, so `a / b / c` is never read as a pattern.
import { parseAst } from "rolldown/parseAst";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

function listModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listModules(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

/** Visits every node of an ESTree-shaped tree. */
function walk(node: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node !== "object") return;
  const record = node as Record<string, unknown>;
  if (typeof record.type === "string") visit(record);
  for (const [key, value] of Object.entries(record)) if (key !== "parent" && value && typeof value === "object") walk(value, visit);
}

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** Regex literals of every module, and how many `RegExp(…)` constructions each one contains. */
function scanSources(): { literals: Pattern[]; constructions: Map<string, number> } {
  const literals: Pattern[] = [];
  const constructions = new Map<string, number>();
  for (const module of listModules(SRC)) {
    const source = readFileSync(module, "utf8");
    const name = relative(SRC, module);
    const program = parseAst(source, { lang: "ts", sourceType: "module" }, module);
    walk(program, (node) => {
      const regex = node.regex as { pattern: string; flags: string } | undefined;
      if (node.type === "Literal" && regex) literals.push({ source: regex.pattern, flags: regex.flags, where: `${name}:${lineOf(source, node.start as number)}` });
      const callee = node.callee as { type?: string; name?: string } | undefined;
      if ((node.type === "NewExpression" || node.type === "CallExpression") && callee?.type === "Identifier" && callee.name === "RegExp") {
        constructions.set(module, (constructions.get(module) ?? 0) + 1);
      }
    });
  }
  return { literals, constructions };
}

/** Imports each module that builds patterns, recording every RegExp constructed meanwhile and where. */
async function constructedPatterns(modules: string[]): Promise<{ patterns: Pattern[]; perModule: Map<string, number> }> {
  const patterns: Pattern[] = [];
  const perModule = new Map<string, number>();
  const Original = globalThis.RegExp;
  class RecordingRegExp extends Original {
    constructor(pattern: string | RegExp, flags?: string) {
      super(pattern, flags);
      const stack = new Error().stack ?? "";
      const module = modules.find((candidate) => stack.includes(candidate));
      if (!module) return;
      perModule.set(module, (perModule.get(module) ?? 0) + 1);
      patterns.push({ source: this.source, flags: this.flags, where: `${relative(SRC, module)} (constructed)` });
    }
  }
  globalThis.RegExp = RecordingRegExp as RegExpConstructor;
  try {
    for (const module of modules) await import(/* @vite-ignore */ `${module}?redos-check`);
  } finally {
    globalThis.RegExp = Original;
  }
  return { patterns, perModule };
}

/**
 * recheck's verdict, checked without the `d` flag (match indices do not change how a pattern
 * matches) and without wall-clock limits, so that the verdict is the same on a busy machine: the
 * automaton checker (exact, deterministic) wherever it applies; for patterns it cannot model
 * (lookarounds), the fuzzing checker with a fixed seed, bounded by step counts only.
 */
const NO_TIME_LIMITS = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, randomSeed: 20261206 } as const;

const SAFE_LIST = join(import.meta.dirname, "redos-safe.json");
const RECHECK_VERSION = (createRequire(import.meta.url)("recheck/package.json") as { version: string }).version;

/** The key a safe verdict is recorded under: everything the verdict depends on. */
function verdictKey(pattern: Pattern): string {
  const input = JSON.stringify([RECHECK_VERSION, NO_TIME_LIMITS, pattern.source, pattern.flags.replace("d", "")]);
  return createHash("sha256").update(input).digest("hex").slice(0, 32);
}

function recordedSafe(): Set<string> {
  try {
    return new Set(JSON.parse(readFileSync(SAFE_LIST, "utf8")) as string[]);
  } catch {
    return new Set();
  }
}

function verdict(pattern: Pattern): Diagnostics {
  const flags = pattern.flags.replace("d", "");
  const exact = checkSync(pattern.source, flags, { ...NO_TIME_LIMITS, checker: "automaton" });
  return exact.status === "unknown" ? checkSync(pattern.source, flags, { ...NO_TIME_LIMITS, checker: "fuzz" }) : exact;
}

describe("regular expressions under src/", () => {
  it("none is exponential or polynomial (recheck)", { timeout: 1_200_000 }, async () => {
    const { literals, constructions } = scanSources();
    const { patterns: constructed, perModule } = await constructedPatterns([...constructions.keys()]);
    // Every construction site ran when its module loaded (else a pattern could escape the check).
    for (const [module, sites] of constructions) expect(perModule.get(module) ?? 0, `patterns built in ${relative(SRC, module)}`).toBeGreaterThanOrEqual(sites);
    expect(literals.length).toBeGreaterThan(50);

    const unique = new Map<string, Pattern>();
    for (const pattern of [...literals, ...constructed]) unique.set(`/${pattern.source}/${pattern.flags}`, pattern);
    const flagged: string[] = [];
    const known = recordedSafe();
    const safe: string[] = [];
    for (const pattern of unique.values()) {
      const key = verdictKey(pattern);
      if (known.has(key)) {
        safe.push(key);
        continue;
      }
      const result = verdict(pattern);
      if (result.status === "safe") {
        safe.push(key);
        continue;
      }
      const why =
        result.status === "vulnerable"
          ? `${result.complexity.type}${result.complexity.type === "polynomial" ? ` degree ${result.complexity.degree}` : ""}, attack ${JSON.stringify(result.attack.string.slice(0, 40))}`
          : `unknown: ${result.error.kind}`;
      flagged.push(`${pattern.where} /${pattern.source.slice(0, 120)}/${pattern.flags} — ${why}`);
    }
    if (process.env.REDOS_RECORD === "true") writeFileSync(SAFE_LIST, `${JSON.stringify([...new Set(safe)].sort(), null, 0).replaceAll(",", ",\n")}\n`);
    expect(flagged, flagged.join("\n")).toEqual([]);
  });

  it("the checker flags the patterns that stalled the Worker before issue 19, and passes their rewrites", { timeout: 300_000 }, () => {
    const token = String.raw`(?:^|[^\w./:@-]|:\/\/)(?:www\.[A-Za-z0-9.-]*|(?=[A-Za-z0-9.-]*[A-Za-z])[A-Za-z0-9.]*[-0-9][A-Za-z0-9.-]*)`;
    const before = [
      { source: String.raw`[ \t]+(?<=${token}\.[ \t]+)(?=[A-Za-z0-9])`, flags: "gi", where: "links.ts before" },
      { source: String.raw`[.,;:!?()[\]{}<>'"*]+$`, flags: "", where: "links.ts before" },
      { source: String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}`, flags: "g", where: "redact.ts before" },
    ];
    const after = [{ source: String.raw`(?<=\.)[ \t]{1,3}(?=[A-Za-z0-9])`, flags: "g", where: "links.ts after" }];
    for (const pattern of before) expect(verdict(pattern).status, pattern.source).toBe("vulnerable");
    for (const pattern of after) expect(verdict(pattern).status, pattern.source).toBe("safe");
  });
});
