package org.shoppingapi.rest.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** HTTP Basic {@code client_id:client_secret} from an Authorization header (RFC 7617). */
public record BasicCredentials(String clientId, String clientSecret) {

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "BasicCredentials[clientId=" + clientId + "]";
    }

    /** The credentials, or empty when the header is absent, not Basic, not Base64, has no ':' or holds U+0000. */
    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Basic")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(value.substring(space + 1).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        // The id cannot hold ':' (registration refuses it); the secret may. U+0000 is in no id or secret (and
        // PostgreSQL could not even look it up).
        int colon = decoded.indexOf(':');
        if (colon <= 0 || decoded.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
