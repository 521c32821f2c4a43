-- Distribution-ready keys (storage v2, issue 13): every primary key, unique constraint and foreign key of a
-- per-account table includes account_id, the column a distributed PostgreSQL (Citus) shards by and hash
-- partitioning would split on. Tables without an account (signing_keys) stay small reference tables.

-- API clients: (account_id, client_id) becomes the primary key.
ALTER TABLE api_clients DROP CONSTRAINT api_clients_account_client;
ALTER TABLE api_clients ADD CONSTRAINT api_clients_pkey PRIMARY KEY (account_id, client_id);

-- Webhook deliveries get their account, taken from their event; keys and references carry it.
ALTER TABLE webhook_deliveries ADD COLUMN account_id text;
UPDATE webhook_deliveries d SET account_id = e.account_id FROM webhook_events e WHERE e.id = d.event_id;
ALTER TABLE webhook_deliveries ALTER COLUMN account_id SET NOT NULL;

ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_event_id_fkey;
ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_subscription_id_fkey;
ALTER TABLE webhook_deliveries DROP CONSTRAINT webhook_deliveries_pkey;
ALTER TABLE webhook_events DROP CONSTRAINT webhook_events_pkey;
ALTER TABLE webhook_subscriptions DROP CONSTRAINT webhook_subscriptions_pkey;

ALTER TABLE webhook_subscriptions ADD CONSTRAINT webhook_subscriptions_pkey PRIMARY KEY (account_id, id);
ALTER TABLE webhook_events ADD CONSTRAINT webhook_events_pkey PRIMARY KEY (account_id, id);
ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (account_id, id);
ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_event_fkey
    FOREIGN KEY (account_id, event_id) REFERENCES webhook_events (account_id, id);
ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_subscription_fkey
    FOREIGN KEY (account_id, subscription_id) REFERENCES webhook_subscriptions (account_id, id);

-- The delivery log of a subscription and the deliveries of an event, within their account.
DROP INDEX webhook_deliveries_log;
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (account_id, subscription_id, created_at DESC, id DESC);
DROP INDEX webhook_deliveries_event;
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (account_id, event_id);

-- Discount rules: keyed by (account_id, id); the creation sequence is unique within the account.
ALTER TABLE discount_rules DROP CONSTRAINT discount_rules_pkey;
ALTER TABLE discount_rules ADD CONSTRAINT discount_rules_pkey PRIMARY KEY (account_id, id);
ALTER TABLE discount_rules DROP CONSTRAINT discount_rules_creation_seq_key;
ALTER TABLE discount_rules ADD CONSTRAINT discount_rules_account_creation_seq_key UNIQUE (account_id, creation_seq);
