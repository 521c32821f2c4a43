-- Repairs JSON stored before the input rules of SPEC §1 existed, so every row reads again (issue 12, item 1).
-- The old service accepted numbers such as 1E+1000, which PostgreSQL keeps as 1,001 plain digits, and JSON nested
-- hundreds of levels deep; reading such a row exceeded the reader's limits and the row (and every list holding it)
-- answered 500. Nothing is thrown away:
--   * a number whose plain text is longer than 350 characters (the longest a number within the rules can have:
--     40 significant digits, exponent within ±308) becomes a string holding it in scientific notation, e.g. "1E+1000";
--     an item's typed "quantity" instead moves, as that string, to the item's metadata ("repaired_quantity");
--   * an object or array nested deeper than 60 levels becomes a string holding its JSON text.
-- The functions stay in the schema: CALL shopping_repair_stored_json() repairs again, e.g. after restoring an old dump.

CREATE OR REPLACE FUNCTION shopping_number_as_text(n numeric) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    plain  text := abs(n)::text;
    whole  text := split_part(plain, '.', 1);
    frac   text := split_part(plain, '.', 2);
    digits text;
    exp    bigint;
BEGIN
    IF n = 0 THEN
        RETURN '0';
    END IF;
    IF whole <> '0' THEN
        exp := length(whole) - 1;
        digits := rtrim(whole || frac, '0');
    ELSE
        exp := -(length(frac) - length(ltrim(frac, '0')) + 1);
        digits := rtrim(ltrim(frac, '0'), '0');
    END IF;
    RETURN CASE WHEN n < 0 THEN '-' ELSE '' END
        || substr(digits, 1, 1)
        || CASE WHEN length(digits) > 1 THEN '.' || substr(digits, 2) ELSE '' END
        || 'E' || CASE WHEN exp >= 0 THEN '+' ELSE '' END || exp;
END $$;

CREATE OR REPLACE FUNCTION shopping_with_repaired_quantity(metadata jsonb, quantity jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(metadata) = 'object' THEN metadata ELSE '{}'::jsonb END
        || jsonb_build_object('repaired_quantity', quantity)
$$;

CREATE OR REPLACE FUNCTION shopping_repair_json(value jsonb, depth integer) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    result   jsonb;
    item     jsonb;
    entry    record;
    quantity jsonb;
BEGIN
    CASE jsonb_typeof(value)
    WHEN 'number' THEN
        IF length(value::text) > 350 THEN
            IF value::numeric = 0 THEN
                RETURN '0'::jsonb;
            END IF;
            RETURN to_jsonb(shopping_number_as_text(value::numeric));
        END IF;
        RETURN value;
    WHEN 'object' THEN
        IF depth > 60 THEN
            RETURN to_jsonb(value::text);
        END IF;
        result := '{}'::jsonb;
        FOR entry IN SELECT key, val FROM jsonb_each(value) AS e(key, val) LOOP
            result := result || jsonb_build_object(entry.key, shopping_repair_json(entry.val, depth + 1));
        END LOOP;
        quantity := result -> 'quantity';
        IF jsonb_typeof(quantity) = 'string' AND jsonb_typeof(value -> 'quantity') = 'number' THEN
            -- A typed field cannot hold text: the value moves to the item's pass-through metadata, which sits
            -- under "attributes" in documents that keep pass-through fields apart, else next to the quantity.
            result := result - 'quantity';
            IF jsonb_typeof(result -> 'attributes') = 'object' THEN
                result := jsonb_set(result, '{attributes}', (result -> 'attributes')
                    || jsonb_build_object('metadata', shopping_with_repaired_quantity(result -> 'attributes' -> 'metadata', quantity)));
            ELSE
                result := result || jsonb_build_object('metadata',
                    shopping_with_repaired_quantity(result -> 'metadata', quantity));
            END IF;
        END IF;
        RETURN result;
    WHEN 'array' THEN
        IF depth > 60 THEN
            RETURN to_jsonb(value::text);
        END IF;
        result := '[]'::jsonb;
        FOR item IN SELECT e FROM jsonb_array_elements(value) AS e LOOP
            result := result || jsonb_build_array(shopping_repair_json(item, depth + 1));
        END LOOP;
        RETURN result;
    ELSE
        RETURN value;
    END CASE;
END $$;

-- Every jsonb column of this schema's tables, and the webhook payloads (JSON kept as text to keep its key order:
-- only rows that need a repair are rewritten).
CREATE OR REPLACE PROCEDURE shopping_repair_stored_json()
LANGUAGE plpgsql AS $$
DECLARE
    col record;
BEGIN
    FOR col IN
        SELECT c.table_name, c.column_name
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND c.data_type = 'jsonb' AND t.table_type = 'BASE TABLE'
    LOOP
        EXECUTE format('UPDATE %I SET %I = shopping_repair_json(%I, 1) WHERE %I IS DISTINCT FROM shopping_repair_json(%I, 1)',
                       col.table_name, col.column_name, col.column_name, col.column_name, col.column_name);
    END LOOP;
    IF to_regclass('webhook_events') IS NOT NULL THEN
        UPDATE webhook_events SET payload = shopping_repair_json(payload::jsonb, 1)::text
        WHERE payload::jsonb IS DISTINCT FROM shopping_repair_json(payload::jsonb, 1);
    END IF;
END $$;

CALL shopping_repair_stored_json();
