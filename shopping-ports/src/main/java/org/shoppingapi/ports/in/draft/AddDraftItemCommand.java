package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.Caller;

/** POST /draft_orders/{id}/items: one new item. */
public record AddDraftItemCommand(Caller caller, UUID draftId, Item item, Long expectedVersion,
                                  boolean applyDiscounts) {

    public AddDraftItemCommand {
        Caller.require(caller);
        CommandRules.requireDraftId(draftId);
        CommandRules.requireVersion(expectedVersion);
        if (item == null) {
            throw ValidationException.of("item", "is required");
        }
    }
}
