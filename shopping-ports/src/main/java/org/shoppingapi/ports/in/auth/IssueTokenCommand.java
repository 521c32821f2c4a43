package org.shoppingapi.ports.in.auth;

import java.util.List;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.AccountId;

/**
 * A client-credentials token request for one account (SPEC §1). The body fields are checked here (400 naming
 * the field); the credentials are checked by the use case (401), so a missing secret is not a validation error.
 */
public record IssueTokenCommand(String accountId, String clientId, String clientSecret, String grantType,
                                String audience) {

    public static final String CLIENT_CREDENTIALS = "client_credentials";

    public IssueTokenCommand {
        AccountId.require(accountId);
        if (grantType == null) {
            throw new ValidationException(List.of(FieldError.required("grant_type")));
        }
        if (!CLIENT_CREDENTIALS.equals(grantType)) {
            throw ValidationException.of("grant_type", "must be client_credentials");
        }
        if (audience == null) {
            throw new ValidationException(List.of(FieldError.required("audience")));
        }
        // SPEC §1: the audience ends with the path's account; its scheme and host are not checked.
        if (!audience.endsWith(audienceSuffix(accountId))) {
            throw ValidationException.of("audience", "must end with " + audienceSuffix(accountId));
        }
    }

    /** What every audience for {@code accountId} ends with. */
    public static String audienceSuffix(String accountId) {
        return "/v1/accounts/" + accountId;
    }

    /** Never prints the secret (records print every component by default). */
    @Override
    public String toString() {
        return "IssueTokenCommand[accountId=" + accountId + ", clientId=" + clientId + ", grantType=" + grantType
                + ", audience=" + audience + "]";
    }
}
