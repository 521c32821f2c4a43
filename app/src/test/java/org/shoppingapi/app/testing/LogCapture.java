package org.shoppingapi.app.testing;

import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Hands every record logged anywhere in the JVM to a consumer until closed. Start it after the service: Helidon's
 * logging set-up re-reads the logging configuration at start, which drops root handlers added before.
 */
public final class LogCapture implements AutoCloseable {

    private final Handler handler;

    private LogCapture(Consumer<LogRecord> sink) {
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                sink.accept(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(handler);
    }

    public static LogCapture start(Consumer<LogRecord> sink) {
        return new LogCapture(sink);
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
