-- Day partials of open weeks and months (src/db/queries/stats.ts). WITHOUT ROWID added by hand, like the other rollups.
CREATE TABLE `stats_day_partials` (
	`shape` text NOT NULL,
	`day` text NOT NULL,
	`d0` text DEFAULT '' NOT NULL,
	`d1` text DEFAULT '' NOT NULL,
	`d2` text DEFAULT '' NOT NULL,
	`d3` text DEFAULT '' NOT NULL,
	`d4` text DEFAULT '' NOT NULL,
	`reports` integer NOT NULL,
	`f0` integer NOT NULL,
	`f1` integer NOT NULL,
	`f2` integer NOT NULL,
	`e0` integer NOT NULL,
	`e1` integer NOT NULL,
	`e2` integer NOT NULL,
	PRIMARY KEY(`shape`, `day`, `d0`, `d1`, `d2`, `d3`, `d4`)
) WITHOUT ROWID;
