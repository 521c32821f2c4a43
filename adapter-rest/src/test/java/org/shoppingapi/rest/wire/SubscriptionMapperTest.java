package org.shoppingapi.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.ports.in.Caller;

/** A subscription request's event names are read by the adapter; its problems join the command's, in order. */
class SubscriptionMapperTest {

    private static final Caller CALLER = new Caller("T12345678", "c1", new ChangeSource("/hooks", "POST"));
    private static final String ALL = "must be one of shopping_draft_add, shopping_draft_update, "
            + "shopping_draft_complete, shopping_order_update, shopping_order_event_add";

    private final SubscriptionMapper mapper = new SubscriptionMapper();

    @Test
    void known_names_become_event_types_and_duplicates_count_once() {
        assertThat(mapper.toCommand(CALLER, "https://example.com/hook", null, "s",
                List.of("shopping_draft_add", "shopping_order_update", "shopping_draft_add")).events())
                .containsExactlyInAnyOrder(EventType.SHOPPING_DRAFT_ADD, EventType.SHOPPING_ORDER_UPDATE);
    }

    @Test
    void unknown_event_types_are_named_by_index_with_the_allowed_list() {
        List<FieldError> errors = errors("https://example.com", "application/json", "s",
                List.of("shopping_draft_add", "shopping_draft_delete", "SHOPPING_ORDER_UPDATE"));
        assertThat(errors).extracting(FieldError::field).containsExactly("events[1]", "events[2]");
        assertThat(errors.get(0).message()).isEqualTo("events[1] " + ALL);
    }

    @Test
    void only_unknown_names_are_not_also_an_empty_list_and_follow_the_other_fields_problems() {
        assertThat(errors("https://example.com", null, "x".repeat(1025), Arrays.asList((String) null)))
                .extracting(FieldError::message)
                .containsExactly("config.secret must be at most 1024 characters", "events[0] " + ALL);
        assertThat(errors(null, null, "s", List.of("nope")))
                .extracting(FieldError::field).containsExactly("config.url", "events[0]");
        assertThat(errors("https://example.com", null, "s", List.of()))
                .extracting(FieldError::message).containsExactly("events must name at least one event type");
        assertThat(errors("https://example.com", null, "s", null))
                .extracting(FieldError::message).containsExactly("events is required");
    }

    private List<FieldError> errors(String url, String contentType, String secret, List<String> events) {
        return catchThrowableOfType(ValidationException.class,
                () -> mapper.toCommand(CALLER, url, contentType, secret, events)).errors();
    }
}
