package org.shoppingapi.app;

import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * {@code LOG_FORMAT}: {@code plain} (default; one line of text per record, the request id in brackets) or
 * {@code json} (one JSON object per line, {@link JsonLogFormatter}), for every handler of the root logger.
 */
final class LogFormat {

    static final String VARIABLE = "LOG_FORMAT";

    private LogFormat() {
    }

    /** Applies {@code value} (the variable's value, may be null); an unknown value is refused with a reason. */
    static void apply(String value) {
        String format = value == null || value.isBlank() ? "plain" : value.strip().toLowerCase(Locale.ROOT);
        switch (format) {
            case "plain" -> {
            }
            case "json" -> {
                for (Handler handler : Logger.getLogger("").getHandlers()) {
                    handler.setFormatter(new JsonLogFormatter());
                }
            }
            default -> throw new IllegalArgumentException(VARIABLE + " must be plain or json, not " + value);
        }
    }
}
