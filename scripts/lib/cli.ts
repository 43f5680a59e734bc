/**
 * What every script shares: `--help`, and cleaning up after itself — temporary folders and child
 * process groups are removed/killed on a normal exit, on an uncaught error and on SIGINT, SIGTERM
 * or SIGHUP, so an interrupted benchmark leaves no `wrangler dev` serving and no folder behind.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const wantsHelp = (argv = process.argv) => argv.includes("--help") || argv.includes("-h");

/**
 * Prints the usage and exits when the command line asks for help. Call first, before any work.
 * `usage` is the text itself, or a script's `import.meta.url`: its leading doc comment is printed.
 */
export function handleHelp(usage: string): void {
  if (!wantsHelp()) return;
  console.log(usage.startsWith("file:") ? docComment(usage) : usage.trim());
  process.exit(0);
}

function docComment(moduleUrl: string): string {
  const source = readFileSync(fileURLToPath(moduleUrl), "utf8");
  const body = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? "";
  return body
    .split("\n")
    .map((line) => line.replace(/^\s*\* ?/, ""))
    .join("\n")
    .trim();
}

const cleanups = new Set<() => void>();
let installed = false;

function runCleanups(): void {
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // best effort: one failed cleanup must not keep the others from running
    }
  }
  cleanups.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", runCleanups);
  const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(exitCodes)) {
    process.on(signal, () => {
      runCleanups();
      process.exit(code);
    });
  }
}

/** Runs `cleanup` (synchronously) when the process ends, however it ends; returns an unregister function. */
export function onCleanup(cleanup: () => void): () => void {
  install();
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** A new folder in the temp dir, removed when the process ends. */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Kills a child started with `detached: true` together with everything it started. */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Kills the child's process group when this process ends. */
export function killOnExit(child: ChildProcess): void {
  const unregister = onCleanup(() => killGroup(child));
  child.once("exit", () => unregister());
}
