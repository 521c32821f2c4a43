package org.shoppingapi.ports.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import org.shoppingapi.domain.error.ValidationException;

/**
 * Where a newest-first list stopped: the last row's {@code (created_at, id)}. On the wire it is an opaque token
 * ({@code paging_token} in an answer, {@code starting_after} in the next request).
 */
public record PageCursor(Instant createdAt, UUID id) {

    private static final String VERSION = "1";

    public PageCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    /** The opaque token: base64url of a versioned {@code created_at|id}, so its shape can change later. */
    public String token() {
        String plain = VERSION + "|" + createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()}; anything else is a 400 naming {@code field}. */
    public static PageCursor parse(String token, String field) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (parts.length == 3 && VERSION.equals(parts[0])) {
                return new PageCursor(Instant.parse(parts[1]), UUID.fromString(parts[2]));
            }
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            // falls through to the one error below
        }
        throw ValidationException.of(field, "is not a paging token of this list");
    }
}
