package org.shoppingapi.domain.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.order.Order;

/** The outcome of completing a draft: the completed draft, the orders to insert and the existing order to update. */
public record CompletionResult(Draft draft, List<Order> createdOrders, Optional<Order> updatedOrder) {

    public CompletionResult {
        createdOrders = List.copyOf(createdOrders);
        updatedOrder = updatedOrder == null ? Optional.empty() : updatedOrder;
    }

    /** Every order the completion produced (created ones first), as the complete endpoint answers them. */
    public List<Order> orders() {
        List<Order> all = new ArrayList<>(createdOrders);
        updatedOrder.ifPresent(all::add);
        return all;
    }
}
