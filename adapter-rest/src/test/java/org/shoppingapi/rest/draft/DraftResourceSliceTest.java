package org.shoppingapi.rest.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.DraftNotOpenException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.error.VersionMismatchException;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.auth.InvalidTokenException;
import org.shoppingapi.rest.auth.VerifiedToken;
import org.shoppingapi.rest.json.JsonMapping;
import org.shoppingapi.rest.wire.ContentMapper;
import org.shoppingapi.rest.wire.DraftMapper;
import org.shoppingapi.rest.wire.OrderMapper;

/**
 * The draft resource as a slice: the JAX-RS application built exactly as the service builds it
 * ({@link RestApi#resourceConfig}), run in memory against fake use cases, no database. It shows what only the REST
 * side decides: how a body becomes a command, how a draft becomes JSON (SPEC §4's worked amounts), and how each
 * refusal of the core becomes a status and a SPEC error body.
 */
class DraftResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String BASE = "/accounts/" + ACCOUNT + "/shopping/draft_orders";
    static final String TOKEN = "writer";
    static final ObjectMapper JSON = new ObjectMapper();

    /** SPEC §4's worked example as a request body: a discounted 25 % item and a 15 % item. */
    static final String SPEC_BODY = """
            {"order": {"currency": "NOK", "items": [
              {"id": "jacket", "line_id": 1, "description": "Jacket", "quantity": 1, "gross_amount": 39800,
               "tax_lines": [{"percentage": 25}],
               "discount_lines": [{"amount": 11960, "discount_type": "customer"}]},
              {"id": "book", "line_id": 2, "description": "Book", "quantity": 1, "gross_amount": 20000,
               "tax_lines": [{"percentage": 15}]}]}}
            """;

    /** What the fake use cases saw, and how they answer. */
    final List<Object> commands = new ArrayList<>();
    Function<UUID, Draft> stored = id -> {
        throw new NotFoundException("draft", id);
    };

    final ApplicationHandler app = new ApplicationHandler(RestApi.resourceConfig(JsonMapping.create(),
            token -> {
                if (!token.equals(TOKEN)) {
                    throw new InvalidTokenException("unknown");
                }
                return new VerifiedToken("pos-1", ACCOUNT, Set.of(Scopes.WRITE_SHOPPING));
            }, List.of(new DraftResource(fakeUseCases(), answers()))));

    static DraftAnswers answers() {
        ObjectMapper json = JsonMapping.create();
        ContentMapper content = new ContentMapper(json);
        return new DraftAnswers(content, new DraftMapper(content, new OrderMapper(content)));
    }

    /** Only create and get answer; every other use case fails the test if the resource calls it. */
    DraftUseCases fakeUseCases() {
        return new DraftUseCases(
                command -> {
                    commands.add(command);
                    return Draft.create(UUID.randomUUID(), command.caller().accountId(), command.order(),
                            command.options() == null ? DraftOptions.DEFAULT : command.options(),
                            new ChangeContext(Instant.parse("2026-11-30T12:00:00Z"), command.caller().clientId(),
                                    command.caller().source(), UUID.randomUUID()));
                },
                (account, id) -> {
                    commands.add(account);
                    return stored.apply(id);
                },
                query -> unexpected(), command -> unexpected(), command -> unexpected(), command -> unexpected(),
                command -> unexpected(), command -> unexpected(), command -> unexpected());
    }

    static <T> T unexpected() {
        throw new AssertionError("the resource called a use case this request does not need");
    }

    record Answer(int status, JsonNode body, ContainerResponse response) {
    }

    Answer call(String method, String path, String token, String body) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://localhost/v1/"),
                URI.create("http://localhost/v1" + path), method, null, new MapPropertiesDelegate(), null);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContainerResponse response = app.apply(request, out).get();
        String text = out.toString(StandardCharsets.UTF_8);
        return new Answer(response.getStatus(), text.isEmpty() ? null : JSON.readTree(text), response);
    }

    @Test
    void a_posted_draft_becomes_one_create_command_and_answers_the_specs_amounts_as_snake_case_json()
            throws Exception {
        Answer answer = call("POST", BASE, TOKEN, SPEC_BODY);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(commands).singleElement().isInstanceOfSatisfying(CreateDraftCommand.class, command -> {
            assertThat(command.caller().accountId()).isEqualTo(ACCOUNT);
            assertThat(command.caller().clientId()).isEqualTo("pos-1");
            assertThat(command.order().items()).extracting(i -> i.grossAmount()).containsExactly(39800L, 20000L);
            assertThat(command.order().items().get(0).discountLines()).singleElement()
                    .satisfies(d -> assertThat(d.amount()).isEqualTo(11960));
            assertThat(command.applyDiscounts()).isFalse();
        });
        JsonNode order = answer.body().get("order");
        JsonNode jacket = order.get("items").get(0);
        JsonNode book = order.get("items").get(1);
        assertThat(jacket.get("net_amount").asLong()).isEqualTo(27840);
        assertThat(jacket.get("tax_lines").get(0).get("amount").asLong()).isEqualTo(5568);
        assertThat(book.get("net_amount").asLong()).isEqualTo(20000);
        assertThat(book.get("tax_lines").get(0).get("amount").asLong()).isEqualTo(2609);
        assertThat(order.get("gross_amount").asLong()).isEqualTo(59800);
        assertThat(order.get("net_amount").asLong()).isEqualTo(47840);
        assertThat(order.get("total_discount").asLong()).isEqualTo(11960);
        assertThat(answer.body().get("status").asText()).isEqualTo("open");
        assertThat(answer.response().getHeaderString("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void a_body_of_the_wrong_type_is_400_naming_the_field_and_reaches_no_use_case() throws Exception {
        Answer answer = call("POST", BASE, TOKEN, SPEC_BODY.replace("\"gross_amount\": 20000",
                "\"gross_amount\": \"lots\""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/error/code").asText()).isEqualTo("VALIDATION_ERROR");
        assertThat(answer.body().at("/error/errors/0/field").asText()).isEqualTo("order.items[1].gross_amount");
        assertThat(commands).isEmpty();
    }

    @Test
    void a_malformed_draft_id_is_400_before_any_use_case() throws Exception {
        Answer answer = call("GET", BASE + "/not-a-uuid", TOKEN, null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().at("/error/errors/0/field").asText()).isEqualTo("id");
        assertThat(commands).isEmpty();
    }

    @Test
    void each_refusal_of_the_core_becomes_its_status_and_spec_error_body() throws Exception {
        UUID id = UUID.randomUUID();
        Map<RuntimeException, List<Object>> refusals = Map.of(
                new NotFoundException("draft", id), List.of(404, "NOT_FOUND"),
                new DraftNotOpenException(id, "completed"), List.of(409, DraftNotOpenException.CODE),
                new VersionMismatchException(3, 4), List.of(412, "VERSION_MISMATCH"),
                ValidationException.of("order.currency", "must be a currency code"), List.of(400, "VALIDATION_ERROR"),
                new IllegalStateException("a bug"), List.of(500, "INTERNAL_ERROR"));
        for (Map.Entry<RuntimeException, List<Object>> refusal : refusals.entrySet()) {
            stored = any -> {
                throw refusal.getKey();
            };

            Answer answer = call("GET", BASE + "/" + id, TOKEN, null);

            assertThat(answer.status()).as(refusal.getKey().toString()).isEqualTo(refusal.getValue().get(0));
            assertThat(answer.body().at("/error/code").asText()).as(refusal.getKey().toString())
                    .isEqualTo(refusal.getValue().get(1));
            assertThat(answer.body().at("/error/message").asText()).isNotBlank();
        }
    }

    @Test
    void without_a_token_nothing_reaches_a_use_case() throws Exception {
        Answer answer = call("POST", BASE, null, SPEC_BODY);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().at("/error/code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(commands).isEmpty();
    }
}
