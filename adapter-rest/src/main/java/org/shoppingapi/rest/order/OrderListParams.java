package org.shoppingapi.rest.order;

import jakarta.ws.rs.QueryParam;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.ports.in.order.ListOrdersQuery;
import org.shoppingapi.rest.RequestParams;
import org.shoppingapi.rest.wire.WireEnums;

/** The query parameters every order list takes (SPEC §1, §2), read as text so a bad one is a 400 naming it. */
public final class OrderListParams {

    @QueryParam("status")
    String status;

    @QueryParam("payment_status")
    String paymentStatus;

    @QueryParam("created_at.gte")
    String createdFrom;

    @QueryParam("created_at.lte")
    String createdTo;

    @QueryParam("limit")
    String limit;

    @QueryParam("starting_after")
    String startingAfter;

    @QueryParam("include_events")
    String includeEvents;

    /** {@code include_events=true}: every order of the page carries its events and their state (SPEC §2). */
    public boolean includeEvents() {
        return RequestParams.flag("include_events", includeEvents);
    }

    public ListOrdersQuery query(String aid) {
        return new ListOrdersQuery(aid,
                RequestParams.text(status).map(s -> WireEnums.parse(OrderStatus.class, s, "status")),
                RequestParams.text(paymentStatus).map(s -> WireEnums.parse(PaymentStatus.class, s, "payment_status")),
                null, null,
                RequestParams.timestamp("created_at.gte", createdFrom),
                RequestParams.timestamp("created_at.lte", createdTo),
                // Resolved here: the query's limit is an int, and an absent one means the default.
                RequestParams.pageLimit(limit), RequestParams.startingAfter(startingAfter));
    }
}
