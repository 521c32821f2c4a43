package org.shoppingapi.rest.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.shoppingapi.rest.error.ErrorJson.FieldErrorJson;

/**
 * A refusal the REST adapter makes itself, before or around the core: a bad path parameter, query parameter or header,
 * a missing token or scope, a body over the limit, too many attempts, no capacity. Its {@link Kind} is one of a closed
 * set with a stable code; {@link ErrorMapper} gives each kind its status, as it does for the core's sealed
 * {@code DomainException}, so a new kind does not compile until it is mapped.
 */
public final class ApiException extends RuntimeException {

    /** The kinds of the adapter's own refusals, each with the code clients see. */
    public enum Kind {
        /** A path parameter, query parameter or body field the adapter reads itself breaks its rule. */
        BAD_FIELD("VALIDATION_ERROR"),
        /** No bearer token, or one that is invalid or expired. */
        UNAUTHORIZED("UNAUTHORIZED"),
        /** The token is not for this account, or lacks every scope the route accepts. */
        FORBIDDEN("FORBIDDEN"),
        /** An {@code If-Match} header that names no version can never match. */
        UNREADABLE_VERSION_TAG("VERSION_MISMATCH"),
        /** The request body is larger than the service reads. */
        PAYLOAD_TOO_LARGE("PAYLOAD_TOO_LARGE"),
        /** Too many failed token requests for a client or from an address; retry after a wait. */
        TOO_MANY_ATTEMPTS("TOO_MANY_ATTEMPTS"),
        /** No capacity for this request now; retry after a wait. */
        BUSY("SERVICE_UNAVAILABLE");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Kind kind;
    private final List<FieldErrorJson> errors;
    private final Duration retryAfter;

    private ApiException(Kind kind, String message, List<FieldErrorJson> errors, Duration retryAfter) {
        super(message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** A 400 naming one field, already in its wire spelling. */
    public static ApiException badField(String field, String problem) {
        String message = field + " " + problem;
        return new ApiException(Kind.BAD_FIELD, message, List.of(new FieldErrorJson(field, message)), null);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(Kind.UNAUTHORIZED, message, List.of(), null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Kind.FORBIDDEN, message, List.of(), null);
    }

    /** An {@code If-Match} header that is no version tag; the body names the header as the field. */
    public static ApiException unreadableVersionTag(String message) {
        return new ApiException(Kind.UNREADABLE_VERSION_TAG, message,
                List.of(new FieldErrorJson("If-Match", message)), null);
    }

    public static ApiException payloadTooLarge(String message) {
        return new ApiException(Kind.PAYLOAD_TOO_LARGE, message, List.of(), null);
    }

    public static ApiException tooManyAttempts(String message, Duration retryAfter) {
        return new ApiException(Kind.TOO_MANY_ATTEMPTS, message, List.of(), retryAfter);
    }

    public static ApiException busy(String message, Duration retryAfter) {
        return new ApiException(Kind.BUSY, message, List.of(), retryAfter);
    }

    public Kind kind() {
        return kind;
    }

    /** How long a client should wait before retrying, in whole seconds (at least 1); empty where a retry won't help. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfter).map(wait -> Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    public ErrorJson body() {
        return ErrorJson.of(kind.code(), getMessage(), errors);
    }
}
