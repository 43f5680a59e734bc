/** Every lookup path must stay an index read as data grows: assert it on the real query plans. */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { campaignMatchStatement, campaignStatements } from "../../src/db/queries/campaigns";
import { pageBoundaryStatement } from "../../src/db/queries/feeds";
import { evidenceStatements } from "../../src/db/queries/reputation";
import { openBucketStatement } from "../../src/db/queries/stats";
import { campaignMembersStatement, leaseDueStatement } from "../../src/db/queries/webhooks";

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
  // Scanning a subquery's own (already index-searched) rows — a co-routine or materialised view
  // named in the same plan, or the VALUES list of requested targets (CTE t) — is fine, and so is
  // json_each over a report's own JSON parameter (its few links, domains or facets).
  const subqueries = new Set([...detail.matchAll(/(?:CO-ROUTINE|MATERIALIZE) (\w+)/g)].map((m) => m[1]));
  for (const line of detail.split("\n")) {
    const scanned = /^SCAN (\w+)/.exec(line)?.[1];
    if (!scanned || subqueries.has(scanned)) continue;
    if (!/^SCAN (\(subquery|t$|\w+ VIRTUAL TABLE INDEX \d+:?$)|USING (COVERING )?INDEX|CONSTANT ROW/.test(line)) {
      throw new Error(`full scan in plan:\n${detail}`);
    }
  }
  expect(detail).toMatch(/SEARCH|CONSTANT ROW|USING|VIRTUAL TABLE/);
}

describe("query plans of lookup paths", () => {
  const now = Date.now();
  it.each(["sender", "domain"] as const)("%s lookups read through indexes only", async (type) => {
    const values = type === "sender" ? ["+8613800138000", "106900001234"] : ["example.top", "zx-jr.top"];
    const statements = evidenceStatements(env.DB, { type, values, registryKeys: ["13800138000", "106900001234"], now, windowStart: now - 90 * 86_400_000, withSamples: true });
    for (const statement of statements) expectIndexed(await plan(statement));
  });

  it("campaign matching and campaign reads use indexes", async () => {
    for (const statement of [campaignMatchStatement(env.DB, "abcdef", [1, 2, 3]), ...campaignStatements(env.DB, "cmp_x")]) {
      expectIndexed(await plan(statement));
    }
  });

  it("the cron's due webhook rechecks and a campaign's members are index reads", async () => {
    expectIndexed(await plan(leaseDueStatement(env.DB, now)));
    expectIndexed(await plan(campaignMembersStatement(env.DB, ["cmp_a", "cmp_b"])));
  });

  it.each(["sender", "domain"] as const)("a %s feed page's bounds come from the change_seq index", async (type) => {
    expectIndexed(await plan(pageBoundaryStatement(env.DB, type, 0, 1000)));
  });

  /** EXPLAIN does not descend into trigger programs: each statement of a trigger's body on its own, NEW.* as parameters. */
  async function triggerPlans(name: string): Promise<{ text: string; detail: string }[]> {
    const trigger = await env.DB.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?").bind(name).first<string>("sql");
    const body = trigger!.slice(trigger!.indexOf("BEGIN") + 5, trigger!.lastIndexOf("END")).replace(/--.*$/gm, "");
    const statements = body.split(/;\s*\n/).map((part) => part.trim()).filter(Boolean);
    const plans = [];
    for (const text of statements) {
      const sql = text.replace(/RAISE\(ABORT, '[^']*'\)/, "1").replace(/NEW\.\w+/g, "?");
      const params = Array.from({ length: sql.split("?").length - 1 }, () => "[]");
      const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...params).all<{ detail: string }>();
      plans.push({ text, detail: results.map((row) => row.detail).join("\n") });
    }
    return plans;
  }

  it("every statement of the report intake trigger reads through indexes", async () => {
    const plans = await triggerPlans("report_intake_write");
    expect(plans.length).toBeGreaterThan(15);
    for (const { detail } of plans) if (detail) expectIndexed(detail);
    // The fast path's guard is a primary-key probe of target_reporters.
    const guard = plans.find(({ text }) => text.includes("RAISE"))!.text;
    const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${guard.replace(/RAISE\(ABORT, '[^']*'\)/, "1").replace(/NEW\.\w+/g, "?")}`).bind(1, "s", "r", 0).all<{ detail: string }>();
    expect(results.map((row) => row.detail).join("\n")).toMatch(/SEARCH target_reporters (EXISTS )?USING (PRIMARY KEY|(COVERING )?INDEX \w+) \(target_type=\? AND target=\? AND reporter=\?\)/);
  });

  it.each([
    ["stats_member_repeats_on_insert", "stats_members"],
    ["stats_domain_member_repeats_on_insert", "stats_domain_members"],
  ])("%s finds a member's first row of the period in constant time: one repeat through the repeats' member index, else its one other row", async (name, table) => {
    const plans = await triggerPlans(name);
    expect(plans).toHaveLength(2);
    for (const { detail } of plans) expectIndexed(detail);
    const repeats = table.replace("_members", "_member_repeats");
    // Not the primary key's (period, day) range, which reads every member's repeats of the period.
    expect(plans[0]!.detail).toMatch(new RegExp(`SEARCH r USING (COVERING )?INDEX ${repeats}_member_idx \\(member_type=\\? AND member=\\? AND period=\\? AND day>\\? AND day<\\?\\)`));
    expect(plans[0]!.detail).not.toMatch(/SEARCH r USING PRIMARY KEY/);
    expect(plans[0]!.detail).toMatch(new RegExp(`SEARCH f USING (COVERING )?INDEX ${table}_member_idx \\(member_type=\\? AND member=\\? AND day>\\? AND day<\\?\\)`));
  });

  it.each([
    [["institution", "carrier"], "stats_members"],
    [["domain"], "stats_domain_members"],
  ] as const)("a month-to-date query by %s reads its day partials by key and checks today's repeats through the member index", async (dimensions, members) => {
    const detail = await plan(openBucketStatement(env.DB, { from: "2026-12-01", to: "2026-12-31", bucket: "month", dimensions: [...dimensions] }, "2026-12-01", "2026-12-20"));
    expect(detail).toMatch(/SEARCH stats_day_partials USING PRIMARY KEY \(shape=\? AND day>\? AND day<\?\)/);
    expect(detail).toMatch(new RegExp(`SEARCH m USING COVERING INDEX ${members}_member_idx \\(member_type=\\? AND member=\\? AND day>\\? AND day<\\?\\)`));
    expect(detail).not.toMatch(/SCAN stats_/);
  });
});
