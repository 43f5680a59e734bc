CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE TABLE `campaign_bands` (
	`band_key` integer NOT NULL,
	`campaign_id` text NOT NULL,
	PRIMARY KEY(`band_key`, `campaign_id`)
);
--> statement-breakpoint
CREATE TABLE `campaign_fingerprints` (
	`fingerprint` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`signature` text NOT NULL,
	`fingerprint` text NOT NULL,
	`report_count` integer DEFAULT 0 NOT NULL,
	`reporter_count` integer DEFAULT 0 NOT NULL,
	`first_seen` integer NOT NULL,
	`last_seen` integer NOT NULL,
	`sample_text` text
);
--> statement-breakpoint
CREATE TABLE `domain_hosts` (
	`host` text PRIMARY KEY NOT NULL,
	`domain` text NOT NULL,
	`first_seen` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `domain_hosts_domain_idx` ON `domain_hosts` (`domain`);--> statement-breakpoint
CREATE TABLE `domains` (
	`domain` text PRIMARY KEY NOT NULL,
	`report_count` integer DEFAULT 0 NOT NULL,
	`reporter_count` integer DEFAULT 0 NOT NULL,
	`shortener` integer DEFAULT false NOT NULL,
	`first_seen` integer NOT NULL,
	`last_seen` integer NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `domains_change_seq_idx` ON `domains` (`change_seq`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key_hash` text PRIMARY KEY NOT NULL,
	`request_hash` text NOT NULL,
	`status` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_created_idx` ON `idempotency_keys` (`created_at`);--> statement-breakpoint
CREATE TABLE `official_senders` (
	`number` text PRIMARY KEY NOT NULL,
	`organization` text NOT NULL,
	`category` text,
	`kind` text,
	`label` text,
	`source` text DEFAULT 'seed' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `official_senders_org_idx` ON `official_senders` (`organization`);--> statement-breakpoint
CREATE TABLE `report_domains` (
	`report_id` text NOT NULL,
	`host` text NOT NULL,
	`domain` text NOT NULL,
	PRIMARY KEY(`report_id`, `host`)
);
--> statement-breakpoint
CREATE INDEX `report_domains_domain_idx` ON `report_domains` (`domain`,`report_id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`sender` text NOT NULL,
	`sender_kind` text NOT NULL,
	`text` text,
	`fingerprint` text NOT NULL,
	`campaign_id` text NOT NULL,
	`reporter` text NOT NULL,
	`received_at` integer,
	`created_at` integer NOT NULL,
	`carrier` text,
	`region` text,
	`category` text,
	`claimed_institution` text,
	`signals` text DEFAULT '[]' NOT NULL,
	`callback_numbers` text DEFAULT '[]' NOT NULL,
	`hidden` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `reports_sender_created_idx` ON `reports` (`sender`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_campaign_created_idx` ON `reports` (`campaign_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_reporter_created_idx` ON `reports` (`reporter`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_created_idx` ON `reports` (`created_at`);--> statement-breakpoint
CREATE TABLE `senders` (
	`normalized` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`country` text,
	`report_count` integer DEFAULT 0 NOT NULL,
	`reporter_count` integer DEFAULT 0 NOT NULL,
	`first_seen` integer NOT NULL,
	`last_seen` integer NOT NULL,
	`change_seq` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `senders_change_seq_idx` ON `senders` (`change_seq`);--> statement-breakpoint
CREATE TABLE `target_facets` (
	`target_type` text NOT NULL,
	`target` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	`last_at` integer NOT NULL,
	PRIMARY KEY(`target_type`, `target`, `facet`, `value`)
);
--> statement-breakpoint
CREATE TABLE `target_reporters` (
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
);
--> statement-breakpoint
CREATE INDEX `target_reporters_recent_idx` ON `target_reporters` (`target_type`,`target`,`last_at`);