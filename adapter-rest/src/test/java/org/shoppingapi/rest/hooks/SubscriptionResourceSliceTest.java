package org.shoppingapi.rest.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.webhook.Delivery;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.domain.webhook.Subscription;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.webhook.CreateSubscriptionCommand;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.rest.RestSlice;
import org.shoppingapi.rest.RestSlice.Answer;
import org.shoppingapi.rest.wire.SubscriptionMapper;

/**
 * The webhook subscription resource as a slice, in memory against fake use cases (no database): a body becomes one
 * command with its event types, a subscription becomes its JSON (never its secret) with its links, a delivery log
 * page its JSON, and refused fields, unknown and malformed ids become their statuses and error bodies.
 */
class SubscriptionResourceSliceTest {

    static final String ACCOUNT = "T12345678";
    static final String BASE = "/accounts/" + ACCOUNT + "/hooks/subscriptions";
    static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");
    static final UUID ID = new UUID(0, 7);

    final List<Object> calls = new ArrayList<>();

    final RestSlice slice = new RestSlice(ACCOUNT, Set.of(Scopes.WRITE_HOOKS), new SubscriptionResource(
            new SubscriptionResource.UseCases(
                    command -> {
                        calls.add(command);
                        return new Subscription(ID, command.caller().accountId(), command.url().toString(),
                                command.contentType(), command.secret(), command.events(),
                                Audit.created(AT, command.caller().clientId()));
                    },
                    (account, id) -> {
                        calls.add(id);
                        throw new NotFoundException("subscription", id);
                    },
                    (account, limit, after) -> {
                        calls.add(List.of(account, limit, after));
                        return new Page<>(List.of(), Optional.empty());
                    },
                    (caller, id) -> {
                        calls.add(id);
                        throw new NotFoundException("subscription", id);
                    },
                    (account, id, limit, after) -> {
                        calls.add(List.of(account, id, limit, after));
                        return new Page<>(List.of(new Delivery(new UUID(0, 8), id, new UUID(0, 9),
                                EventType.SHOPPING_ORDER_UPDATE, DeliveryStatus.FAILED, 3, 410, "HTTP 410",
                                AT.plusSeconds(60), null, null, AT)), Optional.of(new PageCursor(AT, new UUID(0, 8))));
                    }), new SubscriptionMapper()));

    static String body(String url, String events) {
        return "{\"config\": {\"url\": \"" + url + "\", \"content_type\": \"application/json\", \"secret\": \"s3cret\"},"
                + " \"events\": " + events + "}";
    }

    @Test
    void a_posted_subscription_becomes_one_command_and_answers_its_json_without_the_secret() throws Exception {
        Answer answer = slice.call("POST", BASE, body("https://shop.example.com/hook",
                "[\"shopping_order_update\", \"shopping_draft_add\", \"shopping_draft_add\"]"));

        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
        assertThat(calls).singleElement().isInstanceOfSatisfying(CreateSubscriptionCommand.class, command -> {
            assertThat(command.caller().accountId()).isEqualTo(ACCOUNT);
            assertThat(command.url()).isEqualTo(URI.create("https://shop.example.com/hook"));
            assertThat(command.secret()).isEqualTo("s3cret");
            assertThat(command.events()).as("duplicates count once")
                    .containsExactlyInAnyOrder(EventType.SHOPPING_ORDER_UPDATE, EventType.SHOPPING_DRAFT_ADD);
        });
        assertThat(answer.body().get("id").asText()).isEqualTo(ID.toString());
        assertThat(answer.body().at("/config/url").asText()).isEqualTo("https://shop.example.com/hook");
        assertThat(answer.body().toString()).doesNotContain("s3cret");
        assertThat(answer.body().get("events")).hasSize(2);
        assertThat(answer.body().at("/_links/1/href").asText()).isEqualTo("/v1" + BASE + "/" + ID + "/deliveries");
    }

    @Test
    void refused_fields_are_400_naming_each_and_reach_no_use_case() throws Exception {
        assertThat(slice.call("POST", BASE, body("ftp://example.com/x", "[\"shopping_draft_add\"]")).errorFields())
                .containsExactly("config.url");
        Answer unknown = slice.call("POST", BASE, body("https://example.com",
                "[\"shopping_draft_add\", \"shopping_draft_delete\"]"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(unknown.errorFields()).containsExactly("events[1]");
        assertThat(slice.call("POST", BASE, "{\"events\": [\"shopping_draft_add\"]}").errorFields())
                .containsExactly("config");
        assertThat(slice.call("GET", BASE + "?limit=abc", null).errorFields()).containsExactly("limit");
        assertThat(slice.call("GET", BASE + "?starting_after=nope", null).errorFields())
                .containsExactly("starting_after");
        assertThat(calls).isEmpty();
    }

    @Test
    void unknown_ids_are_404_and_malformed_ones_400_before_any_use_case() throws Exception {
        Answer get = slice.call("GET", BASE + "/" + ID, null);
        Answer delete = slice.call("DELETE", BASE + "/" + ID, null);
        Answer malformed = slice.call("GET", BASE + "/not-a-uuid/deliveries", null);

        assertThat(get.status()).isEqualTo(404);
        assertThat(get.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(delete.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("id");
        assertThat(calls).containsExactly(ID, ID);
    }

    @Test
    void the_delivery_log_query_and_page_map_both_ways() throws Exception {
        Answer answer = slice.call("GET", BASE + "/" + ID + "/deliveries?limit=1", null);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(calls).containsExactly(List.of(ACCOUNT, ID, 1, Optional.empty()));
        assertThat(answer.body().get("deliveries")).singleElement().satisfies(d -> {
            assertThat(d.get("status").asText()).isEqualTo("failed");
            assertThat(d.get("event").asText()).isEqualTo("shopping_order_update");
            assertThat(d.get("attempts").asInt()).isEqualTo(3);
            assertThat(d.at("/_links/0/href").asText()).isEqualTo("/v1" + BASE + "/" + ID);
        });
        assertThat(PageCursor.parse(answer.body().get("paging_token").asText(), "starting_after"))
                .isEqualTo(new PageCursor(AT, new UUID(0, 8)));
    }
}
