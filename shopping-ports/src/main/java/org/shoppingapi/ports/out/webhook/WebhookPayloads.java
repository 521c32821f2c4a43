package org.shoppingapi.ports.out.webhook;

import org.shoppingapi.domain.webhook.ShoppingEvent;

/**
 * Renders an event's resources in the public wire format, as the JSON object whose fields a delivery carries
 * besides {@code account_id}, {@code event} and {@code event_delivery}: {@code {"draft": …}},
 * {@code {"draft": …, "orders": […]}}, {@code {"order": …}} or {@code {"event": …, "order_id": …}}.
 */
public interface WebhookPayloads {

    String render(ShoppingEvent event);
}
