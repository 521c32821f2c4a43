-- SPEC §2: GET /customers/{customer_id}/orders matches the order's customer.id (the vendor's key), no longer
-- customer.customer_id. Orders written before kept customer.id only in their document; this copies it into the
-- indexed customer_id column so the lookup finds them (a number or boolean id reads as its JSON text, as the
-- service writes it).
UPDATE orders
   SET customer_id = CASE WHEN jsonb_typeof(document -> 'content' -> 'attributes' -> 'customer' -> 'id')
                               IN ('string', 'number', 'boolean')
                          THEN document -> 'content' -> 'attributes' -> 'customer' ->> 'id' END
 WHERE customer_id IS DISTINCT FROM
       CASE WHEN jsonb_typeof(document -> 'content' -> 'attributes' -> 'customer' -> 'id')
                 IN ('string', 'number', 'boolean')
            THEN document -> 'content' -> 'attributes' -> 'customer' ->> 'id' END;
