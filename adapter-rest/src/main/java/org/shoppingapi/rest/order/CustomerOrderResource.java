package org.shoppingapi.rest.order;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.shoppingapi.ports.in.auth.Scopes;
import org.shoppingapi.ports.in.order.GetOrderQuery;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.auth.RequiresScopes;

/**
 * /v1/accounts/{aid}/shopping/customers/{customer_id}/orders: one customer's orders, by the order's {@code customer.id}
 * (any string, SPEC §2), and one of them by its order_id or id.
 */
@Path("/accounts/{aid}/shopping/customers/{customer_id}/orders")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerOrderResource {

    private final OrderUseCases useCases;
    private final OrderAnswers answers;

    public CustomerOrderResource(OrderUseCases useCases, OrderAnswers answers) {
        this.useCases = useCases;
        this.answers = answers;
    }

    @GET
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response list(@PathParam("aid") String aid, @PathParam("customer_id") String customerId,
                         @BeanParam OrderListParams params) {
        boolean includeEvents = params.includeEvents(); // read first: a bad flag is refused before any use case
        return answers.page(useCases.list().list(params.query(aid).forCustomer(customerId)), includeEvents);
    }

    @GET
    @Path("/{order_id}")
    @RequiresScopes({Scopes.ADMIN_SHOPPING, Scopes.WRITE_SHOPPING, Scopes.READ_SHOPPING})
    public Response get(@PathParam("aid") String aid, @PathParam("customer_id") String customerId,
                        @PathParam("order_id") String orderId, @QueryParam("include_events") String includeEvents) {
        boolean withEvents = RequestParams.flag("include_events", includeEvents); // refused before any use case
        return answers.order(useCases.get().get(GetOrderQuery.ofCustomer(aid, customerId, orderId)), withEvents);
    }
}
