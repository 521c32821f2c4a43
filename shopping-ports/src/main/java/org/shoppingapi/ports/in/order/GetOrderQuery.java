package org.shoppingapi.ports.in.order;

import java.util.Optional;
import org.shoppingapi.ports.in.AccountId;

/**
 * GET /orders/{order_id} and /stores/{store_id}/orders/{order_id}: the order named {@code orderRef} (its order_id,
 * else its id) in the account; with {@code storeId}, an order of another store is not found.
 */
public record GetOrderQuery(String accountId, String orderRef, Optional<String> storeId) {

    public GetOrderQuery {
        AccountId.require(accountId);
        OrderCommandRules.requireOrderRef(orderRef);
        storeId = storeId == null ? Optional.empty() : storeId;
    }

    public static GetOrderQuery of(String accountId, String orderRef) {
        return new GetOrderQuery(accountId, orderRef, Optional.empty());
    }
}
