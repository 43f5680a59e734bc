/** The generated TypeScript client (clients/typescript/) is current and usable. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_DIR, generateClient } from "../../scripts/client";

describe("typed client", () => {
  // Loading the generator and its TypeScript takes seconds on a busy machine.
  it("is generated from the current routes (run `npm run client` after changing one)", { timeout: 60_000 }, async () => {
    const { document, schema } = await generateClient();
    expect(readFileSync(join(CLIENT_DIR, "openapi.json"), "utf8"), "clients/typescript/openapi.json is stale: npm run client").toBe(document);
    expect(readFileSync(join(CLIENT_DIR, "schema.d.ts"), "utf8"), "clients/typescript/schema.d.ts is stale: npm run client").toBe(schema);
  });

  it("compiles an example that reports, looks up and switches on a problem's code", { timeout: 60_000 }, () => {
    // Throws with tsc's diagnostics when example.ts does not type-check against the client.
    execFileSync(process.execPath, [join("node_modules", "typescript", "bin", "tsc"), "-p", join(CLIENT_DIR, "tsconfig.json")], { encoding: "utf8" });
  });
});
