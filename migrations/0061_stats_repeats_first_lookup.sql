-- A member's first row of a period is found in constant time instead of by scanning its rows.
-- The triggers of migration 0015 joined every row of the member in the day, week and month and kept
-- the one with no repeat: O(rows of the member in the period) per insert. An untrusted app or
-- carrier key's users are at most two reporters (src/services/reporter.ts), so one bulk upload put
-- thousands of rows of one member into a month and each report cost more than the last (10,000
-- rows: 355 → 78 rows per CPU-second). Every row of a period but the first is a repeat that names
-- the first row's cell, so: one probe of the member index finds another row of the member in the
-- period (none: the new row is the first, the common case, and nothing else is read); if there is
-- one, the first cell is that of any repeat of the member in the period (one probe of the new member
-- index on the repeats), and without a repeat the other row is the first (a member without repeats
-- has at most one other row). Same rows, same counts, constant cost.
-- INDEXED BY: without statistics the planner prefers the primary key's (period, day) range, which
-- reads every member's repeats of the period.
CREATE INDEX `stats_member_repeats_member_idx` ON `stats_member_repeats` (`member_type`,`member`,`period`,`day`);
--> statement-breakpoint
CREATE INDEX `stats_domain_member_repeats_member_idx` ON `stats_domain_member_repeats` (`member_type`,`member`,`period`,`day`);
--> statement-breakpoint
DROP TRIGGER `stats_member_repeats_on_insert`;
--> statement-breakpoint
DROP TRIGGER `stats_domain_member_repeats_on_insert`;
--> statement-breakpoint
CREATE TRIGGER `stats_member_repeats_on_insert` AFTER INSERT ON `stats_members` BEGIN
  INSERT INTO stats_member_repeats (period, day, institution, sender_kind, carrier, region, category, member_type, member,
      first_institution, first_sender_kind, first_carrier, first_region, first_category)
    SELECT period, NEW.day, NEW.institution, NEW.sender_kind, NEW.carrier, NEW.region, NEW.category, NEW.member_type, NEW.member,
      first ->> 0, first ->> 1, first ->> 2, first ->> 3, first ->> 4
    FROM (SELECT period, CASE WHEN other IS NOT NULL THEN coalesce(
        (SELECT json_array(r.first_institution, r.first_sender_kind, r.first_carrier, r.first_region, r.first_category) FROM stats_member_repeats r INDEXED BY stats_member_repeats_member_idx
          WHERE r.member_type = NEW.member_type AND r.member = NEW.member AND r.period = q.period AND r.day BETWEEN q.lo AND q.hi LIMIT 1), other) END AS first
      FROM (SELECT p.period, p.lo, p.hi,
        (SELECT json_array(f.institution, f.sender_kind, f.carrier, f.region, f.category) FROM stats_members f
          WHERE f.member_type = NEW.member_type AND f.member = NEW.member AND f.day BETWEEN p.lo AND p.hi
            AND NOT (f.day = NEW.day AND f.institution = NEW.institution AND f.sender_kind = NEW.sender_kind AND f.carrier = NEW.carrier AND f.region = NEW.region AND f.category = NEW.category) LIMIT 1) AS other
      FROM (SELECT 'day' AS period, NEW.day AS lo, NEW.day AS hi
          UNION ALL SELECT 'week', date(NEW.day, '-' || ((CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days'), date(NEW.day, '+' || (6 - (CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days')
          UNION ALL SELECT 'month', date(NEW.day, 'start of month'), date(NEW.day, 'start of month', '+1 month', '-1 day')) p) q)
    WHERE first IS NOT NULL;
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
    SELECT period, NEW.day, NEW.domain, NEW.member_type, NEW.member, first_domain
    FROM (SELECT period, CASE WHEN other IS NOT NULL THEN coalesce(
        (SELECT r.first_domain FROM stats_domain_member_repeats r INDEXED BY stats_domain_member_repeats_member_idx
          WHERE r.member_type = NEW.member_type AND r.member = NEW.member AND r.period = q.period AND r.day BETWEEN q.lo AND q.hi LIMIT 1), other) END AS first_domain
      FROM (SELECT p.period, p.lo, p.hi,
        (SELECT f.domain FROM stats_domain_members f
          WHERE f.member_type = NEW.member_type AND f.member = NEW.member AND f.day BETWEEN p.lo AND p.hi AND NOT (f.day = NEW.day AND f.domain = NEW.domain) LIMIT 1) AS other
      FROM (SELECT 'day' AS period, NEW.day AS lo, NEW.day AS hi
          UNION ALL SELECT 'week', date(NEW.day, '-' || ((CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days'), date(NEW.day, '+' || (6 - (CAST(strftime('%w', NEW.day) AS INTEGER) + 6) % 7) || ' days')
          UNION ALL SELECT 'month', date(NEW.day, 'start of month'), date(NEW.day, 'start of month', '+1 month', '-1 day')) p) q)
    WHERE first_domain IS NOT NULL;
  UPDATE stats_domain_cells SET (r_first_day, r_first_week, r_first_month, s_first_day, s_first_week, s_first_month) = (
    SELECT r_first_day + (t = 'r' AND f_day), r_first_week + (t = 'r' AND f_week), r_first_month + (t = 'r' AND f_month), s_first_day + (t = 's' AND f_day), s_first_week + (t = 's' AND f_week), s_first_month + (t = 's' AND f_month)
    FROM (SELECT NEW.member_type AS t,
        NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'day' AND r.day = NEW.day AND r.domain = NEW.domain AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_day,
        NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'week' AND r.day = NEW.day AND r.domain = NEW.domain AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_week,
        NOT EXISTS (SELECT 1 FROM stats_domain_member_repeats r WHERE r.period = 'month' AND r.day = NEW.day AND r.domain = NEW.domain AND r.member_type = NEW.member_type AND r.member = NEW.member) AS f_month))
    WHERE day = NEW.day AND domain = NEW.domain;
END;
