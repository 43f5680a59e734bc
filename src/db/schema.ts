/**
 * D1 schema (Drizzle). Storage is shaped for reads: every lookup path is one indexed read of a
 * per-target aggregate kept current on write, so lookups stay flat as reports grow.
 * Times are integer milliseconds since the epoch (UTC).
 *
 * Drizzle cannot declare WITHOUT ROWID; migration 0010 rebuilt these tables that way (small rows
 * keyed by their primary key: one B-tree each): senders, domains, report_domains, target_reporters,
 * target_facets, campaign_bands, campaign_fingerprints, reporters, target_decisions and the
 * stats_* rollups except stats_frozen (0015 and 0016 created theirs that way). A generated
 * migration that creates or recreates one of them must add WITHOUT ROWID by hand. Reports are written through the report_intake view (src/db/sql/report-intake.sql).
 */
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { TIME_BUCKETS, type TimeBucket } from "../domain/calendar";

/** One row per normalised sender ever reported: the aggregate that sender lookups read. */
export const senders = sqliteTable(
  "senders",
  {
    normalized: text("normalized").primaryKey(),
    kind: text("kind").notNull(),
    country: text("country"),
    reportCount: integer("report_count").notNull().default(0),
    reporterCount: integer("reporter_count").notNull().default(0),
    firstSeen: integer("first_seen").notNull(),
    lastSeen: integer("last_seen").notNull(),
    /** Monotonic change counter across senders and domains; feeds sync on it. */
    changeSeq: integer("change_seq").notNull().default(0),
    /** Hex SHA-256 of `normalized`, for k-anonymous range lookups by its first 5 characters. */
    sha256: text("sha256"),
    /** Facet counters {facet: {value: count}} (category, institution, campaign, domain; top 50 values each). */
    facets: text("facets").notNull().default("{}"),
  },
  (t) => [index("senders_change_seq_idx").on(t.changeSeq), index("senders_sha256_idx").on(t.sha256)],
);

/** One row per registrable domain (eTLD+1) seen in a reported text. */
export const domains = sqliteTable(
  "domains",
  {
    domain: text("domain").primaryKey(),
    reportCount: integer("report_count").notNull().default(0),
    reporterCount: integer("reporter_count").notNull().default(0),
    shortener: integer("shortener", { mode: "boolean" }).notNull().default(false),
    firstSeen: integer("first_seen").notNull(),
    lastSeen: integer("last_seen").notNull(),
    changeSeq: integer("change_seq").notNull().default(0),
    /** Facet counters {facet: {value: count}} (category, institution, campaign; top 50 values each). */
    facets: text("facets").notNull().default("{}"),
  },
  (t) => [index("domains_change_seq_idx").on(t.changeSeq)],
);

/** A report as stored: only redacted text and pseudonymous reporter, never an IP or recipient number. */
export const reports = sqliteTable(
  "reports",
  {
    /** "rep_" + created_at in base 36 (9 characters) + random: ids sort by creation time (src/lib/crypto.ts). */
    id: text("id").primaryKey(),
    sender: text("sender").notNull(),
    senderKind: text("sender_kind").notNull(),
    /** Redacted text; null once pruned by the retention job. */
    text: text("text"),
    fingerprint: text("fingerprint").notNull(),
    campaignId: text("campaign_id").notNull(),
    reporter: text("reporter").notNull(),
    receivedAt: integer("received_at"),
    createdAt: integer("created_at").notNull(),
    carrier: text("carrier"),
    region: text("region"),
    /** The reporter's category, or (category_inferred = 1) the one inferred from the text when they gave none. */
    category: text("category"),
    categoryInferred: integer("category_inferred", { mode: "boolean" }).notNull().default(false),
    claimedInstitution: text("claimed_institution"),
    /** JSON array of content signals. */
    signals: text("signals").notNull().default("[]"),
    /** JSON array of callback numbers the text asks the reader to call/add (evidence, like domains). */
    callbackNumbers: text("callback_numbers").notNull().default("[]"),
    hidden: integer("hidden", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [
    // Covering for "reports on this sender in the last 30 days" (lookups count them from the index alone).
    index("reports_sender_recent_idx").on(t.sender, t.createdAt, t.hidden),
    index("reports_campaign_created_idx").on(t.campaignId, t.createdAt),
    // Retention pruning walks only the texts still present, however many were pruned before.
    index("reports_unpruned_created_idx").on(t.createdAt).where(sql`${t.text} IS NOT NULL`),
    // The few hidden reports, so counts over index ranges can leave them out without reading every report.
    index("reports_hidden_idx").on(t.id).where(sql`${t.hidden} = 1`),
  ],
);

/** Which link domains (and hosts) a report carried. */
export const reportDomains = sqliteTable(
  "report_domains",
  {
    reportId: text("report_id").notNull(),
    host: text("host").notNull(),
    domain: text("domain").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.host] }),
    index("report_domains_domain_idx").on(t.domain, t.reportId),
  ],
);

/**
 * One row per (target, reporter): the unit the score counts. A reporter's repeated reports on one
 * target update this row instead of adding evidence (merge window), and its times drive the cooldown.
 */
export const targetReporters = sqliteTable(
  "target_reporters",
  {
    targetType: text("target_type").notNull(),
    target: text("target").notNull(),
    reporter: text("reporter").notNull(),
    firstAt: integer("first_at").notNull(),
    lastAt: integer("last_at").notNull(),
    reportCount: integer("report_count").notNull().default(1),
    lastReportId: text("last_report_id").notNull(),
    lastFingerprint: text("last_fingerprint").notNull(),
    /** 1 when any report of this reporter on this target carried a strong content signal. */
    strongSignal: integer("strong_signal").notNull().default(0),
    hidden: integer("hidden").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.targetType, t.target, t.reporter] }),
    index("target_reporters_recent_idx").on(t.targetType, t.target, t.lastAt),
  ],
);

/**
 * Counters per target and facet value for the facets that grow without bound: a campaign's
 * senders, domains, kinds and institutions, a domain's senders. A sender's and a domain's other
 * facets live in their own row's `facets` column (migration 0013), so a report rewrites pages
 * it already writes instead of one more page per target. Kept on write so lookups never
 * aggregate reports.
 */
export const targetFacets = sqliteTable(
  "target_facets",
  {
    targetType: text("target_type").notNull(),
    target: text("target").notNull(),
    facet: text("facet").notNull(),
    value: text("value").notNull(),
    count: integer("count").notNull().default(0),
    lastAt: integer("last_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetType, t.target, t.facet, t.value] })],
);

/** A message template followed across senders and links. */
export const campaigns = sqliteTable(
  "campaigns",
  {
  id: text("id").primaryKey(),
  /** Encoded near-duplicate signature of the representative text. */
  signature: text("signature").notNull(),
  fingerprint: text("fingerprint").notNull(),
  reportCount: integer("report_count").notNull().default(0),
  reporterCount: integer("reporter_count").notNull().default(0),
  firstSeen: integer("first_seen").notNull(),
  lastSeen: integer("last_seen").notNull(),
  sampleText: text("sample_text"),
  },
  (t) => [index("campaigns_last_seen_idx").on(t.lastSeen)],
);

/** LSH band keys of each campaign's representative: a report reads only candidates sharing a key. */
export const campaignBands = sqliteTable(
  "campaign_bands",
  {
    bandKey: integer("band_key").notNull(),
    campaignId: text("campaign_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.bandKey, t.campaignId] })],
);

/** Exact normalised-text hash → campaign, so identical templates (and very short texts) match directly. */
export const campaignFingerprints = sqliteTable("campaign_fingerprints", {
  fingerprint: text("fingerprint").primaryKey(),
  campaignId: text("campaign_id").notNull(),
});

/** Official senders of institutions (seeded from data/official_numbers.tsv, managed by admins). */
export const officialSenders = sqliteTable(
  "official_senders",
  {
    number: text("number").primaryKey(),
    organization: text("organization").notNull(),
    category: text("category"),
    kind: text("kind"),
    label: text("label"),
    source: text("source").notNull().default("seed"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [index("official_senders_org_idx").on(t.organization)],
);

/** Idempotency-Key records: the first response is replayed for 24 h. Key is a hash of client + key. */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    keyHash: text("key_hash").primaryKey(),
    requestHash: text("request_hash").notNull(),
    status: integer("status").notNull(),
    body: text("body").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("idempotency_keys_created_idx").on(t.createdAt)],
);

/** API keys, stored as SHA-256 hashes with a visible prefix. */
export const apiKeys = sqliteTable("api_keys", {
  id: text("id").primaryKey(),
  prefix: text("prefix").notNull(),
  hash: text("hash").notNull().unique(),
  name: text("name").notNull(),
  role: text("role").notNull(),
  createdAt: integer("created_at").notNull(),
  revokedAt: integer("revoked_at"),
  /** Its users (reporterId) count as distinct reporters; otherwise together as at most two (migration 0020). */
  trustedReporter: integer("trusted_reporter").notNull().default(0),
});

/** Named monotonic counters; `change` orders every sender/domain change for feed cursors. */
export const counters = sqliteTable("counters", {
  name: text("name").primaryKey(),
  value: integer("value").notNull().default(0),
});

/**
 * Reporter trust, per pseudonym. Corroboration (reporting a target someone else independently
 * reported) raises the weight; reporting many targets within an hour marks a flood and lowers it.
 */
export const reporters = sqliteTable("reporters", {
  id: text("id").primaryKey(),
  firstAt: integer("first_at").notNull(),
  lastAt: integer("last_at").notNull(),
  reportCount: integer("report_count").notNull().default(0),
  corroborated: integer("corroborated").notNull().default(0),
  /** Start of the current flood-detection window and distinct targets reported inside it. */
  windowStart: integer("window_start").notNull(),
  windowTargets: integer("window_targets").notNull().default(0),
  /** Until when this reporter counts as a flooder (ms); 0 when not. */
  floodUntil: integer("flood_until").notNull().default(0),
});

/** Appeals against a listing; the token (stored hashed) lets the appellant read the status. */
export const appeals = sqliteTable(
  "appeals",
  {
    id: text("id").primaryKey(),
    targetType: text("target_type").notNull(),
    target: text("target").notNull(),
    statement: text("statement").notNull(),
    contact: text("contact"),
    tokenHash: text("token_hash").notNull(),
    status: text("status").notNull().default("open"),
    decisionReason: text("decision_reason"),
    decidedBy: text("decided_by"),
    createdAt: integer("created_at").notNull(),
    decidedAt: integer("decided_at"),
    /** Network pseudonym of the appellant (never the address), for the per-network limit (migration 0020). */
    network: text("network"),
  },
  (t) => [index("appeals_network_idx").on(t.network, t.createdAt), index("appeals_target_idx").on(t.targetType, t.target), index("appeals_status_idx").on(t.status, t.createdAt)],
);

/** Admin decisions that override a target's verdict (an upheld appeal clears it). */
export const targetDecisions = sqliteTable(
  "target_decisions",
  {
    targetType: text("target_type").notNull(),
    target: text("target").notNull(),
    decision: text("decision").notNull(),
    reason: text("reason").notNull(),
    appealId: text("appeal_id"),
    decidedBy: text("decided_by").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.targetType, t.target] })],
);

/** Every admin action: who (key id), when, on what, why. Append-only. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    target: text("target").notNull(),
    reason: text("reason"),
    details: text("details"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("audit_log_created_idx").on(t.createdAt)],
);

/**
 * Statistics rollups, kept current on write (one row per CST calendar day and finest cell), so
 * regulators' queries never scan reports. Unknown dimension values are stored as "".
 */
/** The finest statistics cell: CST day × claimed institution × sender kind × carrier × region × category. */
const statsCellColumns = () => ({
  day: text("day").notNull(),
  institution: text("institution").notNull(),
  senderKind: text("sender_kind").notNull(),
  carrier: text("carrier").notNull(),
  region: text("region").notNull(),
  category: text("category").notNull(),
});

/**
 * Per member type (r, s, d) and period: how many of the cell's members have their first row of
 * the period here (stats_member_repeats). Summed over a group, plus its repeats whose first row is
 * elsewhere, they give the group's exact distinct count without reading member rows.
 */
const firstMemberCounters = <T extends string>(types: readonly T[]) =>
  Object.fromEntries(
    types.flatMap((type) => TIME_BUCKETS.map((period) => [`${type}First_${period}`, integer(`${type}_first_${period}`).notNull().default(0)])),
  ) as Record<`${T}First_${TimeBucket}`, ReturnType<typeof integer>>;

export const statsCells = sqliteTable(
  "stats_cells",
  {
    ...statsCellColumns(),
    reports: integer("reports").notNull().default(0),
    /** Of those, the reports whose category was inferred from the text (the reporter gave none). */
    inferredReports: integer("inferred_reports").notNull().default(0),
    ...firstMemberCounters(["r", "s", "d"] as const),
  },
  (t) => [primaryKey({ columns: [t.day, t.institution, t.senderKind, t.carrier, t.region, t.category] })],
);

/** Distinct reporters ("r"), senders ("s") and domains ("d") per day and finest cell, for exact distinct counts. */
export const statsMembers = sqliteTable(
  "stats_members",
  {
    ...statsCellColumns(),
    memberType: text("member_type").notNull(),
    member: text("member").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.institution, t.senderKind, t.carrier, t.region, t.category, t.memberType, t.member] }),
    // Finds a member's earlier rows in the same day, week or month (the stats_member_repeats trigger).
    index("stats_members_member_idx").on(t.memberType, t.member, t.day),
  ],
);

/** Day, Monday–Sunday week or calendar month: the periods statistics are bucketed by. */
const periodColumn = () => text("period", { enum: TIME_BUCKETS }).notNull();

/**
 * The stats_members rows that are not their member's first row in their period, with the cells of
 * that first row (written by a trigger on stats_members, migration 0015). A group's distinct count
 * is then its first rows plus the members of its repeat rows whose first row lies outside the
 * group: a count over the cell rows and a DISTINCT over the few repeats, instead of a DISTINCT over
 * every member row of the period (docs/statistics.md).
 */
export const statsMemberRepeats = sqliteTable(
  "stats_member_repeats",
  {
    period: periodColumn(),
    ...statsCellColumns(),
    memberType: text("member_type").notNull(),
    member: text("member").notNull(),
    firstInstitution: text("first_institution").notNull(),
    firstSenderKind: text("first_sender_kind").notNull(),
    firstCarrier: text("first_carrier").notNull(),
    firstRegion: text("first_region").notNull(),
    firstCategory: text("first_category").notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.day, t.institution, t.senderKind, t.carrier, t.region, t.category, t.memberType, t.member] }), index("stats_member_repeats_member_idx").on(t.memberType, t.member, t.period, t.day)],
);

/** Per day and link domain: reports and distinct reporters/senders (domains are many per report). */
export const statsDomainCells = sqliteTable(
  "stats_domain_cells",
  {
    day: text("day").notNull(),
    domain: text("domain").notNull(),
    reports: integer("reports").notNull().default(0),
    ...firstMemberCounters(["r", "s"] as const),
  },
  (t) => [primaryKey({ columns: [t.day, t.domain] })],
);

export const statsDomainMembers = sqliteTable(
  "stats_domain_members",
  {
    day: text("day").notNull(),
    domain: text("domain").notNull(),
    memberType: text("member_type").notNull(),
    member: text("member").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.domain, t.memberType, t.member] }), index("stats_domain_members_member_idx").on(t.memberType, t.member, t.day)],
);

/** stats_member_repeats for the per-domain rollup: rows not first in their period, with the first row's domain. */
export const statsDomainMemberRepeats = sqliteTable(
  "stats_domain_member_repeats",
  {
    period: periodColumn(),
    day: text("day").notNull(),
    domain: text("domain").notNull(),
    memberType: text("member_type").notNull(),
    member: text("member").notNull(),
    firstDomain: text("first_domain").notNull(),
  },
  (t) => [primaryKey({ columns: [t.period, t.day, t.domain, t.memberType, t.member] }), index("stats_domain_member_repeats_member_idx").on(t.memberType, t.member, t.period, t.day)],
);

/**
 * Answers for buckets that have closed (their last CST day is before today): reports are bucketed
 * by the day they arrive and moderation and retention never change statistics, so a closed
 * bucket's rows — suppression included — are final. Stored as JSON per (query shape, bucket) on the
 * first query that needs them; later queries read them instead of counting member rows.
 */
export const statsFrozen = sqliteTable(
  "stats_frozen",
  {
    /** Time bucket and dimensions, e.g. "day|institution" or "month|senderKind,carrier". */
    shape: text("shape").notNull(),
    bucket: text("bucket").notNull(),
    /** JSON array of the bucket's StatsRow objects in answer order. */
    rows: text("rows").notNull(),
  },
  (t) => [primaryKey({ columns: [t.shape, t.bucket] })],
);

/**
 * A closed day's share of the open week or month that holds it, per query shape and group: reports,
 * first rows (f0 reporters, f1 senders, f2 domains) and the members whose first repeat in the group,
 * with their first row elsewhere, falls on that day (e0…e2). Counted once when the day is over
 * (a marker row `<shape>|days` in stats_frozen says the day is done, empty or not), so a
 * month-to-date query sums these rows plus today's instead of counting the whole month. Only read
 * while the bucket is open: the Cron Trigger deletes days before the current week and month.
 */
export const statsDayPartials = sqliteTable(
  "stats_day_partials",
  {
    /** Time bucket and dimensions, as in stats_frozen. */
    shape: text("shape").notNull(),
    day: text("day").notNull(),
    /** The grouped values in the shape's order; '' past its last dimension. */
    d0: text("d0").notNull().default(""),
    d1: text("d1").notNull().default(""),
    d2: text("d2").notNull().default(""),
    d3: text("d3").notNull().default(""),
    d4: text("d4").notNull().default(""),
    reports: integer("reports").notNull(),
    /** Reports whose category was inferred (stats_cells.inferred_reports). */
    inferred: integer("inferred").notNull().default(0),
    f0: integer("f0").notNull(),
    f1: integer("f1").notNull(),
    f2: integer("f2").notNull(),
    e0: integer("e0").notNull(),
    e1: integer("e1").notNull(),
    e2: integer("e2").notNull(),
  },
  (t) => [primaryKey({ columns: [t.shape, t.day, t.d0, t.d1, t.d2, t.d3, t.d4] })],
);

/**
 * Bulk uploads (migration 0030, written by hand: bulk_rows and webhook_states are WITHOUT ROWID).
 * A job per upload; a row per processed (job, row), written in the same D1 batch as the row's
 * report, so a queue message delivered twice writes each row once (src/db/queries/bulk.ts).
 */
export const bulkJobs = sqliteTable("bulk_jobs", {
  id: text("id").primaryKey(),
  keyId: text("key_id").notNull(),
  rows: integer("rows").notNull(),
  createdAt: integer("created_at").notNull(),
});

export const bulkRows = sqliteTable(
  "bulk_rows",
  {
    jobId: text("job_id").notNull(),
    row: integer("row").notNull(),
    /** stored | duplicate | rejected */
    outcome: text("outcome").notNull(),
    reportId: text("report_id"),
    code: text("code"),
    message: text("message"),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.row] })],
);

/** Webhook subscriptions (Standard Webhooks); the secret signs deliveries, so it is kept. */
export const webhooks = sqliteTable(
  "webhooks",
  {
    id: text("id").primaryKey(),
    keyId: text("key_id").notNull(),
    url: text("url").notNull(),
    secret: text("secret").notNull(),
    /** JSON array of event types. */
    events: text("events").notNull(),
    minScore: integer("min_score").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    deletedAt: integer("deleted_at"),
  },
  (t) => [index("webhooks_live_by_key").on(t.keyId).where(sql`${t.deletedAt} IS NULL`)],
);

/** One row per delivery attempt; the message id is the webhook-id header. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    messageId: text("message_id").notNull(),
    attempt: integer("attempt").notNull(),
    webhookId: text("webhook_id").notNull(),
    event: text("event").notNull(),
    /** pending | succeeded | failed */
    status: text("status").notNull(),
    responseCode: integer("response_code"),
    at: integer("at").notNull(),
    nextRetryAt: integer("next_retry_at"),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.attempt] }), index("webhook_deliveries_by_webhook").on(t.webhookId, t.at)],
);

/**
 * The last state announced per target (verdict and score; 'created' for campaigns). recheck_at
 * (migration 0060): when the verdict may next change by time alone; the cron announces due rows.
 */
export const webhookStates = sqliteTable(
  "webhook_states",
  {
    targetType: text("target_type").notNull(),
    target: text("target").notNull(),
    verdict: text("verdict").notNull(),
    score: integer("score").notNull(),
    recheckAt: integer("recheck_at"),
  },
  (t) => [primaryKey({ columns: [t.targetType, t.target] }), index("webhook_states_recheck").on(t.recheckAt).where(sql`${t.recheckAt} IS NOT NULL`)],
);

/** Official domains of institutions: trusted like official numbers (migration 0020, seeded from data/official_domains.tsv). */
export const officialDomains = sqliteTable(
  "official_domains",
  {
    domain: text("domain").primaryKey(),
    organization: text("organization").notNull(),
    source: text("source").notNull().default("seed"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("official_domains_org_idx").on(t.organization)],
);

/** "This is a genuine sender / site" votes (migration 0020); the voter is a reporter pseudonym, a withdrawn vote is deleted. */
export const votes = sqliteTable(
  "votes",
  {
    id: text("id").primaryKey(),
    targetType: text("target_type").notNull(),
    target: text("target").notNull(),
    voter: text("voter").notNull(),
    vote: text("vote").notNull(),
    comment: text("comment"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("votes_target_idx").on(t.targetType, t.target, t.voter, t.createdAt)],
);
