package org.shoppingapi.ports.in.draft;

import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.Caller;

/** A new draft's order and options; refuses to exist without an order. */
public record CreateDraftCommand(Caller caller, OrderContent order, DraftOptions options, boolean applyDiscounts) {

    public CreateDraftCommand {
        Caller.require(caller);
        if (order == null) {
            throw ValidationException.of("order", "is required");
        }
        options = options == null ? DraftOptions.DEFAULT : options;
    }
}
