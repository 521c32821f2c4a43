-- Events as rows (storage v2, issue 13): a draft's and an order's events leave the JSONB document for append-only
-- tables, so a change appends one small row instead of rewriting an ever longer document. The documents become
-- schema version 2 (version 1 without "events").

-- The events reference their draft or order by (account_id, id): the account leads every key of a per-account table,
-- as a distribution by account needs.
ALTER TABLE draft_orders DROP CONSTRAINT draft_orders_pkey;
ALTER TABLE draft_orders ADD CONSTRAINT draft_orders_pkey PRIMARY KEY (account_id, id);
ALTER TABLE orders DROP CONSTRAINT orders_pkey;
ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (account_id, id);

-- sequence is the event's position in its owner's list (0 = the creation); body is the stored event record
-- (jdbc.document.EventRow, with its schema_version); event_type and created_at are copies for reading without JSON.
CREATE TABLE draft_events (
    account_id  text        NOT NULL,
    draft_id    uuid        NOT NULL,
    sequence    integer     NOT NULL CHECK (sequence >= 0),
    event_type  text        NOT NULL,
    body        jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT draft_events_pkey PRIMARY KEY (account_id, draft_id, sequence),
    CONSTRAINT draft_events_draft_fkey FOREIGN KEY (account_id, draft_id) REFERENCES draft_orders (account_id, id)
);

CREATE TABLE order_events (
    account_id  text        NOT NULL,
    order_uuid  uuid        NOT NULL,
    sequence    integer     NOT NULL CHECK (sequence >= 0),
    event_type  text        NOT NULL,
    body        jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    CONSTRAINT order_events_pkey PRIMARY KEY (account_id, order_uuid, sequence),
    CONSTRAINT order_events_order_fkey FOREIGN KEY (account_id, order_uuid) REFERENCES orders (account_id, id)
);

-- Nothing may rewrite or remove an event: the tables are append-only for everyone but their owner's DDL.
CREATE FUNCTION events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER draft_events_append_only BEFORE UPDATE OR DELETE ON draft_events
    FOR EACH ROW EXECUTE FUNCTION events_are_append_only();
CREATE TRIGGER order_events_append_only BEFORE UPDATE OR DELETE ON order_events
    FOR EACH ROW EXECUTE FUNCTION events_are_append_only();

-- Move the events out of the documents, in their order. Drafts written before events carried their type hold only
-- api-events.
INSERT INTO draft_events (account_id, draft_id, sequence, event_type, body, created_at)
SELECT d.account_id, d.id, e.n - 1, coalesce(e.body ->> 'event_type', 'api-event'),
       jsonb_build_object('schema_version', 1, 'event_type', coalesce(e.body ->> 'event_type', 'api-event'))
           || (e.body - 'event_type'),
       (e.body ->> 'created_at')::timestamptz
  FROM draft_orders d, jsonb_array_elements(d.document -> 'events') WITH ORDINALITY AS e(body, n);

INSERT INTO order_events (account_id, order_uuid, sequence, event_type, body, created_at)
SELECT o.account_id, o.id, e.n - 1, e.body ->> 'event_type',
       jsonb_build_object('schema_version', 1) || e.body, (e.body ->> 'created_at')::timestamptz
  FROM orders o, jsonb_array_elements(o.document -> 'events') WITH ORDINALITY AS e(body, n);

UPDATE draft_orders SET document = jsonb_set(document - 'events', '{schema_version}', '2');
UPDATE orders SET document = jsonb_set(document - 'events', '{schema_version}', '2');
