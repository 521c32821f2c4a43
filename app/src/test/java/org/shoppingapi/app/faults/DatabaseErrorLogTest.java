package org.shoppingapi.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoppingapi.app.e2e.TestService;
import org.shoppingapi.app.testing.LogCapture;

/**
 * SPEC §1 / issue 12 item 8: a failing statement is logged without the values bound to it. A webhook secret (kept
 * in clear for signing) must not reach the log when its INSERT fails, neither through Jdbi's statement context nor
 * through PostgreSQL's "Failing row contains (...)" detail.
 */
class DatabaseErrorLogTest {

    private static final String SECRET = "s3cr3t-value-that-must-never-be-logged";
    private static final String ACCOUNT = "T55500001";

    @AutoClose
    static TestService app;

    private final StringBuilder captured = new StringBuilder();
    private LogCapture capture;

    private void append(LogRecord record) {
        synchronized (captured) {
            captured.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ")
                    .append(record.getMessage()).append('\n');
            if (record.getThrown() != null) {
                ByteArrayOutputStream trace = new ByteArrayOutputStream();
                record.getThrown().printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
                captured.append(trace.toString(StandardCharsets.UTF_8)).append('\n');
            }
        }
    }

    @BeforeAll
    static void start() {
        app = TestService.start(DatabaseErrorLogTest.class);
    }

    @BeforeEach
    void captureLogs() {
        capture = LogCapture.start(this::append);
    }

    @AfterEach
    void stopCapturing() {
        capture.close();
    }

    @Test
    void a_failing_insert_of_a_webhook_secret_logs_neither_the_secret_nor_the_row() throws Exception {
        // Every new subscription now fails in the database (as a disk-full or a broken constraint would).
        var db = app.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement st = c.createStatement()) {
            st.execute("ALTER TABLE webhook_subscriptions ADD CONSTRAINT refuse_all CHECK (secret = 'x') NOT VALID");
        }

        TestService.Answer answer = app.postWithInjectedFault("/v1/accounts/" + ACCOUNT + "/hooks/subscriptions",
                "{\"config\": {\"url\": \"https://93.184.215.14/hook\", \"content_type\": \"application/json\","
                        + " \"secret\": \"" + SECRET + "\"}, \"events\": [\"shopping_draft_add\"]}");

        assertThat(answer.status()).as(answer.body()).isGreaterThanOrEqualTo(500);
        String logs;
        synchronized (captured) {
            logs = captured.toString();
        }
        assertThat(logs).as("the failure is logged").contains("refuse_all");
        assertThat(logs).as("but not the values bound to the statement").doesNotContain(SECRET);
    }
}
