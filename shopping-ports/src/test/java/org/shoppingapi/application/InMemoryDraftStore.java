package org.shoppingapi.application;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.ports.out.DraftFilter;
import org.shoppingapi.ports.out.DraftStore;

/**
 * Drafts in memory for service tests, held to the same {@code DraftStoreContract} as the PostgreSQL store
 * ({@link InMemoryDraftStoreContractTest}): versions compared on update, filters and paging honoured, and undone
 * with a failed {@link InMemoryTransactions}.
 */
final class InMemoryDraftStore implements DraftStore, InMemoryTransactions.Undoable {

    private static final Comparator<Draft> NEWEST_FIRST =
            InMemoryPaging.newestFirst(d -> d.audit().createdAt(), Draft::id);

    private final Map<UUID, Draft> drafts = new HashMap<>();

    @Override
    public synchronized void insert(Draft draft) {
        drafts.put(draft.id(), draft);
    }

    @Override
    public synchronized Optional<Draft> find(String accountId, UUID id) {
        return Optional.ofNullable(drafts.get(id)).filter(d -> d.accountId().equals(accountId));
    }

    @Override
    public Optional<Draft> findForUpdate(String accountId, UUID id) {
        return find(accountId, id);
    }

    @Override
    public synchronized boolean update(Draft draft, long expectedVersion) {
        Draft stored = drafts.get(draft.id());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        drafts.put(draft.id(), draft);
        return true;
    }

    @Override
    public synchronized List<Draft> list(DraftFilter filter) {
        return drafts.values().stream()
                .filter(d -> d.accountId().equals(filter.accountId()))
                .filter(d -> filter.status().map(s -> d.status() == s).orElse(d.status() != DraftStatus.DELETED))
                .filter(d -> InMemoryPaging.within(d.audit().createdAt(), filter.createdFrom(), filter.createdTo()))
                .filter(d -> filter.startingAfter().map(c -> InMemoryPaging.after(d.audit().createdAt(), d.id(), c))
                        .orElse(true))
                .sorted(NEWEST_FIRST)
                .limit(filter.limit())
                .toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, Draft> copy = new HashMap<>(drafts);
        return () -> {
            synchronized (this) {
                drafts.clear();
                drafts.putAll(copy);
            }
        };
    }
}
