CREATE TABLE `stats_domain_member_repeats` (
	`period` text NOT NULL,
	`day` text NOT NULL,
	`domain` text NOT NULL,
	`member_type` text NOT NULL,
	`member` text NOT NULL,
	`first_domain` text NOT NULL,
	PRIMARY KEY(`period`, `day`, `domain`, `member_type`, `member`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `stats_member_repeats` (
	`period` text NOT NULL,
	`day` text NOT NULL,
	`institution` text NOT NULL,
	`sender_kind` text NOT NULL,
	`carrier` text NOT NULL,
	`region` text NOT NULL,
	`category` text NOT NULL,
	`member_type` text NOT NULL,
	`member` text NOT NULL,
	`first_institution` text NOT NULL,
	`first_sender_kind` text NOT NULL,
	`first_carrier` text NOT NULL,
	`first_region` text NOT NULL,
	`first_category` text NOT NULL,
	PRIMARY KEY(`period`, `day`, `institution`, `sender_kind`, `carrier`, `region`, `category`, `member_type`, `member`)
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `r_first_day` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `r_first_week` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `r_first_month` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `s_first_day` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `s_first_week` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `s_first_month` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `d_first_day` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `d_first_week` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_cells` ADD `d_first_month` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_domain_cells` ADD `r_first_day` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_domain_cells` ADD `r_first_week` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_domain_cells` ADD `r_first_month` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_domain_cells` ADD `s_first_day` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_domain_cells` ADD `s_first_week` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `stats_domain_cells` ADD `s_first_month` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `stats_domain_members_member_idx` ON `stats_domain_members` (`member_type`,`member`,`day`);--> statement-breakpoint
CREATE INDEX `stats_members_member_idx` ON `stats_members` (`member_type`,`member`,`day`);--> statement-breakpoint
-- A member row that is not its member's first row in its day, week or month is recorded, with its
-- first row's cell, once per such period, and the cell counts the periods the row is first in. Exactly one row per member and period is not a repeat
-- (the first inserted), whatever order the days arrive in: the join below finds that row.
CREATE TRIGGER `stats_member_repeats_on_insert` AFTER INSERT ON `stats_members` BEGIN
  INSERT INTO stats_member_repeats (period, day, institution, sender_kind, carrier, region, category, member_type, member,
      first_institution, first_sender_kind, first_carrier, first_region, first_category)
    SELECT p.period, NEW.day, NEW.institution, NEW.sender_kind, NEW.carrier, NEW.region, NEW.category, NEW.member_type, NEW.member,
      f.institution, f.sender_kind, f.carrier, f.region, f.category
    FROM (SELECT 'day' AS period, NEW.day AS lo, NEW.day AS hi
        UNION ALL SELECT 'week', date(NEW.day, '-' || ((CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days'), date(NEW.day, '+' || (6 - (CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days')
        UNION ALL SELECT 'month', date(NEW.day, 'start of month'), date(NEW.day, 'start of month', '+1 month', '-1 day')) p
    JOIN stats_members f ON f.member_type = NEW.member_type AND f.member = NEW.member AND f.day BETWEEN p.lo AND p.hi
    WHERE NOT (f.day = NEW.day AND f.institution = NEW.institution AND f.sender_kind = NEW.sender_kind AND f.carrier = NEW.carrier AND f.region = NEW.region AND f.category = NEW.category)
      AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = p.period AND r.day = f.day AND r.institution = f.institution AND r.sender_kind = f.sender_kind AND r.carrier = f.carrier AND r.region = f.region AND r.category = f.category AND r.member_type = f.member_type AND r.member = f.member);
  UPDATE stats_cells SET (r_first_day, r_first_week, r_first_month, s_first_day, s_first_week, s_first_month, d_first_day, d_first_week, d_first_month) = (
    SELECT r_first_day + (t = 'r' AND f_day), r_first_week + (t = 'r' AND f_week), r_first_month + (t = 'r' AND f_month), s_first_day + (t = 's' AND f_day), s_first_week + (t = 's' AND f_week), s_first_month + (t = 's' AND f_month), d_first_day + (t = 'd' AND f_day), d_first_week + (t = 'd' AND f_week), d_first_month + (t = 'd' AND f_month)
    FROM (SELECT NEW.member_type AS t,
        NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'day' AND r.day = NEW.day AND r.institution = NEW.institution AND r.sender_kind = NEW.sender_kind AND r.carrier = NEW.carrier AND r.region = NEW.region AND r.category = NEW.category AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_day,
        NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'week' AND r.day = NEW.day AND r.institution = NEW.institution AND r.sender_kind = NEW.sender_kind AND r.carrier = NEW.carrier AND r.region = NEW.region AND r.category = NEW.category AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_week,
        NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'month' AND r.day = NEW.day AND r.institution = NEW.institution AND r.sender_kind = NEW.sender_kind AND r.carrier = NEW.carrier AND r.region = NEW.region AND r.category = NEW.category AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_month))
    WHERE day = NEW.day AND institution = NEW.institution AND sender_kind = NEW.sender_kind AND carrier = NEW.carrier AND region = NEW.region AND category = NEW.category;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_domain_member_repeats_on_insert` AFTER INSERT ON `stats_domain_members` BEGIN
  INSERT INTO stats_domain_member_repeats (period, day, domain, member_type, member, first_domain)
    SELECT p.period, NEW.day, NEW.domain, NEW.member_type, NEW.member, f.domain
    FROM (SELECT 'day' AS period, NEW.day AS lo, NEW.day AS hi
        UNION ALL SELECT 'week', date(NEW.day, '-' || ((CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days'), date(NEW.day, '+' || (6 - (CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days')
        UNION ALL SELECT 'month', date(NEW.day, 'start of month'), date(NEW.day, 'start of month', '+1 month', '-1 day')) p
    JOIN stats_domain_members f ON f.member_type = NEW.member_type AND f.member = NEW.member AND f.day BETWEEN p.lo AND p.hi
    WHERE NOT (f.day = NEW.day AND f.domain = NEW.domain)
      AND NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = p.period AND r.day = f.day AND r.domain = f.domain AND r.member_type = f.member_type AND r.member = f.member);
  UPDATE stats_domain_cells SET (r_first_day, r_first_week, r_first_month, s_first_day, s_first_week, s_first_month) = (
    SELECT r_first_day + (t = 'r' AND f_day), r_first_week + (t = 'r' AND f_week), r_first_month + (t = 'r' AND f_month), s_first_day + (t = 's' AND f_day), s_first_week + (t = 's' AND f_week), s_first_month + (t = 's' AND f_month)
    FROM (SELECT NEW.member_type AS t,
        NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'day' AND r.day = NEW.day AND r.domain = NEW.domain AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_day,
        NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'week' AND r.day = NEW.day AND r.domain = NEW.domain AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_week,
        NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'month' AND r.day = NEW.day AND r.domain = NEW.domain AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_month))
    WHERE day = NEW.day AND domain = NEW.domain;
END;
--> statement-breakpoint
-- Existing rows: the first row of each member and period is its smallest (day, cell); the others repeat it.
INSERT INTO stats_member_repeats (period, day, institution, sender_kind, carrier, region, category, member_type, member,
    first_institution, first_sender_kind, first_carrier, first_region, first_category)
  SELECT period, day, institution, sender_kind, carrier, region, category, member_type, member, fi, fs, fc, fr, fg FROM (
    SELECT p.period, m.*, row_number() OVER w AS n,
      first_value(m.institution) OVER w AS fi, first_value(m.sender_kind) OVER w AS fs, first_value(m.carrier) OVER w AS fc,
      first_value(m.region) OVER w AS fr, first_value(m.category) OVER w AS fg
    FROM stats_members m, (SELECT 'day' AS period UNION ALL SELECT 'week' UNION ALL SELECT 'month') p
    WINDOW w AS (PARTITION BY p.period, m.member_type, m.member, CASE p.period WHEN 'day' THEN m.day WHEN 'week' THEN date(m.day, '-' || ((CAST(strftime('%w', m.day) AS INTEGER) + 6) % 7) || ' days') ELSE date(m.day, 'start of month') END ORDER BY m.day, m.institution, m.sender_kind, m.carrier, m.region, m.category))
  WHERE n > 1;
--> statement-breakpoint
INSERT INTO stats_domain_member_repeats (period, day, domain, member_type, member, first_domain)
  SELECT period, day, domain, member_type, member, fd FROM (
    SELECT p.period, m.*, row_number() OVER w AS n, first_value(m.domain) OVER w AS fd
    FROM stats_domain_members m, (SELECT 'day' AS period UNION ALL SELECT 'week' UNION ALL SELECT 'month') p
    WINDOW w AS (PARTITION BY p.period, m.member_type, m.member, CASE p.period WHEN 'day' THEN m.day WHEN 'week' THEN date(m.day, '-' || ((CAST(strftime('%w', m.day) AS INTEGER) + 6) % 7) || ' days') ELSE date(m.day, 'start of month') END ORDER BY m.day, m.domain))
  WHERE n > 1;
--> statement-breakpoint
UPDATE stats_cells SET (r_first_day, r_first_week, r_first_month, s_first_day, s_first_week, s_first_month, d_first_day, d_first_week, d_first_month) = (
  SELECT coalesce(sum(m.member_type = 'r' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'day' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 'r' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'week' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 'r' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'month' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 's' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'day' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 's' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'week' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 's' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'month' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 'd' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'day' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 'd' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'week' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 'd' AND NOT EXISTS (SELECT 1 FROM stats_member_repeats r WHERE r.period = 'month' AND r.day = m.day AND r.institution = m.institution AND r.sender_kind = m.sender_kind AND r.carrier = m.carrier AND r.region = m.region AND r.category = m.category AND r.member_type = m.member_type AND r.member = m.member)), 0)
  FROM stats_members m WHERE m.day = stats_cells.day AND m.institution = stats_cells.institution AND m.sender_kind = stats_cells.sender_kind AND m.carrier = stats_cells.carrier AND m.region = stats_cells.region AND m.category = stats_cells.category);
--> statement-breakpoint
UPDATE stats_domain_cells SET (r_first_day, r_first_week, r_first_month, s_first_day, s_first_week, s_first_month) = (
  SELECT coalesce(sum(m.member_type = 'r' AND NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'day' AND r.day = m.day AND r.domain = m.domain AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 'r' AND NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'week' AND r.day = m.day AND r.domain = m.domain AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 'r' AND NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'month' AND r.day = m.day AND r.domain = m.domain AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 's' AND NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'day' AND r.day = m.day AND r.domain = m.domain AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 's' AND NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'week' AND r.day = m.day AND r.domain = m.domain AND r.member_type = m.member_type AND r.member = m.member)), 0), coalesce(sum(m.member_type = 's' AND NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'month' AND r.day = m.day AND r.domain = m.domain AND r.member_type = m.member_type AND r.member = m.member)), 0)
  FROM stats_domain_members m WHERE m.day = stats_domain_cells.day AND m.domain = stats_domain_cells.domain);