package org.shoppingapi.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.shoppingapi.rest.json.InputRuleException;

/**
 * The one place where exceptions become SPEC error bodies; nothing escapes as an HTML page or a bare 500. The core's
 * refusals are mapped by one switch over the sealed {@link DomainException}, so a new kind of refusal does not compile
 * until it has its status here.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());
    /** Seconds a client should wait before retrying a request that met an unavailable database. */
    static final String RETRY_AFTER_SECONDS = "1";

    @Override
    public Response toResponse(Throwable e) {
        return switch (e) {
            case DomainException refusal -> toResponse(refusal);
            case ApiException refusal -> toResponse(refusal);
            case JsonProcessingException unreadable -> toResponse(unreadable);
            case WebApplicationException web -> toResponse(web);
            default -> unexpected(e);
        };
    }

    /** Each kind of the core's refusals and its status (SPEC §1); the switch has no default on purpose. */
    static Response toResponse(DomainException e) {
        return switch (e) {
            case ValidationException v -> body(400, v, fields(v));
            case InvalidClientException c -> Response.fromResponse(body(401, c, List.of()))
                    // RFC 6749 §5.2: one answer whatever was wrong, with the Basic challenge.
                    .header("WWW-Authenticate", "Basic realm=\"shopping-api\"").build();
            case NotFoundException n -> body(404, n, List.of());
            case ConflictException c -> body(409, c, fields(c));
            case DraftNotOpenException d -> body(409, d, fields(d));
            case VersionMismatchException v -> {
                // The core speaks of the expected version; on the wire it is the If-Match header.
                String message = "If-Match version " + v.expected() + " does not match the current version "
                        + v.actual();
                yield ErrorResponses.of(412, ErrorJson.of(v.code(), message,
                        List.of(new FieldErrorJson("If-Match", message))));
            }
            case IdempotencyKeyReusedException i -> body(422, i,
                    List.of(new FieldErrorJson("Idempotency-Key", i.getMessage())));
            case CheckoutUnavailableException c -> {
                // SPEC §5b: the checkout provider failed or timed out; nothing was stored, a retry may work.
                LOG.log(Level.WARNING, "checkout provider unavailable: " + c.getMessage());
                yield body(502, c, List.of());
            }
        };
    }

    /** The core names fields by its own paths; the body names them by their wire paths ({@link WirePaths}). */
    private static Response body(int status, DomainException e, List<FieldErrorJson> fields) {
        return ErrorResponses.of(status, ErrorJson.of(e.code(), WirePaths.message(e), fields));
    }

    private static List<FieldErrorJson> fields(DomainException e) {
        return e.errors().stream().map(WirePaths::of).toList();
    }

    /**
     * The REST adapter's own refusals (bad path parameter or header, token, scope, payload size, attempt limits,
     * capacity) and their statuses; the switch has no default on purpose.
     */
    public static Response toResponse(ApiException e) {
        int status = switch (e.kind()) {
            case BAD_FIELD -> 400;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case UNREADABLE_VERSION_TAG -> 412;
            case PAYLOAD_TOO_LARGE -> 413;
            case TOO_MANY_ATTEMPTS -> 429;
            case BUSY -> 503;
        };
        Response answer = ErrorResponses.of(status, e.body());
        return e.retryAfterSeconds()
                .map(seconds -> Response.fromResponse(answer).header("Retry-After", seconds).build())
                .orElse(answer);
    }

    /** Malformed JSON or a value of the wrong type: 400 naming the field path Jackson got stuck on. */
    private static Response toResponse(JsonProcessingException e) {
        // A refusal raised while the body streamed in (e.g. 413) arrives wrapped by Jackson; it wins.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return toResponse(api);
            }
        }
        InputRuleException rule = inputRule(e);
        if (rule != null) {
            List<FieldErrorJson> fields = rule.field().isEmpty() ? List.of()
                    : List.of(new FieldErrorJson(rule.field(), rule.text()));
            return ErrorResponses.of(400, ErrorJson.of("VALIDATION_ERROR", rule.text(), fields));
        }
        String field = e instanceof JsonMappingException m ? JsonPaths.of(m.getPath()) : "";
        String problem = e instanceof JsonMappingException ? "has a wrong type or format" : "is not valid JSON";
        String message = field.isEmpty() ? "request body " + problem : field + " " + problem;
        List<FieldErrorJson> fields = field.isEmpty() ? List.of() : List.of(new FieldErrorJson(field, message));
        return ErrorResponses.of(400, ErrorJson.of("VALIDATION_ERROR", message, fields));
    }

    private static InputRuleException inputRule(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputRuleException rule) {
                return rule;
            }
        }
        return null;
    }

    /** Jersey's own refusals (no route 404, 405, 415, 413 ...), in our body shape. */
    private static Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String code = known == null ? "HTTP_" + status : known.name();
        String message = e.getMessage() == null ? code : e.getMessage();
        return Response.fromResponse(e.getResponse()).entity(ErrorJson.of(code, message)).type("application/json")
                .build();
    }

    /**
     * Anything else is our fault: log it and answer 500; except when the database is out of reach, stalled or
     * overloaded (the outcome of a write may then be unknown too): 503 with Retry-After (SPEC §1), never 500.
     */
    private static Response unexpected(Throwable e) {
        if (DatabaseUnavailability.causedBy(e)) {
            LOG.log(Level.WARNING, "database unavailable", e);
            return Response.fromResponse(ErrorResponses.of(503,
                            ErrorJson.of("SERVICE_UNAVAILABLE", "the database is unavailable, try again")))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "unexpected error", e);
        return ErrorResponses.of(500, ErrorJson.of("INTERNAL_ERROR", "internal error"));
    }
}
