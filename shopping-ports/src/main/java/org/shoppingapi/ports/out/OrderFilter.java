package org.shoppingapi.ports.out;

import java.time.Instant;
import java.util.Optional;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * Which orders a list reads: one account's, optionally by status, payment status, store, customer and a
 * {@code created_at} range (inclusive), strictly after {@code startingAfter} in newest-first order.
 */
public record OrderFilter(String accountId, Optional<OrderStatus> status, Optional<PaymentStatus> paymentStatus,
                          Optional<String> storeId, Optional<String> customerId, Optional<Instant> createdFrom,
                          Optional<Instant> createdTo, Optional<PageCursor> startingAfter, int limit) {

    /** Every order of the account, newest first. */
    public static OrderFilter all(String accountId, int limit) {
        return new OrderFilter(accountId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    public OrderFilter withStatus(OrderStatus value) {
        return new OrderFilter(accountId, Optional.of(value), paymentStatus, storeId, customerId, createdFrom,
                createdTo, startingAfter, limit);
    }

    public OrderFilter withPaymentStatus(PaymentStatus value) {
        return new OrderFilter(accountId, status, Optional.of(value), storeId, customerId, createdFrom, createdTo,
                startingAfter, limit);
    }

    public OrderFilter withStoreId(String value) {
        return new OrderFilter(accountId, status, paymentStatus, Optional.of(value), customerId, createdFrom,
                createdTo, startingAfter, limit);
    }

    public OrderFilter withCustomerId(String value) {
        return new OrderFilter(accountId, status, paymentStatus, storeId, Optional.of(value), createdFrom,
                createdTo, startingAfter, limit);
    }

    public OrderFilter withCreated(Instant from, Instant to) {
        return new OrderFilter(accountId, status, paymentStatus, storeId, customerId, Optional.ofNullable(from),
                Optional.ofNullable(to), startingAfter, limit);
    }

    public OrderFilter startingAfter(PageCursor cursor) {
        return new OrderFilter(accountId, status, paymentStatus, storeId, customerId, createdFrom, createdTo,
                Optional.ofNullable(cursor), limit);
    }
}
