package org.shoppingapi.ports.in.order;

import java.time.Instant;
import java.util.Optional;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.ports.paging.PageLimit;

/**
 * GET /orders, /stores/{store_id}/orders and /customers/{customer_id}/orders: the account's orders, newest first,
 * optionally by status, payment status, store, customer ({@code customer.id}) and {@code created_at} range
 * (both ends inclusive).
 */
public record ListOrdersQuery(String accountId, Optional<OrderStatus> status, Optional<PaymentStatus> paymentStatus,
                              Optional<String> storeId, Optional<String> customerId, Optional<Instant> createdFrom,
                              Optional<Instant> createdTo, int limit, Optional<PageCursor> startingAfter) {

    public ListOrdersQuery {
        AccountId.require(accountId);
        status = orEmpty(status);
        paymentStatus = orEmpty(paymentStatus);
        storeId = orEmpty(storeId);
        customerId = orEmpty(customerId);
        createdFrom = orEmpty(createdFrom);
        createdTo = orEmpty(createdTo);
        startingAfter = orEmpty(startingAfter);
        limit = PageLimit.of(limit);
        if (createdFrom.isPresent() && createdTo.isPresent() && createdFrom.get().isAfter(createdTo.get())) {
            throw ValidationException.of("created_at.gte", "must not be after created_at.lte");
        }
    }

    /** The same query limited to one store's orders. */
    public ListOrdersQuery forStore(String id) {
        return new ListOrdersQuery(accountId, status, paymentStatus, Optional.of(id), customerId, createdFrom,
                createdTo, limit, startingAfter);
    }

    /** The same query limited to one customer's orders. */
    public ListOrdersQuery forCustomer(String id) {
        return new ListOrdersQuery(accountId, status, paymentStatus, storeId, Optional.of(id), createdFrom,
                createdTo, limit, startingAfter);
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }
}
