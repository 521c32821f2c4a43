package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.ports.out.contract.ContractFixtures.T0;
import static org.shoppingapi.ports.out.contract.ContractFixtures.deleted;
import static org.shoppingapi.ports.out.contract.ContractFixtures.draft;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;
import static org.shoppingapi.ports.out.contract.ContractFixtures.withAnotherItem;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.ports.out.DraftFilter;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * What every {@link DraftStore} does, run against each implementation (the PostgreSQL store in adapter-jdbc, the
 * in-memory fake the service tests use): round trips, account scoping, versions, filters and paging, and that a
 * failed transaction leaves nothing behind.
 */
public abstract class DraftStoreContract {

    /** The store under test. */
    protected abstract DraftStore drafts();

    /** The transactions the store's writes join. */
    protected abstract Transactions transactions();

    @Test
    public void a_draft_reads_back_as_it_was_stored_and_only_in_its_account() {
        String account = newAccount();
        Draft draft = draft(account, T0);
        drafts().insert(draft);

        assertThat(drafts().find(account, draft.id())).contains(draft);
        assertThat(transactions().inTransaction(() -> drafts().findForUpdate(account, draft.id()))).contains(draft);
        assertThat(drafts().find(newAccount(), draft.id())).as("another account").isEmpty();
        assertThat(transactions().inTransaction(() -> drafts().findForUpdate(newAccount(), draft.id()))).isEmpty();
        assertThat(drafts().find(account, UUID.randomUUID())).isEmpty();
    }

    @Test
    public void update_writes_only_over_the_expected_version() {
        String account = newAccount();
        Draft v0 = draft(account, T0);
        drafts().insert(v0);
        Draft v1 = withAnotherItem(v0, T0.plusSeconds(1));
        Draft v2 = deleted(v1, T0.plusSeconds(2));

        assertThat(drafts().update(v1, 0)).isTrue();
        assertThat(drafts().update(v2, 0)).as("stale expected version").isFalse();
        assertThat(drafts().find(account, v0.id())).contains(v1);
        assertThat(drafts().update(v2, 1)).isTrue();
        assertThat(drafts().find(account, v0.id())).contains(v2);
    }

    @Test
    public void writes_of_a_transaction_that_fails_are_all_undone() {
        String account = newAccount();
        Draft kept = draft(account, T0);
        drafts().insert(kept);
        Draft inserted = draft(account, T0.plusSeconds(1));
        Draft changed = withAnotherItem(kept, T0.plusSeconds(2));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            drafts().insert(inserted);
            assertThat(drafts().update(changed, kept.version())).isTrue();
            throw new IllegalStateException("the work fails after both writes");
        })).hasMessage("the work fails after both writes");

        assertThat(drafts().find(account, inserted.id())).as("insert undone").isEmpty();
        assertThat(drafts().find(account, kept.id())).as("update undone").contains(kept);
    }

    @Test
    public void lists_newest_first_by_status_and_created_range_with_exact_paging() {
        String account = newAccount();
        Instant base = T0.plusSeconds(3600);
        Draft d1 = draft(account, base.plusSeconds(1));
        Draft d2 = draft(account, base.plusSeconds(2));
        Draft d3 = draft(account, base.plusSeconds(3));
        Draft d4 = draft(account, base.plusSeconds(3)); // same instant as d3: the id breaks the tie
        Draft d5 = draft(account, base.plusSeconds(5));
        for (Draft d : List.of(d1, d2, d3, d4, d5)) {
            drafts().insert(d);
        }
        drafts().insert(draft(newAccount(), base.plusSeconds(4)));
        assertThat(drafts().update(deleted(d2, base.plusSeconds(10)), d2.version())).isTrue();
        // Ties in created_at go by id, descending, in the order PostgreSQL gives uuids (their hex text).
        List<UUID> tie = List.of(d3.id(), d4.id()).stream()
                .sorted(Comparator.comparing(UUID::toString).reversed()).toList();

        assertThat(ids(drafts().list(filter(account, null, null, null, null, 100))))
                .as("any status but deleted").containsExactly(d5.id(), tie.get(0), tie.get(1), d1.id());
        assertThat(ids(drafts().list(filter(account, DraftStatus.DELETED, null, null, null, 100))))
                .containsExactly(d2.id());
        assertThat(ids(drafts().list(filter(account, DraftStatus.OPEN, base.plusSeconds(3), base.plusSeconds(5),
                null, 100)))).as("both ends inclusive").containsExactly(d5.id(), tie.get(0), tie.get(1));
        assertThat(ids(drafts().list(filter(account, null, null, base.plusSeconds(1), null, 100))))
                .containsExactly(d1.id());
        assertThat(ids(drafts().list(filter(account, null, base.plusSeconds(4), null, null, 100))))
                .containsExactly(d5.id());

        List<Draft> first = drafts().list(filter(account, null, null, null, null, 2));
        Draft last = first.get(1);
        List<Draft> second = drafts().list(filter(account, null, null, null,
                new PageCursor(last.audit().createdAt(), last.id()), 2));
        assertThat(ids(first)).containsExactly(d5.id(), tie.get(0));
        assertThat(ids(second)).as("paging walks every row once, also across the tie")
                .containsExactly(tie.get(1), d1.id());
    }

    private static DraftFilter filter(String account, DraftStatus status, Instant from, Instant to, PageCursor after,
                                      int limit) {
        return new DraftFilter(account, Optional.ofNullable(status), Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(after), limit);
    }

    private static List<UUID> ids(List<Draft> drafts) {
        return drafts.stream().map(Draft::id).toList();
    }
}
