package org.shoppingapi.domain.pricing;

import org.shoppingapi.domain.content.OrderContent;

/** Rewrites an order's discount lines before pricing, e.g. the rule engine behind {@code apply_discounts=true}. */
@FunctionalInterface
public interface DiscountApplier {

    /** Leaves the client's discount lines exactly as sent. */
    DiscountApplier NONE = content -> content;

    OrderContent apply(OrderContent content);
}
