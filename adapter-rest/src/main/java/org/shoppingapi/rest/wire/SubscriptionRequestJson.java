package org.shoppingapi.rest.wire;

import java.util.List;

/** Body of POST /hooks/subscriptions: {@code {"config": {"url", "content_type", "secret"}, "events": [...]}}. */
public record SubscriptionRequestJson(ConfigJson config, List<String> events) {

    /** Where and how to deliver; {@code secret} keys the signatures. */
    public record ConfigJson(String url, String contentType, String secret) {
    }
}
