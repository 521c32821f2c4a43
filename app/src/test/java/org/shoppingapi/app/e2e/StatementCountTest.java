package org.shoppingapi.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No N+1: reading or changing a draft costs the same, small number of SQL statements whether it has 1 item or 50,
 * each with tax and discount lines. Counted on the service's own Jdbi while real HTTP requests run.
 */
class StatementCountTest {

    @AutoClose
    static TestService app;
    static DraftApi api;
    static final AtomicInteger statements = new AtomicInteger();

    @BeforeAll
    static void start() {
        // The webhook dispatcher polls on this same Jdbi every second; its statements would land in a request's
        // count at random, so this instance only writes events.
        app = TestService.start(StatementCountTest.class, Map.of("webhooks.dispatch", "false"));
        api = new DraftApi(app);
        app.service().jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
    }

    private static String draftWith(int items) {
        List<String> list = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add("{\"id\": \"sku-" + i + "\", \"line_id\": " + i + ", \"gross_amount\": " + (10000 + i)
                    + ", \"tax_lines\": [{\"percentage\": 15}, {\"percentage\": 10}],"
                    + " \"discount_lines\": [{\"amount\": 100, \"discount_type\": \"customer\"},"
                    + " {\"amount\": 50, \"discount_type\": \"manual\"}]}");
        }
        return DraftApi.draftBody(list.toArray(String[]::new));
    }

    /** Statements run by one request. */
    private static int counted(Runnable request) {
        statements.set(0);
        request.run();
        return statements.get();
    }

    @Test
    void reading_a_draft_is_one_statement_for_1_and_for_50_items() {
        String small = api.createId(draftWith(1));
        String large = api.createId(draftWith(50));

        int readSmall = counted(() -> assertThat(api.get(small).status()).isEqualTo(200));
        int readLarge = counted(() -> assertThat(api.get(large).json().at("/order/items")).hasSize(50));

        assertThat(readSmall).isEqualTo(1);
        assertThat(readLarge).isEqualTo(1);
    }

    @Test
    void changing_a_draft_costs_the_same_few_statements_whatever_its_size() {
        String small = api.createId(draftWith(1));
        String large = api.createId(draftWith(50));

        int addSmall = counted(() -> assertThat(api.addItem(small, DraftApi.item(99, 1, "25")).status()).isEqualTo(200));
        int addLarge = counted(() -> assertThat(api.addItem(large, DraftApi.item(99, 1, "25")).status()).isEqualTo(200));
        int completeSmall = counted(() -> assertThat(api.complete(small).status()).isEqualTo(200));
        int completeLarge = counted(() -> assertThat(api.complete(large).status()).isEqualTo(200));

        // Lock, read (row and events, read after the lock so they are current), write (row and new event), and the
        // webhook outbox's look-up of the account's subscriptions (it has none here).
        assertThat(addSmall).as("lock, read, write, outbox look-up").isEqualTo(4).isEqualTo(addLarge);
        assertThat(completeLarge).isEqualTo(completeSmall);
    }

    @Test
    void a_page_of_orders_with_their_events_costs_the_same_few_statements_for_1_order_and_for_20() {
        OrderApi one = new OrderApi(app, "T50000001");
        OrderApi twenty = new OrderApi(app, "T50000002");
        String single = one.create("", OrderApi.item(1, 1000, "25")).get("order_id").asText();
        one.postEvent(single, "{\"service\": \"kitchen\", \"service_status\": \"ready\"}");
        for (int i = 0; i < 20; i++) {
            String orderId = twenty.create("", OrderApi.item(1, 1000 + i, "25")).get("order_id").asText();
            twenty.postEvent(orderId, "{\"service\": \"kitchen\", \"service_status\": \"ready\"}");
            twenty.pay(orderId, "captures", OrderApi.payment(1, 100));
        }

        int listOne = counted(() -> assertThat(one.list("include_events=true&limit=100").json()
                .at("/orders/0/events")).hasSize(2));
        int listTwenty = counted(() -> assertThat(twenty.list("include_events=true&limit=100").json()
                .get("orders")).hasSize(20).allSatisfy(order -> assertThat(order.get("events")).hasSize(3)));

        assertThat(listTwenty).as("no statement per order").isEqualTo(listOne).isLessThanOrEqualTo(3);
    }
}
