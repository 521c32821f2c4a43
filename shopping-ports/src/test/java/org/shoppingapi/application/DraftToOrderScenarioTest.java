package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.OrderTotals;
import org.shoppingapi.domain.content.RelatedItem;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.draft.AddDraftItemCommand;
import org.shoppingapi.ports.in.draft.AddDraftItemUseCase;
import org.shoppingapi.ports.in.draft.CompleteDraftCommand;
import org.shoppingapi.ports.in.draft.CompleteDraftUseCase;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.in.draft.CreateDraftUseCase;
import org.shoppingapi.ports.in.draft.DraftCompletion;
import org.shoppingapi.ports.in.draft.GetDraftUseCase;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.ports.in.order.GetOrderUseCase;

/**
 * The whole sale of SPEC §4's worked example told through the in-ports, with no database: a draft is opened with
 * the discounted 25 % item, the 15 % item is added, the draft's amounts are exactly the SPEC's, and completing it
 * creates one order carrying the same amounts, which reads back by its order_id. A reversal line cancels its
 * original to the øre.
 */
class DraftToOrderScenarioTest {

    static final String ACCOUNT = "T12345678";
    static final Caller CALLER = new Caller(ACCOUNT, "pos-1", new ChangeSource("/scenario", "POST"));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    /** The core as an embedder wires it: in-memory stores, no discount engine, no webhooks, no stored payout rules. */
    final InMemoryDraftStore drafts = new InMemoryDraftStore();
    final InMemoryOrderStore orders = new InMemoryOrderStore();
    final ShoppingCore core = ShoppingCore.builder().drafts(drafts).orders(orders)
            .transactions(new InMemoryTransactions(drafts, orders)).ids(UUID::randomUUID).clock(CLOCK)
            .orderIds(() -> "ORDER0001").withoutDiscounts().withoutWebhooks().withoutStoredPayoutRules().build();
    final CreateDraftUseCase create = core.drafts();
    final GetDraftUseCase getDraft = core.drafts();
    final AddDraftItemUseCase addItem = core.draftItems();
    final CompleteDraftUseCase complete = core.completion();
    final GetOrderUseCase getOrder = core.orders();

    /** SPEC §4 item 1: gross 39800 with one customer discount of 11960, tax 25 %. */
    static Item jacket() {
        return new Item("jacket", 1, "Jacket", BigDecimal.ONE, 39800, 0, List.of(TaxLine.of("25")),
                List.of(DiscountLine.of(11960, DiscountType.CUSTOMER)), null, true, null, null, Extensions.NONE);
    }

    /** SPEC §4 item 2: gross 20000, tax 15 %. */
    static Item book() {
        return Item.of("book", 2, "Book", BigDecimal.ONE, 20000, List.of(TaxLine.of("15")));
    }

    @Test
    void a_draft_with_the_specs_two_items_completes_into_one_order_with_exactly_the_specs_amounts() {
        Draft opened = create.create(new CreateDraftCommand(CALLER, OrderContent.of("NOK", List.of(jacket())), null,
                false));
        Draft withBook = addItem.addItem(new AddDraftItemCommand(CALLER, opened.id(), book(), opened.version(),
                false));

        assertSpecAmounts(withBook.order());
        assertThat(getDraft.get(ACCOUNT, opened.id()).order()).isEqualTo(withBook.order());

        DraftCompletion done = complete.complete(new CompleteDraftCommand(CALLER, opened.id(), withBook.version()));

        assertThat(done.draft().status()).isEqualTo(DraftStatus.COMPLETED);
        assertThat(done.orders()).hasSize(1);
        Order order = done.orders().get(0);
        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
        assertSpecAmounts(order.content());
        Order read = getOrder.get(GetOrderQuery.of(ACCOUNT, order.orderId()));
        assertThat(read).isEqualTo(order);
        assertThat(read.orderId()).as("no custom or generated order_id: its id").isEqualTo(read.id().toString());
        assertSpecAmounts(read.content());
    }

    @Test
    void a_reversal_of_a_39800_line_at_25_percent_is_its_exact_negative() {
        Item original = Item.of("jacket", 1, "Jacket", BigDecimal.ONE, 39800, List.of(TaxLine.of("25")));
        Item reversal = Item.of("jacket", 2, "Jacket returned", BigDecimal.ONE, -39800,
                List.of(TaxLine.of("25"))).withRelatedItem(new RelatedItem(1, RelatedItem.REVERSED));

        Draft draft = create.create(new CreateDraftCommand(CALLER, OrderContent.of("NOK", List.of(original,
                reversal)), null, false));

        Item first = draft.order().items().get(0);
        Item second = draft.order().items().get(1);
        assertThat(first.taxTotal()).isEqualTo(7960);
        assertThat(second.grossAmount()).isEqualTo(-39800);
        assertThat(second.netAmount()).isEqualTo(-39800);
        assertThat(second.taxTotal()).isEqualTo(-7960);
        assertThat(draft.order().totals()).isEqualTo(new OrderTotals(0, 0, 0, 0));
    }

    private static void assertSpecAmounts(OrderContent content) {
        Item jacket = content.items().get(0);
        Item book = content.items().get(1);
        assertThat(jacket.netAmount()).isEqualTo(27840);
        assertThat(jacket.taxTotal()).isEqualTo(5568);
        assertThat(jacket.taxLines()).extracting(TaxLine::amount).containsExactly(5568L);
        assertThat(book.netAmount()).isEqualTo(20000);
        assertThat(book.taxTotal()).isEqualTo(2609);
        assertThat(content.totals()).isEqualTo(new OrderTotals(59800, 47840, 11960, 0));
    }
}
