package org.shoppingapi.ports.in.draft;

import java.util.List;
import java.util.Objects;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.order.Order;

/** What completing a draft answers: the completed draft and every order it created or updated. */
public record DraftCompletion(Draft draft, List<Order> orders) {

    public DraftCompletion {
        Objects.requireNonNull(draft, "draft");
        orders = List.copyOf(orders);
    }
}
