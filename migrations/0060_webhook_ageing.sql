-- Webhooks hear of verdicts that change by time alone (ageing): each announced target keeps the time
-- its verdict may next change without new evidence (src/domain/verdict-horizon.ts); the cron
-- announces the rows that are due, a bounded number per run (src/services/webhooks.ts).
ALTER TABLE `webhook_states` ADD `recheck_at` integer;
--> statement-breakpoint
CREATE INDEX `webhook_states_recheck` ON `webhook_states` (`recheck_at`) WHERE "webhook_states"."recheck_at" IS NOT NULL;
--> statement-breakpoint
-- States announced before this migration are looked at once by the next cron runs.
UPDATE `webhook_states` SET `recheck_at` = 0 WHERE `target_type` IN ('sender', 'domain');
