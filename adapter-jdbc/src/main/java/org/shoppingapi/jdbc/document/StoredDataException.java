package org.shoppingapi.jdbc.document;

/**
 * A stored row that cannot be read as it is: a required field is missing, a value is unknown, or the document has
 * a schema version this code does not know. It names the row and the field; nothing is ever read as a default.
 */
public final class StoredDataException extends IllegalStateException {

    public StoredDataException(String row, String problem) {
        super("stored " + row + " is unreadable: " + problem);
    }

    public StoredDataException(String row, String problem, Throwable cause) {
        super("stored " + row + " is unreadable: " + problem, cause);
    }
}
