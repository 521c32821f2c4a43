-- Payment sessions (SPEC §5b): the sessions started for an order at a checkout provider, kept beside the order
-- (one row each, written in the transaction that appends the order's api-event for it). Listed per order, oldest
-- first (seq). The session id is the provider's (any text) and unique within its order.
CREATE TABLE payment_sessions (
    account_id          text        NOT NULL,
    order_uuid          uuid        NOT NULL,
    id                  text        NOT NULL,
    seq                 bigint      GENERATED ALWAYS AS IDENTITY,
    url                 text        NOT NULL,
    amount              bigint      NOT NULL,
    currency            text,
    line_ids            integer[]   NOT NULL,
    line_amounts        bigint[]    NOT NULL CHECK (cardinality(line_amounts) = cardinality(line_ids)),
    profile_id          text        NOT NULL,
    return_url          text        NOT NULL,
    callback_url        text,
    merchant_terms_url  text,
    metadata            jsonb       NOT NULL DEFAULT '{}',
    created_at          timestamptz NOT NULL,
    created_by          text,
    PRIMARY KEY (account_id, order_uuid, id)
);
