package org.shoppingapi.domain.draft;

import java.util.Objects;
import java.util.Set;
import org.shoppingapi.domain.event.ApiEvent;

/**
 * What one accepted change of a draft did: the draft after it, the api-event the change appended (the draft's last
 * event) and the line ids of the items it added or changed (stamped with the new version).
 */
public record DraftChanged(Draft draft, ApiEvent event, Set<Integer> changedLineIds) {

    public DraftChanged {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(event, "event");
        changedLineIds = Set.copyOf(changedLineIds);
    }
}
