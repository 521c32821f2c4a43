-- Draft orders. The draft's order content (items, tax and discount lines, options, events) is one
-- JSONB document so a draft loads in one statement whatever its item count; the columns beside it
-- are what lists filter on, what concurrency control locks on, and the totals as exact bigints.
CREATE TABLE draft_orders (
    id            uuid        PRIMARY KEY,
    account_id    text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('open', 'completed', 'deleted')),
    version       bigint      NOT NULL CHECK (version >= 0),
    currency      text,
    gross_amount  bigint      NOT NULL,
    net_amount    bigint      NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    updated_at    timestamptz NOT NULL,
    deleted_at    timestamptz,
    deleted_by    text,
    document      jsonb       NOT NULL
);

-- Lists are per account, newest first, optionally by status and created_at range; id breaks ties
-- so the paging cursor (created_at, id) is exact.
CREATE INDEX draft_orders_account_created ON draft_orders (account_id, created_at DESC, id DESC);
CREATE INDEX draft_orders_account_status_created ON draft_orders (account_id, status, created_at DESC, id DESC);
