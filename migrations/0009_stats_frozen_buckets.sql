CREATE TABLE `stats_frozen` (
	`shape` text NOT NULL,
	`bucket` text NOT NULL,
	`rows` text NOT NULL,
	PRIMARY KEY(`shape`, `bucket`)
);
