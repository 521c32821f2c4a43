package org.shoppingapi.ports.out;

import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.order.SessionUrls;

/**
 * What a checkout provider is asked to collect: {@code amount} (Σ lines) in {@code currency} for the order named
 * {@code orderId} (its order_id, the merchant's reference at the provider), with the payment profile, the return and
 * callback addresses and the lines.
 */
public record CheckoutRequest(String accountId, String orderId, String currency, long amount, String profileId,
                              SessionUrls urls, Map<String, Object> metadata, List<CheckoutLine> lines) {

    public CheckoutRequest {
        lines = List.copyOf(lines);
        metadata = metadata == null ? Map.of() : metadata;
    }
}
