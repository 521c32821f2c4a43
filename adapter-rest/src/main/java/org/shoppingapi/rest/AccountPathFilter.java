package org.shoppingapi.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.rest.error.ApiException;

/** Refuses a malformed account id in the path with 400 before anything else (even authentication) looks at it. */
@Priority(Priorities.AUTHENTICATION - 100)
public final class AccountPathFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String aid = request.getUriInfo().getPathParameters().getFirst("aid");
        if (aid != null && !AccountId.isWellFormed(aid)) {
            throw ApiException.badField(AccountId.FIELD, AccountId.RULE);
        }
    }
}
