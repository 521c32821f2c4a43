package org.shoppingapi.ports.in.order;

import java.util.Optional;
import org.shoppingapi.ports.in.AccountId;

/**
 * GET /orders/{order_id}, /stores/{store_id}/orders/{order_id} and /customers/{customer_id}/orders/{order_id}: the
 * order named {@code orderRef} (its order_id, else its id) in the account; with {@code storeId} an order of another
 * store, with {@code customerId} an order of another customer, is not found.
 */
public record GetOrderQuery(String accountId, String orderRef, Optional<String> storeId,
                            Optional<String> customerId) {

    public GetOrderQuery {
        AccountId.require(accountId);
        OrderCommandRules.requireOrderRef(orderRef);
        storeId = storeId == null ? Optional.empty() : storeId;
        customerId = customerId == null ? Optional.empty() : customerId;
    }

    /** Limited to one store's orders (empty: any store). */
    public GetOrderQuery(String accountId, String orderRef, Optional<String> storeId) {
        this(accountId, orderRef, storeId, Optional.empty());
    }

    public static GetOrderQuery of(String accountId, String orderRef) {
        return new GetOrderQuery(accountId, orderRef, Optional.empty(), Optional.empty());
    }

    /** The order only if it is one of this customer's ({@code customer.id}). */
    public static GetOrderQuery ofCustomer(String accountId, String customerId, String orderRef) {
        return new GetOrderQuery(accountId, orderRef, Optional.empty(), Optional.of(customerId));
    }
}
