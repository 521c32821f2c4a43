package org.shoppingapi.rest.payout;

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
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.payout.CreatePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.CreatePayoutRuleUseCase;
import org.shoppingapi.ports.in.payout.DeletePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.DeletePayoutRuleUseCase;
import org.shoppingapi.ports.in.payout.GetPayoutRuleUseCase;
import org.shoppingapi.ports.in.payout.ListPayoutRulesQuery;
import org.shoppingapi.ports.in.payout.ListPayoutRulesUseCase;
import org.shoppingapi.ports.in.payout.PayoutRuleDefinition;
import org.shoppingapi.ports.in.payout.ReplacePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.ReplacePayoutRuleUseCase;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.rest.CallerFactory;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.auth.RequiresScopes;
import org.shoppingapi.rest.error.ApiException;
import org.shoppingapi.rest.wire.PayoutMapper;
import org.shoppingapi.rest.wire.PayoutRuleBodyJson;
import org.shoppingapi.rest.wire.PayoutRuleJson;
import org.shoppingapi.rest.wire.PayoutRuleListJson;

/** /v1/accounts/{aid}/billing/payout-rules: an account's payout rules (SPEC §4c); DELETE marks a rule deleted. */
@Path("/accounts/{aid}/billing/payout-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresScopes({Scopes.ADMIN_BILLING, Scopes.WRITE_BILLING})
public final class PayoutRuleResource {

    /** The use cases this resource calls. */
    public record UseCases(CreatePayoutRuleUseCase create, GetPayoutRuleUseCase get, ListPayoutRulesUseCase list,
                           ReplacePayoutRuleUseCase replace, DeletePayoutRuleUseCase delete) {

        /** All five from the one object that implements them. */
        public static <R extends CreatePayoutRuleUseCase & GetPayoutRuleUseCase & ListPayoutRulesUseCase
                & ReplacePayoutRuleUseCase & DeletePayoutRuleUseCase> UseCases of(R rules) {
            return new UseCases(rules, rules, rules, rules, rules);
        }
    }

    private final UseCases rules;
    private final PayoutMapper mapper;

    public PayoutRuleResource(UseCases rules, PayoutMapper mapper) {
        this.rules = rules;
        this.mapper = mapper;
    }

    @POST
    public PayoutRuleJson create(@PathParam("aid") String aid, PayoutRuleBodyJson body,
                                 @Context ContainerRequestContext request) {
        return mapper.toJson(aid, rules.create().create(new CreatePayoutRuleCommand(CallerFactory.of(request, aid),
                definition(body))));
    }

    @GET
    @RequiresScopes({Scopes.ADMIN_BILLING, Scopes.WRITE_BILLING, Scopes.READ_BILLING})
    public PayoutRuleListJson list(@PathParam("aid") String aid, @QueryParam("rule_type") String ruleType,
                                   @QueryParam("rule_id") String ruleId,
                                   @QueryParam("include_deleted") String includeDeleted,
                                   @QueryParam("limit") String limit,
                                   @QueryParam("starting_after") String startingAfter) {
        Page<AccountPayoutRule> page = rules.list().list(new ListPayoutRulesQuery(aid,
                RequestParams.text(ruleType).map(PayoutRuleResource::ruleType), RequestParams.text(ruleId),
                RequestParams.flag("include_deleted", includeDeleted), RequestParams.pageLimit(limit),
                RequestParams.startingAfter(startingAfter)));
        return new PayoutRuleListJson(page.items().stream().map(rule -> mapper.toJson(aid, rule)).toList(),
                page.next().map(cursor -> cursor.token()).orElse(null));
    }

    @GET
    @Path("/{id}")
    @RequiresScopes({Scopes.ADMIN_BILLING, Scopes.WRITE_BILLING, Scopes.READ_BILLING})
    public PayoutRuleJson get(@PathParam("aid") String aid, @PathParam("id") String id) {
        return mapper.toJson(aid, rules.get().get(aid, RequestParams.uuid("id", id)));
    }

    @PUT
    @Path("/{id}")
    public PayoutRuleJson replace(@PathParam("aid") String aid, @PathParam("id") String id,
                                  PayoutRuleBodyJson body, @Context ContainerRequestContext request) {
        ReplacePayoutRuleCommand command = new ReplacePayoutRuleCommand(CallerFactory.of(request, aid),
                RequestParams.uuid("id", id), definition(body));
        return mapper.toJson(aid, rules.replace().replace(command));
    }

    @DELETE
    @Path("/{id}")
    public PayoutRuleJson delete(@PathParam("aid") String aid, @PathParam("id") String id,
                                 @Context ContainerRequestContext request) {
        return mapper.toJson(aid, rules.delete().delete(new DeletePayoutRuleCommand(CallerFactory.of(request, aid),
                RequestParams.uuid("id", id))));
    }

    private PayoutRuleDefinition definition(PayoutRuleBodyJson body) {
        return new PayoutRuleDefinition(mapper.toRule(body, ""), body == null ? null : body.metadata());
    }

    private static PayoutRuleType ruleType(String value) {
        if (PayoutMapper.STORE_ID_RULE_TYPE.equals(value)) {
            return PayoutRuleType.ITEM_STORE_ID;
        }
        throw ApiException.badField("rule_type", "must be " + PayoutMapper.STORE_ID_RULE_TYPE);
    }
}
