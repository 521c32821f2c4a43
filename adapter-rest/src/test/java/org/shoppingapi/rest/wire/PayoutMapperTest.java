package org.shoppingapi.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutOptions;
import org.shoppingapi.rest.json.JsonMapping;

/** Wire ↔ domain of payouts: options.payout in its three shapes, wire errors named by field, read-back. */
class PayoutMapperTest {

    private final ObjectMapper json = JsonMapping.create();
    private final PayoutMapper mapper = new PayoutMapper(json);
    private final ContentMapper content = new ContentMapper(json);

    private Object parse(String text) throws Exception {
        return json.readValue(text, Object.class);
    }

    @Test
    void options_payout_is_a_flag_or_an_object_with_dynamic_rules() throws Exception {
        assertThat(mapper.toOptions(null)).isNull();
        assertThat(mapper.toOptions(true)).isEqualTo(new PayoutOptions(true, List.of()));
        assertThat(mapper.toOptions(false)).isEqualTo(new PayoutOptions(false, List.of()));
        assertThat(mapper.toOptions(parse("{}"))).isEqualTo(new PayoutOptions(true, List.of()));
        PayoutOptions dynamic = mapper.toOptions(parse("""
                {"rules": [{"rule_type": "order.items.store.id", "rule_id": "s1",
                  "destinations": [{"type": "percentage", "value": 12.5, "destination": "p"},
                                   {"type": "remaining_amount", "destination": "s"}]}]}"""));
        assertThat(dynamic.enabled()).isTrue();
        assertThat(dynamic.rules()).singleElement().satisfies(rule -> assertThat(rule.destinations()).containsExactly(
                new PayoutDestination.Percentage("p", new BigDecimal("12.5")), PayoutDestination.Remaining.to("s")));
        // Read back in the shape it was sent.
        assertThat(json.writeValueAsString(mapper.toJson(dynamic))).isEqualTo("{\"rules\":[{\"rule_type\":"
                + "\"order.items.store.id\",\"rule_id\":\"s1\",\"destinations\":[{\"type\":\"percentage\",\"value\":12.5,"
                + "\"destination\":\"p\"},{\"type\":\"remaining_amount\",\"destination\":\"s\"}]}]}");
        assertThat(mapper.toJson(new PayoutOptions(false, List.of()))).isEqualTo(false);
    }

    @Test
    void wire_problems_name_their_fields() throws Exception {
        assertThatThrownBy(() -> mapper.toOptions("yes")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("options.payout"));
        assertThatThrownBy(() -> mapper.toOptions(parse("{\"rules\": {}}")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("options.payout.rules"));
        assertThatThrownBy(() -> mapper.toOptions(parse("""
                {"rules": [null, 5, {"rule_type": "x", "rule_id": "r", "destinations": [
                   {"value": 1, "destination": "d"}, {"type": "amount", "value": 0.5, "destination": "f"},
                   {"type": "remaining_amount", "destinations": [{"type": "amount", "value": 1, "destination": "e"}]}]},
                 {"rule_id": ["not", "text"]}]}""")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("options.payout.rules[0]",
                                "options.payout.rules[1]", "options.payout.rules[2].rule_type",
                                "options.payout.rules[2].destinations[0].type",
                                "options.payout.rules[2].destinations[1].value",
                                "options.payout.rules[2].destinations[2].destinations[0].type",
                                "options.payout.rules[3]"));
    }

    @Test
    void drafts_stored_before_payouts_were_typed_answer_their_opaque_option_as_sent() {
        DraftOptions old = new DraftOptions(true, null, null, null,
                Extensions.of(Map.of("payout", Map.of("enabled", true))));
        assertThat(content.toJson(old).payout()).isEqualTo(Map.of("enabled", true));
        DraftOptions typed = new DraftOptions(true, null, null, null, Extensions.NONE,
                new PayoutOptions(true, List.of()));
        assertThat(content.toJson(typed).payout()).isEqualTo(true);
    }
}
