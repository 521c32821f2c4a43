package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.DraftApi.draftBody;
import static org.shoppingapi.app.e2e.DraftApi.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.in.auth.RegisteredClient;

/**
 * {@code Idempotency-Key} on POST (SPEC §1): a repeat gets the first answer (status, body, ETag) and creates nothing,
 * also when the repeats arrive at the same time; the key with another body is 422; keys are per account.
 */
class IdempotencyKeyTest {

    @AutoClose
    static TestService app;
    static DraftApi api;

    @BeforeAll
    static void start() {
        app = TestService.start(IdempotencyKeyTest.class);
        api = new DraftApi(app);
    }

    @Test
    void the_same_key_and_body_replays_the_first_answer_and_creates_nothing() {
        String ref = "replay-" + UUID.randomUUID();
        String body = body(ref);
        TestService.Answer first = api.create(body, "Idempotency-Key", "key-1");
        TestService.Answer again = api.create(body, "Idempotency-Key", "key-1");

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(again.header("Content-Type")).startsWith("application/json");
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(draftsWith(ref)).hasSize(1);

        // The same JSON with other whitespace and key order is the same request.
        String reordered = "{ \"order\" : {\"items\": [], \"merchant_reference\": \"" + ref + "\",\"currency\":\"NOK\"} }";
        assertThat(api.create(reordered, "Idempotency-Key", "key-1").body()).isEqualTo(first.body());
        assertThat(draftsWith(ref)).hasSize(1);
    }

    @Test
    void the_same_key_with_another_body_or_target_is_422_and_creates_nothing() {
        String ref = "reuse-" + UUID.randomUUID();
        assertThat(api.create(body(ref), "Idempotency-Key", "key-2").status()).isEqualTo(200);

        TestService.Answer other = api.create(body(ref + "-other"), "Idempotency-Key", "key-2");
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.json().at("/error/code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(other.json().at("/error/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        TestService.Answer otherQuery = app.post(api.drafts() + "?apply_discounts=true", body(ref),
                "Idempotency-Key", "key-2");
        assertThat(otherQuery.status()).isEqualTo(422);
        assertThat(draftsWith(ref + "-other")).isEmpty();
        assertThat(draftsWith(ref)).hasSize(1);
    }

    @Test
    void simultaneous_requests_with_one_key_create_one_draft_and_all_get_its_answer() throws Exception {
        String ref = "race-" + UUID.randomUUID();
        List<TestService.Answer> answers = concurrently(6,
                () -> api.create(body(ref), "Idempotency-Key", "race-key"));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        assertThat(answers.stream().map(TestService.Answer::body).distinct()).hasSize(1);
        assertThat(answers.stream().filter(a -> a.header("Idempotent-Replayed") == null)).hasSize(1);
        assertThat(draftsWith(ref)).hasSize(1);
    }

    @Test
    void keys_are_scoped_per_account() {
        String ref = "scoped-" + UUID.randomUUID();
        DraftApi other = api.forAccount("T87654321");
        TestService.Answer mine = api.create(body(ref), "Idempotency-Key", "shared-key");
        TestService.Answer theirs = other.create(body(ref), "Idempotency-Key", "shared-key");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().get("id").asText()).isNotEqualTo(mine.json().get("id").asText());
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void an_item_add_is_idempotent_too_and_an_error_answer_is_replayed_as_it_was() {
        String id = api.createId(draftBody());
        TestService.Answer first = api.addItem(id, item(1, 100, "25"), "Idempotency-Key", "add-1");
        TestService.Answer again = api.addItem(id, item(1, 100, "25"), "Idempotency-Key", "add-1");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(api.get(id).json().get("version").asLong()).isEqualTo(1);

        TestService.Answer refused = api.create("{\"order\": {\"currency\": \"nok\"}}", "Idempotency-Key", "bad-1");
        TestService.Answer refusedAgain = api.create("{\"order\": {\"currency\": \"nok\"}}", "Idempotency-Key", "bad-1");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refusedAgain.status()).isEqualTo(400);
        assertThat(refusedAgain.body()).isEqualTo(refused.body());
    }

    @Test
    void an_unauthenticated_request_never_claims_a_key() {
        String ref = "anon-" + UUID.randomUUID();
        TestService.Answer anonymous = app.anonymous().post(api.drafts(), body(ref), "Idempotency-Key", "anon-key");
        assertThat(anonymous.status()).isEqualTo(401);
        TestService.Answer real = api.create(body(ref), "Idempotency-Key", "anon-key");
        assertThat(real.status()).as(real.body()).isEqualTo(200);
        assertThat(real.header("Idempotent-Replayed")).isNull();
        assertThat(draftsWith(ref)).hasSize(1);
    }

    @Test
    void a_token_request_is_never_recorded_or_replayed_so_a_key_cannot_hand_out_another_clients_token() {
        RegisteredClient client = app.registerClient(TestService.ACCOUNT, "read:shopping");
        String path = TestService.tokenPath(TestService.ACCOUNT);
        String body = TestService.tokenRequestBody(TestService.ACCOUNT);
        TestService.Answer issued = app.sendRaw("POST", path, body, "Authorization",
                TestService.basic(client.clientId(), client.clientSecret()), "Idempotency-Key", "token-key");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);

        // The same key and body without the credentials: a replay would hand this caller the client's token.
        TestService.Answer stranger = app.sendRaw("POST", path, body, "Idempotency-Key", "token-key");
        assertThat(stranger.status()).as(stranger.body()).isEqualTo(401);
        assertThat(stranger.body()).doesNotContain(issued.json().get("access_token").asText());
        assertThat(stranger.header("Idempotent-Replayed")).isNull();

        // Nor is the issued token kept: the key is still free for a POST of the account.
        String ref = "after-token-" + UUID.randomUUID();
        TestService.Answer draft = api.create(body(ref), "Idempotency-Key", "token-key");
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        assertThat(draft.header("Idempotent-Replayed")).isNull();
        assertThat(draftsWith(ref)).hasSize(1);
    }

    @Test
    void without_a_key_every_post_creates_and_an_oversized_key_is_400() {
        String ref = "nokey-" + UUID.randomUUID();
        api.create(body(ref));
        api.create(body(ref));
        assertThat(draftsWith(ref)).hasSize(2);

        TestService.Answer tooLong = api.create(body(ref), "Idempotency-Key", "k".repeat(256));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/error/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    }

    private static String body(String merchantReference) {
        return "{\"order\": {\"currency\": \"NOK\", \"merchant_reference\": \"" + merchantReference
                + "\", \"items\": []}}";
    }

    private static List<JsonNode> draftsWith(String merchantReference) {
        return api.all("").stream()
                .filter(d -> merchantReference.equals(d.at("/order/merchant_reference").asText()))
                .toList();
    }

    private static List<TestService.Answer> concurrently(int n, Callable<TestService.Answer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<TestService.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<TestService.Answer> answers = new ArrayList<>();
            for (Future<TestService.Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
