package org.shoppingapi.domain.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.completion.CompletionContext;
import org.shoppingapi.domain.completion.CompletionPolicy;
import org.shoppingapi.domain.completion.CompletionResult;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.pricing.Pricing;

/**
 * JMH benchmark (not a test) of the domain's hot paths: pricing a 10- and a 100-item draft and completing a draft
 * split into 5 stores. Run: {@code mvn -B -q -pl shopping-domain -Pbench verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DomainBenchmark {

    private OrderContent items10;
    private OrderContent items100;
    private Draft fiveStores;
    private final AtomicLong ids = new AtomicLong();

    @Setup
    public void setUp() {
        items10 = content(10, 1);
        items100 = content(100, 1);
        ChangeContext ctx = new ChangeContext(Instant.EPOCH, "bench", new ChangeSource("/b", "POST"), new UUID(0, 1));
        fiveStores = Draft.create(new UUID(0, 2), "T12345678", content(50, 5), null, ctx);
    }

    private static OrderContent content(int count, int stores) {
        List<Item> items = new ArrayList<>(count);
        String[] rates = {"25", "15", "12", "12.5", "0"};
        for (int i = 1; i <= count; i++) {
            long gross = 1_000L + 997L * i;
            List<TaxLine> taxes = i % 7 == 0
                    ? List.of(TaxLine.of("25"), TaxLine.of("12"))
                    : List.of(TaxLine.of(rates[i % rates.length]));
            Item item = Item.of("sku-" + i, i, "item " + i, BigDecimal.ONE, gross, taxes)
                    .withStore(Store.of("store-" + (i % stores)));
            if (i % 3 == 0) {
                item = item.withDiscountLines(List.of(DiscountLine.of(gross / 10, DiscountType.CUSTOMER)));
            }
            items.add(item);
        }
        return new OrderContent(null, "NOK", Store.of("main"), items, null, Extensions.NONE);
    }

    @Benchmark
    public OrderContent price10Items() {
        return Pricing.price(items10);
    }

    @Benchmark
    public OrderContent price100Items() {
        return Pricing.price(items100);
    }

    @Benchmark
    public CompletionResult complete50ItemsInto5Stores() {
        CompletionContext ctx = new CompletionContext(Instant.EPOCH, "bench", new ChangeSource("/c", "PUT"),
                () -> new UUID(1, ids.incrementAndGet()), () -> "A00000000");
        return CompletionPolicy.complete(fiveStores, Optional.empty(), ctx);
    }
}
