-- Stored documents carry their schema version (storage v2, issue 13). Documents written before this have the
-- version-1 shape without saying so; they say it now, so readers can refuse any document whose version they do not
-- know instead of guessing.
UPDATE draft_orders SET document = jsonb_build_object('schema_version', 1) || document
 WHERE NOT document ? 'schema_version';
UPDATE orders SET document = jsonb_build_object('schema_version', 1) || document
 WHERE NOT document ? 'schema_version';
