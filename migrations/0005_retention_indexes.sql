CREATE INDEX `campaigns_last_seen_idx` ON `campaigns` (`last_seen`);--> statement-breakpoint
CREATE INDEX `reports_unpruned_created_idx` ON `reports` (`created_at`) WHERE "reports"."text" IS NOT NULL;