package org.shoppingapi.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shoppingapi.domain.error.DomainException;
import org.shoppingapi.domain.error.CheckoutUnavailableException;
import org.shoppingapi.domain.error.DuplicateOrderIdException;
import org.shoppingapi.domain.error.IdempotencyKeyReusedException;
import org.shoppingapi.domain.error.InvalidClientException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.error.VersionMismatchException;
import org.shoppingapi.rest.error.ErrorJson.FieldErrorJson;
import org.shoppingapi.rest.json.InputRuleException;

/** The one place where exceptions become SPEC error bodies; nothing escapes as an HTML page or a bare 500. */
public final class ExceptionMappers {

    private ExceptionMappers() {
    }

    /** All mappers, to register on the application. */
    public static List<Object> all() {
        return List.of(new Domain(), new Api(), new NotFound(), new Version(), new Idempotency(),
                new DuplicateOrderId(), new CheckoutUnavailable(), new Json(), new Web(), new InvalidClient(),
                new Unexpected());
    }

    static final class Domain implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            int status = switch (e.kind()) {
                case VALIDATION -> 400;
                case DRAFT_NOT_OPEN, CONFLICT -> 409;
            };
            List<FieldErrorJson> fields = e.errors().stream()
                    .map(f -> new FieldErrorJson(f.field(), f.message())).toList();
            return ErrorResponses.of(status, ErrorJson.of(e.code(), e.getMessage(), fields));
        }
    }

    static final class Api implements ExceptionMapper<ApiException> {
        @Override
        public Response toResponse(ApiException e) {
            Response answer = ErrorResponses.of(e.status(), e.body());
            return e instanceof RetryLaterException later
                    ? Response.fromResponse(answer).header("Retry-After", later.retryAfterSeconds()).build()
                    : answer;
        }
    }

    static final class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ErrorResponses.of(404, ErrorJson.of("NOT_FOUND", e.getMessage()));
        }
    }

    static final class Version implements ExceptionMapper<VersionMismatchException> {
        @Override
        public Response toResponse(VersionMismatchException e) {
            return ErrorResponses.of(412, ErrorJson.of("VERSION_MISMATCH", e.getMessage(),
                    List.of(new FieldErrorJson("If-Match", e.getMessage()))));
        }
    }

    static final class Idempotency implements ExceptionMapper<IdempotencyKeyReusedException> {
        @Override
        public Response toResponse(IdempotencyKeyReusedException e) {
            return ErrorResponses.of(422, ErrorJson.of("IDEMPOTENCY_KEY_REUSED", e.getMessage(),
                    List.of(new FieldErrorJson("Idempotency-Key", e.getMessage()))));
        }
    }

    /** Bad client credentials at the token endpoint: one answer whatever was wrong (RFC 6749 §5.2 challenge). */
    static final class InvalidClient implements ExceptionMapper<InvalidClientException> {
        @Override
        public Response toResponse(InvalidClientException e) {
            return Response.fromResponse(ErrorResponses.of(401, ErrorJson.of("INVALID_CLIENT", e.getMessage())))
                    .header("WWW-Authenticate", "Basic realm=\"shopping-api\"").build();
        }
    }

    static final class DuplicateOrderId implements ExceptionMapper<DuplicateOrderIdException> {
        @Override
        public Response toResponse(DuplicateOrderIdException e) {
            return ErrorResponses.of(409, ErrorJson.of(DuplicateOrderIdException.CODE, e.getMessage(),
                    List.of(new FieldErrorJson("order.order_id", "order.order_id must be unique in the account, "
                            + e.orderId() + " is already used"))));
        }
    }

    /** Malformed JSON or a value of the wrong type: 400 naming the field path Jackson got stuck on. */
    /** SPEC §5b: the checkout provider failed or timed out; nothing was stored, a retry may work. */
    static final class CheckoutUnavailable implements ExceptionMapper<CheckoutUnavailableException> {
        private static final Logger LOG = Logger.getLogger(CheckoutUnavailable.class.getName());

        @Override
        public Response toResponse(CheckoutUnavailableException e) {
            LOG.log(Level.WARNING, "checkout provider unavailable: " + e.getMessage());
            return ErrorResponses.of(502, ErrorJson.of(CheckoutUnavailableException.CODE, e.getMessage()));
        }
    }

    static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            // A refusal raised while the body streamed in (e.g. 413) arrives wrapped by Jackson; it wins.
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof ApiException api) {
                    return ErrorResponses.of(api.status(), api.body());
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
    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String code = known == null ? "HTTP_" + status : known.name();
            String message = e.getMessage() == null ? code : e.getMessage();
            Response.ResponseBuilder response = Response.fromResponse(e.getResponse())
                    .entity(ErrorJson.of(code, message)).type("application/json");
            return response.build();
        }
    }

    /**
     * Anything else is our fault: log it and answer 500; except when the database is out of reach, stalled or
     * overloaded (the outcome of a write may then be unknown too): 503 with Retry-After (SPEC §1), never 500.
     */
    static final class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());
        /** Seconds a client should wait before retrying a request that met an unavailable database. */
        static final String RETRY_AFTER_SECONDS = "1";

        @Override
        public Response toResponse(Throwable e) {
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
}
