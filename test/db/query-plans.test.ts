/** Every lookup path must stay an index read as data grows: assert it on the real query plans. */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { campaignMatchStatements, campaignStatements } from "../../src/db/queries/campaigns";
import { pageBoundaryStatement } from "../../src/db/queries/feeds";
import { reportWriteStatements } from "../../src/db/queries/reports";
import { evidenceStatements } from "../../src/db/queries/reputation";

type Stmt = D1PreparedStatement & { statement?: string; params?: unknown[] };

async function plan(statement: D1PreparedStatement): Promise<string> {
  // D1PreparedStatement keeps its SQL and bound values; EXPLAIN the same text with the same values.
  const { statement: sql, params } = statement as Stmt;
  if (!sql) throw new Error("cannot read statement SQL");
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...(params ?? [])).all<{ detail: string }>();
  return results.map((row) => row.detail).join("\n");
}

function expectIndexed(detail: string) {
  // "SCAN <table>" without an index is a full table scan; SEARCH … USING (COVERING) INDEX / PRIMARY KEY is fine.
  for (const line of detail.split("\n")) {
    // Scanning a subquery's own (already index-searched) rows or the VALUES list of requested
    // targets (CTE t) is fine; scanning a table is not.
    if (/^SCAN /.test(line) && !/^SCAN (\(subquery|t$)|USING (COVERING )?INDEX|CONSTANT ROW/.test(line)) {
      throw new Error(`full scan in plan:\n${detail}`);
    }
  }
  expect(detail).toMatch(/SEARCH|CONSTANT ROW|USING/);
}

describe("query plans of lookup paths", () => {
  const now = Date.now();
  it.each(["sender", "domain"] as const)("%s lookups read through indexes only", async (type) => {
    const values = type === "sender" ? ["+8613800138000", "106900001234"] : ["example.top", "zx-jr.top"];
    const statements = evidenceStatements(env.DB, { type, values, registryKeys: ["13800138000", "106900001234"], now, windowStart: now - 90 * 86_400_000, withSamples: true });
    for (const statement of statements) expectIndexed(await plan(statement));
  });

  it("campaign matching and campaign reads use indexes", async () => {
    for (const statement of [...campaignMatchStatements(env.DB, "abcdef", [1, 2, 3]), ...campaignStatements(env.DB, "cmp_x")]) {
      expectIndexed(await plan(statement));
    }
  });

  it.each(["sender", "domain"] as const)("a %s feed page's bounds come from the change_seq index", async (type) => {
    expectIndexed(await plan(pageBoundaryStatement(env.DB, type, 0, 1000)));
  });

  it("the report fast path's guard is one index probe", async () => {
    const [guard] = reportWriteStatements(env.DB, {
      id: "rep_x",
      sender: { normalized: "+8613800138000", kind: "mobile", country: "CN" },
      senderHash: "0".repeat(64),
      text: "x",
      fingerprint: "f",
      reporter: "r",
      receivedAt: null,
      createdAt: now,
      carrier: null,
      region: null,
      category: null,
      claimedInstitution: null,
      signals: [],
      strongSignal: false,
      callbackNumbers: [],
      links: [],
      campaign: { kind: "existing", id: "cmp_x" },
      idempotency: null,
      guarded: true,
    });
    const detail = await plan(guard!);
    expect(detail).toMatch(/SEARCH target_reporters .*USING (COVERING )?INDEX .*target_type=\? AND target=\? AND reporter=\?/);
    expectIndexed(detail);
  });
});
