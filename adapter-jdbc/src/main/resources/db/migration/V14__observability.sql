-- The X-Request-Id of the API request whose change wrote the event (null for events written outside a request),
-- sent with every delivery of the event as the request-id header so a receiver can quote it.
ALTER TABLE webhook_events ADD COLUMN request_id text;

-- The metrics read the webhook backlog (pending count and oldest pending delivery, failed count) on each scrape;
-- these partial indexes keep that to the rows concerned instead of the whole delivery log.
CREATE INDEX webhook_deliveries_pending_created ON webhook_deliveries (created_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_failed ON webhook_deliveries (created_at) WHERE status = 'failed';

-- Client administration (clients list / revoke / rotate): when the client last obtained a token, when it was
-- revoked (it then gets no token and its tokens stop working), and since when its tokens count (a rotation refuses
-- the tokens issued before it).
ALTER TABLE api_clients
    ADD COLUMN last_used_at      timestamptz,
    ADD COLUMN revoked_at        timestamptz,
    ADD COLUMN tokens_not_before timestamptz;
-- clients revoke/rotate --client-id X look a client up by its id alone.
CREATE INDEX api_clients_client_id ON api_clients (client_id);
