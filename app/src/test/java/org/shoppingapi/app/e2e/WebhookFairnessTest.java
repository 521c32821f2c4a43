package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.app.e2e.WebhookTesting.DRAFT;
import static org.shoppingapi.app.e2e.WebhookTesting.subscription;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §6 fairness: an account whose receivers all hang (here 16, as many as the instance's attempts in flight) holds
 * at most its share of attempts, so another account's delivery goes out at once instead of after the hanging
 * attempts' timeout. Before, the hanging account took every slot and the other waited the whole timeout.
 */
class WebhookFairnessTest {

    /** Far longer than the other account's delivery may take, so waiting it out would fail the test. */
    private static final Duration HANGING_TIMEOUT = Duration.ofSeconds(60);

    @AutoClose
    static TestService app;
    @AutoClose
    static TestReceiver receiver;

    @BeforeAll
    static void start() {
        receiver = new TestReceiver();
        Map<String, String> config = new HashMap<>(WebhookTesting.FAST);
        config.put("webhooks.timeout", HANGING_TIMEOUT.toString());
        config.put("webhooks.lease", HANGING_TIMEOUT.plusSeconds(10).toString());
        config.put("webhooks.concurrency", "16");
        config.put("webhooks.account.concurrency", "4");
        app = TestService.start(WebhookFairnessTest.class, config);
    }

    @Test
    void one_account_with_hanging_receivers_does_not_hold_up_another_accounts_delivery() {
        String hanging = "T40000001";
        String other = "T40000002";
        receiver.hold("/hang");
        for (int i = 0; i < 16; i++) {
            subscribe(hanging, "/hang");
        }
        subscribe(other, "/fast");
        assertThat(app.post("/v1/accounts/" + hanging + "/shopping/draft_orders", DRAFT).status()).isEqualTo(200);
        TestReceiver.await("the hanging account's attempts are in flight", Duration.ofSeconds(20),
                () -> receiver.requests("/hang").size() >= 4);

        assertThat(app.post("/v1/accounts/" + other + "/shopping/draft_orders", DRAFT).status()).isEqualTo(200);
        // Generous for a loaded machine, yet far below the hanging attempts' 60 s timeout.
        TestReceiver.await("the other account's delivery", Duration.ofSeconds(20),
                () -> receiver.requests("/fast").size() == 1);
        assertThat(receiver.requests("/hang")).as("the hanging account holds only its share").hasSize(4);
        receiver.release("/hang");
    }

    private static void subscribe(String account, String path) {
        TestService.Answer created = app.post("/v1/accounts/" + account + "/hooks/subscriptions",
                subscription(receiver.url(path), "s3cret", "shopping_draft_add"));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
    }
}
