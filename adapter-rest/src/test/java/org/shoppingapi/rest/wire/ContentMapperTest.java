package org.shoppingapi.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.OrderTotals;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.rest.json.JsonMapping;

/** Wire ↔ domain of order content, field by field: typed fields, pass-through fields, computed fields, errors. */
class ContentMapperTest {

    private final ObjectMapper json = JsonMapping.create();
    private final ContentMapper mapper = new ContentMapper(json);

    /** Every field of the order object and of an item that a client may send, each with a value of its shape. */
    private static final String ORDER = """
            {"order_id": "o-1", "merchant_reference": "ref", "currency": "NOK",
             "store": {"id": "s1", "name": "Main"}, "customer": {"id": 7, "name": "Kari"},
             "shipping_address": {"city": "Oslo"}, "billing_address": {"city": "Bergen"},
             "items": [{"id": "sku-1", "line_id": 1, "description": "Tea", "description_alias": "Te",
                        "quantity": 2, "gross_amount": 12500, "tax_lines": [{"percentage": 25}],
                        "discount_lines": [{"amount": 100, "discount_type": "manual", "description": "d"}],
                        "additions": [{"x": 1}], "related_item": {"line_id": 1, "type": "reversed"},
                        "reversed_reason": "r", "comment": "c", "metadata": {"k": "v"}, "salesperson_id": "sp",
                        "salesperson_name": "Per", "eligible_for_discount": false, "external_id": "e-1",
                        "store": {"id": "s2"}, "attachment": ["a"], "manual_payout": {"rule_id": "pr-1"}}],
             "discounts": [{"id": "dc"}], "comment": "ring", "salesperson_id": "sp", "salesperson_name": "Per",
             "delivery_at": "2026-12-01T10:00:00Z", "courier_id": "cr", "pickup_at": "noon", "delivery_id": "dl",
             "pre_order": true, "type": "take_away", "external_ids": ["x"], "external_links": {"a": "b"},
             "itinerary": 5, "attachments": [1], "metadata": {"m": 1}, "payment_details": {"card": "visa"}}""";

    private OrderJson wire(String text) throws Exception {
        return json.readValue(text, OrderJson.class);
    }

    @Test
    void typed_fields_map_one_to_one_and_pass_through_fields_are_kept_by_wire_name() throws Exception {
        OrderContent content = mapper.toDomain(wire(ORDER), "order");
        assertThat(content.orderId()).isEqualTo("o-1");
        assertThat(content.currency()).isEqualTo("NOK");
        assertThat(content.store().id()).isEqualTo("s1");
        assertThat(content.store().extensions().asMap()).isEqualTo(Map.of("name", "Main"));
        assertThat(content.extensions().names()).containsExactlyElementsOf(
                ContentFields.ORDER.stream().map(ContentFields.Field::name).toList());
        assertThat(content.customerId()).as("the customer's id, a number read as its text").isEqualTo("7");
        assertThat(content.extensions().asMap()).containsEntry("customer", Map.of("id", 7, "name", "Kari"))
                .containsEntry("pre_order", true).containsEntry("itinerary", 5)
                .containsEntry("external_ids", List.of("x"));
        Item item = content.items().get(0);
        assertThat(item.lineId()).isEqualTo(1);
        assertThat(item.quantity()).isEqualByComparingTo("2");
        assertThat(item.grossAmount()).isEqualTo(12500);
        assertThat(item.taxLines()).singleElement()
                .satisfies(t -> assertThat(t.percentage()).isEqualByComparingTo("25"));
        assertThat(item.discountLines()).singleElement()
                .satisfies(d -> assertThat(d.discountType()).isEqualTo(DiscountType.MANUAL));
        assertThat(item.eligibleForDiscount()).isFalse();
        assertThat(item.store().id()).isEqualTo("s2");
        assertThat(item.payout().manualRuleId()).isEqualTo("pr-1");
        assertThat(item.extensions().names()).containsExactlyElementsOf(
                ContentFields.ITEM.stream().map(ContentFields.Field::name).toList());
    }

    @Test
    void computed_fields_are_never_read_from_a_request() throws Exception {
        OrderContent content = mapper.toDomain(wire("""
                {"currency": "NOK", "gross_amount": 1, "net_amount": 2, "total_discount": 3,
                 "items": [{"line_id": 1, "gross_amount": 100, "net_amount": 99, "version": 4,
                            "tax_lines": [{"percentage": 25, "amount": 77}],
                            "payout_rule": {"rule_id": "r", "rule_type": "fixed"}}]}"""), "order");
        assertThat(content.totals()).isEqualTo(OrderTotals.ZERO);
        Item item = content.items().get(0);
        assertThat(item.netAmount()).isZero();
        assertThat(item.version()).isNull();
        assertThat(item.taxLines().get(0).amount()).isZero();
        assertThat(item.payout().fixedRule()).isNull();
        assertThat(content.extensions().isEmpty()).isTrue();
        assertThat(content.customerId()).isNull();
    }

    @Test
    void the_response_shows_every_field_as_sent_plus_what_the_server_computed() throws Exception {
        OrderContent sent = mapper.toDomain(wire(ORDER), "order");
        Item priced = sent.items().get(0).withAmounts(10000, List.of(new TaxLine(new BigDecimal("25"), 2500)))
                .withVersion(3L);
        OrderContent stored = sent.withItems(List.of(priced)).withTotals(new OrderTotals(12500, 10000, 100, 100));
        ObjectNode expected = (ObjectNode) json.readTree(ORDER);
        expected.put("gross_amount", 12500).put("net_amount", 10000).put("total_discount", 100)
                .put("total_manual_discount_amount", 100);
        ObjectNode item = (ObjectNode) expected.get("items").get(0);
        item.put("net_amount", 10000).put("version", 3);
        ((ObjectNode) item.get("tax_lines").get(0)).put("amount", 2500);
        // Through text, as a client reads it (numbers compare by their JSON form).
        JsonNode shown = json.readTree(json.writeValueAsString(mapper.toJson(stored)));
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void a_stored_value_of_another_shape_than_the_wire_gives_is_not_shown_as_something_else() {
        OrderContent odd = OrderContent.of("NOK", List.of()).withExtensions(Extensions.of(Map.of("comment", 12)));
        assertThatThrownBy(() -> mapper.toJson(odd)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the order's comment holds a Integer, not text");
    }

    @Test
    void errors_name_each_field_by_its_wire_path() throws Exception {
        assertThatThrownBy(() -> mapper.toDomain(wire("""
                {"items": [{"tax_lines": [null], "discount_lines": [{"amount": 1, "discount_type": "MANUAL"}, {}],
                            "related_item": {}, "manual_payout": {"rule_id": " "}}, null]}"""), "order"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("order.items[0].line_id",
                                "order.items[0].gross_amount", "order.items[0].tax_lines[0]",
                                "order.items[0].discount_lines[0].discount_type",
                                "order.items[0].discount_lines[1].amount", "order.items[0].related_item.line_id",
                                "order.items[0].manual_payout.rule_id", "order.items[1]"));
        assertThatThrownBy(() -> mapper.itemBody(json.readValue("{}", ItemJson.class), 4))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("gross_amount"));
        assertThatThrownBy(() -> mapper.toDomain(null, "order")).hasMessage("order is required");
    }

    @Test
    void an_unknown_discount_type_is_refused_with_every_type_the_enum_has() throws Exception {
        assertThatThrownBy(() -> mapper.toDomain(wire("""
                {"currency": "NOK", "items": [{"line_id": 1, "gross_amount": 100,
                 "discount_lines": [{"amount": 1, "discount_type": "coupon"}]}]}"""), "order"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("order.items[0].discount_lines[0].discount_type",
                                "must be one of customer, periodic, manual, loyalty, total, employee, external")));
        String listed = Arrays.stream(DiscountType.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        assertThat(WireEnums.mustBeOneOf(DiscountType.class)).isEqualTo("must be one of " + listed);
    }

    @Test
    void every_field_of_the_wire_records_is_typed_here_or_listed_as_pass_through() {
        Set<String> typedOrder = Set.of("orderId", "currency", "store", "items", "grossAmount", "netAmount",
                "totalDiscount", "totalManualDiscountAmount");
        assertThat(ContentFields.ORDER).hasSize(OrderJson.class.getRecordComponents().length - typedOrder.size());
        Set<String> typedItem = Set.of("id", "lineId", "description", "quantity", "grossAmount", "netAmount",
                "taxLines", "discountLines", "relatedItem", "eligibleForDiscount", "store", "version",
                "manualPayout", "payoutRule");
        assertThat(ContentFields.ITEM).hasSize(ItemJson.class.getRecordComponents().length - typedItem.size());
        Set<String> components = Arrays.stream(OrderJson.class.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        assertThat(components).containsAll(ContentFields.ORDER.stream().map(ContentFields.Field::name).toList());
    }
}
