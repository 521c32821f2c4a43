package org.shoppingapi.domain.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.ACCOUNT;
import static org.shoppingapi.domain.Fixtures.CLIENT;
import static org.shoppingapi.domain.Fixtures.T0;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.ctx;
import static org.shoppingapi.domain.Fixtures.discounted;
import static org.shoppingapi.domain.Fixtures.item;
import static org.shoppingapi.domain.Fixtures.uuid;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.error.DraftNotOpenException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.pricing.DiscountApplier;

/** The draft state machine: versions, item stamps, events, recomputed amounts, and nothing once not open. */
class DraftTest {

    private static Draft created() {
        return Draft.create(uuid(1), ACCOUNT, content(item(1, 39800, "25"), item(2, 20000, "15")), null, ctx(0));
    }

    @Test
    void create_prices_and_starts_at_version_0_with_one_event() {
        Draft d = created();
        assertThat(d.status()).isEqualTo(DraftStatus.OPEN);
        assertThat(d.version()).isZero();
        assertThat(d.options()).isEqualTo(DraftOptions.DEFAULT);
        assertThat(d.options().splitDraft()).isTrue();
        assertThat(d.order().items()).extracting(Item::version).containsExactly(0L, 0L);
        assertThat(d.order().items().get(0).taxLines()).extracting(TaxLine::amount).containsExactly(7960L);
        assertThat(d.order().totals().netAmount()).isEqualTo(59800);
        assertThat(d.events()).hasSize(1);
        ApiEvent e = d.lastEvent();
        assertThat(e.version()).isZero();
        assertThat(e.createdBy()).isEqualTo(CLIENT);
        assertThat(e.id()).isEqualTo(ctx(0).eventId());
        assertThat(d.audit().createdAt()).isEqualTo(ctx(0).now());
        assertThat(d.audit().createdBy()).isEqualTo(CLIENT);
    }

    @Test
    void add_item_bumps_version_stamps_only_the_new_item_and_appends_an_event() {
        DraftChanged added = created().addItem(discounted(item(3, 1000, "25"),
                DiscountLine.of(200, DiscountType.MANUAL)), ctx(1));
        Draft d = added.draft();
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.order().items()).extracting(Item::version).containsExactly(0L, 0L, 1L);
        assertThat(added.changedLineIds()).containsExactly(3);
        assertThat(d.order().item(3).orElseThrow().netAmount()).isEqualTo(800);
        assertThat(d.order().totals().totalManualDiscountAmount()).isEqualTo(200);
        assertThat(d.events()).extracting(ApiEvent::version).containsExactly(0L, 1L);
        assertThat(d.audit().updatedAt()).isEqualTo(ctx(1).now());
    }

    @Test
    void add_item_with_a_used_line_id_is_refused() {
        assertThatThrownBy(() -> created().addItem(item(2, 5), ctx(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("order.items[2].line_id must be unique in the order, 2 is already used");
    }

    @Test
    void replace_item_keeps_line_id_and_stamps_it_even_if_unchanged() {
        Draft d = created().replaceItem(2, item(99, 10000, "15"), ctx(1)).draft();
        Item replaced = d.order().item(2).orElseThrow();
        assertThat(replaced.grossAmount()).isEqualTo(10000);
        assertThat(replaced.version()).isEqualTo(1);
        assertThat(d.order().item(1).orElseThrow().version()).isZero();
        assertThat(d.order().totals().grossAmount()).isEqualTo(49800);

        Draft again = d.replaceItem(1, d.order().item(1).orElseThrow(), ctx(2)).draft();
        assertThat(again.order().item(1).orElseThrow().version()).isEqualTo(2);
        assertThat(again.order().item(2).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void an_unknown_line_is_not_found_and_a_closed_draft_answers_not_open_first() {
        Draft d = created();
        assertThatThrownBy(() -> d.removeItem(7, ctx(1))).isInstanceOf(NotFoundException.class)
                .hasMessage("item line_id 7 of draft_order " + d.id() + " not found");
        assertThatThrownBy(() -> d.replaceItem(7, item(7, 1), ctx(1))).isInstanceOf(NotFoundException.class);
        Draft deleted = d.delete(ctx(1)).draft();
        assertThatThrownBy(() -> deleted.removeItem(7, ctx(2))).isInstanceOf(DraftNotOpenException.class);
    }

    @Test
    void remove_item_recomputes_totals() {
        DraftChanged removed = created().removeItem(1, ctx(1));
        Draft d = removed.draft();
        assertThat(d.order().items()).extracting(Item::lineId).containsExactly(2);
        assertThat(d.order().totals().grossAmount()).isEqualTo(20000);
        assertThat(d.version()).isEqualTo(1);
        assertThat(removed.changedLineIds()).isEmpty();
    }

    @Test
    void replace_keeps_versions_of_unchanged_items_and_options_when_not_given() {
        Draft base = created();
        DraftOptions opts = new DraftOptions(false, null, null, "ALPHANUMERIC_9",
                Extensions.of(Map.of("payout", Map.of())));
        Draft withOpts = base.replace(base.order(), opts, ctx(1)).draft();
        assertThat(withOpts.options()).isEqualTo(opts);
        assertThat(withOpts.order().items()).extracting(Item::version).containsExactly(0L, 0L);

        // The client resends line 1 with stale net/tax (ignored) and changes line 2.
        OrderContent sent = content(item(1, 39800, "25"), item(2, 25000, "15"));
        DraftChanged replaced = withOpts.replace(sent, null, ctx(2));
        assertThat(replaced.changedLineIds()).containsExactly(2);
        Draft d = replaced.draft();
        assertThat(d.options()).isEqualTo(opts);
        assertThat(d.order().items()).extracting(Item::version).containsExactly(0L, 2L);
        assertThat(d.version()).isEqualTo(2);
        assertThat(d.events()).hasSize(3);
    }

    @Test
    void invalid_options_are_refused() {
        assertThatThrownBy(() -> Draft.create(uuid(1), ACCOUNT, content(), new DraftOptions(true, null, "all",
                "UUID", null), ctx(0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.message()).containsExactly(
                                "options.replace must be \"order\"",
                                "options.replace needs options.order_id",
                                "options.generate_order_id must be \"ALPHANUMERIC_9\""));
    }

    @Test
    void invalid_content_leaves_the_draft_unchanged() {
        Draft d = created();
        assertThatThrownBy(() -> d.addItem(item(3, 100, "101"), ctx(1)))
                .hasMessage("order.items[2].tax_lines[0].percentage must be between 0 and 100");
        assertThat(d.version()).isZero();
    }

    @Test
    void delete_is_soft_and_final() {
        Draft d = created().delete(ctx(5)).draft();
        assertThat(d.status()).isEqualTo(DraftStatus.DELETED);
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.audit().deletedAt()).isEqualTo(ctx(5).now());
        assertThat(d.audit().deletedBy()).isEqualTo(CLIENT);
        assertThat(d.isOpen()).isFalse();
        assertNotOpen(d, "deleted");
    }

    @Test
    void completed_draft_refuses_every_change() {
        Draft open = created();
        DraftChanged completed = open.startCompletion().into(List.of(orderFrom(open)), ctx(3));
        Draft d = completed.draft();
        assertThat(d.status()).isEqualTo(DraftStatus.COMPLETED);
        assertThat(d.version()).isEqualTo(1);
        assertThat(completed.event()).isEqualTo(d.lastEvent());
        assertNotOpen(d, "completed");
    }

    @Test
    void a_draft_completes_only_into_orders_of_its_account_that_record_it() {
        Draft d = created();
        assertThatThrownBy(() -> d.startCompletion().into(List.of(), ctx(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one order");
        Draft other = Draft.create(uuid(7), ACCOUNT, content(item(1, 5)), null, ctx(0));
        assertThatThrownBy(() -> d.startCompletion().into(List.of(orderFrom(d), orderFrom(other)), ctx(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("order ORD-" + other.id() + " was not made from draft " + d.id());
        Order foreign = Order.create(uuid(8), "T99999999", "ORD-X", d.order(),
                new ApiEvent(uuid(9), T0, CLIENT, 0, d.id(), null));
        assertThatThrownBy(() -> d.startCompletion().into(List.of(foreign), ctx(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(d.version()).isZero();
    }

    /** An order as the completion policy makes it from {@code draft}: its creation event names the draft. */
    private static Order orderFrom(Draft draft) {
        return Order.create(uuid(500), draft.accountId(), "ORD-" + draft.id(), draft.order(),
                new ApiEvent(uuid(501), T0, CLIENT, 0, draft.id(), null));
    }

    private static void assertNotOpen(Draft d, String status) {
        List<Consumer<Draft>> changes = List.of(
                x -> x.addItem(item(9, 1), ctx(9)),
                x -> x.replaceItem(1, item(1, 1), ctx(9)),
                x -> x.removeItem(1, ctx(9)),
                x -> x.replace(content(), null, ctx(9)),
                x -> x.delete(ctx(9)),
                x -> x.startCompletion());
        for (Consumer<Draft> change : changes) {
            assertThatThrownBy(() -> change.accept(d)).isInstanceOfSatisfying(DraftNotOpenException.class, e -> {
                assertThat(e.code()).isEqualTo("DRAFT_NOT_OPEN");
                assertThat(e.getMessage()).contains(status);
            });
        }
    }

    @Test
    void a_discount_applier_runs_before_pricing_and_marks_changed_items() {
        DiscountApplier tenOffLine1 = c -> c.withItems(c.items().stream()
                .map(i -> i.lineId() == 1 ? i.withDiscountLines(List.of(DiscountLine.of(1000, DiscountType.PERIODIC)))
                        : i)
                .toList());
        DraftChanged removed = created().removeItem(2, ctx(1), tenOffLine1);
        Draft d = removed.draft();
        assertThat(d.order().item(1).orElseThrow().netAmount()).isEqualTo(38800);
        assertThat(d.order().item(1).orElseThrow().version()).isEqualTo(1);
        assertThat(removed.changedLineIds()).containsExactly(1);

        Draft e = Draft.create(uuid(2), ACCOUNT, content(item(1, 5000)), DraftOptions.DEFAULT, ctx(0), tenOffLine1);
        assertThat(e.order().totals().totalDiscount()).isEqualTo(1000);
        Draft f = e.addItem(item(2, 10), ctx(1), tenOffLine1).draft().replaceItem(2, item(2, 20), ctx(2), tenOffLine1)
                .draft().replace(content(item(1, 3000)), null, ctx(3), tenOffLine1).draft();
        assertThat(f.order().totals().netAmount()).isEqualTo(2000);
    }

    @Test
    void every_change_names_the_event_it_appended_and_the_lines_it_stamped() {
        Draft base = created();
        List<DraftChanged> results = List.of(
                base.addItem(item(3, 1000, "25"), ctx(1)),
                base.replaceItem(1, item(1, 500, "25"), ctx(1)),
                base.removeItem(2, ctx(1)),
                base.replace(content(item(1, 39800, "25"), item(2, 1, "15")), null, ctx(1)),
                base.delete(ctx(1)));
        for (DraftChanged result : results) {
            assertThat(result.event()).isEqualTo(result.draft().lastEvent());
            assertThat(result.event().id()).isEqualTo(ctx(1).eventId());
            assertThat(result.event().version()).isEqualTo(result.draft().version()).isEqualTo(1);
            assertThat(result.draft().events()).hasSize(2).startsWith(base.lastEvent());
            // The stamped lines are exactly the items now carrying the new version.
            assertThat(result.changedLineIds()).containsExactlyInAnyOrderElementsOf(result.draft().order().items()
                    .stream().filter(i -> i.version() == 1L).map(Item::lineId).toList());
        }
        assertThat(results).extracting(DraftChanged::changedLineIds).containsExactly(
                java.util.Set.of(3), java.util.Set.of(1), java.util.Set.of(), java.util.Set.of(2), java.util.Set.of());
    }
}
