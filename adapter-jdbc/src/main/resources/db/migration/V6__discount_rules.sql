-- Discount rules (SPEC §4b). A rule is never deleted, only deactivated, so its id stays meaningful as the
-- discount_id of the lines it wrote and as a paging cursor. The engine applies an account's rules in creation
-- order, (created_at, creation_seq): the sequence breaks ties between rules created in the same millisecond,
-- so that order can never change between two runs. Money is bigint minor units; a percentage is exact numeric.
CREATE TABLE discount_rules (
    id                uuid        PRIMARY KEY,
    account_id        text        NOT NULL,
    creation_seq      bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    name              text        NOT NULL,
    discount_type     text        NOT NULL
        CHECK (discount_type IN ('customer', 'periodic', 'manual', 'loyalty', 'total', 'employee', 'external')),
    reward_type       text        NOT NULL CHECK (reward_type IN ('percentage', 'amount')),
    reward_percentage numeric     CHECK (reward_percentage BETWEEN 0 AND 100),
    reward_amount     bigint      CHECK (reward_amount >= 0),
    applies_to_type   text        NOT NULL CHECK (applies_to_type IN ('items', 'all_items', 'total')),
    item_ids          text[]      NOT NULL DEFAULT '{}',
    minimum_gross     bigint      CHECK (minimum_gross >= 0),
    active_from       timestamptz,
    active_to         timestamptz,
    limitation        integer     CHECK (limitation >= 1),
    active            boolean     NOT NULL,
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL,
    updated_at        timestamptz NOT NULL,
    -- Exactly the value column of the reward's type is set.
    CHECK ((reward_type = 'percentage') = (reward_percentage IS NOT NULL)),
    CHECK ((reward_type = 'amount') = (reward_amount IS NOT NULL))
);

-- Serves both the engine's oldest-first load and the newest-first pages of the list.
CREATE INDEX discount_rules_account_created ON discount_rules (account_id, created_at, creation_seq);
