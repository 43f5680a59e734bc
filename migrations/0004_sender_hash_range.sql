ALTER TABLE `senders` ADD `sha256` text;--> statement-breakpoint
CREATE INDEX `senders_sha256_idx` ON `senders` (`sha256`);