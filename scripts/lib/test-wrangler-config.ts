/**
 * The Workers tests' copy of wrangler.toml, written where no `.dev.vars` or `.env` lives: wrangler
 * reads `.dev.vars` from the folder of the config it is given, and a developer's file (say with
 * TURNSTILE_SECRET set, as the example invites) would change what the tests see. Tests set their
 * own bindings in vitest.config.ts instead. Paths are made absolute so the copy points at the
 * project's sources, assets and migrations.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { experimental_readRawConfig } from "wrangler";

export function writeTestWranglerConfig(root: string): string {
  const { rawConfig } = experimental_readRawConfig({ config: join(root, "wrangler.toml") });
  const config = structuredClone(rawConfig) as Record<string, unknown> & {
    main?: string;
    assets?: { directory?: string };
    d1_databases?: { migrations_dir?: string }[];
  };
  // Workers Logs are for the deployed Worker; in tests they would only record every request.
  delete config.observability;
  if (config.main) config.main = resolve(root, config.main);
  if (config.assets?.directory) config.assets.directory = resolve(root, config.assets.directory);
  for (const database of config.d1_databases ?? []) {
    if (database.migrations_dir) database.migrations_dir = resolve(root, database.migrations_dir);
  }
  const dir = join(root, ".wrangler", "vitest-config");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "wrangler.json");
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}
