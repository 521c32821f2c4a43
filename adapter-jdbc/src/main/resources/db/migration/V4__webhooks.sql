-- Webhooks (SPEC §6). Subscriptions per account; the transactional outbox (webhook_events, written in the
-- transaction of the change); and one delivery row per event and matching subscription, created in that same
-- transaction. The delivery rows are at once the dispatchers' work queue and the delivery log.
CREATE TABLE webhook_subscriptions (
    id            uuid        PRIMARY KEY,
    account_id    text        NOT NULL,
    url           text        NOT NULL,
    content_type  text        NOT NULL,
    -- In clear because every delivery is signed with it (HMAC needs the key itself); the API never shows it again.
    secret        text        NOT NULL,
    events        text[]      NOT NULL CHECK (cardinality(events) > 0),
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL,
    deleted_at    timestamptz,
    deleted_by    text
);

-- The list, newest first with id breaking ties (the paging cursor is a subscription id).
CREATE INDEX webhook_subscriptions_account_created ON webhook_subscriptions (account_id, created_at DESC, id DESC);
-- The outbox looks up the live subscriptions of an account on every change.
CREATE INDEX webhook_subscriptions_live ON webhook_subscriptions (account_id) WHERE deleted_at IS NULL;

CREATE TABLE webhook_events (
    id          uuid        PRIMARY KEY,
    account_id  text        NOT NULL,
    event       text        NOT NULL,
    -- The resources as rendered at the change, a JSON object. text, not jsonb: jsonb would reorder the keys.
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE webhook_deliveries (
    id                  uuid        PRIMARY KEY,   -- the event_delivery receivers dedupe by
    event_id            uuid        NOT NULL REFERENCES webhook_events (id),
    subscription_id     uuid        NOT NULL REFERENCES webhook_subscriptions (id),
    status              text        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed', 'cancelled')),
    attempts            integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- While pending: when the next attempt is due, or, while an attempt runs, when its claim's lease ends.
    next_attempt_at     timestamptz,
    -- The running attempt's claim; an outcome recorded under an older claim is ignored.
    claim               uuid,
    last_attempt_at     timestamptz,
    last_response_code  integer,
    last_error          text,
    delivered_at        timestamptz,
    created_at          timestamptz NOT NULL,
    CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
);

-- What dispatchers poll: only pending rows, by due time.
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
-- A subscription's log, newest first (the paging cursor is a delivery id).
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, created_at DESC, id DESC);
CREATE INDEX webhook_deliveries_event ON webhook_deliveries (event_id);
