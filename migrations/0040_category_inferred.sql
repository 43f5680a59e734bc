-- A report's category is the reporter's, or inferred from its text when they gave none
-- (src/domain/category.ts): category_inferred tells them apart; statistics count the inferred ones
-- per cell, so every row can say which share of its categories was inferred.
ALTER TABLE `reports` ADD `category_inferred` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `inferred_reports` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_day_partials` ADD `inferred` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Answers kept from before have no inferred counts: both are caches of stats_cells and refill on the next query.
DELETE FROM `stats_day_partials`;--> statement-breakpoint
DELETE FROM `stats_frozen`;
