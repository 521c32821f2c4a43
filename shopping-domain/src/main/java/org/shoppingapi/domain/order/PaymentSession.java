package org.shoppingapi.domain.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.shoppingapi.domain.common.Attributes;

/**
 * A payment started at a checkout provider for some of an order's lines (SPEC §5b): the provider's session id, the
 * {@code url} to send the buyer to, and what was asked for; {@code amount} is Σ items.
 */
public record PaymentSession(String id, String url, long amount, String currency, List<PaymentItem> items,
                             String profileId, SessionUrls urls, Map<String, Object> metadata, Instant createdAt,
                             String createdBy) {

    public PaymentSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        items = Attributes.list(items);
        metadata = Attributes.copy(metadata);
    }
}
