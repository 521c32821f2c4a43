package org.shoppingapi.ports.in.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.AccountId;

/**
 * Registers (or replaces) an API client of one account. An absent client id or secret is generated;
 * scopes must come from {@link Scopes#ALL}.
 */
public record RegisterClientCommand(String accountId, Optional<String> clientId, Optional<String> clientSecret,
                                    List<String> scopes) {

    /** No ':' (it separates id and secret in HTTP Basic) and nothing that needs escaping in a URL or a log. */
    private static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9._~-]{1,100}$");
    /** bcrypt reads at most 72 bytes; longer secrets are pre-hashed, but a sane bound keeps requests small. */
    private static final int MAX_SECRET_LENGTH = 512;

    public RegisterClientCommand {
        AccountId.require(accountId);
        clientId = clientId == null ? Optional.empty() : clientId;
        clientSecret = clientSecret == null ? Optional.empty() : clientSecret;
        List<FieldError> errors = new ArrayList<>();
        clientId.filter(id -> !CLIENT_ID.matcher(id).matches())
                .ifPresent(id -> errors.add(FieldError.of("client_id", "must be 1-100 of A-Z a-z 0-9 . _ ~ -")));
        clientSecret.filter(s -> s.isBlank() || s.length() > MAX_SECRET_LENGTH)
                .ifPresent(s -> errors.add(FieldError.of("client_secret", "must be 1-" + MAX_SECRET_LENGTH
                        + " characters, not blank")));
        if (scopes == null || scopes.isEmpty()) {
            errors.add(FieldError.of("scopes", "must name at least one scope"));
        } else {
            for (int i = 0; i < scopes.size(); i++) {
                if (!Scopes.isKnown(scopes.get(i))) {
                    errors.add(FieldError.of("scopes[" + i + "]", "is not a known scope (" + String.join(", ", Scopes.ALL) + ")"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        scopes = List.copyOf(scopes.stream().distinct().toList());
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "RegisterClientCommand[accountId=" + accountId + ", clientId=" + clientId.orElse("<generated>")
                + ", scopes=" + scopes + "]";
    }
}
