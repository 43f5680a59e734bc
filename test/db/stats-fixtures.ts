/**
 * Synthetic statistics rows and a plain recount of them, shared by the statistics tests: few
 * people and many cells, so the same member recurs across cells, days, weeks and months.
 */
import { env } from "cloudflare:workers";
import { CATEGORICAL_DIMENSIONS, MIN_REPORTERS_PER_CELL, type CategoricalDimension, type StatsRow } from "../../src/db/queries/stats";
import { bucketStart, type TimeBucket } from "../../src/domain/calendar";
import { mulberry32 } from "../../scripts/lib/synthetic";

export interface SyntheticReport {
  day: string;
  cell: Record<CategoricalDimension, string>;
  reporter: string;
  sender: string;
  domains: string[];
  /** The category was inferred from the text, not chosen by the reporter. */
  inferred: boolean;
}

export const random = mulberry32(7);
const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
export const START = Date.UTC(2026, 9, 24); // 2026-10-24: the days cross weeks and two month ends.
export const dayOf = (i: number) => new Date(START + i * 86_400_000).toISOString().slice(0, 10);

// Few people and many cells, so the same member recurs across cells, days, weeks and months.
export const reports: SyntheticReport[] = Array.from({ length: 420 }, () => ({
  day: dayOf(Math.floor(random() * 45)),
  cell: {
    institution: pick(["中信金融", "众安", "东銮金融", ""]),
    senderKind: pick(["mobile", "port_106"]),
    carrier: pick(["china_mobile", "china_unicom", ""]),
    region: pick(["11", "31", "44"]),
    category: pick(["fake_collection", "phishing"]),
  },
  reporter: `r${Math.floor(random() ** 2 * 40)}`,
  sender: `s${Math.floor(random() * 30)}`,
  domains: [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => `d${Math.floor(random() * 9)}.top`))],
  inferred: random() < 0.6,
}));

const CELL = "day, institution, sender_kind, carrier, region, category";

export async function insert(batch: SyntheticReport[]) {
  const statements = batch.flatMap((r) => {
    const cell = [r.day, r.cell.institution, r.cell.senderKind, r.cell.carrier, r.cell.region, r.cell.category];
    const members = [["r", r.reporter], ["s", r.sender], ...r.domains.map((d) => ["d", d])];
    return [
      env.DB.prepare(`INSERT INTO stats_cells (${CELL}, reports, inferred_reports) VALUES (?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT DO UPDATE SET reports = reports + 1, inferred_reports = inferred_reports + excluded.inferred_reports`).bind(...cell, r.inferred ? 1 : 0),
      ...members.map(([type, member]) => env.DB.prepare(`INSERT OR IGNORE INTO stats_members (${CELL}, member_type, member) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).bind(...cell, type, member)),
      ...r.domains.flatMap((domain) => [
        env.DB.prepare("INSERT INTO stats_domain_cells (day, domain, reports) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET reports = reports + 1").bind(r.day, domain),
        ...[["r", r.reporter], ["s", r.sender]].map(([type, member]) =>
          env.DB.prepare("INSERT OR IGNORE INTO stats_domain_members (day, domain, member_type, member) VALUES (?, ?, ?, ?)").bind(r.day, domain, type, member),
        ),
      ]),
    ];
  });
  for (let i = 0; i < statements.length; i += 200) await env.DB.batch(statements.slice(i, i + 200));
}

/** The statistics recounted from the reports themselves, with the same suppression rule. */
export function recount(stored: SyntheticReport[], bucket: TimeBucket, dimensions: (CategoricalDimension | "domain")[]): StatsRow[] {
  interface Group { bucket: string; values: Record<string, string>; reports: number; inferred: number; reporters: Set<string>; senders: Set<string>; domains: Set<string> }
  // Domain rollups have no category, so nothing counts as inferred there.
  const countsInferred = dimensions[0] !== "domain";
  const groups = new Map<string, Group>();
  for (const r of stored) {
    const instances: Record<string, string>[] = dimensions[0] === "domain" ? r.domains.map((domain) => ({ domain })) : [r.cell];
    for (const instance of instances) {
      const start = bucketStart(r.day, bucket);
      const values = Object.fromEntries(dimensions.map((d) => [d, instance[d]! || "unknown"]));
      const key = JSON.stringify([start, values]);
      const group = groups.get(key) ?? { bucket: start, values, reports: 0, inferred: 0, reporters: new Set(), senders: new Set(), domains: new Set() };
      group.reports += 1;
      if (countsInferred && r.inferred) group.inferred += 1;
      group.reporters.add(r.reporter);
      group.senders.add(r.sender);
      for (const d of dimensions[0] === "domain" ? [instance.domain!] : r.domains) group.domains.add(d);
      groups.set(key, group);
    }
  }
  const rows: StatsRow[] = [];
  const folded = new Map<string, Group>();
  for (const g of groups.values()) {
    if (g.reporters.size >= MIN_REPORTERS_PER_CELL) {
      rows.push({ bucket: g.bucket, values: g.values, reports: g.reports, categoryInferred: g.inferred, distinctReporters: g.reporters.size, distinctSenders: g.senders.size, distinctDomains: g.domains.size });
      continue;
    }
    const other = folded.get(g.bucket) ?? { bucket: g.bucket, values: {}, reports: 0, inferred: 0, reporters: new Set(), senders: new Set(), domains: new Set() };
    other.reports += g.reports;
    other.inferred += g.inferred;
    for (const k of ["reporters", "senders", "domains"] as const) for (const m of g[k]) other[k].add(m);
    folded.set(g.bucket, other);
  }
  for (const o of folded.values()) {
    if (o.reporters.size < MIN_REPORTERS_PER_CELL) continue;
    const values = Object.fromEntries(dimensions.map((d) => [d, "other"]));
    rows.push({ bucket: o.bucket, values, reports: o.reports, categoryInferred: o.inferred, distinctReporters: o.reporters.size, distinctSenders: o.senders.size, distinctDomains: o.domains.size, other: true });
  }
  return rows;
}

export const canonical = (rows: StatsRow[]) => rows.map((r) => JSON.stringify(r)).sort();
const dimensionSets: CategoricalDimension[][] = Array.from({ length: 32 }, (_, mask) =>
  (Object.keys(CATEGORICAL_DIMENSIONS) as CategoricalDimension[]).filter((_, bit) => mask & (1 << bit)),
);
export const groupings: (CategoricalDimension | "domain")[][] = [...dimensionSets, ["domain"]];
export const BUCKETS: TimeBucket[] = ["day", "week", "month"];

