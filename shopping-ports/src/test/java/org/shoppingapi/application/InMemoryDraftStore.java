package org.shoppingapi.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.ports.out.DraftFilter;
import org.shoppingapi.ports.out.DraftStore;

/** Drafts in memory for service tests; {@code update} compares versions like the PostgreSQL store. */
final class InMemoryDraftStore implements DraftStore {

    private final Map<UUID, Draft> drafts = new ConcurrentHashMap<>();

    @Override
    public void insert(Draft draft) {
        drafts.put(draft.id(), draft);
    }

    @Override
    public Optional<Draft> find(String accountId, UUID id) {
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
    public List<Draft> list(DraftFilter filter) {
        return drafts.values().stream()
                .filter(d -> d.accountId().equals(filter.accountId()))
                .filter(d -> filter.status().map(s -> d.status() == s).orElse(d.status() != DraftStatus.DELETED))
                .sorted(Comparator.comparing((Draft d) -> d.audit().createdAt()).reversed())
                .limit(filter.limit())
                .toList();
    }
}
