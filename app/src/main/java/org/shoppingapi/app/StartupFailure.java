package org.shoppingapi.app;

/** A start that cannot go on for a reason the operator can fix; Main prints its message alone, no stack trace. */
final class StartupFailure extends RuntimeException {

    StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
