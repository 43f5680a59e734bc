/**
 * The lookup read path: one round trip (a read-only batch) per target, never an aggregation
 * over all reports — the per-target rows are kept current by the write path.
 */

export type TargetType = "sender" | "domain";

export interface TargetAggregate {
  reportCount: number;
  reporterCount: number;
  firstSeen: number;
  lastSeen: number;
  kind?: string;
  shortener?: boolean;
}

export interface TargetEvidence {
  aggregate: TargetAggregate | null;
  reporters: { lastAt: number; strongSignal: number }[];
  facets: { facet: string; value: string; count: number }[];
  campaign: { id: string; reporterCount: number; lastSeen: number } | null;
  official: { organization: string } | null;
  recentReports: number;
  samples: { id: string; text: string | null; createdAt: number }[];
}

const REPORTER_ROWS_LIMIT = 1000;
const FACET_ROWS_LIMIT = 200;

/** Reads everything a lookup needs for one target. `registryKey` is only used for senders. */
export function targetEvidenceStatements(
  db: D1Database,
  args: { type: TargetType; value: string; registryKey?: string; now: number; windowStart: number; withSamples: boolean },
): D1PreparedStatement[] {
  const { type, value } = args;
  const recentSince = args.now - 30 * 86_400_000;
  const aggregate =
    type === "sender"
      ? db
          .prepare("SELECT report_count AS reportCount, reporter_count AS reporterCount, first_seen AS firstSeen, last_seen AS lastSeen, kind FROM senders WHERE normalized = ?")
          .bind(value)
      : db
          .prepare("SELECT report_count AS reportCount, reporter_count AS reporterCount, first_seen AS firstSeen, last_seen AS lastSeen, shortener FROM domains WHERE domain = ?")
          .bind(value);
  const recent =
    type === "sender"
      ? db.prepare("SELECT count(*) AS n FROM (SELECT 1 FROM reports WHERE sender = ? AND created_at >= ? AND hidden = 0 LIMIT 100000)").bind(value, recentSince)
      : db
          .prepare(
            "SELECT count(*) AS n FROM (SELECT 1 FROM report_domains d JOIN reports r ON r.id = d.report_id WHERE d.domain = ? AND r.created_at >= ? AND r.hidden = 0 LIMIT 100000)",
          )
          .bind(value, recentSince);
  const samples = !args.withSamples
    ? db.prepare("SELECT NULL AS id WHERE 0")
    : type === "sender"
      ? db.prepare("SELECT id, text, created_at AS createdAt FROM reports WHERE sender = ? AND hidden = 0 ORDER BY created_at DESC LIMIT 5").bind(value)
      : db
          .prepare(
            "SELECT r.id AS id, r.text AS text, r.created_at AS createdAt FROM report_domains d JOIN reports r ON r.id = d.report_id WHERE d.domain = ? AND r.hidden = 0 ORDER BY r.created_at DESC LIMIT 5",
          )
          .bind(value);
  return [
    aggregate,
    db
      .prepare(
        "SELECT last_at AS lastAt, strong_signal AS strongSignal FROM target_reporters WHERE target_type = ? AND target = ? AND last_at >= ? AND hidden = 0 ORDER BY last_at DESC LIMIT ?",
      )
      .bind(type, value, args.windowStart, REPORTER_ROWS_LIMIT),
    db
      .prepare("SELECT facet, value, count FROM target_facets WHERE target_type = ? AND target = ? ORDER BY count DESC LIMIT ?")
      .bind(type, value, FACET_ROWS_LIMIT),
    db
      .prepare(
        `SELECT id, reporter_count AS reporterCount, last_seen AS lastSeen FROM campaigns
         WHERE id IN (SELECT value FROM target_facets WHERE target_type = ? AND target = ? AND facet = 'campaign')
         ORDER BY reporter_count DESC LIMIT 1`,
      )
      .bind(type, value),
    type === "sender" && args.registryKey
      ? db.prepare("SELECT organization FROM official_senders WHERE number = ?").bind(args.registryKey)
      : db.prepare("SELECT NULL AS organization WHERE 0"),
    recent,
    samples,
  ];
}

/** Shapes the batch results of targetEvidenceStatements (7 results, in order). */
export function parseTargetEvidence(results: D1Result[]): TargetEvidence {
  const rows = (i: number) => (results[i]?.results ?? []) as Record<string, unknown>[];
  const aggregateRow = rows(0)[0];
  return {
    aggregate: aggregateRow
      ? {
          reportCount: Number(aggregateRow.reportCount),
          reporterCount: Number(aggregateRow.reporterCount),
          firstSeen: Number(aggregateRow.firstSeen),
          lastSeen: Number(aggregateRow.lastSeen),
          ...(aggregateRow.kind ? { kind: String(aggregateRow.kind) } : {}),
          ...(aggregateRow.shortener !== undefined ? { shortener: Boolean(aggregateRow.shortener) } : {}),
        }
      : null,
    reporters: rows(1) as TargetEvidence["reporters"],
    facets: rows(2) as TargetEvidence["facets"],
    campaign: (rows(3)[0] as TargetEvidence["campaign"] | undefined) ?? null,
    official: (rows(4)[0] as TargetEvidence["official"] | undefined) ?? null,
    recentReports: Number(rows(5)[0]?.n ?? 0),
    samples: rows(6) as TargetEvidence["samples"],
  };
}

export const STATEMENTS_PER_TARGET = 7;

export async function readTargetEvidence(db: D1Database, args: Parameters<typeof targetEvidenceStatements>[1]): Promise<TargetEvidence> {
  return parseTargetEvidence(await db.batch(targetEvidenceStatements(db, args)));
}

/** Official organizations of a set of registry keys, and the registry's numbers for institutions. */
export async function officialNumbersOf(db: D1Database, organization: string): Promise<string[]> {
  const { results } = await db.prepare("SELECT number FROM official_senders WHERE organization = ? LIMIT 500").bind(organization).all<{ number: string }>();
  return results.map((row) => row.number);
}
