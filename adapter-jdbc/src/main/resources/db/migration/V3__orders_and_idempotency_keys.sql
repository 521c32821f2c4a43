-- Orders (SPEC §3), created by completing drafts and later changed through the order endpoints. As with drafts,
-- the content (items, tax and discount lines), the events and the payment operations form one JSONB document,
-- so an order loads in one statement whatever its size; the columns beside it are what lists filter on, what
-- concurrency control locks and compares, and the totals as exact bigints.
CREATE TABLE orders (
    id                uuid        PRIMARY KEY,
    account_id        text        NOT NULL,
    order_id          text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('open', 'closed', 'cancelled')),
    payment_status    text        NOT NULL CHECK (payment_status IN
                                      ('pending', 'partially_paid', 'paid', 'partially_refunded', 'refunded')),
    store_id          text,
    customer_id       text,
    currency          text,
    gross_amount      bigint      NOT NULL,
    net_amount        bigint      NOT NULL,
    total_discount    bigint      NOT NULL,
    version           bigint      NOT NULL CHECK (version >= 0),
    created_at        timestamptz NOT NULL,
    created_by        text,
    updated_at        timestamptz NOT NULL,
    closed_at         timestamptz,
    closed_by         text,
    cancelled_at      timestamptz,
    cancelled_by      text,
    cancelled_reason  text,
    document          jsonb       NOT NULL,
    -- SPEC §5: a custom order_id is unique in its account; the constraint settles two completes racing for one id.
    CONSTRAINT orders_account_order_id_unique UNIQUE (account_id, order_id)
);

-- Every list is per account, newest first, with id breaking ties so the paging cursor (created_at, id) is exact;
-- one index per filter of GET /orders, /stores/{id}/orders and /customers/{id}/orders.
CREATE INDEX orders_account_created ON orders (account_id, created_at DESC, id DESC);
CREATE INDEX orders_account_status_created ON orders (account_id, status, created_at DESC, id DESC);
CREATE INDEX orders_account_payment_status_created ON orders (account_id, payment_status, created_at DESC, id DESC);
CREATE INDEX orders_account_store_created ON orders (account_id, store_id, created_at DESC, id DESC)
    WHERE store_id IS NOT NULL;
CREATE INDEX orders_account_customer_created ON orders (account_id, customer_id, created_at DESC, id DESC)
    WHERE customer_id IS NOT NULL;

-- Idempotency-Key (SPEC §1). The primary key is the claim: of two requests inserting one key, one wins. A row
-- without response_status belongs to a request still running; the others wait for its response and replay it.
-- Rows are kept at least 24 h after created_at and then purged.
CREATE TABLE idempotency_keys (
    account_id             text        NOT NULL,
    idempotency_key        text        NOT NULL,
    fingerprint            text        NOT NULL,
    created_at             timestamptz NOT NULL,
    response_status        integer,
    response_content_type  text,
    response_etag          text,
    response_body          bytea,
    completed_at           timestamptz,
    PRIMARY KEY (account_id, idempotency_key)
);

CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
