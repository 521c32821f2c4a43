package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.ports.in.Caller;

/**
 * Complete a draft into orders; {@code expectedVersion} is the version the caller expects the draft to have, or {@code null}
 * for any.
 */
public record CompleteDraftCommand(Caller caller, UUID draftId, Long expectedVersion) {

    public CompleteDraftCommand {
        Caller.require(caller);
        CommandRules.requireDraftId(draftId);
        CommandRules.requireVersion(expectedVersion);
    }
}
