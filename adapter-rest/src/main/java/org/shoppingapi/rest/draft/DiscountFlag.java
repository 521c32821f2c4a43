package org.shoppingapi.rest.draft;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.auth.AuthenticatedRequest;

/** The {@code apply_discounts} query flag: true/false (400 otherwise), and true needs a discount scope (SPEC §4b). */
final class DiscountFlag {

    static final String PARAM = "apply_discounts";

    private DiscountFlag() {
    }

    static boolean read(ContainerRequestContext request, String value) {
        boolean apply = RequestParams.flag(PARAM, value);
        if (apply) {
            AuthenticatedRequest.requireAnyScope(request, Scopes.APPLY_DISCOUNTS);
        }
        return apply;
    }
}
