package org.shoppingapi.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.OrderChanges;

/** The PUT /orders body: settable fields checked by shape and kept, fixed content named, the rest ignored. */
class OrderUpdateMapperTest {

    private final OrderUpdateMapper mapper = new OrderUpdateMapper();

    @Test
    void settable_fields_are_kept_as_sent_fixed_content_is_named_and_read_only_fields_are_ignored() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", List.of());
        body.put("courier_id", "c-9");
        body.put("comment", null);
        body.put("shipping_address", Map.of("city", "Oslo"));
        body.put("external_ids", List.of(Map.of("id", 7)));
        body.put("status", "closed");
        body.put("id", "x");
        body.put("currency", "SEK");
        body.put("merchant_reference", "r");
        OrderChanges changes = mapper.changes(body);
        assertThat(changes.extensions().names())
                .containsExactly("courier_id", "comment", "shipping_address", "external_ids");
        assertThat(changes.extensions().asMap()).containsEntry("comment", null)
                .containsEntry("shipping_address", Map.of("city", "Oslo"));
        assertThat(changes.fixedFields()).containsExactly("items", "currency", "merchant_reference");
    }

    @Test
    void a_settable_field_of_the_wrong_shape_is_named() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("comment", 12);
        body.put("pickup_at", true);
        body.put("metadata", "text");
        body.put("billing_address", List.of());
        body.put("delivery_id", Map.of());
        body.put("external_links", "anything goes");
        assertThatThrownBy(() -> mapper.changes(body)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::message).containsExactly(
                        "comment has a wrong type or format", "pickup_at has a wrong type or format",
                        "metadata has a wrong type or format", "billing_address has a wrong type or format",
                        "delivery_id has a wrong type or format"));
        assertThatThrownBy(() -> mapper.changes(null))
                .hasMessage("body is required: an object with the fields to change");
        assertThat(mapper.changes(Map.of()).extensions().isEmpty()).isTrue();
    }
}
