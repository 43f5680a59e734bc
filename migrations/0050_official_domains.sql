-- Official domains of institutions, read by officialContacts (/check, lookups, pages). The same table
-- the official-domain registry creates (identical definition); IF NOT EXISTS makes this a no-op
-- wherever that migration already ran.
CREATE TABLE IF NOT EXISTS `official_domains` (
	`domain` text PRIMARY KEY NOT NULL,
	`organization` text NOT NULL,
	`source` text DEFAULT 'seed' NOT NULL,
	`created_at` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `official_domains_org_idx` ON `official_domains` (`organization`);
