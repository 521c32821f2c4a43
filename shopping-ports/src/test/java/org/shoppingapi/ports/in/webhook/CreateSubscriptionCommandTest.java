package org.shoppingapi.ports.in.webhook;

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

/** A subscription request is refused field by field before anything is stored. */
class CreateSubscriptionCommandTest {

    private static final Caller CALLER = new Caller("T12345678", "c1", new ChangeSource("/hooks", "POST"));

    @Test
    void accepts_an_https_url_with_known_events_and_counts_duplicates_once() {
        CreateSubscriptionCommand command = CreateSubscriptionCommand.of(CALLER, "https://example.com:8443/hook?x=1",
                null, "s3cret", List.of(EventType.SHOPPING_DRAFT_ADD, EventType.SHOPPING_ORDER_UPDATE,
                        EventType.SHOPPING_DRAFT_ADD));
        assertThat(command.url().toString()).isEqualTo("https://example.com:8443/hook?x=1");
        assertThat(command.contentType()).isEqualTo("application/json");
        assertThat(command.events()).containsExactlyInAnyOrder(EventType.SHOPPING_DRAFT_ADD,
                EventType.SHOPPING_ORDER_UPDATE);
        assertThat(CreateSubscriptionCommand.of(CALLER, "http://127.0.0.1:9/x", "Application/JSON", "s",
                List.of(EventType.SHOPPING_ORDER_EVENT_ADD)).contentType()).isEqualTo("application/json");
    }

    @Test
    void urls_must_be_absolute_http_or_https_with_a_host() {
        for (String url : List.of("ftp://example.com/x", "/relative/path", "example.com/hook", "https:///nohost",
                "mailto:someone@example.com", "http://exa mple.com", "javascript:alert(1)",
                "https://example.com/" + "a".repeat(2100))) {
            assertThat(errors(url, null, "s", List.of(EventType.SHOPPING_DRAFT_ADD)))
                    .as(url).extracting(FieldError::field).containsExactly("config.url");
        }
    }

    @Test
    void reports_every_missing_or_bad_field_at_once() {
        assertThat(errors(null, "text/plain", null, null)).extracting(FieldError::message).containsExactly(
                "config.url is required", "config.content_type must be application/json",
                "config.secret is required", "events is required");
        assertThat(errors("https://example.com", null, "  ", List.of())).extracting(FieldError::message)
                .containsExactly("config.secret must not be blank", "events must name at least one event type");
        assertThat(errors("https://example.com", null, "x".repeat(1025), Arrays.asList((EventType) null)))
                .extracting(FieldError::field).containsExactly("config.secret", "events[0]");
    }

    private static List<FieldError> errors(String url, String contentType, String secret, List<EventType> events) {
        return catchThrowableOfType(ValidationException.class,
                () -> CreateSubscriptionCommand.of(CALLER, url, contentType, secret, events)).errors();
    }
}
