package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.ports.in.Caller;

/** PUT /draft_orders/{id}/complete; {@code expectedVersion} is the {@code If-Match} version or {@code null}. */
public record CompleteDraftCommand(Caller caller, UUID draftId, Long expectedVersion) {

    public CompleteDraftCommand {
        Caller.require(caller);
        CommandRules.requireDraftId(draftId);
        CommandRules.requireVersion(expectedVersion);
    }
}
