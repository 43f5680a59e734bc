-- What a report writes: the single source of truth for the report write path.
--
-- A report is one statement: src/db/queries/reports.ts INSERTs one row into the report_intake view
-- and this INSTEAD OF trigger writes the report and keeps every aggregate, rollup and facet current,
-- in order, inside one SQLite statement (one D1 statement, one round trip, no drift between the
-- aggregates and the reports). Per-report sets travel as JSON columns:
--   links    [[host, domain], ...]          domains  [[domain, shortener 0|1], ...]
--   targets  [[target_type, target], ...]   facets   [[target_type, target, facet, value], ...]
-- A statement that INSERTs many rows (INSERT INTO report_intake SELECT ... FROM json_each(?)) runs the
-- trigger once per row, in row order, so a bulk upload can write many reports per statement.
--
-- Change this file, never a migration by hand: `npm run db:write-path -- NNNN_name` writes the
-- migration that replaces the view and trigger, and test/db/report-write-path.test.ts fails while
-- the migrated database differs from this file. See docs/architecture.md ("a new aggregate").
-- No semicolons inside comments: migration tools split statements on them.

CREATE VIEW `report_intake` AS SELECT
  NULL AS id, NULL AS sender, NULL AS sender_kind, NULL AS sender_country, NULL AS sender_hash, NULL AS text,
  NULL AS fingerprint, NULL AS campaign_id, NULL AS reporter, NULL AS received_at, NULL AS created_at, NULL AS carrier,
  NULL AS region, NULL AS category, NULL AS claimed_institution, NULL AS signals, NULL AS callback_numbers,
  NULL AS strong_signal, NULL AS stats_day, NULL AS guard_since, NULL AS idem_key_hash, NULL AS idem_request_hash,
  NULL AS idem_status, NULL AS idem_body, NULL AS idem_expired_before, NULL AS flood_window_ms, NULL AS flood_targets,
  NULL AS flood_penalty_ms, NULL AS new_campaign_signature, NULL AS new_campaign_bands, NULL AS new_campaign_sample,
  NULL AS links, NULL AS domains, NULL AS targets, NULL AS facets, NULL AS category_inferred
WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `report_intake_write` INSTEAD OF INSERT ON `report_intake`
BEGIN
  -- 1. Guard (fast path only, guard_since set): this reporter reported this sender inside the merge
  --    window, so abort and change nothing. The caller then reads and decides (duplicate, cooldown).
  SELECT RAISE(ABORT, 'report_guard') WHERE NEW.guard_since IS NOT NULL AND EXISTS (
    SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = NEW.sender AND reporter = NEW.reporter AND last_at > NEW.guard_since);
  -- 2. Idempotency key: drop an expired one, then store this response. A live key written by a
  --    concurrent request fails the UNIQUE constraint and aborts the whole report.
  DELETE FROM idempotency_keys WHERE NEW.idem_key_hash IS NOT NULL AND key_hash = NEW.idem_key_hash AND created_at <= NEW.idem_expired_before;
  INSERT INTO idempotency_keys (key_hash, request_hash, status, body, created_at)
    SELECT NEW.idem_key_hash, NEW.idem_request_hash, NEW.idem_status, NEW.idem_body, NEW.created_at WHERE NEW.idem_key_hash IS NOT NULL;
  -- 3. Change counter: feeds page through senders and domains by change_seq, read from here.
  UPDATE counters SET value = value + 1 WHERE name = 'change';
  -- 4. Reporter trust (docs/scoring.md): corroborated when someone else already reported this
  --    sender, flooding when more than flood_targets reports fall inside flood_window_ms.
  --    The SET expressions all read the old row.
  INSERT INTO reporters (id, first_at, last_at, report_count, corroborated, window_start, window_targets, flood_until)
    SELECT NEW.reporter, NEW.created_at, NEW.created_at, 1,
      EXISTS (SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = NEW.sender AND reporter != NEW.reporter AND hidden = 0),
      NEW.created_at, 1, 0 WHERE true
    ON CONFLICT(id) DO UPDATE SET last_at = max(last_at, excluded.last_at), report_count = report_count + 1,
      corroborated = corroborated + excluded.corroborated,
      window_start = CASE WHEN excluded.last_at - window_start > NEW.flood_window_ms THEN excluded.last_at ELSE window_start END,
      window_targets = CASE WHEN excluded.last_at - window_start > NEW.flood_window_ms THEN 1 ELSE window_targets + 1 END,
      flood_until = CASE WHEN excluded.last_at - window_start <= NEW.flood_window_ms AND window_targets + 1 > NEW.flood_targets
        THEN excluded.last_at + NEW.flood_penalty_ms ELSE flood_until END;
  -- 5. A new campaign (new_campaign_signature set): its row, its LSH band keys and its exact
  --    fingerprint. Its id comes from the opening text's fingerprint, so concurrent first reports
  --    of one template join one campaign (ON CONFLICT DO NOTHING).
  INSERT INTO campaigns (id, signature, fingerprint, report_count, reporter_count, first_seen, last_seen, sample_text)
    SELECT NEW.campaign_id, NEW.new_campaign_signature, NEW.fingerprint, 0, 0, NEW.created_at, NEW.created_at, NEW.new_campaign_sample
    WHERE NEW.new_campaign_signature IS NOT NULL
    ON CONFLICT(id) DO NOTHING;
  INSERT OR IGNORE INTO campaign_bands (band_key, campaign_id)
    SELECT k.value, NEW.campaign_id FROM json_each(NEW.new_campaign_bands) k WHERE NEW.new_campaign_signature IS NOT NULL;
  INSERT OR IGNORE INTO campaign_fingerprints (fingerprint, campaign_id) VALUES (NEW.fingerprint, NEW.campaign_id);
  -- 6. The campaign's counts. Reporter novelty is read before target_reporters is upserted (step 11).
  UPDATE campaigns SET report_count = report_count + 1, first_seen = min(first_seen, NEW.created_at), last_seen = max(last_seen, NEW.created_at),
    reporter_count = reporter_count + NOT EXISTS (
      SELECT 1 FROM target_reporters WHERE target_type = 'campaign' AND target = NEW.campaign_id AND reporter = NEW.reporter AND hidden = 0)
    WHERE id = NEW.campaign_id;
  -- 7. The report row itself (already redacted by src/services/submit.ts). Its category is the
  --    reporter's, or inferred from the text when category_inferred = 1 (docs/scoring.md).
  INSERT INTO reports (id, sender, sender_kind, text, fingerprint, campaign_id, reporter, received_at, created_at, carrier, region, category, category_inferred, claimed_institution, signals, callback_numbers)
    VALUES (NEW.id, NEW.sender, NEW.sender_kind, NEW.text, NEW.fingerprint, NEW.campaign_id, NEW.reporter, NEW.received_at, NEW.created_at,
      NEW.carrier, NEW.region, NEW.category, coalesce(NEW.category_inferred, 0), NEW.claimed_institution, NEW.signals, NEW.callback_numbers);
  -- 8. The sender's aggregate: counts, first and last seen, change_seq, and its facets folded into
  --    the row as {facet: {value: count}}, top 50 values per facet.
  INSERT INTO senders (normalized, kind, country, report_count, reporter_count, first_seen, last_seen, change_seq, sha256, facets)
    SELECT NEW.sender, NEW.sender_kind, NEW.sender_country, 1, 1, NEW.created_at, NEW.created_at, (SELECT c.value FROM counters c WHERE c.name = 'change'), NEW.sender_hash,
      (SELECT json_group_object(facet, json(counts)) FROM (
        SELECT facet, json_group_object(value, n) AS counts FROM (
          SELECT facet, value, sum(n) AS n, row_number() OVER (PARTITION BY facet ORDER BY sum(n) DESC, value) AS rank FROM (
            SELECT o.key AS facet, i.key AS value, i.value AS n FROM json_each('{}') o, json_each(o.value) i
            UNION ALL SELECT f.value ->> 2, f.value ->> 3, 1 FROM json_each(NEW.facets) f WHERE f.value ->> 0 = 'sender')
          GROUP BY facet, value)
        WHERE rank <= 50 GROUP BY facet)) WHERE true
    ON CONFLICT(normalized) DO UPDATE SET report_count = report_count + 1,
      facets = (SELECT json_group_object(facet, json(counts)) FROM (
        SELECT facet, json_group_object(value, n) AS counts FROM (
          SELECT facet, value, sum(n) AS n, row_number() OVER (PARTITION BY facet ORDER BY sum(n) DESC, value) AS rank FROM (
            SELECT o.key AS facet, i.key AS value, i.value AS n FROM json_each(senders.facets) o, json_each(o.value) i
            UNION ALL SELECT f.value ->> 2, f.value ->> 3, 1 FROM json_each(NEW.facets) f WHERE f.value ->> 0 = 'sender')
          GROUP BY facet, value)
        WHERE rank <= 50 GROUP BY facet)),
      reporter_count = reporter_count + NOT EXISTS (
        SELECT 1 FROM target_reporters WHERE target_type = 'sender' AND target = excluded.normalized AND reporter = NEW.reporter AND hidden = 0),
      first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), change_seq = excluded.change_seq;
  -- 9. The report's links (host, registrable domain).
  INSERT INTO report_domains (report_id, host, domain)
    SELECT NEW.id, l.value ->> 0, l.value ->> 1 FROM json_each(NEW.links) l WHERE true ON CONFLICT DO NOTHING;
  -- 10. Each linked domain's aggregate, like the sender's (step 8). A domain's senders stay rows (step 13).
  INSERT INTO domains (domain, report_count, reporter_count, shortener, first_seen, last_seen, change_seq, facets)
    SELECT d.value ->> 0, 1, 1, d.value ->> 1, NEW.created_at, NEW.created_at, (SELECT c.value FROM counters c WHERE c.name = 'change'),
      (SELECT json_group_object(facet, json(counts)) FROM (
        SELECT facet, json_group_object(value, n) AS counts FROM (
          SELECT facet, value, sum(n) AS n, row_number() OVER (PARTITION BY facet ORDER BY sum(n) DESC, value) AS rank FROM (
            SELECT o.key AS facet, i.key AS value, i.value AS n FROM json_each('{}') o, json_each(o.value) i
            UNION ALL SELECT f.value ->> 2, f.value ->> 3, 1 FROM json_each(NEW.facets) f WHERE f.value ->> 0 = 'domain' AND f.value ->> 1 = d.value ->> 0 AND f.value ->> 2 != 'sender')
          GROUP BY facet, value)
        WHERE rank <= 50 GROUP BY facet))
    FROM json_each(NEW.domains) d WHERE true
    ON CONFLICT(domain) DO UPDATE SET report_count = report_count + 1,
      facets = (SELECT json_group_object(facet, json(counts)) FROM (
        SELECT facet, json_group_object(value, n) AS counts FROM (
          SELECT facet, value, sum(n) AS n, row_number() OVER (PARTITION BY facet ORDER BY sum(n) DESC, value) AS rank FROM (
            SELECT o.key AS facet, i.key AS value, i.value AS n FROM json_each(domains.facets) o, json_each(o.value) i
            UNION ALL SELECT f.value ->> 2, f.value ->> 3, 1 FROM json_each(NEW.facets) f WHERE f.value ->> 0 = 'domain' AND f.value ->> 1 = excluded.domain AND f.value ->> 2 != 'sender')
          GROUP BY facet, value)
        WHERE rank <= 50 GROUP BY facet)),
      reporter_count = reporter_count + NOT EXISTS (
        SELECT 1 FROM target_reporters WHERE target_type = 'domain' AND target = excluded.domain AND reporter = NEW.reporter AND hidden = 0),
      first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), change_seq = excluded.change_seq;
  -- 11. One row per (target, reporter): merge window, cooldown and distinct-reporter counts read these.
  INSERT INTO target_reporters (target_type, target, reporter, first_at, last_at, report_count, last_report_id, last_fingerprint, strong_signal)
    SELECT t.value ->> 0, t.value ->> 1, NEW.reporter, NEW.created_at, NEW.created_at, 1, NEW.id, NEW.fingerprint, NEW.strong_signal
    FROM json_each(NEW.targets) t WHERE true
    ON CONFLICT(target_type, target, reporter) DO UPDATE SET last_at = max(last_at, excluded.last_at), report_count = report_count + 1,
      last_report_id = excluded.last_report_id, last_fingerprint = excluded.last_fingerprint,
      strong_signal = max(strong_signal, excluded.strong_signal), hidden = 0;
  -- 12. Statistics rollups (docs/statistics.md): the finest cell, its distinct members (reporters,
  --     senders, domains), per-domain cells and their members. The AFTER INSERT triggers of
  --     migration 0015 count repeats of members across days, weeks and months. A cell also counts
  --     the reports whose category was inferred (inferred_reports).
  INSERT INTO stats_cells (day, institution, sender_kind, carrier, region, category, reports, inferred_reports)
    VALUES (NEW.stats_day, coalesce(NEW.claimed_institution, ''), NEW.sender_kind, coalesce(NEW.carrier, ''), coalesce(NEW.region, ''), coalesce(NEW.category, 'other'), 1, coalesce(NEW.category_inferred, 0))
    ON CONFLICT(day, institution, sender_kind, carrier, region, category) DO UPDATE SET reports = reports + 1, inferred_reports = inferred_reports + excluded.inferred_reports;
  INSERT OR IGNORE INTO stats_members (day, institution, sender_kind, carrier, region, category, member_type, member)
    SELECT NEW.stats_day, coalesce(NEW.claimed_institution, ''), NEW.sender_kind, coalesce(NEW.carrier, ''), coalesce(NEW.region, ''), coalesce(NEW.category, 'other'), m.kind, m.member
    FROM (SELECT 'r' AS kind, NEW.reporter AS member UNION ALL SELECT 's', NEW.sender UNION ALL SELECT 'd', d.value ->> 0 FROM json_each(NEW.domains) d) m;
  INSERT INTO stats_domain_cells (day, domain, reports)
    SELECT NEW.stats_day, d.value ->> 0, 1 FROM json_each(NEW.domains) d WHERE true
    ON CONFLICT(day, domain) DO UPDATE SET reports = reports + 1;
  INSERT OR IGNORE INTO stats_domain_members (day, domain, member_type, member)
    SELECT NEW.stats_day, d.value ->> 0, m.kind, m.member
    FROM json_each(NEW.domains) d, (SELECT 'r' AS kind, NEW.reporter AS member UNION ALL SELECT 's', NEW.sender) m;
  -- 13. Facet counters that grow without bound (a campaign's, a domain's senders) as rows.
  INSERT INTO target_facets (target_type, target, facet, value, count, last_at)
    SELECT f.value ->> 0, f.value ->> 1, f.value ->> 2, f.value ->> 3, 1, NEW.created_at FROM json_each(NEW.facets) f
    WHERE f.value ->> 0 = 'campaign' OR (f.value ->> 0 = 'domain' AND f.value ->> 2 = 'sender')
    ON CONFLICT(target_type, target, facet, value) DO UPDATE SET count = count + 1, last_at = max(last_at, excluded.last_at);
END;
