package org.shoppingapi.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extension fields are kept as sent (nulls and order included), copied, and merged field by field. */
class ExtensionsTest {

    @Test
    void a_copy_keeps_order_and_nulls_and_does_not_follow_the_source() {
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("comment", null);
        sent.put("metadata", Map.of("k", 1));
        sent.put("attachments", List.of("a"));
        Extensions extensions = Extensions.of(sent);
        sent.put("later", "x");
        assertThat(extensions.names()).containsExactly("comment", "metadata", "attachments");
        assertThat(extensions.get("comment")).isEmpty();
        assertThat(extensions.asMap()).containsEntry("comment", null);
        assertThat(extensions.get("metadata")).contains(Map.of("k", 1));
        assertThatThrownBy(() -> extensions.asMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Extensions.of(null)).isSameAs(Extensions.NONE);
        assertThat(Extensions.of(Map.of())).isEqualTo(Extensions.NONE).matches(Extensions::isEmpty);
    }

    @Test
    void changes_replace_present_fields_keep_absent_ones_and_a_null_clears() {
        Extensions order = Extensions.of(Map.of("comment", "old", "courier_id", "c-1"));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("comment", null);
        changes.put("pickup_at", "noon");
        Extensions changed = order.with(Extensions.of(changes));
        assertThat(changed.asMap()).containsEntry("comment", null).containsEntry("courier_id", "c-1")
                .containsEntry("pickup_at", "noon").hasSize(3);
        assertThat(order.with(Extensions.NONE)).isSameAs(order);
        assertThat(order.asMap()).containsEntry("comment", "old");
    }

    @Test
    void a_nested_scalar_is_read_as_text_and_anything_else_is_absent() {
        assertThat(Extensions.NONE.scalarText("customer", "id")).isEmpty();
        assertThat(Extensions.of(Map.of("customer", Map.of("id", "c-1"))).scalarText("customer", "id")).hasValue("c-1");
        assertThat(Extensions.of(Map.of("customer", Map.of("id", 42))).scalarText("customer", "id")).hasValue("42");
        assertThat(Extensions.of(Map.of("customer", Map.of("customer_id", "c-1"))).scalarText("customer", "id"))
                .isEmpty();
        assertThat(Extensions.of(Map.of("customer", Map.of("id", Map.of("x", 1)))).scalarText("customer", "id"))
                .isEmpty();
        assertThat(Extensions.of(Map.of("customer", Map.of("id", List.of(1)))).scalarText("customer", "id"))
                .isEmpty();
        assertThat(Extensions.of(Map.of("customer", "c-1")).scalarText("customer", "id")).isEmpty();
    }
}
