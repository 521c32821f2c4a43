package org.shoppingapi.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.regex.Pattern;
import org.shoppingapi.rest.error.ApiException;

/** Refuses a malformed account id in the path with 400 before anything else (even authentication) looks at it. */
@Priority(Priorities.AUTHENTICATION - 100)
public final class AccountPathFilter implements ContainerRequestFilter {

    private static final Pattern ACCOUNT_ID = Pattern.compile("^[PT]\\d{8}$");

    @Override
    public void filter(ContainerRequestContext request) {
        String aid = request.getUriInfo().getPathParameters().getFirst("aid");
        if (aid != null && !ACCOUNT_ID.matcher(aid).matches()) {
            throw ApiException.badField("aid", "must match ^[PT]\\d{8}$ (T or P and 8 digits)");
        }
    }

    /** True when {@code aid} is a well-formed account id. */
    public static boolean isValid(String aid) {
        return aid != null && ACCOUNT_ID.matcher(aid).matches();
    }
}
