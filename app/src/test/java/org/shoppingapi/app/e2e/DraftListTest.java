package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.DraftApi.draftBody;
import static org.shoppingapi.app.e2e.DraftApi.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /draft_orders: filters (status, created_at range), limit, newest first, opaque paging token; bad params 400. */
class DraftListTest {

    @AutoClose
    static TestService app;
    static DraftApi api;
    /** Ids of the drafts made in {@link #start()}, oldest first. */
    static final List<String> created = new ArrayList<>();
    static String completed;
    static String deleted;

    @BeforeAll
    static void start() {
        app = TestService.start(DraftListTest.class);
        api = new DraftApi(app);
        for (int i = 0; i < 12; i++) {
            created.add(api.createId(draftBody(item(1, 100 + i, "25"))));
        }
        completed = created.get(3);
        deleted = created.get(5);
        assertThat(api.complete(completed).status()).isEqualTo(200);
        assertThat(api.delete(deleted).status()).isEqualTo(200);
    }

    @Test
    void default_page_is_ten_newest_first_with_a_paging_token_that_continues_exactly() {
        JsonNode first = api.list("").json();
        List<String> page1 = ids(first);
        assertThat(page1).hasSize(10);
        assertThat(first.get("paging_token").asText()).isNotBlank();

        JsonNode second = api.list("starting_after=" + first.get("paging_token").asText()).json();
        assertThat(second.has("paging_token")).as("no more rows, no token").isFalse();

        List<String> expected = new ArrayList<>(created.reversed());
        expected.remove(deleted);
        List<String> walked = new ArrayList<>(page1);
        walked.addAll(ids(second));
        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void small_pages_walk_every_row_once() {
        List<String> walked = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = api.list("limit=3" + (token == null ? "" : "&starting_after=" + token)).json();
            assertThat(page.get("draft_orders").size()).isLessThanOrEqualTo(3);
            walked.addAll(ids(page));
            token = page.hasNonNull("paging_token") ? page.get("paging_token").asText() : null;
            pages++;
        } while (token != null);
        assertThat(walked).hasSize(11).doesNotHaveDuplicates().doesNotContain(deleted);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void filters_by_status() {
        assertThat(ids(api.list("status=completed").json())).containsExactly(completed);
        assertThat(ids(api.list("status=deleted").json())).containsExactly(deleted);
        assertThat(ids(api.list("status=open&limit=100").json())).hasSize(10).doesNotContain(completed, deleted);
        assertThat(api.list("status=completed").json().at("/draft_orders/0/status").asText()).isEqualTo("completed");
    }

    @Test
    void filters_by_created_at_range_both_ends_inclusive() {
        JsonNode d2 = api.get(created.get(2)).json();
        JsonNode d6 = api.get(created.get(6)).json();
        String from = d2.get("created_at").asText();
        String to = d6.get("created_at").asText();
        List<String> inRange = ids(api.list("limit=100&created_at.gte=" + from + "&created_at.lte=" + to).json());
        assertThat(inRange).contains(created.get(2), created.get(6), created.get(4))
                .doesNotContain(created.get(1), created.get(7), deleted);
        assertThat(ids(api.list("limit=100&created_at.gte=" + Instant.parse(to).plusMillis(1)).json()))
                .doesNotContain(created.get(6), created.get(2)).contains(created.get(11));
        assertThat(ids(api.list("created_at.lte=2000-01-01T00:00:00Z").json())).isEmpty();
        assertThat(api.list("created_at.gte=2000-01-01T00:00:00%2B02:00").status()).as("offsets allowed").isEqualTo(200);
    }

    @Test
    void bad_list_parameters_are_400_naming_the_parameter() {
        assertField(api.list("status=gone"), "status");
        assertField(api.list("limit=0"), "limit");
        assertField(api.list("limit=101"), "limit");
        assertField(api.list("limit=ten"), "limit");
        assertField(api.list("created_at.gte=yesterday"), "created_at.gte");
        assertField(api.list("created_at.lte=2023-13-01T00:00:00Z"), "created_at.lte");
        assertField(api.list("created_at.gte=2024-01-02T00:00:00Z&created_at.lte=2024-01-01T00:00:00Z"),
                "created_at.gte");
        assertField(api.list("starting_after=not-a-token"), "starting_after");
        assertField(api.list("starting_after=" + created.get(0)), "starting_after");
        assertThat(api.list("limit=100").json().get("draft_orders")).hasSize(11);
        assertThat(api.list("limit=1").json().get("draft_orders")).hasSize(1);
    }

    @Test
    void another_accounts_drafts_are_not_listed() {
        assertThat(api.forAccount("T87654321").list("").json().get("draft_orders")).isEmpty();
    }

    private static void assertField(TestService.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo(field);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("draft_orders").forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }
}
