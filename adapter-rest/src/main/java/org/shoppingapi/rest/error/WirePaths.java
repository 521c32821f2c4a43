package org.shoppingapi.rest.error;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.shoppingapi.domain.error.DomainException;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.rest.error.ErrorJson.FieldErrorJson;

/**
 * The core names a field in its own terms: a path of Java property names ({@code items[0].grossAmount},
 * {@code expectedVersion}). The API names it as the wire does: each property in snake_case, and the fields that
 * travel as headers by the header's name. A path the core already writes in wire form is left as it is.
 */
public final class WirePaths {

    /** Core fields that are not JSON properties on the wire. */
    private static final Map<String, String> HEADERS = Map.of("expectedVersion", "If-Match");

    /** A core property path: properties, dots and indexes only, starting in lower case. */
    private static final Pattern PROPERTY_PATH =
            Pattern.compile("[a-z][A-Za-z0-9_]*(\\[\\d+])*(\\.[a-z][A-Za-z0-9_]*(\\[\\d+])*)*");

    private WirePaths() {
    }

    /** The wire path of the core's {@code path}. */
    public static String of(String path) {
        String header = HEADERS.get(path);
        if (header != null) {
            return header;
        }
        if (path == null || !PROPERTY_PATH.matcher(path).matches()) {
            return path;
        }
        StringBuilder wire = new StringBuilder(path.length() + 4);
        for (char c : path.toCharArray()) {
            if (Character.isUpperCase(c)) {
                wire.append('_').append(Character.toLowerCase(c));
            } else {
                wire.append(c);
            }
        }
        return wire.toString();
    }

    /** The error as the API shows it: its field's wire path, also where its message starts with the field. */
    public static FieldErrorJson of(FieldError error) {
        return new FieldErrorJson(of(error.field()), message(error.message(), error.field()));
    }

    /** The exception's message with a leading core path (its first field's) written as the wire path. */
    public static String message(DomainException e) {
        List<FieldError> errors = e.errors();
        return errors.isEmpty() ? e.getMessage() : message(e.getMessage(), errors.get(0).field());
    }

    private static String message(String message, String field) {
        if (message == null || field == null || !message.startsWith(field + " ")) {
            return message;
        }
        return of(field) + message.substring(field.length());
    }
}
