CREATE TABLE `write_guards` (
	`blocked` integer NOT NULL,
	CONSTRAINT "write_guards_never_hold_rows" CHECK("write_guards"."blocked" = 0)
);
