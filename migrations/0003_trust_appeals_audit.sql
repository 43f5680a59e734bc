CREATE TABLE `appeals` (
	`id` text PRIMARY KEY NOT NULL,
	`target_type` text NOT NULL,
	`target` text NOT NULL,
	`statement` text NOT NULL,
	`contact` text,
	`token_hash` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`decision_reason` text,
	`decided_by` text,
	`created_at` integer NOT NULL,
	`decided_at` integer
);
--> statement-breakpoint
CREATE INDEX `appeals_target_idx` ON `appeals` (`target_type`,`target`);--> statement-breakpoint
CREATE INDEX `appeals_status_idx` ON `appeals` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` text PRIMARY KEY NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`target_type` text NOT NULL,
	`target` text NOT NULL,
	`reason` text,
	`details` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_created_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE TABLE `reporters` (
	`id` text PRIMARY KEY NOT NULL,
	`first_at` integer NOT NULL,
	`last_at` integer NOT NULL,
	`report_count` integer DEFAULT 0 NOT NULL,
	`corroborated` integer DEFAULT 0 NOT NULL,
	`window_start` integer NOT NULL,
	`window_targets` integer DEFAULT 0 NOT NULL,
	`flood_until` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `target_decisions` (
	`target_type` text NOT NULL,
	`target` text NOT NULL,
	`decision` text NOT NULL,
	`reason` text NOT NULL,
	`appeal_id` text,
	`decided_by` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`target_type`, `target`)
);
