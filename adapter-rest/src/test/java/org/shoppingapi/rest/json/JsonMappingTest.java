package org.shoppingapi.rest.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.shoppingapi.rest.discount.DiscountRuleRequestJson;

/** Instants in request bodies: RFC 3339 with any offset, and never a year PostgreSQL cannot store. */
class JsonMappingTest {

    private final ObjectMapper json = JsonMapping.create();

    @Test
    void reads_rfc3339_instants_with_an_offset() throws Exception {
        DiscountRuleRequestJson rule = json.readValue("""
                {"active_from": "2026-01-01T01:00:00+01:00", "active_to": "9999-12-31T23:59:59Z"}""",
                DiscountRuleRequestJson.class);
        assertThat(rule.activeFrom()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(rule.activeTo()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
    }

    @Test
    void a_year_beyond_four_digits_is_a_format_error_at_its_field() {
        assertThatThrownBy(() -> json.readValue("{\"active_to\": \"+300000-01-01T00:00:00Z\"}",
                DiscountRuleRequestJson.class))
                .isInstanceOfSatisfying(JsonMappingException.class,
                        e -> assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
                                .containsExactly("active_to"));
    }
}
