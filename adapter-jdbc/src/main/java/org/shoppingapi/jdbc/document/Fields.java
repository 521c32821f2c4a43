package org.shoppingapi.jdbc.document;

import java.util.List;

/** Required-field checks while a document maps to the domain; a miss names the field's path in the document. */
final class Fields {

    private Fields() {
    }

    /** Thrown while mapping; the document's reader adds the row's name. */
    static final class Missing extends RuntimeException {
        Missing(String problem) {
            super(problem, null, false, false);
        }
    }

    static <T> T required(T value, String path) {
        if (value == null) {
            throw new Missing(path + " is missing");
        }
        return value;
    }

    static <T> List<T> requiredList(List<T> value, String path) {
        return required(value, path);
    }

    static Missing invalid(String path, Object value, String expected) {
        return new Missing(path + " has the unknown value " + value + " (expected " + expected + ")");
    }

    static Missing unexpected(String path, String why) {
        return new Missing(path + " must not be present " + why);
    }
}
