package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.error.VersionMismatchException;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.draft.AddDraftItemCommand;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.in.draft.RemoveDraftItemCommand;
import org.shoppingapi.ports.in.draft.ReplaceDraftItemCommand;
import org.shoppingapi.ports.in.draft.UpdateDraftCommand;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.LivePayoutRules;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/**
 * {@code apply_discounts} reaches the {@link DiscountEngine} port on every draft change that asks for it (and only
 * then), for the caller's account; If-Match and unknown lines are refused before anything is stored.
 */
class DraftDiscountsTest {

    static final String ACCOUNT = "T12345678";
    static final Caller CALLER = new Caller(ACCOUNT, "client-1", new ChangeSource("/test", "POST"));

    final InMemoryDraftStore store = new InMemoryDraftStore();
    final List<String> engineCalls = new ArrayList<>();
    /** A stand-in engine: gives every item without discount lines a 10 % `periodic` line. */
    final DiscountEngine engine = accountId -> {
        engineCalls.add(accountId);
        return content -> content.withItems(content.items().stream()
                .map(i -> i.discountLines().isEmpty() ? i.withDiscountLines(List.of(new DiscountLine(
                        i.grossAmount() / 10, BigDecimal.TEN, DiscountType.PERIODIC, "rule-1", "10 %", 1))) : i)
                .toList());
    };
    final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    final DraftService drafts = new DraftService(store, transactions, engine, UUID::randomUUID, clock,
            WebhookOutbox.NONE, LivePayoutRules.NONE);
    final DraftItemService items = new DraftItemService(store, transactions, engine, UUID::randomUUID, clock,
            WebhookOutbox.NONE, LivePayoutRules.NONE);

    static Item item(int lineId, long gross) {
        return Item.of("sku-" + lineId, lineId, "item", BigDecimal.ONE, gross, List.of(TaxLine.of("25")));
    }

    static OrderContent content(Item... list) {
        return OrderContent.of("NOK", List.of(list));
    }

    @Test
    void the_flag_runs_the_accounts_engine_on_create_update_and_every_item_change() {
        Draft created = drafts.create(new CreateDraftCommand(CALLER, content(item(1, 1000)), null, true));
        assertThat(created.order().items().get(0).discountLines()).hasSize(1);
        assertThat(created.order().totals().totalDiscount()).isEqualTo(100);

        Draft added = items.addItem(new AddDraftItemCommand(CALLER, created.id(), item(2, 2000), null, true));
        assertThat(added.order().totals().totalDiscount()).isEqualTo(300);
        Draft replaced = items.replaceItem(new ReplaceDraftItemCommand(CALLER, created.id(), 2, item(2, 500), 1L,
                true));
        assertThat(replaced.order().totals().totalDiscount()).isEqualTo(150);
        Draft updated = drafts.update(new UpdateDraftCommand(CALLER, created.id(), content(item(1, 1000),
                item(3, 3000)), null, null, true));
        assertThat(updated.order().totals().totalDiscount()).isEqualTo(400);
        Draft removed = items.removeItem(new RemoveDraftItemCommand(CALLER, created.id(), 3, null, true));
        assertThat(removed.order().totals().totalDiscount()).isEqualTo(100);

        assertThat(engineCalls).containsExactly(ACCOUNT, ACCOUNT, ACCOUNT, ACCOUNT, ACCOUNT);
    }

    @Test
    void without_the_flag_the_engine_is_never_asked() {
        Draft created = drafts.create(new CreateDraftCommand(CALLER, content(item(1, 1000)), null, false));
        items.addItem(new AddDraftItemCommand(CALLER, created.id(), item(2, 2000), null, false));
        drafts.update(new UpdateDraftCommand(CALLER, created.id(), content(item(1, 1000)), null, null, false));
        assertThat(engineCalls).isEmpty();
        assertThat(store.find(ACCOUNT, created.id()).orElseThrow().order().totals().totalDiscount()).isZero();
    }

    @Test
    void a_stale_if_match_or_an_unknown_line_changes_nothing() {
        Draft created = drafts.create(new CreateDraftCommand(CALLER, content(item(1, 1000)), null, false));
        assertThatThrownBy(() -> items.addItem(new AddDraftItemCommand(CALLER, created.id(), item(2, 1), 5L, false)))
                .isInstanceOf(VersionMismatchException.class);
        assertThatThrownBy(() -> items.removeItem(new RemoveDraftItemCommand(CALLER, created.id(), 9, null, false)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> items.addItem(new AddDraftItemCommand(new Caller("T00000001", "c", null),
                created.id(), item(2, 1), null, false))).as("another account").isInstanceOf(NotFoundException.class);
        assertThat(store.find(ACCOUNT, created.id())).contains(created);
    }
}
