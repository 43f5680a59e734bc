DROP INDEX `reports_sender_created_idx`;--> statement-breakpoint
CREATE INDEX `reports_sender_recent_idx` ON `reports` (`sender`,`created_at`,`hidden`);