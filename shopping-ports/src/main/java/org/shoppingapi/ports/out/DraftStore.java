package org.shoppingapi.ports.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.draft.Draft;

/** Where drafts are kept; a draft with all its items, tax and discount lines loads in a bounded number of statements. */
public interface DraftStore {

    void insert(Draft draft);

    /** The draft with {@code id} in {@code accountId}; another account's draft is never found. */
    Optional<Draft> find(String accountId, UUID id);

    /**
     * Like {@link #find}, and locks the draft until the surrounding transaction ends, so concurrent writers of one
     * draft take turns and none loses another's change. Must run inside {@link Transactions#inTransaction}.
     */
    Optional<Draft> findForUpdate(String accountId, UUID id);

    /**
     * Stores {@code draft} over the stored one if that is still at {@code expectedVersion}; false (nothing written)
     * when the stored draft has moved on.
     */
    boolean update(Draft draft, long expectedVersion);

    /** Up to {@code filter.limit()} drafts matching {@code filter}, newest first ({@code created_at}, then id). */
    List<Draft> list(DraftFilter filter);
}
