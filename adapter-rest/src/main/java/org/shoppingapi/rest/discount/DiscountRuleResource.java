package org.shoppingapi.rest.discount;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.discount.CreateDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.CreateDiscountRuleUseCase;
import org.shoppingapi.ports.in.discount.DeactivateDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.DeactivateDiscountRuleUseCase;
import org.shoppingapi.ports.in.discount.DiscountRulePage;
import org.shoppingapi.ports.in.discount.GetDiscountRuleUseCase;
import org.shoppingapi.ports.in.discount.ListDiscountRulesQuery;
import org.shoppingapi.ports.in.discount.ListDiscountRulesUseCase;
import org.shoppingapi.ports.in.discount.ReplaceDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.ReplaceDiscountRuleUseCase;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.error.ApiException;

/** /v1/accounts/{aid}/discounts/rules: an account's discount rules (SPEC §4b); DELETE only deactivates. */
@Path("/accounts/{aid}/discounts/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScopes({Scopes.ADMIN_DISCOUNTS, Scopes.WRITE_DISCOUNTS})
public final class DiscountRuleResource {

    /** The use cases this resource calls. */
    public record UseCases(CreateDiscountRuleUseCase create, GetDiscountRuleUseCase get, ListDiscountRulesUseCase list,
                           ReplaceDiscountRuleUseCase replace, DeactivateDiscountRuleUseCase deactivate) {

        /** All five from the one object that implements them. */
        public static <R extends CreateDiscountRuleUseCase & GetDiscountRuleUseCase & ListDiscountRulesUseCase
                & ReplaceDiscountRuleUseCase & DeactivateDiscountRuleUseCase> UseCases of(R rules) {
            return new UseCases(rules, rules, rules, rules, rules);
        }
    }

    private final UseCases rules;
    private final DiscountRuleMapper mapper = new DiscountRuleMapper();

    public DiscountRuleResource(UseCases rules) {
        this.rules = rules;
    }

    @POST
    public DiscountRuleJson create(@PathParam("aid") String aid, DiscountRuleRequestJson body,
                                   @Context ContainerRequestContext request) {
        boolean active = body == null || body.active() == null || body.active();
        DiscountRule rule = rules.create().create(new CreateDiscountRuleCommand(CallerFactory.of(request, aid),
                mapper.toDefinition(body), active));
        return mapper.toJson(aid, rule);
    }

    @GET
    @RequiresScopes({Scopes.ADMIN_DISCOUNTS, Scopes.WRITE_DISCOUNTS, Scopes.READ_DISCOUNTS})
    public DiscountRuleListJson list(@PathParam("aid") String aid, @QueryParam("limit") String limit,
                                     @QueryParam("starting_after") String startingAfter) {
        DiscountRulePage page = rules.list().list(new ListDiscountRulesQuery(aid, limit(limit),
                Optional.ofNullable(startingAfter).filter(token -> !token.isEmpty())));
        return new DiscountRuleListJson(page.rules().stream().map(rule -> mapper.toJson(aid, rule)).toList(),
                page.pagingToken().orElse(null));
    }

    @GET
    @Path("/{id}")
    @RequiresScopes({Scopes.ADMIN_DISCOUNTS, Scopes.WRITE_DISCOUNTS, Scopes.READ_DISCOUNTS})
    public DiscountRuleJson get(@PathParam("aid") String aid, @PathParam("id") String id) {
        return mapper.toJson(aid, rules.get().get(aid, ruleId(id)));
    }

    @PUT
    @Path("/{id}")
    public DiscountRuleJson replace(@PathParam("aid") String aid, @PathParam("id") String id,
                                    DiscountRuleRequestJson body, @Context ContainerRequestContext request) {
        String ruleId = ruleId(id);
        DiscountRule rule = rules.replace().replace(new ReplaceDiscountRuleCommand(CallerFactory.of(request, aid),
                ruleId, mapper.toDefinition(body), Optional.ofNullable(body == null ? null : body.active())));
        return mapper.toJson(aid, rule);
    }

    @DELETE
    @Path("/{id}")
    public DiscountRuleJson deactivate(@PathParam("aid") String aid, @PathParam("id") String id,
                                       @Context ContainerRequestContext request) {
        return mapper.toJson(aid, rules.deactivate().deactivate(
                new DeactivateDiscountRuleCommand(CallerFactory.of(request, aid), ruleId(id))));
    }

    /** Rule ids are UUIDs: a malformed one is the caller's mistake (400 naming {@code id}), never a 404 or 500. */
    private static String ruleId(String id) {
        return RequestParams.uuid("id", id).toString();
    }

    /** {@code limit} as text, so a non-number is a 400 naming it (JAX-RS would answer 404 for a bad Integer). */
    private static int limit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return ListDiscountRulesQuery.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            throw ApiException.badField("limit", "must be between 1 and " + ListDiscountRulesQuery.MAX_LIMIT);
        }
    }
}
