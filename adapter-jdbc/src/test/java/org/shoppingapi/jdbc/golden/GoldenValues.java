package org.shoppingapi.jdbc.golden;

import java.math.BigDecimal;
import java.time.Instant;
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
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderChanges;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentRequest;
import org.shoppingapi.domain.pricing.Pricing;

/**
 * The domain values behind the golden fixtures in {@code src/test/resources/golden}: fixed ids and times, every kind
 * of field filled (pass-through maps with nested values and JSON nulls, decimals, optional fields set and unset).
 * The fixtures were written once by the storage code of that version from exactly these values; the golden test
 * reads them with today's code and compares with these values, so a change of the mapping shows up as a failure.
 */
public final class GoldenValues {

    public static final String ACCOUNT = "T12345678";
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    private GoldenValues() {
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private static ChangeContext ctx(int second, int eventId) {
        return new ChangeContext(T0.plusSeconds(second), "client-" + second,
                new ChangeSource("/v1/accounts/" + ACCOUNT + "/shopping/x/" + second, "POST"), id(eventId));
    }

    private static Item item(int lineId) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("colour", "red");
        metadata.put("nothing", null);
        metadata.put("nested", Map.of("list", List.of(1, "two", true), "n", new BigDecimal("12.50")));
        return new Item("sku-" + lineId, lineId, "item " + lineId, new BigDecimal("1.5"), 10_000L + lineId, 0,
                List.of(TaxLine.of("12.5"), TaxLine.of("10")),
                List.of(new DiscountLine(500, new BigDecimal("5"), DiscountType.CUSTOMER, "d-1", "Member", 1),
                        DiscountLine.of(25, DiscountType.MANUAL)),
                null, true, new Store("store-" + lineId, Extensions.of(Map.of("name", "Store " + lineId))), null,
                Extensions.of(Map.of("comment", "line " + lineId, "metadata", metadata, "additions",
                        List.of(Map.of("id", "x")))));
    }

    private static Item plainItem(int lineId) {
        return Item.of("plain-" + lineId, lineId, null, BigDecimal.ONE, 20_000, List.of(TaxLine.of("25")))
                .withEligibleForDiscount(false);
    }

    private static Item reversal(int lineId, int of) {
        return Item.of("sku-" + of, lineId, "reversal", BigDecimal.ONE, -10_001, List.of(TaxLine.of("12.5")))
                .withRelatedItem(new RelatedItem(of, RelatedItem.REVERSED))
                .withExtensions(Extensions.of(Map.of("reversed_reason", "broken")));
    }

    private static OrderContent content() {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("customer_id", "cust-1");
        customer.put("email", "a@b.no");
        customer.put("phone_number", null);
        return new OrderContent(null, "NOK", new Store("store-0", Extensions.of(Map.of("name", "Main"))),
                List.of(item(1), plainItem(2)), null,
                Extensions.of(Map.of("merchant_reference", "ref-1", "customer", customer, "pre_order", true,
                        "metadata", Map.of("k", 1))));
    }

    /** An open draft: created, an item added, the whole order replaced (3 events). */
    public static Draft openDraft() {
        DraftOptions options = new DraftOptions(false, null, null, DraftOptions.ALPHANUMERIC_9,
                Extensions.of(Map.of("payout", Map.of("enabled", true), "serial_order_number_suffix", "-A")));
        Draft created = Draft.create(id(1), ACCOUNT, content(), options, ctx(0, 101));
        Draft added = created.addItem(reversal(3, 1), ctx(1, 102)).draft();
        return added.replace(added.order().withExtensions(Extensions.of(Map.of("comment", "changed"))), null,
                ctx(2, 103)).draft();
    }

    /** A deleted draft with default options. */
    public static Draft deletedDraft() {
        Draft created = Draft.create(id(2), ACCOUNT, OrderContent.of("EUR", List.of(plainItem(1))), null,
                ctx(0, 201));
        return created.delete(ctx(5, 202)).draft();
    }

    /** An order with every kind of payment operation, service events and an update, then closed. */
    public static Order closedOrder() {
        ApiEvent creation = new ApiEvent(id(301), T0, "client-0", 0, id(1), new ChangeSource("/v1/complete", "PUT"));
        Order order = Order.create(id(3), ACCOUNT, "POS-1001", Pricing.price(content()), creation);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("payment_id", "psp-1");
        details.put("card", null);
        order = order.recordPayment(id(311), PaymentKind.AUTHORIZATION,
                new PaymentRequest(List.of(new PaymentItem(1, 5000), new PaymentItem(2, 20_000)), true,
                        T0.plusSeconds(9), "psp", details, Map.of("m", "v")), ctx(10, 302)).order();
        order = order.recordPayment(id(312), PaymentKind.CAPTURE, PaymentRequest.of(List.of(new PaymentItem(1, 4000))),
                ctx(11, 303)).order();
        order = order.recordPayment(id(313), PaymentKind.CAPTURE,
                new PaymentRequest(List.of(new PaymentItem(2, 1)), false, null, null, Map.of(), Map.of()),
                ctx(12, 304)).order();
        order = order.recordPayment(id(314), PaymentKind.REFUND, PaymentRequest.of(List.of(new PaymentItem(1, 1000))),
                ctx(13, 305)).order();
        order = order.recordPayment(id(315), PaymentKind.CANCELLATION,
                PaymentRequest.of(List.of(new PaymentItem(2, 20_000))), ctx(14, 306)).order();
        Map<String, Object> eventMetadata = new LinkedHashMap<>();
        eventMetadata.put("shelf", "B2");
        eventMetadata.put("none", null);
        order = order.addServiceEvent(new ServiceEvent(id(321), T0.plusSeconds(15), "kitchen-client",
                EventState.PENDING, "kitchen", "preparing", null, Map.of())).order();
        order = order.addServiceEvent(new ServiceEvent(id(322), T0.plusSeconds(16), "kitchen-client",
                EventState.SUCCESS, "kitchen", "ready", "food prepared", eventMetadata)).order();
        order = order.update(OrderChanges.of(Extensions.of(Map.of("comment", "leave at the door", "courier_id",
                "postnord"))), ctx(17, 307)).order();
        return order.close(ctx(18, 308)).orElseThrow().order();
    }

    /** A cancelled order without store or customer whose order_id is its id. */
    public static Order cancelledOrder() {
        ApiEvent creation = new ApiEvent(id(401), T0, null, 0, id(2), null);
        OrderContent content = Pricing.price(new OrderContent(null, "SEK", null,
                List.of(plainItem(1), reversal(2, 1).withGrossAmount(-20_000).withRelatedItem(
                        new RelatedItem(1, RelatedItem.REVERSED))), null, Extensions.NONE));
        Order order = Order.create(id(4), ACCOUNT, id(4).toString(), content, creation);
        return order.cancel("customer left", ctx(20, 402)).orElseThrow().order();
    }
}
