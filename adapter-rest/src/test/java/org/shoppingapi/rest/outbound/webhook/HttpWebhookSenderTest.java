package org.shoppingapi.rest.outbound.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.webhook.EventType;
import org.shoppingapi.ports.out.webhook.AttemptResult;
import org.shoppingapi.ports.out.webhook.ClaimedDelivery;
import org.shoppingapi.rest.json.JsonMapping;

/**
 * The sender against a receiver on loopback: an endless answer is read only up to the bound (the attempt counts as
 * answered, it does not run into the timeout), and with the target rules in force nothing is sent to loopback at all.
 */
class HttpWebhookSenderTest {

    /** Far beyond how long reading 8 KiB takes: reaching it would mean the answer was drained. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(threads);
        receiver.createContext("/endless", exchange -> {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1_000_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientWentAway) {
                // the sender stopped reading and dropped the connection: what this test wants
            }
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        threads.shutdownNow();
    }

    private ClaimedDelivery delivery(String path) {
        return new ClaimedDelivery(UUID.randomUUID(), UUID.randomUUID(), "T12345678", EventType.SHOPPING_DRAFT_ADD,
                "{\"draft\":{\"id\":\"d1\"}}", "http://127.0.0.1:" + receiver.getAddress().getPort() + path, "s3cret", 1);
    }

    @Test
    void an_endless_answer_is_read_only_up_to_the_bound_and_counts_as_answered() {
        try (HttpWebhookSender sender = new HttpWebhookSender(JsonMapping.create(), TIMEOUT,
                new TargetAddressRules(true), 4)) {
            AttemptResult result = sender.send(delivery("/endless"));
            assertThat(result).isEqualTo(AttemptResult.answered(200));
        }
        assertThat(requests).hasValue(1);
    }

    @Test
    void with_the_target_rules_in_force_loopback_is_never_contacted() {
        try (HttpWebhookSender sender = new HttpWebhookSender(JsonMapping.create(), TIMEOUT,
                new TargetAddressRules(false), 4)) {
            AttemptResult result = sender.send(delivery("/endless"));
            assertThat(result.statusCode()).isNull();
            assertThat(result.error()).isEqualTo(HttpWebhookSender.COULD_NOT_CONNECT);
        }
        assertThat(requests).hasValue(0);
    }
}
