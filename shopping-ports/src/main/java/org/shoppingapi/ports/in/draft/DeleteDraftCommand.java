package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.ports.in.Caller;

/**
 * Delete a draft; {@code expectedVersion} is the version the caller expects the draft to have, or {@code null}
 * for any.
 */
public record DeleteDraftCommand(Caller caller, UUID draftId, Long expectedVersion) {

    public DeleteDraftCommand {
        Caller.require(caller);
        CommandRules.requireDraftId(draftId);
        CommandRules.requireVersion(expectedVersion);
    }
}
