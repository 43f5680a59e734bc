-- Custom SQL migration file, put your code below! --
-- Isolate caches (src/freshness.ts) follow reports through the reports rowid; every other write
-- that changes what a lookup answers (registry, decisions, keys, hidden reports) bumps the
-- 'admin' counter here, inside the same statement, so every isolate drops its caches on its next
-- sync. These writes are rare (moderators), so a full drop is cheap.
--> statement-breakpoint
INSERT OR IGNORE INTO counters (name, value) VALUES ('admin', 0);
--> statement-breakpoint
CREATE TRIGGER `official_senders_insert_bumps_admin` AFTER INSERT ON `official_senders`
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
--> statement-breakpoint
CREATE TRIGGER `official_senders_update_bumps_admin` AFTER UPDATE ON `official_senders`
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
--> statement-breakpoint
CREATE TRIGGER `official_senders_delete_bumps_admin` AFTER DELETE ON `official_senders`
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
--> statement-breakpoint
CREATE TRIGGER `target_decisions_insert_bumps_admin` AFTER INSERT ON `target_decisions`
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
--> statement-breakpoint
CREATE TRIGGER `target_decisions_update_bumps_admin` AFTER UPDATE ON `target_decisions`
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
--> statement-breakpoint
CREATE TRIGGER `target_decisions_delete_bumps_admin` AFTER DELETE ON `target_decisions`
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
--> statement-breakpoint
CREATE TRIGGER `api_keys_update_bumps_admin` AFTER UPDATE ON `api_keys`
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
--> statement-breakpoint
CREATE TRIGGER `api_keys_delete_bumps_admin` AFTER DELETE ON `api_keys`
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
--> statement-breakpoint
CREATE TRIGGER `reports_hidden_bumps_admin` AFTER UPDATE OF hidden ON `reports` WHEN NEW.hidden != OLD.hidden
BEGIN
  UPDATE counters SET value = value + 1 WHERE name = 'admin';
END;
