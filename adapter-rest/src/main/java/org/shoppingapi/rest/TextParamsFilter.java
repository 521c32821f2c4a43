package org.shoppingapi.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.common.ValueLimits;
import org.shoppingapi.rest.error.ApiException;

/**
 * Refuses a path or query parameter holding U+0000 ({@code %00}) with a 400 naming it (SPEC §1), before any
 * resource passes it on to PostgreSQL, which cannot take that character in text and would fail with a 500.
 */
@Priority(Priorities.AUTHENTICATION - 50)
public final class TextParamsFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = ValueLimits.textProblem(parameter.getKey()).isPresent() ? "query" : parameter.getKey();
            if (!name.equals(parameter.getKey())) {
                throw ApiException.badField(name, "parameter names must not contain the character U+0000");
            }
            for (String value : parameter.getValue()) {
                ValueLimits.textProblem(value).ifPresent(problem -> {
                    throw ApiException.badField(name, problem);
                });
            }
        }
    }
}
