package org.shoppingapi.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The order endpoints as one-line calls through {@link TestService}, for one account. */
final class OrderApi {

    private final TestService app;
    private final String account;
    private final DraftApi drafts;

    OrderApi(TestService app, String account) {
        this.app = app;
        this.account = account;
        this.drafts = new DraftApi(app, account);
    }

    DraftApi drafts() {
        return drafts;
    }

    String base() {
        return "/v1/accounts/" + account + "/shopping";
    }

    String orders() {
        return base() + "/orders";
    }

    String order(String orderId) {
        return orders() + "/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Completes a draft made of {@code draftBody} and answers the one order it produced (or updated). */
    JsonNode complete(String draftBody) {
        String draftId = drafts.createId(draftBody);
        TestService.Answer completed = drafts.complete(draftId);
        if (completed.status() != 200) {
            throw new AssertionError("complete answered " + completed.status() + ": " + completed.body());
        }
        return completed.json().at("/orders/0");
    }

    /** A one-store order ({@code split_draft=false}) with the given items and extra order fields (JSON members). */
    JsonNode create(String extraFields, String... items) {
        String extra = extraFields.isEmpty() ? "" : extraFields + ", ";
        return complete("{\"order\": {" + extra + "\"currency\": \"NOK\", \"items\": [" + String.join(",", items)
                + "]}, \"options\": {\"split_draft\": false}}");
    }

    TestService.Answer get(String orderId) {
        return app.get(order(orderId));
    }

    TestService.Answer getWithEvents(String orderId) {
        return app.get(order(orderId) + "?include_events=true");
    }

    TestService.Answer list(String query) {
        return app.get(orders() + (query.isEmpty() ? "" : "?" + query));
    }

    TestService.Answer update(String orderId, String body) {
        return app.send("PUT", order(orderId), body);
    }

    TestService.Answer action(String orderId, String action, String body) {
        return app.post(order(orderId) + "/" + action, body);
    }

    TestService.Answer postEvent(String orderId, String body) {
        return app.post(order(orderId) + "/events", body);
    }

    TestService.Answer events(String orderId) {
        return app.get(order(orderId) + "/events");
    }

    TestService.Answer pay(String orderId, String collection, String body, String... headers) {
        return app.post(order(orderId) + "/" + collection, body, headers);
    }

    TestService.Answer operations(String orderId, String collection) {
        return app.get(order(orderId) + "/" + collection);
    }

    /** Every order a list path answers, following the paging tokens. */
    List<JsonNode> all(String listPath, String query) {
        List<JsonNode> out = new ArrayList<>();
        String token = null;
        do {
            String q = "limit=100" + (query.isEmpty() ? "" : "&" + query) + (token == null ? "" : "&starting_after=" + token);
            TestService.Answer answer = app.get(listPath + "?" + q);
            if (answer.status() != 200) {
                throw new AssertionError(listPath + " answered " + answer.status() + ": " + answer.body());
            }
            answer.json().get("orders").forEach(out::add);
            token = answer.json().hasNonNull("paging_token") ? answer.json().get("paging_token").asText() : null;
        } while (token != null);
        return out;
    }

    /** One item as JSON. */
    static String item(int lineId, long gross, String taxPercentage) {
        return DraftApi.item(lineId, gross, taxPercentage);
    }

    /** {@code {"items": [{"line_id", "amount"}, ...]}} from pairs of line id and amount. */
    static String payment(long... lineAndAmount) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i + 1 < lineAndAmount.length; i += 2) {
            items.add("{\"line_id\": " + lineAndAmount[i] + ", \"amount\": " + lineAndAmount[i + 1] + "}");
        }
        return "{\"items\": [" + String.join(", ", items) + "]}";
    }
}
