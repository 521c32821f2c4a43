package org.shoppingapi.rest.wire;

import java.util.List;

/** One page of subscriptions; {@code paging_token} is present when more follow. */
public record SubscriptionsJson(List<SubscriptionJson> subscriptions, String pagingToken) {
}
