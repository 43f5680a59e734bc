/**
 * Queries name columns through src/db/schema.ts (src/db/orm.ts), so renaming a column fails
 * `npm run typecheck` instead of failing at run time. Proved on a scratch copy of src/ whose
 * schema renames one column property: tsc must reject every query module that still uses it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "fanzha-typed-queries-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function typecheckErrors(): string {
  try {
    execFileSync(join(ROOT, "node_modules/.bin/tsc"), ["--noEmit", "-p", join(scratch, "tsconfig.json")], { encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe("typed queries", () => {
  it("renaming a schema column fails the typecheck of the queries that use it", { timeout: 180_000 }, () => {
    cpSync(join(ROOT, "src"), join(scratch, "src"), { recursive: true });
    cpSync(join(ROOT, "worker-configuration.d.ts"), join(scratch, "worker-configuration.d.ts"));
    symlinkSync(join(ROOT, "node_modules"), join(scratch, "node_modules"));
    const config = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
    writeFileSync(join(scratch, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...config.compilerOptions, types: [] }, include: ["src", "worker-configuration.d.ts"] }));

    // The copy as it is compiles: the failure below is the rename's alone.
    expect(typecheckErrors()).toBe("");

    const schemaPath = join(scratch, "src/db/schema.ts");
    const schema = readFileSync(schemaPath, "utf8");
    // campaigns.reporter_count keeps its SQL name; only the property the queries use is renamed.
    const campaignsTable = schema.indexOf('export const campaigns = sqliteTable(');
    const at = schema.indexOf("reporterCount:", campaignsTable);
    expect(campaignsTable).toBeGreaterThan(0);
    let renamed = schema.slice(0, at) + "distinctReporters:" + schema.slice(at + "reporterCount:".length);
    // And one column the statistics read (stats_member_repeats.first_institution, same SQL name).
    expect(renamed).toContain("firstInstitution:");
    renamed = renamed.replace("firstInstitution:", "institutionOfFirstRow:");
    // One column property per further query module, renamed in its table only (SQL names kept).
    const renameIn = (table: string, property: string) => {
      const tableAt = renamed.indexOf(`export const ${table} = sqliteTable(`);
      const propertyAt = renamed.indexOf(`${property}:`, tableAt);
      expect(tableAt).toBeGreaterThan(0);
      expect(propertyAt).toBeGreaterThan(tableAt);
      renamed = `${renamed.slice(0, propertyAt)}${property}Renamed:${renamed.slice(propertyAt + property.length + 1)}`;
    };
    renameIn("reports", "claimedInstitution");
    renameIn("reports", "callbackNumbers");
    renameIn("targetFacets", "count");
    renameIn("votes", "voter");
    renameIn("idempotencyKeys", "requestHash");
    renameIn("bulkRows", "outcome");
    renameIn("webhookStates", "verdict");
    // The statements moved in from src/cache and src/services, and the feed and registry row types.
    renameIn("reports", "campaignId");
    renameIn("targetDecisions", "targetType");
    renameIn("campaigns", "sampleText");
    renameIn("statsFrozen", "bucket");
    renameIn("senders", "country");
    renameIn("officialSenders", "kind");
    writeFileSync(schemaPath, renamed);

    const errors = typecheckErrors();
    expect(errors).toMatch(/src\/db\/queries\/campaigns\.ts.*Property 'reporterCount' does not exist/);
    // An update's SET naming the old property fails too.
    expect(errors).toMatch(/src\/db\/queries\/moderation\.ts.*'reporterCount' does not exist/);
    // The lookup read path and the statistics name their columns through the schema too.
    expect(errors).toMatch(/src\/db\/queries\/reputation\.ts.*Property 'reporterCount' does not exist/);
    expect(errors).toMatch(/src\/db\/queries\/stats\.ts.*Property 'firstInstitution' does not exist/);
    // Reads and writes built with the builder (withdrawal, votes) and column lists, upserts and row
    // types named through the schema (bulk, webhooks, archive, idempotency).
    expect(errors).toMatch(/src\/db\/queries\/withdrawal\.ts.*Property 'claimedInstitution' does not exist/);
    expect(errors).toMatch(/src\/db\/queries\/withdrawal\.ts.*'count' does not exist/);
    expect(errors).toMatch(/src\/db\/queries\/votes\.ts.*Property 'voter' does not exist/);
    expect(errors).toMatch(/src\/db\/queries\/bulk\.ts.*'outcome'/);
    expect(errors).toMatch(/src\/db\/queries\/webhooks\.ts.*'verdict'/);
    expect(errors).toMatch(/src\/db\/queries\/archive\.ts.*'callbackNumbers'/);
    expect(errors).toMatch(/src\/db\/queries\/idempotency\.ts.*'requestHash'/);
    // The isolate caches' sync and known-ranges reads, the cron's prunes.
    expect(errors).toMatch(/src\/db\/queries\/cache-sync\.ts.*Property 'campaignId' does not exist/);
    expect(errors).toMatch(/src\/db\/queries\/cache-sync\.ts.*Property 'targetType' does not exist/);
    expect(errors).toMatch(/src\/db\/queries\/retention\.ts.*Property 'sampleText' does not exist/);
    expect(errors).toMatch(/src\/db\/queries\/retention\.ts.*Property 'bucket' does not exist/);
    // Row types picked from the schema: the Pick itself fails, not only the statement's SQL.
    expect(errors).toMatch(/src\/db\/queries\/feeds\.ts.*"country".*does not satisfy the constraint/);
    expect(errors).toMatch(/src\/db\/queries\/official\.ts.*"kind".*does not satisfy the constraint/);
  });
});
