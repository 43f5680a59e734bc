#!/usr/bin/env node
/**
 * Copies the pinned Swagger UI (the `swagger-ui-dist` devDependency, exact version in
 * package.json) into public/vendor/swagger-ui/, so /docs loads it from our own origin: no CDN,
 * works offline. Run by wrangler before every `wrangler dev` and `wrangler deploy` ([build] in
 * wrangler.toml); the folder is generated and ignored by git.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log("Usage: node scripts/build-docs-assets.mjs\n\nCopies the pinned swagger-ui-dist files into public/vendor/swagger-ui/ (run by wrangler's [build] step).");
  process.exit(0);
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const target = join(root, "public", "vendor", "swagger-ui");
mkdirSync(target, { recursive: true });
for (const file of ["swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE", "package.json"]) {
  copyFileSync(join(source, file), join(target, file));
}
const { version } = JSON.parse(readFileSync(join(source, "package.json"), "utf8"));
if (process.argv.includes("--verbose")) console.log(`swagger-ui-dist ${version} → public/vendor/swagger-ui/`);
