package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.Caller;

/**
 * PUT /draft_orders/{id}: the new order and, when given, new options ({@code null} keeps the current ones);
 * {@code expectedVersion} is the version the caller expects the draft to have, or {@code null} for any.
 */
public record UpdateDraftCommand(Caller caller, UUID draftId, OrderContent order, DraftOptions options,
                                 Long expectedVersion, boolean applyDiscounts) {

    public UpdateDraftCommand {
        Caller.require(caller);
        CommandRules.requireDraftId(draftId);
        CommandRules.requireVersion(expectedVersion);
        if (order == null) {
            throw ValidationException.of("order", "is required");
        }
    }
}
