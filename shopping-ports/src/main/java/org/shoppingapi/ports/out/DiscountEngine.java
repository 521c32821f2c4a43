package org.shoppingapi.ports.out;

import org.shoppingapi.domain.pricing.DiscountApplier;

/** Proposes the discount lines of {@code apply_discounts=true} (SPEC §4b), per account. */
public interface DiscountEngine {

    /** The default until discount rules exist: proposes nothing, the client's own lines stay as sent. */
    DiscountEngine NONE = accountId -> DiscountApplier.NONE;

    /** The account's discounting, read at the moment of the call (inside the change's transaction). */
    DiscountApplier forAccount(String accountId);
}
