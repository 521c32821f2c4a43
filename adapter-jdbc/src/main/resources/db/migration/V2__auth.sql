-- API clients (SPEC §1): per account, the secret only as a bcrypt hash. A client id is unique within
-- its account; the token endpoint looks a client up by (account, id) and nothing else.
CREATE TABLE api_clients (
    account_id   text        NOT NULL,
    client_id    text        NOT NULL,
    secret_hash  text        NOT NULL,
    scopes       text[]      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT api_clients_account_client UNIQUE (account_id, client_id)
);

-- The token signing key when none is configured: generated at the first start and kept so tokens survive a
-- restart and every instance signs and verifies with the same key. One row per purpose; the first writer wins.
CREATE TABLE signing_keys (
    purpose      text        PRIMARY KEY,
    private_key  text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
