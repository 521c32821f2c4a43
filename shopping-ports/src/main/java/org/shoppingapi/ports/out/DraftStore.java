package org.shoppingapi.ports.out;

import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.draft.Draft;

/** Where drafts are kept. */
public interface DraftStore {

    void insert(Draft draft);

    /** The draft with {@code id} in {@code accountId}; another account's draft is never found. */
    Optional<Draft> find(String accountId, UUID id);
}
