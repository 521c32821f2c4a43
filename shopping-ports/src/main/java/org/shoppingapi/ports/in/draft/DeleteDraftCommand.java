package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.ports.in.Caller;

/** DELETE /draft_orders/{id}; {@code expectedVersion} is the {@code If-Match} version or {@code null}. */
public record DeleteDraftCommand(Caller caller, UUID draftId, Long expectedVersion) {

    public DeleteDraftCommand {
        Caller.require(caller);
        CommandRules.requireDraftId(draftId);
        CommandRules.requireVersion(expectedVersion);
    }
}
