/** Every script answers --help with its usage, at once, without doing any of its work. */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const SCRIPTS = join(import.meta.dirname, "../../scripts");
/** Modules other scripts import; not run on their own. */
const LIBRARIES = new Set(["eval-corpus.ts"]);
const run = promisify(execFile);

const entryScripts = readdirSync(SCRIPTS).filter((name) => /\.(ts|mjs)$/.test(name) && !LIBRARIES.has(name));

describe("scripts", () => {
  it("every script handles --help (scripts/lib/cli.ts handleHelp) and documents its usage", () => {
    expect(entryScripts.length).toBeGreaterThan(10);
    for (const name of entryScripts) {
      const source = readFileSync(join(SCRIPTS, name), "utf8");
      expect(source, name).toMatch(/handleHelp\(|"--help"/);
      expect(source, name).toMatch(/npm (run|start)|npx |node scripts|Usage:/);
    }
  });

  // Run for real on the two that start servers (a --help that was ignored would start a benchmark).
  it("prints usage and exits 0 without starting anything: bench, start", { timeout: 120_000 }, async () => {
    const tsx = join(import.meta.dirname, "../../node_modules/.bin/tsx");
    for (const name of ["bench.ts", "start.ts"]) {
      const { stdout } = await run(tsx, [join(SCRIPTS, name), "--help"], { timeout: 60_000 });
      expect(stdout, name).toMatch(/npm (run bench|start)/);
    }
  });
});
