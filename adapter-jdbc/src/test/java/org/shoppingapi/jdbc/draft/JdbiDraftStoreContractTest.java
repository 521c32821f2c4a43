package org.shoppingapi.jdbc.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.jdbc.testing.StoreFixtures.T0;
import static org.shoppingapi.jdbc.testing.StoreFixtures.ctx;
import static org.shoppingapi.jdbc.testing.StoreFixtures.draft;
import static org.shoppingapi.jdbc.testing.StoreFixtures.richItem;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.payout.ItemPayout;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutOptions;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.DraftStoreContract;

/**
 * The {@code DraftStore} contract ({@link DraftStoreContract}: scoping, versions, lists, rollback) against PostgreSQL,
 * and what only this store has to show: every field round trips, events are rows, row locks, statement counts.
 */
class JdbiDraftStoreContractTest extends DraftStoreContract {

    static MigratedDatabase db;
    static JdbiDraftStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiDraftStoreContractTest.class, 4);
        store = new JdbiDraftStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_draft_round_trips_with_every_field() {
        Draft draft = draft("T10000001", 3, T0).addItem(richItem(7), ctx(T0.plusSeconds(1))).draft();
        store.insert(draft);
        assertThat(store.find("T10000001", draft.id())).contains(draft);
        assertThat(store.findForUpdate("T10000001", draft.id())).contains(draft);
    }

    @Test
    void payout_options_and_manual_payouts_round_trip() {
        PayoutRule dynamic = new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "store-1", List.of(
                new PayoutDestination.Percentage("platform", new BigDecimal("5")),
                PayoutDestination.Remaining.to("seller")));
        Draft plain = draft("T10000002", 1, T0);
        DraftOptions o = plain.options();
        Draft draft = Draft.create(UUID.randomUUID(), "T10000002", plain.order(), new DraftOptions(o.splitDraft(),
                o.orderId(), o.replace(), o.generateOrderId(), o.extensions(),
                new PayoutOptions(true, List.of(dynamic))), ctx(T0))
                .addItem(richItem(2).withPayout(ItemPayout.manual("store-1")), ctx(T0.plusSeconds(1))).draft();
        store.insert(draft);
        Draft read = store.find("T10000002", draft.id()).orElseThrow();
        assertThat(read).isEqualTo(draft);
        assertThat(read.options().payout().rules()).containsExactly(dynamic);
        assertThat(read.order().items().get(1).payout().manualRuleId()).isEqualTo("store-1");
    }

    @Test
    void events_are_rows_appended_per_change_and_a_draft_with_any_number_of_them_reads_in_one_statement() {
        Draft draft = draft("T10000011", 2, T0);
        store.insert(draft);
        for (int i = 0; i < 30; i++) {
            Draft next = draft.replaceItem(1, richItem(1), ctx(T0.plusSeconds(i + 1))).draft();
            assertThat(store.update(next, draft.version())).isTrue();
            draft = next;
        }
        UUID id = draft.id();
        int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM draft_events WHERE account_id ="
                + " 'T10000011' AND draft_id = :id").bind("id", id).mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(31);
        boolean inDocument = db.jdbi().withHandle(h -> h.createQuery("SELECT document -> 'events' IS NOT NULL"
                + " FROM draft_orders WHERE account_id = 'T10000011' AND id = :id").bind("id", id)
                .mapTo(Boolean.class).one());
        assertThat(inDocument).as("the document holds no events").isFalse();

        db.resetStatementCount();
        assertThat(store.find("T10000011", id)).contains(draft);
        assertThat(db.statementCount()).isEqualTo(1);
        db.resetStatementCount();
        assertThat(store.update(draft.delete(ctx(T0.plusSeconds(99))).draft(), draft.version())).isTrue();
        assertThat(db.statementCount()).as("row and new event in one statement").isEqualTo(1);
        assertThat(store.find("T10000011", id).orElseThrow().events()).hasSize(32);
    }

    @Test
    void events_rows_cannot_be_changed_or_removed() {
        Draft draft = draft("T10000012", 1, T0);
        store.insert(draft);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                        "UPDATE draft_events SET body = '{}' WHERE account_id = 'T10000012'")))
                .hasMessageContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                        "DELETE FROM draft_events WHERE account_id = 'T10000012'")))
                .hasMessageContaining("append-only");
    }

    @Test
    void find_for_update_holds_a_row_lock_until_the_transaction_ends() {
        Draft draft = draft("T10000005", 1, T0);
        store.insert(draft);
        new JdbiTransactions(db.jdbi()).inTransaction(() -> {
            store.findForUpdate("T10000005", draft.id());
            assertThat(lockedElsewhere(draft.id())).isTrue();
            return null;
        });
        assertThat(lockedElsewhere(draft.id())).isFalse();
    }

    /** Asks from another connection, without waiting, whether the row can be locked. */
    private static boolean lockedElsewhere(UUID id) {
        try (var other = db.jdbi().open()) {
            return other.inTransaction(h -> h.createQuery(
                            "SELECT id FROM draft_orders WHERE id = :id FOR UPDATE SKIP LOCKED")
                    .bind("id", id).mapTo(UUID.class).list()).isEmpty();
        }
    }

    @Test
    void loading_costs_one_statement_whatever_the_number_of_items() {
        Draft small = draft("T10000006", 1, T0);
        Draft large = draft("T10000006", 50, T0);
        store.insert(small);
        store.insert(large);

        db.resetStatementCount();
        Draft loadedSmall = store.find("T10000006", small.id()).orElseThrow();
        int smallCount = db.statementCount();
        db.resetStatementCount();
        Draft loadedLarge = store.find("T10000006", large.id()).orElseThrow();
        int largeCount = db.statementCount();

        assertThat(loadedLarge.order().items()).hasSize(50);
        assertThat(loadedLarge.order().items()).allSatisfy(item -> {
            assertThat(item.taxLines()).hasSize(2);
            assertThat(item.discountLines()).hasSize(1);
        });
        assertThat(loadedSmall.order().items()).hasSize(1);
        assertThat(smallCount).isEqualTo(1);
        assertThat(largeCount).isEqualTo(1);
    }

    @Override
    protected DraftStore drafts() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(db.jdbi());
    }
}
