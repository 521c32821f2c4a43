package org.shoppingapi.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The draft endpoints as one-line calls through {@link TestService} (which adds whatever auth the service needs). */
final class DraftApi {

    static final String ACCOUNT = TestService.ACCOUNT;

    private final TestService app;
    private final String account;

    DraftApi(TestService app) {
        this(app, ACCOUNT);
    }

    DraftApi(TestService app, String account) {
        this.app = app;
        this.account = account;
    }

    DraftApi forAccount(String otherAccount) {
        return new DraftApi(app, otherAccount);
    }

    String drafts() {
        return "/v1/accounts/" + account + "/shopping/draft_orders";
    }

    String draft(String id) {
        return drafts() + "/" + id;
    }

    String items(String id) {
        return draft(id) + "/items";
    }

    TestService.Answer create(String body, String... headers) {
        return app.post(drafts(), body, headers);
    }

    /** Creates a draft and answers its id, failing loudly if the service refused it. */
    String createId(String body) {
        TestService.Answer answer = create(body);
        if (answer.status() != 200) {
            throw new AssertionError("create answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().get("id").asText();
    }

    TestService.Answer get(String id) {
        return app.get(draft(id));
    }

    TestService.Answer list(String query) {
        return app.get(drafts() + (query.isEmpty() ? "" : "?" + query));
    }

    TestService.Answer update(String id, String body, String... headers) {
        return app.send("PUT", draft(id), body, headers);
    }

    TestService.Answer delete(String id, String... headers) {
        return app.send("DELETE", draft(id), null, headers);
    }

    TestService.Answer complete(String id, String... headers) {
        return app.send("PUT", draft(id) + "/complete", "{}", headers);
    }

    TestService.Answer addItem(String id, String item, String... headers) {
        return app.post(items(id), item, headers);
    }

    TestService.Answer replaceItem(String id, String lineId, String item, String... headers) {
        return app.send("PUT", items(id) + "/" + lineId, item, headers);
    }

    TestService.Answer removeItem(String id, String lineId, String... headers) {
        return app.send("DELETE", items(id) + "/" + lineId, null, headers);
    }

    /** Every draft of the account (any status), following the paging tokens. */
    List<JsonNode> all(String query) {
        List<JsonNode> out = new ArrayList<>();
        String token = null;
        do {
            String q = "limit=100" + (query.isEmpty() ? "" : "&" + query) + (token == null ? "" : "&starting_after=" + token);
            JsonNode page = list(q).json();
            page.get("draft_orders").forEach(out::add);
            token = page.hasNonNull("paging_token") ? page.get("paging_token").asText() : null;
        } while (token != null);
        return out;
    }

    /** One item as a request body. */
    static String item(int lineId, long gross, String taxPercentage) {
        return "{\"id\": \"sku-" + lineId + "\", \"line_id\": " + lineId + ", \"quantity\": 1, \"gross_amount\": "
                + gross + ", \"tax_lines\": [{\"percentage\": " + taxPercentage + "}]}";
    }

    /** A draft body with the given items (JSON objects). */
    static String draftBody(String... items) {
        return "{\"order\": {\"currency\": \"NOK\", \"items\": [" + String.join(",", items) + "]}}";
    }
}
