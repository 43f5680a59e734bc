DROP TABLE `write_guards`;--> statement-breakpoint
DROP INDEX `reports_reporter_created_idx`;--> statement-breakpoint
DROP INDEX `reports_created_idx`;
--> statement-breakpoint
-- Small rows keyed by their primary key are stored WITHOUT ROWID: one B-tree per table instead of a
-- rowid table plus a primary-key index, so each report touches about half as many pages and the
-- key columns are stored once. Tables are rebuilt under the same names (src/db/schema.ts lists them).
--> statement-breakpoint
CREATE TABLE `senders_rebuilt` (
	`normalized` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`report_count` integer DEFAULT 0 NOT NULL,
	`reporter_count` integer DEFAULT 0 NOT NULL,
	`first_seen` integer NOT NULL,
	`last_seen` integer NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL
, `sha256` text) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `senders_rebuilt` (`normalized`, `kind`, `country`, `report_count`, `reporter_count`, `first_seen`, `last_seen`, `change_seq`, `sha256`) SELECT `normalized`, `kind`, `country`, `report_count`, `reporter_count`, `first_seen`, `last_seen`, `change_seq`, `sha256` FROM `senders`;
--> statement-breakpoint
DROP TABLE `senders`;
--> statement-breakpoint
ALTER TABLE `senders_rebuilt` RENAME TO `senders`;
--> statement-breakpoint
CREATE INDEX `senders_change_seq_idx` ON `senders` (`change_seq`);
--> statement-breakpoint
CREATE INDEX `senders_sha256_idx` ON `senders` (`sha256`);
--> statement-breakpoint
CREATE TABLE `domains_rebuilt` (
	`domain` text PRIMARY KEY NOT NULL,
	`report_count` integer DEFAULT 0 NOT NULL,
	`reporter_count` integer DEFAULT 0 NOT NULL,
	`shortener` integer DEFAULT false NOT NULL,
	`first_seen` integer NOT NULL,
	`last_seen` integer NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `domains_rebuilt` (`domain`, `report_count`, `reporter_count`, `shortener`, `first_seen`, `last_seen`, `change_seq`) SELECT `domain`, `report_count`, `reporter_count`, `shortener`, `first_seen`, `last_seen`, `change_seq` FROM `domains`;
--> statement-breakpoint
DROP TABLE `domains`;
--> statement-breakpoint
ALTER TABLE `domains_rebuilt` RENAME TO `domains`;
--> statement-breakpoint
CREATE INDEX `domains_change_seq_idx` ON `domains` (`change_seq`);
--> statement-breakpoint
CREATE TABLE `report_domains_rebuilt` (
	`report_id` text NOT NULL,
	`host` text NOT NULL,
	`domain` text NOT NULL,
	PRIMARY KEY(`report_id`, `host`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `report_domains_rebuilt` (`report_id`, `host`, `domain`) SELECT `report_id`, `host`, `domain` FROM `report_domains`;
--> statement-breakpoint
DROP TABLE `report_domains`;
--> statement-breakpoint
ALTER TABLE `report_domains_rebuilt` RENAME TO `report_domains`;
--> statement-breakpoint
CREATE INDEX `report_domains_domain_idx` ON `report_domains` (`domain`,`report_id`);
--> statement-breakpoint
CREATE TABLE `target_reporters_rebuilt` (
	`target_type` text NOT NULL,
	`target` text NOT NULL,
	`reporter` text NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`report_count` integer DEFAULT 1 NOT NULL,
	`last_report_id` text NOT NULL,
	`last_fingerprint` text NOT NULL,
	`strong_signal` integer DEFAULT 0 NOT NULL,
	`hidden` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`target_type`, `target`, `reporter`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `target_reporters_rebuilt` (`target_type`, `target`, `reporter`, `first_at`, `last_at`, `report_count`, `last_report_id`, `last_fingerprint`, `strong_signal`, `hidden`) SELECT `target_type`, `target`, `reporter`, `first_at`, `last_at`, `report_count`, `last_report_id`, `last_fingerprint`, `strong_signal`, `hidden` FROM `target_reporters`;
--> statement-breakpoint
DROP TABLE `target_reporters`;
--> statement-breakpoint
ALTER TABLE `target_reporters_rebuilt` RENAME TO `target_reporters`;
--> statement-breakpoint
CREATE INDEX `target_reporters_recent_idx` ON `target_reporters` (`target_type`,`target`,`last_at`);
--> statement-breakpoint
CREATE TABLE `target_facets_rebuilt` (
	`target_type` text NOT NULL,
	`target` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	`last_at` integer NOT NULL,
	PRIMARY KEY(`target_type`, `target`, `facet`, `value`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `target_facets_rebuilt` (`target_type`, `target`, `facet`, `value`, `count`, `last_at`) SELECT `target_type`, `target`, `facet`, `value`, `count`, `last_at` FROM `target_facets`;
--> statement-breakpoint
DROP TABLE `target_facets`;
--> statement-breakpoint
ALTER TABLE `target_facets_rebuilt` RENAME TO `target_facets`;
--> statement-breakpoint
CREATE TABLE `campaign_bands_rebuilt` (
	`band_key` integer NOT NULL,
	`campaign_id` text NOT NULL,
	PRIMARY KEY(`band_key`, `campaign_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `campaign_bands_rebuilt` (`band_key`, `campaign_id`) SELECT `band_key`, `campaign_id` FROM `campaign_bands`;
--> statement-breakpoint
DROP TABLE `campaign_bands`;
--> statement-breakpoint
ALTER TABLE `campaign_bands_rebuilt` RENAME TO `campaign_bands`;
--> statement-breakpoint
CREATE TABLE `campaign_fingerprints_rebuilt` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `campaign_fingerprints_rebuilt` (`fingerprint`, `campaign_id`) SELECT `fingerprint`, `campaign_id` FROM `campaign_fingerprints`;
--> statement-breakpoint
DROP TABLE `campaign_fingerprints`;
--> statement-breakpoint
ALTER TABLE `campaign_fingerprints_rebuilt` RENAME TO `campaign_fingerprints`;
--> statement-breakpoint
CREATE TABLE `reporters_rebuilt` (
	`id` text PRIMARY KEY NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`report_count` integer DEFAULT 0 NOT NULL,
	`corroborated` integer DEFAULT 0 NOT NULL,
	`window_start` integer NOT NULL,
	`window_targets` integer DEFAULT 0 NOT NULL,
	`flood_until` integer DEFAULT 0 NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `reporters_rebuilt` (`id`, `first_at`, `last_at`, `report_count`, `corroborated`, `window_start`, `window_targets`, `flood_until`) SELECT `id`, `first_at`, `last_at`, `report_count`, `corroborated`, `window_start`, `window_targets`, `flood_until` FROM `reporters`;
--> statement-breakpoint
DROP TABLE `reporters`;
--> statement-breakpoint
ALTER TABLE `reporters_rebuilt` RENAME TO `reporters`;
--> statement-breakpoint
CREATE TABLE `target_decisions_rebuilt` (
	`target_type` text NOT NULL,
	`target` text NOT NULL,
	`decision` text NOT NULL,
	`reason` text NOT NULL,
	`appeal_id` text,
	`decided_by` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`target_type`, `target`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `target_decisions_rebuilt` (`target_type`, `target`, `decision`, `reason`, `appeal_id`, `decided_by`, `created_at`) SELECT `target_type`, `target`, `decision`, `reason`, `appeal_id`, `decided_by`, `created_at` FROM `target_decisions`;
--> statement-breakpoint
DROP TABLE `target_decisions`;
--> statement-breakpoint
ALTER TABLE `target_decisions_rebuilt` RENAME TO `target_decisions`;
--> statement-breakpoint
CREATE TABLE `stats_cells_rebuilt` (
	`day` text NOT NULL,
	`institution` text NOT NULL,
	`sender_kind` text NOT NULL,
	`carrier` text NOT NULL,
	`region` text NOT NULL,
	`category` text NOT NULL,
	`reports` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `institution`, `sender_kind`, `carrier`, `region`, `category`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `stats_cells_rebuilt` (`day`, `institution`, `sender_kind`, `carrier`, `region`, `category`, `reports`) SELECT `day`, `institution`, `sender_kind`, `carrier`, `region`, `category`, `reports` FROM `stats_cells`;
--> statement-breakpoint
DROP TABLE `stats_cells`;
--> statement-breakpoint
ALTER TABLE `stats_cells_rebuilt` RENAME TO `stats_cells`;
--> statement-breakpoint
CREATE TABLE `stats_members_rebuilt` (
	`day` text NOT NULL,
	`institution` text NOT NULL,
	`sender_kind` text NOT NULL,
	`carrier` text NOT NULL,
	`region` text NOT NULL,
	`category` text NOT NULL,
	`member_type` text NOT NULL,
	`member` text NOT NULL,
	PRIMARY KEY(`day`, `institution`, `sender_kind`, `carrier`, `region`, `category`, `member_type`, `member`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `stats_members_rebuilt` (`day`, `institution`, `sender_kind`, `carrier`, `region`, `category`, `member_type`, `member`) SELECT `day`, `institution`, `sender_kind`, `carrier`, `region`, `category`, `member_type`, `member` FROM `stats_members`;
--> statement-breakpoint
DROP TABLE `stats_members`;
--> statement-breakpoint
ALTER TABLE `stats_members_rebuilt` RENAME TO `stats_members`;
--> statement-breakpoint
CREATE TABLE `stats_domain_cells_rebuilt` (
	`day` text NOT NULL,
	`domain` text NOT NULL,
	`reports` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `domain`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `stats_domain_cells_rebuilt` (`day`, `domain`, `reports`) SELECT `day`, `domain`, `reports` FROM `stats_domain_cells`;
--> statement-breakpoint
DROP TABLE `stats_domain_cells`;
--> statement-breakpoint
ALTER TABLE `stats_domain_cells_rebuilt` RENAME TO `stats_domain_cells`;
--> statement-breakpoint
CREATE TABLE `stats_domain_members_rebuilt` (
	`day` text NOT NULL,
	`domain` text NOT NULL,
	`member_type` text NOT NULL,
	`member` text NOT NULL,
	PRIMARY KEY(`day`, `domain`, `member_type`, `member`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `stats_domain_members_rebuilt` (`day`, `domain`, `member_type`, `member`) SELECT `day`, `domain`, `member_type`, `member` FROM `stats_domain_members`;
--> statement-breakpoint
DROP TABLE `stats_domain_members`;
--> statement-breakpoint
ALTER TABLE `stats_domain_members_rebuilt` RENAME TO `stats_domain_members`;
-- A report is one INSERT into this view; the INSTEAD OF trigger below writes the report and keeps
-- every aggregate current, in the order src/db/queries/reports.ts documents. The view never holds
-- rows. Per-report sets arrive as JSON arrays: links [[host, domain]], domains [[domain, shortener]],
-- targets [[type, target]], facets [[type, target, facet, value]], new_campaign_bands [key].
CREATE VIEW `report_intake` AS SELECT
  NULL AS id, NULL AS sender, NULL AS sender_kind, NULL AS sender_country, NULL AS sender_hash, NULL AS text,
  NULL AS fingerprint, NULL AS campaign_id, NULL AS reporter, NULL AS received_at, NULL AS created_at, NULL AS carrier,
  NULL AS region, NULL AS category, NULL AS claimed_institution, NULL AS signals, NULL AS callback_numbers,
  NULL AS strong_signal, NULL AS stats_day, NULL AS guard_since, NULL AS idem_key_hash, NULL AS idem_request_hash,
  NULL AS idem_status, NULL AS idem_body, NULL AS idem_expired_before, NULL AS flood_window_ms, NULL AS flood_targets,
  NULL AS flood_penalty_ms, NULL AS new_campaign_signature, NULL AS new_campaign_bands, NULL AS new_campaign_sample,
  NULL AS links, NULL AS domains, NULL AS targets, NULL AS facets
WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `report_intake_write` INSTEAD OF INSERT ON `report_intake`
BEGIN
  -- Fast path guard: this reporter reported this sender inside the merge window → abort; the
  -- caller reads first and decides (duplicate, cooldown).
  SELECT RAISE(ABORT, 'report_guard') WHERE NEW.guard_since IS NOT NULL AND EXISTS (
    SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = NEW.sender AND reporter = NEW.reporter AND last_at > NEW.guard_since);
  -- Idempotency first: a live key from a concurrent request fails the UNIQUE constraint.
  DELETE FROM idempotency_keys WHERE NEW.idem_key_hash IS NOT NULL AND key_hash = NEW.idem_key_hash AND created_at <= NEW.idem_expired_before;
  INSERT INTO idempotency_keys (key_hash, request_hash, status, body, created_at)
    SELECT NEW.idem_key_hash, NEW.idem_request_hash, NEW.idem_status, NEW.idem_body, NEW.created_at WHERE NEW.idem_key_hash IS NOT NULL;
  UPDATE counters SET value = value + 1 WHERE name = 'change';
  -- Reporter trust: corroborated when someone else already reported this sender; a flood is more
  -- than flood_targets reports inside flood_window_ms. SET expressions all read the old row.
  INSERT INTO reporters (id, first_at, last_at, report_count, corroborated, window_start, window_targets, flood_until)
    SELECT NEW.reporter, NEW.created_at, NEW.created_at, 1,
      EXISTS (SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = NEW.sender AND reporter != NEW.reporter AND hidden = 0),
      NEW.created_at, 1, 0 WHERE true
    ON CONFLICT(id) DO UPDATE SET last_at = max(last_at, excluded.last_at), report_count = report_count + 1,
      corroborated = corroborated + excluded.corroborated,
      window_start = CASE WHEN excluded.last_at - window_start > NEW.flood_window_ms THEN excluded.last_at ELSE window_start END,
      window_targets = CASE WHEN excluded.last_at - window_start > NEW.flood_window_ms THEN 1 ELSE window_targets + 1 END,
      flood_until = CASE WHEN excluded.last_at - window_start <= NEW.flood_window_ms AND window_targets + 1 > NEW.flood_targets
        THEN excluded.last_at + NEW.flood_penalty_ms ELSE flood_until END;
  INSERT INTO campaigns (id, signature, fingerprint, report_count, reporter_count, first_seen, last_seen, sample_text)
    SELECT NEW.campaign_id, NEW.new_campaign_signature, NEW.fingerprint, 0, 0, NEW.created_at, NEW.created_at, NEW.new_campaign_sample
    WHERE NEW.new_campaign_signature IS NOT NULL;
  INSERT OR IGNORE INTO campaign_bands (band_key, campaign_id)
    SELECT k.value, NEW.campaign_id FROM json_each(NEW.new_campaign_bands) k WHERE NEW.new_campaign_signature IS NOT NULL;
  INSERT OR IGNORE INTO campaign_fingerprints (fingerprint, campaign_id) VALUES (NEW.fingerprint, NEW.campaign_id);
  -- Reporter novelty is read before target_reporters is upserted below.
  UPDATE campaigns SET report_count = report_count + 1, first_seen = min(first_seen, NEW.created_at), last_seen = max(last_seen, NEW.created_at),
    reporter_count = reporter_count + NOT EXISTS (
      SELECT 1 FROM target_reporters WHERE target_type = 'campaign' AND target = NEW.campaign_id AND reporter = NEW.reporter AND hidden = 0)
    WHERE id = NEW.campaign_id;
  INSERT INTO reports (id, sender, sender_kind, text, fingerprint, campaign_id, reporter, received_at, created_at, carrier, region, category, claimed_institution, signals, callback_numbers)
    VALUES (NEW.id, NEW.sender, NEW.sender_kind, NEW.text, NEW.fingerprint, NEW.campaign_id, NEW.reporter, NEW.received_at, NEW.created_at,
      NEW.carrier, NEW.region, NEW.category, NEW.claimed_institution, NEW.signals, NEW.callback_numbers);
  INSERT INTO senders (normalized, kind, country, report_count, reporter_count, first_seen, last_seen, change_seq, sha256)
    SELECT NEW.sender, NEW.sender_kind, NEW.sender_country, 1, 1, NEW.created_at, NEW.created_at, (SELECT c.value FROM counters c WHERE c.name = 'change'), NEW.sender_hash WHERE true
    ON CONFLICT(normalized) DO UPDATE SET report_count = report_count + 1,
      reporter_count = reporter_count + NOT EXISTS (
        SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = excluded.normalized AND reporter = NEW.reporter AND hidden = 0),
      first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), change_seq = excluded.change_seq;
  INSERT INTO report_domains (report_id, host, domain)
    SELECT NEW.id, l.value ->> 0, l.value ->> 1 FROM json_each(NEW.links) l WHERE true ON CONFLICT DO NOTHING;
  INSERT INTO domains (domain, report_count, reporter_count, shortener, first_seen, last_seen, change_seq)
    SELECT d.value ->> 0, 1, 1, d.value ->> 1, NEW.created_at, NEW.created_at, (SELECT c.value FROM counters c WHERE c.name = 'change')
    FROM json_each(NEW.domains) d WHERE true
    ON CONFLICT(domain) DO UPDATE SET report_count = report_count + 1,
      reporter_count = reporter_count + NOT EXISTS (
        SELECT 1 FROM target_reporters WHERE target_type = 'domain' AND target = excluded.domain AND reporter = NEW.reporter AND hidden = 0),
      first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), change_seq = excluded.change_seq;
  INSERT INTO target_reporters (target_type, target, reporter, first_at, last_at, report_count, last_report_id, last_fingerprint, strong_signal)
    SELECT t.value ->> 0, t.value ->> 1, NEW.reporter, NEW.created_at, NEW.created_at, 1, NEW.id, NEW.fingerprint, NEW.strong_signal
    FROM json_each(NEW.targets) t WHERE true
    ON CONFLICT(target_type, target, reporter) DO UPDATE SET last_at = max(last_at, excluded.last_at), report_count = report_count + 1,
      last_report_id = excluded.last_report_id, last_fingerprint = excluded.last_fingerprint,
      strong_signal = max(strong_signal, excluded.strong_signal), hidden = 0;
  -- Statistics rollups: the finest cell, its distinct members, per-domain cells.
  INSERT INTO stats_cells (day, institution, sender_kind, carrier, region, category, reports)
    VALUES (NEW.stats_day, coalesce(NEW.claimed_institution, ''), NEW.sender_kind, coalesce(NEW.carrier, ''), coalesce(NEW.region, ''), coalesce(NEW.category, 'other'), 1)
    ON CONFLICT(day, institution, sender_kind, carrier, region, category) DO UPDATE SET reports = reports + 1;
  INSERT OR IGNORE INTO stats_members (day, institution, sender_kind, carrier, region, category, member_type, member)
    SELECT NEW.stats_day, coalesce(NEW.claimed_institution, ''), NEW.sender_kind, coalesce(NEW.carrier, ''), coalesce(NEW.region, ''), coalesce(NEW.category, 'other'), m.kind, m.member
    FROM (SELECT 'r' AS kind, NEW.reporter AS member UNION ALL SELECT 's', NEW.sender UNION ALL SELECT 'd', d.value ->> 0 FROM json_each(NEW.domains) d) m;
  INSERT INTO stats_domain_cells (day, domain, reports)
    SELECT NEW.stats_day, d.value ->> 0, 1 FROM json_each(NEW.domains) d WHERE true
    ON CONFLICT(day, domain) DO UPDATE SET reports = reports + 1;
  INSERT OR IGNORE INTO stats_domain_members (day, domain, member_type, member)
    SELECT NEW.stats_day, d.value ->> 0, m.kind, m.member
    FROM json_each(NEW.domains) d, (SELECT 'r' AS kind, NEW.reporter AS member UNION ALL SELECT 's', NEW.sender) m;
  -- Facet counters: what lookups show per target without reading reports.
  INSERT INTO target_facets (target_type, target, facet, value, count, last_at)
    SELECT f.value ->> 0, f.value ->> 1, f.value ->> 2, f.value ->> 3, 1, NEW.created_at FROM json_each(NEW.facets) f WHERE true
    ON CONFLICT(target_type, target, facet, value) DO UPDATE SET count = count + 1, last_at = max(last_at, excluded.last_at);
END;
