package org.shoppingapi.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.ports.paging.PageLimit;
import org.shoppingapi.rest.error.ApiException;
import org.shoppingapi.rest.json.Rfc3339;

/**
 * Path, query and header values read as text and parsed here, so a malformed one is a 400 naming it (JAX-RS would
 * answer 404 for a query parameter it cannot convert, and a 500 is never right for bad input).
 */
public final class RequestParams {

    /** {@code "7"}, {@code W/"7"} or {@code 7}. */
    private static final Pattern VERSION_TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private RequestParams() {
    }

    public static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ApiException.badField(field, "must be a UUID");
        }
    }

    public static int lineId(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badField("line_id", "must be an integer");
        }
    }

    /** An optional boolean flag: absent is false; {@code true}/{@code false} in any case. */
    public static boolean flag(String field, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badField(field, "must be true or false");
        };
    }

    public static Optional<Integer> integer(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw ApiException.badField(field, "must be an integer");
        }
    }

    /** An RFC 3339 timestamp, e.g. {@code 2023-11-07T05:31:56Z} or with an offset. */
    public static Optional<Instant> timestamp(String field, String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            if (Rfc3339.inRange(instant)) {
                return Optional.of(instant);
            }
        } catch (DateTimeParseException e) {
            // falls through to the one error below
        }
        throw ApiException.badField(field, "must be an RFC 3339 timestamp such as 2023-11-07T05:31:56Z");
    }

    /** The {@code limit} of a newest-first list: 1..100, the default when absent (SPEC §1); else a 400 naming it. */
    public static int pageLimit(String value) {
        return PageLimit.of(integer("limit", value).orElse(null));
    }

    /** The {@code starting_after} paging token of a newest-first list, if one was sent. */
    public static Optional<PageCursor> startingAfter(String value) {
        Optional<PageCursor> cursor = text(value).map(token -> PageCursor.parse(token, "starting_after"));
        // Our tokens name a row's created_at; a forged one far outside would reach the database and fail there.
        if (cursor.isPresent() && !Rfc3339.inRange(cursor.get().createdAt())) {
            throw ApiException.badField("starting_after", "is not a paging token of this list");
        }
        return cursor;
    }

    public static Optional<String> text(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * The version an {@code If-Match} header names: empty without the header or for {@code *} (any version). A tag
     * that cannot be a draft's version can never match, which is a 412 like any other mismatch.
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher m = VERSION_TAG.matcher(header.trim());
        if (!m.matches()) {
            String message = "If-Match " + header
                    + " names no version of this resource; send the ETag of the last answer, e.g. \"3\"";
            throw ApiException.unreadableVersionTag(message);
        }
        return Long.parseLong(m.group(1));
    }
}
