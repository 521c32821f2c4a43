package org.shoppingapi.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.rest.error.ErrorJson.FieldErrorJson;

/** Core field paths (Java property names) become the API's wire paths; wire-form paths pass unchanged. */
class WirePathsTest {

    @Test
    void property_names_become_snake_case_and_header_fields_their_header() {
        assertThat(WirePaths.of("order.items[0].grossAmount")).isEqualTo("order.items[0].gross_amount");
        assertThat(WirePaths.of("appliesTo.minimumGross")).isEqualTo("applies_to.minimum_gross");
        assertThat(WirePaths.of("expectedVersion")).isEqualTo("If-Match");
    }

    @Test
    void paths_already_in_wire_form_and_other_names_are_left_as_they_are() {
        for (String path : List.of("order.items[12].tax_lines[0].percentage", "events[1]", "created_at.gte",
                "Idempotency-Key", "body", "")) {
            assertThat(WirePaths.of(path)).isEqualTo(path);
        }
    }

    @Test
    void a_message_that_starts_with_its_field_names_the_wire_path() {
        FieldError error = FieldError.of("expectedVersion", "must name a version of 0 or more");
        assertThat(WirePaths.of(error))
                .isEqualTo(new FieldErrorJson("If-Match", "If-Match must name a version of 0 or more"));
        ValidationException two = new ValidationException(List.of(FieldError.required("order.items[0].lineId"),
                FieldError.of("order.currency", "must be NOK, the currency of order o-1")));
        assertThat(WirePaths.message(two)).isEqualTo("order.items[0].line_id is required (and 1 more)");
        assertThat(WirePaths.of(FieldError.of("x", "something else")))
                .isEqualTo(new FieldErrorJson("x", "x something else"));
    }
}
