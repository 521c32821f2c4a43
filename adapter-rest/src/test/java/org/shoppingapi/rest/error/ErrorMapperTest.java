package org.shoppingapi.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.CheckoutUnavailableException;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.DomainException;
import org.shoppingapi.domain.error.DraftNotOpenException;
import org.shoppingapi.domain.error.IdempotencyKeyReusedException;
import org.shoppingapi.domain.error.InvalidClientException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.error.VersionMismatchException;
import org.shoppingapi.rest.error.ErrorJson.FieldErrorJson;

/** The one mapper answers every kind of the core's refusals with its SPEC status, code and field errors. */
class ErrorMapperTest {

    /** One refusal of each kind and the status SPEC §1 gives it. */
    private static final Map<Class<?>, Sample> SAMPLES = Map.of(
            ValidationException.class, new Sample(ValidationException.of("order.currency", "is required"), 400),
            InvalidClientException.class, new Sample(new InvalidClientException(), 401),
            NotFoundException.class, new Sample(new NotFoundException("draft_order", "d-1"), 404),
            ConflictException.class, new Sample(ConflictException.duplicateOrderId("A1"), 409),
            DraftNotOpenException.class, new Sample(new DraftNotOpenException(UUID.randomUUID(), "completed"), 409),
            VersionMismatchException.class, new Sample(new VersionMismatchException(3, 4), 412),
            IdempotencyKeyReusedException.class, new Sample(new IdempotencyKeyReusedException("k-1"), 422),
            CheckoutUnavailableException.class, new Sample(new CheckoutUnavailableException("timed out"), 502));

    private record Sample(DomainException refusal, int status) {
    }

    private final ErrorMapper mapper = new ErrorMapper();

    @Test
    void every_kind_of_the_sealed_error_model_has_a_sample_here() {
        assertThat(DomainException.class.isSealed()).isTrue();
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.asList(DomainException.class.getPermittedSubclasses()));
    }

    @Test
    void every_kind_is_answered_with_its_status_its_code_and_its_message() {
        for (Class<?> kind : DomainException.class.getPermittedSubclasses()) {
            Sample sample = SAMPLES.get(kind);
            Response answer = mapper.toResponse((Throwable) sample.refusal());
            ErrorJson body = (ErrorJson) answer.getEntity();
            assertThat(answer.getStatus()).as(kind.getSimpleName()).isEqualTo(sample.status());
            assertThat(body.error().code()).as(kind.getSimpleName()).isEqualTo(sample.refusal().code());
            // The core speaks of the expected version; the API of the If-Match header that carries it.
            String message = sample.refusal() instanceof VersionMismatchException
                    ? "If-Match version 3 does not match the current version 4" : sample.refusal().getMessage();
            assertThat(body.error().message()).as(kind.getSimpleName()).isEqualTo(message);
        }
    }

    @Test
    void field_errors_and_headers_are_kept_as_the_api_has_always_answered() {
        ErrorJson duplicate = (ErrorJson) mapper.toResponse(ConflictException.duplicateOrderId("A1")).getEntity();
        assertThat(duplicate.error().code()).isEqualTo("DUPLICATE_ORDER_ID");
        assertThat(duplicate.error().errors()).containsExactly(new FieldErrorJson("order.order_id",
                "order.order_id must be unique in the account, A1 is already used"));

        Response stale = mapper.toResponse(new VersionMismatchException(3, 4));
        assertThat(((ErrorJson) stale.getEntity()).error().errors()).containsExactly(new FieldErrorJson("If-Match",
                "If-Match version 3 does not match the current version 4"));

        Response badClient = mapper.toResponse(new InvalidClientException());
        assertThat(badClient.getHeaderString("WWW-Authenticate")).isEqualTo("Basic realm=\"shopping-api\"");
        assertThat(((ErrorJson) badClient.getEntity()).error().code()).isEqualTo("INVALID_CLIENT");
    }

    @Test
    void the_cores_field_paths_are_answered_as_wire_paths() {
        ErrorJson version = (ErrorJson) mapper.toResponse(
                ValidationException.of("expectedVersion", "must name a version of 0 or more")).getEntity();
        assertThat(version.error().message()).isEqualTo("If-Match must name a version of 0 or more");
        assertThat(version.error().errors()).containsExactly(
                new FieldErrorJson("If-Match", "If-Match must name a version of 0 or more"));

        ErrorJson line = (ErrorJson) mapper.toResponse(
                ValidationException.of("order.items[1].grossAmount", "is required")).getEntity();
        assertThat(line.error().errors()).containsExactly(
                new FieldErrorJson("order.items[1].gross_amount", "order.items[1].gross_amount is required"));
    }

    @Test
    void anything_else_is_500_or_503_when_the_database_is_out_of_reach() {
        assertThat(mapper.toResponse(new IllegalStateException("bug")).getStatus()).isEqualTo(500);
        Response unavailable = mapper.toResponse(new RuntimeException(new SQLTransientConnectionException("gone")));
        assertThat(unavailable.getStatus()).isEqualTo(503);
        assertThat(unavailable.getHeaderString("Retry-After")).isEqualTo("1");
        assertThat(mapper.toResponse(new IOException("reset")).getStatus()).isEqualTo(500);
    }

    @Test
    void each_kind_of_the_adapters_own_refusals_has_its_status_and_code_and_only_retryable_ones_say_when() {
        record Expected(ApiException refusal, int status, String code, String retryAfter) {
        }
        List<Expected> expected = List.of(
                new Expected(ApiException.badField("limit", "must be 1..100"), 400, "VALIDATION_ERROR", null),
                new Expected(ApiException.unauthorized("no token"), 401, "UNAUTHORIZED", null),
                new Expected(ApiException.forbidden("no scope"), 403, "FORBIDDEN", null),
                new Expected(ApiException.unreadableVersionTag("If-Match x names no version"), 412, "VERSION_MISMATCH",
                        null),
                new Expected(ApiException.payloadTooLarge("too large"), 413, "PAYLOAD_TOO_LARGE", null),
                new Expected(ApiException.tooManyAttempts("wait", Duration.ofMillis(2_001)), 429, "TOO_MANY_ATTEMPTS",
                        "3"),
                new Expected(ApiException.busy("busy", Duration.ofMillis(10)), 503, "SERVICE_UNAVAILABLE", "1"));
        assertThat(expected).extracting(e -> e.refusal().kind())
                .as("every kind is covered here").containsExactlyInAnyOrder(ApiException.Kind.values());
        for (Expected e : expected) {
            Response answer = mapper.toResponse(e.refusal());
            assertThat(answer.getStatus()).as(e.code()).isEqualTo(e.status());
            assertThat(((ErrorJson) answer.getEntity()).error().code()).isEqualTo(e.code());
            assertThat(((ErrorJson) answer.getEntity()).error().message()).isEqualTo(e.refusal().getMessage());
            assertThat(answer.getHeaderString("Retry-After")).as(e.code()).isEqualTo(e.retryAfter());
        }
        ErrorJson badField = (ErrorJson) mapper.toResponse(ApiException.badField("limit", "must be 1..100")).getEntity();
        assertThat(badField.error().errors()).extracting(FieldErrorJson::field).containsExactly("limit");
    }
}
