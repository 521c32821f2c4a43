package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.testing.TestDatabases;

/**
 * SPEC §1 / issue 12 item 5: the {@code Idempotency-Key} record is written in the transaction of the change it
 * answers. The service talks to PostgreSQL through {@link CommitFaultProxy}, which drops the connection of the
 * transaction that inserts a draft exactly at its COMMIT: after the server committed it (the outcome is unknown to
 * the service, which answers 503), or before (nothing committed). Either way a retry with the same key leaves exactly
 * one draft, and after a commit the retry gets the first answer, replayed.
 */
class IdempotencyCommitFaultTest {

    private static final String DRAFT_INSERT = "insert into draft_orders";

    static CommitFaultProxy proxy;
    static TestService app;
    static DraftApi api;

    @BeforeAll
    static void start() throws Exception {
        TestDatabases.TestDatabase db = TestDatabases.create(IdempotencyCommitFaultTest.class);
        URI direct = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        proxy = new CommitFaultProxy(direct.getPort());
        // Every statement as text (prepareThreshold=0) and no TLS or GSS negotiation: the proxy reads the protocol.
        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + direct.getPath()
                + "?sslmode=disable&gssEncMode=disable&prepareThreshold=0";
        app = TestService.start(db, Map.of("db.url", proxied));
        api = new DraftApi(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void a_connection_lost_after_the_commit_answers_503_and_the_retry_replays_the_one_draft() {
        String ref = "after-commit-" + UUID.randomUUID();
        proxy.cutAfterCommit(DRAFT_INSERT);
        TestService.Answer lost = app.postWithInjectedFault(api.drafts(), body(ref), "Idempotency-Key", ref);
        assertThat(proxy.cutDone()).as("the fault hit the draft's commit").isTrue();
        assertThat(lost.status()).as(lost.body()).isEqualTo(503);
        assertThat(draftsWith(ref)).as("the server committed the draft").hasSize(1);

        TestService.Answer retry = api.create(body(ref), "Idempotency-Key", ref);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).as("the committed answer, replayed").isEqualTo("true");
        List<JsonNode> drafts = draftsWith(ref);
        assertThat(drafts).as("no second draft").hasSize(1);
        assertThat(retry.json().get("id").asText()).isEqualTo(drafts.getFirst().get("id").asText());
    }

    @Test
    void a_connection_lost_before_the_commit_answers_503_and_the_retry_creates_the_one_draft() {
        String ref = "before-commit-" + UUID.randomUUID();
        proxy.cutBeforeCommit(DRAFT_INSERT);
        TestService.Answer lost = app.postWithInjectedFault(api.drafts(), body(ref), "Idempotency-Key", ref);
        assertThat(proxy.cutDone()).as("the fault hit the draft's commit").isTrue();
        assertThat(lost.status()).as(lost.body()).isEqualTo(503);
        assertThat(draftsWith(ref)).as("nothing committed").isEmpty();

        TestService.Answer retry = api.create(body(ref), "Idempotency-Key", ref);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).as("the request ran, once").isNull();
        assertThat(draftsWith(ref)).hasSize(1);
        TestService.Answer again = api.create(body(ref), "Idempotency-Key", ref);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(retry.body());
        assertThat(draftsWith(ref)).hasSize(1);
    }

    private static List<JsonNode> draftsWith(String merchantReference) {
        return api.all("").stream()
                .filter(d -> merchantReference.equals(d.at("/order/merchant_reference").asText()))
                .toList();
    }

    private static String body(String merchantReference) {
        return "{\"order\": {\"currency\": \"NOK\", \"merchant_reference\": \"" + merchantReference
                + "\", \"items\": []}}";
    }
}
