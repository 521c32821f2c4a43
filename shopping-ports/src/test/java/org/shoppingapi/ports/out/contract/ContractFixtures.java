package org.shoppingapi.ports.out.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.pricing.Pricing;

/**
 * Drafts and orders for the store contracts, built only through the domain's own operations, in one place so a
 * change of the domain's surface is adapted here once. Instants are whole milliseconds (what PostgreSQL keeps).
 */
public final class ContractFixtures {

    public static final Instant T0 = Instant.parse("2026-05-01T10:00:00.123Z");

    private ContractFixtures() {
    }

    /** A fresh account per test, so tests sharing one database never see each other's rows. */
    public static String newAccount() {
        return String.format("T%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static ChangeContext ctx(Instant at) {
        return new ChangeContext(at, "client-1", new ChangeSource("/v1/contract", "PUT"), UUID.randomUUID());
    }

    static Item item(int lineId) {
        return Item.of("sku-" + lineId, lineId, "item " + lineId, BigDecimal.ONE, 10_000L + lineId,
                List.of(TaxLine.of("25")));
    }

    static OrderContent content(String storeId, String customerId) {
        OrderContent content = OrderContent.of("NOK", List.of(item(1), item(2)));
        if (storeId != null) {
            content = content.withStore(Store.of(storeId));
        }
        if (customerId != null) {
            content = new OrderContent(content.orderId(), content.currency(), content.store(), content.items(),
                    content.totals(), customerId, Extensions.of(Map.of("customer", Map.of("id", customerId))));
        }
        return content;
    }

    /** An open draft of two items created at {@code at}. */
    public static Draft draft(String account, Instant at) {
        return Draft.create(UUID.randomUUID(), account, content(null, null), DraftOptions.DEFAULT, ctx(at));
    }

    /** {@code draft} deleted at {@code at}: the next version. */
    public static Draft deleted(Draft draft, Instant at) {
        return draft.delete(ctx(at)).draft();
    }

    /** {@code draft} with one more item: the next version. */
    public static Draft withAnotherItem(Draft draft, Instant at) {
        return draft.addItem(item(draft.order().items().size() + 1), ctx(at)).draft();
    }

    /** An open order created at {@code at}; {@code orderId} null means its id. */
    public static Order order(String account, String orderId, Instant at) {
        return order(account, orderId, at, null, null);
    }

    public static Order order(String account, String orderId, Instant at, String storeId, String customerId) {
        UUID id = UUID.randomUUID();
        ApiEvent creation = new ApiEvent(UUID.randomUUID(), at, "client-1", 0, UUID.randomUUID(),
                new ChangeSource("/v1/contract", "PUT"));
        return Order.create(id, account, orderId == null ? id.toString() : orderId,
                Pricing.price(content(storeId, customerId)), creation);
    }

    /** {@code order} cancelled at {@code at}: the next version. */
    public static Order cancelled(Order order, Instant at) {
        return order.cancel("contract", ctx(at)).orElseThrow().order();
    }

    /** {@code order} closed at {@code at}: the next version. */
    public static Order closed(Order order, Instant at) {
        return order.close(ctx(at)).orElseThrow().order();
    }
}
