/**
 * The README's examples work when pasted: every fenced ```sh block runs, in order, in one bash
 * session against a local Worker (its URL in place of http://127.0.0.1:8787), from a folder whose
 * .dev.vars holds that Worker's admin token — as a newcomer's checkout after `npm start` would.
 * `curl` fails on any HTTP error (4xx/5xx) and each request is bounded in time. Blocks fenced as
 * ```bash are shown, not run (installing, deploying, operating).
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryDir } from "../../scripts/lib/cli";
import { LOCAL_SECRETS, type LocalWorker, migratedPersistDir, startLocalWorker } from "../../scripts/lib/local-worker";

const ROOT = join(import.meta.dirname, "../..");
const README_ORIGIN = "http://127.0.0.1:8787";

/** The ```sh blocks of a Markdown text, with the line each starts on. */
function shellBlocks(markdown: string): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  for (const match of markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    blocks.push({ line: markdown.slice(0, match.index).split("\n").length, code: match[1] ?? "" });
  }
  return blocks;
}

let worker: LocalWorker;

beforeAll(async () => {
  worker = await startLocalWorker(migratedPersistDir("fanzha-readme-"), { timeoutMs: 120_000 });
});

afterAll(async () => {
  await worker?.stop();
});

describe("README examples", () => {
  it("finds the examples", () => {
    expect(shellBlocks(readFileSync(join(ROOT, "README.md"), "utf8")).length).toBeGreaterThanOrEqual(6);
  });

  it("run as pasted against a local Worker", { timeout: 180_000 }, async () => {
    const folder = temporaryDir("fanzha-readme-run-");
    writeFileSync(join(folder, ".dev.vars"), `ADMIN_TOKEN=${LOCAL_SECRETS.ADMIN_TOKEN}\nREPORTER_KEY=${LOCAL_SECRETS.REPORTER_KEY}\n`);
    const blocks = shellBlocks(readFileSync(join(ROOT, "README.md"), "utf8"));
    const script = [
      "set -euo pipefail",
      // Any HTTP error fails the block; no request may hang the test.
      'curl() { command curl --fail-with-body --silent --show-error --max-time 20 "$@"; }',
      ...blocks.map(({ line, code }) => `echo "::README.md line ${line}" >&2\n${code.replaceAll(README_ORIGIN, worker.url)}`),
    ].join("\n");
    const { stdout, stderr } = await promisify(execFile)("bash", ["-c", script], { cwd: folder, timeout: 170_000, maxBuffer: 16 * 1024 * 1024 }).catch((error) => {
      const lastBlock = [...String(error.stderr).matchAll(/::README\.md line (\d+)/g)].pop()?.[1];
      throw new Error(`README block at line ${lastBlock} failed:\n${error.stderr}\n${String(error.stdout).slice(-2000)}`);
    });
    expect(stderr.match(/::README\.md line/g)?.length).toBe(blocks.length);
    expect(stdout).toContain('"verdict"');
  });
});
