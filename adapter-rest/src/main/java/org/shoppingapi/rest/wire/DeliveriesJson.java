package org.shoppingapi.rest.wire;

import java.util.List;

/** One page of a delivery log; {@code paging_token} is present when more follow. */
public record DeliveriesJson(List<DeliveryJson> deliveries, String pagingToken) {
}
