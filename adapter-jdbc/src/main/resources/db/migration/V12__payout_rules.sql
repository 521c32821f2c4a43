-- Payout rules (SPEC §4c). A rule is never removed, only marked deleted, so it stays readable; orders keep a copy
-- of the terms they fixed at completion and never read this table again. Keyed by (account_id, id), and every
-- unique constraint starts with account_id, so the table can be partitioned or distributed by account.
CREATE TABLE payout_rules (
    account_id   text        NOT NULL,
    id           uuid        NOT NULL,
    rule_type    text        NOT NULL CHECK (rule_type IN ('ITEM_STORE_ID')),
    rule_id      text        NOT NULL,
    -- Destinations and metadata as the adapter's own versioned document (PayoutRuleDocumentRow), percentages as
    -- exact text; nothing filters on them.
    document     jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    updated_at   timestamptz NOT NULL,
    deleted_at   timestamptz,
    deleted_by   text,
    PRIMARY KEY (account_id, id),
    CHECK ((deleted_at IS NULL) = (deleted_by IS NULL))
);

-- rule_id is unique among an account's live rules; this index also serves completion's look-up by rule id.
CREATE UNIQUE INDEX payout_rules_live_rule_id ON payout_rules (account_id, rule_id) WHERE deleted_at IS NULL;
-- Newest-first pages of the list (keyset on created_at, id).
CREATE INDEX payout_rules_account_created ON payout_rules (account_id, created_at DESC, id DESC);
