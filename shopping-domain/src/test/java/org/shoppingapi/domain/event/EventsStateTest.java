package org.shoppingapi.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.T0;
import static org.shoppingapi.domain.Fixtures.uuid;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ValidationException;

/** The collection state rule of SPEC §3. */
class EventsStateTest {

    private static ServiceEvent service(String name, EventState state) {
        return new ServiceEvent(uuid(1), T0, "c", state, name, "status", null, Map.of());
    }

    private static final ApiEvent API = new ApiEvent(uuid(2), T0, "c", 0, null, new ChangeSource("/p", "POST"));

    @Test
    void no_service_event_is_pending() {
        assertThat(EventsState.of(List.of())).isEqualTo(EventState.PENDING);
        assertThat(EventsState.of(List.of(API))).isEqualTo(EventState.PENDING);
    }

    @Test
    void any_error_or_failure_is_failure_even_if_later_success() {
        assertThat(EventsState.of(List.of(service("a", EventState.ERROR), service("a", EventState.SUCCESS))))
                .isEqualTo(EventState.FAILURE);
        assertThat(EventsState.of(List.of(service("a", EventState.SUCCESS), service("b", EventState.FAILURE))))
                .isEqualTo(EventState.FAILURE);
    }

    @Test
    void latest_event_per_service_decides_pending() {
        assertThat(EventsState.of(List.of(API, service("a", EventState.PENDING), service("a", EventState.SUCCESS))))
                .isEqualTo(EventState.SUCCESS);
        assertThat(EventsState.of(List.of(service("a", EventState.SUCCESS), service("b", EventState.PENDING))))
                .isEqualTo(EventState.PENDING);
        assertThat(EventsState.of(List.of(service("a", EventState.SUCCESS), service("a", EventState.PENDING))))
                .isEqualTo(EventState.PENDING);
    }

    @Test
    void service_event_defaults_and_required_fields() {
        ServiceEvent e = new ServiceEvent(uuid(1), T0, "c", null, "pos", "ready", "d", null);
        assertThat(e.state()).isEqualTo(EventState.SUCCESS);
        assertThat(e.eventType()).isEqualTo("service-event");
        assertThat(API.eventType()).isEqualTo("api-event");
        assertThatThrownBy(() -> new ServiceEvent(uuid(1), T0, "c", null, " ", null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
                        .extracting(f -> f.message())
                        .containsExactly("service is required", "service_status is required"));
    }
}
