package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.Caller;

/** PUT /draft_orders/{id}/items/{line_id}: the item that replaces line {@code lineId} (and keeps its line id). */
public record ReplaceDraftItemCommand(Caller caller, UUID draftId, int lineId, Item item, Long expectedVersion,
                                      boolean applyDiscounts) {

    public ReplaceDraftItemCommand {
        Caller.require(caller);
        CommandRules.requireDraftId(draftId);
        CommandRules.requireVersion(expectedVersion);
        if (item == null) {
            throw ValidationException.of("item", "is required");
        }
    }
}
