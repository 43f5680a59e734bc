-- Bulk uploads: one job per upload; one row per processed (job, row), written in the same D1 batch
-- as the row's report, so a queue message delivered twice writes each row once.
CREATE TABLE bulk_jobs (
  id TEXT PRIMARY KEY NOT NULL,
  key_id TEXT NOT NULL,
  rows INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE bulk_rows (
  job_id TEXT NOT NULL,
  row INTEGER NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('stored', 'duplicate', 'rejected')),
  report_id TEXT,
  code TEXT,
  message TEXT,
  PRIMARY KEY (job_id, row)
) WITHOUT ROWID;

-- Webhook subscriptions (Standard Webhooks); the secret signs deliveries, so it is kept.
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY NOT NULL,
  key_id TEXT NOT NULL,
  url TEXT NOT NULL,
  secret TEXT NOT NULL,
  events TEXT NOT NULL,
  min_score INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  deleted_at INTEGER
);
CREATE INDEX webhooks_live_by_key ON webhooks (key_id) WHERE deleted_at IS NULL;

-- One row per delivery attempt (message id = the webhook-id header).
CREATE TABLE webhook_deliveries (
  message_id TEXT NOT NULL,
  attempt INTEGER NOT NULL,
  webhook_id TEXT NOT NULL,
  event TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  response_code INTEGER,
  at INTEGER NOT NULL,
  next_retry_at INTEGER,
  PRIMARY KEY (message_id, attempt)
);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, at);

-- The last verdict (app audience) announced per target, and campaigns announced as created:
-- an event goes out when a target's current state differs from what was announced.
CREATE TABLE webhook_states (
  target_type TEXT NOT NULL,
  target TEXT NOT NULL,
  verdict TEXT NOT NULL,
  score INTEGER NOT NULL,
  PRIMARY KEY (target_type, target)
) WITHOUT ROWID;
