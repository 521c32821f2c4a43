package org.shoppingapi.ports.out.webhook;

/**
 * What one delivery attempt got: the receiver's HTTP status, or none ({@code statusCode} null) with {@code error}
 * saying why (timeout, connection refused, …).
 */
public record AttemptResult(Integer statusCode, String error) {

    public static AttemptResult answered(int statusCode) {
        return new AttemptResult(statusCode, statusCode / 100 == 2 ? null : "HTTP " + statusCode);
    }

    public static AttemptResult noAnswer(String error) {
        return new AttemptResult(null, error);
    }

    public boolean succeeded() {
        return statusCode != null && statusCode / 100 == 2;
    }
}
