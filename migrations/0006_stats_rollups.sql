CREATE TABLE `stats_cells` (
	`day` text NOT NULL,
	`institution` text NOT NULL,
	`sender_kind` text NOT NULL,
	`carrier` text NOT NULL,
	`region` text NOT NULL,
	`category` text NOT NULL,
	`reports` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `institution`, `sender_kind`, `carrier`, `region`, `category`)
);
--> statement-breakpoint
CREATE TABLE `stats_domain_cells` (
	`day` text NOT NULL,
	`domain` text NOT NULL,
	`reports` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `domain`)
);
--> statement-breakpoint
CREATE TABLE `stats_domain_members` (
	`day` text NOT NULL,
	`domain` text NOT NULL,
	`member_type` text NOT NULL,
	`member` text NOT NULL,
	PRIMARY KEY(`day`, `domain`, `member_type`, `member`)
);
--> statement-breakpoint
CREATE TABLE `stats_members` (
	`day` text NOT NULL,
	`institution` text NOT NULL,
	`sender_kind` text NOT NULL,
	`carrier` text NOT NULL,
	`region` text NOT NULL,
	`category` text NOT NULL,
	`member_type` text NOT NULL,
	`member` text NOT NULL,
	PRIMARY KEY(`day`, `institution`, `sender_kind`, `carrier`, `region`, `category`, `member_type`, `member`)
);
