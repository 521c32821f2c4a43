package org.shoppingapi.jdbc.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.RelatedItem;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.order.Order;

/** Domain values for the store tests, with every kind of field filled so a round trip shows any field it drops. */
public final class StoreFixtures {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    private StoreFixtures() {
    }

    public static ChangeContext ctx(Instant at) {
        return new ChangeContext(at, "client-1", new ChangeSource("/v1/test", "POST"), UUID.randomUUID());
    }

    /** An item with two tax lines, a discount line, a store, a related item and pass-through fields. */
    public static Item richItem(int lineId) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("colour", "red");
        metadata.put("nothing", null);
        return new Item("sku-" + lineId, lineId, "item " + lineId, new BigDecimal("1.5"), 10_000L + lineId, 0,
                List.of(TaxLine.of("12.5"), TaxLine.of("10")),
                List.of(new DiscountLine(500, new BigDecimal("5"), DiscountType.CUSTOMER, "d-1", "Member", 1)),
                lineId > 1 ? new RelatedItem(1, RelatedItem.REVERSED) : null, lineId % 2 == 0,
                new Store("store-" + (lineId % 2), Extensions.of(Map.of("name", "Store " + (lineId % 2)))), null,
                Extensions.of(Map.of("comment", "line " + lineId, "metadata", metadata)));
    }

    public static OrderContent content(int items) {
        List<Item> list = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add(richItem(i));
        }
        return new OrderContent(null, "NOK", Store.of("store-0"), list, null, "cust-1",
                Extensions.of(Map.of("merchant_reference", "ref-1", "customer", Map.of("id", "cust-1", "email",
                        "a@b.no"))));
    }

    public static Draft draft(String account, int items, Instant at) {
        DraftOptions options = new DraftOptions(false, null, null, DraftOptions.ALPHANUMERIC_9,
                Extensions.of(Map.of("payout", Map.of("enabled", true))));
        return Draft.create(UUID.randomUUID(), account, content(items), options, ctx(at));
    }

    public static Order order(String account, String orderId, Instant at) {
        UUID id = UUID.randomUUID();
        ApiEvent creation = new ApiEvent(UUID.randomUUID(), at, "client-1", 0, UUID.randomUUID(),
                new ChangeSource("/v1/complete", "PUT"));
        OrderContent content = org.shoppingapi.domain.pricing.Pricing.price(content(2));
        return Order.create(id, account, orderId == null ? id.toString() : orderId, content, creation);
    }
}
