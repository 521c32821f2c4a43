package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.ports.in.Caller;

/** DELETE /draft_orders/{id}/items/{line_id}. */
public record RemoveDraftItemCommand(Caller caller, UUID draftId, int lineId, Long expectedVersion,
                                     boolean applyDiscounts) {

    public RemoveDraftItemCommand {
        Caller.require(caller);
        CommandRules.requireDraftId(draftId);
        CommandRules.requireVersion(expectedVersion);
    }
}
