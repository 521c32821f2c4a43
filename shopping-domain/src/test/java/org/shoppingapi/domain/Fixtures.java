package org.shoppingapi.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.completion.CompletionContext;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.event.ChangeSource;

/** Builders shared by the domain tests; deterministic ids and clock so failures reproduce. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    public static final String ACCOUNT = "T12345678";
    public static final String CLIENT = "client-1";

    private Fixtures() {
    }

    public static UUID uuid(long n) {
        return new UUID(0, n);
    }

    public static ChangeContext ctx(long n) {
        return new ChangeContext(T0.plusSeconds(n), CLIENT, new ChangeSource("/v1/test", "PUT"), uuid(1000 + n));
    }

    public static CompletionContext completion() {
        AtomicLong ids = new AtomicLong(5000);
        AtomicLong orderIds = new AtomicLong(0);
        return new CompletionContext(T0.plusSeconds(60), CLIENT, new ChangeSource("/complete", "PUT"),
                () -> uuid(ids.incrementAndGet()), () -> String.format("A%08d", orderIds.incrementAndGet()));
    }

    public static Item item(int lineId, long gross, String... taxPercentages) {
        List<TaxLine> taxes = java.util.Arrays.stream(taxPercentages).map(TaxLine::of).toList();
        return Item.of("sku-" + lineId, lineId, "item " + lineId, BigDecimal.ONE, gross, taxes);
    }

    public static Item storeItem(int lineId, long gross, String store, String... taxPercentages) {
        return item(lineId, gross, taxPercentages).withStore(store == null ? null : Store.of(store));
    }

    public static Item discounted(Item item, DiscountLine... lines) {
        return item.withDiscountLines(List.of(lines));
    }

    public static OrderContent content(Item... items) {
        return new OrderContent(null, "NOK", null, List.of(items), null,
                Extensions.of(Map.of("merchant_reference", "ref-1")));
    }
}
