package org.shoppingapi.rest.wire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The paths of an order and what hangs below it, for {@code _links}. */
public final class OrderLinks {

    private OrderLinks() {
    }

    /** {@code /v1/accounts/{aid}/shopping/orders/{order_id}}; {@code orderRef} may be the order_id or the id. */
    public static String order(String accountId, String orderRef) {
        // A custom order_id may hold any character; as a path segment it is percent-encoded (space as %20).
        String segment = URLEncoder.encode(orderRef, StandardCharsets.UTF_8).replace("+", "%20");
        return "/v1/accounts/" + accountId + "/shopping/orders/" + segment;
    }
}
