package org.shoppingapi.rest.outbound.checkout;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.shoppingapi.ports.out.CheckoutRequest;
import org.shoppingapi.ports.out.PaymentSessions;
import org.shoppingapi.ports.out.StartedSession;

/**
 * Payment sessions for merchants with their own payment page ({@code CHECKOUT_URL_TEMPLATE}): the session id is
 * generated here and the URL is the template with {@code {session_id}} and {@code {order_id}} filled in
 * (percent-encoded); nothing is called.
 */
public final class UrlTemplatePaymentSessions implements PaymentSessions {

    private final String template;
    private final Supplier<UUID> ids;

    public UrlTemplatePaymentSessions(String template, Supplier<UUID> ids) {
        URI example = URI.create(fill(template, "session", "order"));
        if (!"https".equalsIgnoreCase(example.getScheme()) && !"http".equalsIgnoreCase(example.getScheme())
                || example.getHost() == null) {
            throw new IllegalArgumentException("checkout.url-template must be an absolute http(s) URL such as "
                    + "https://pay.example.com/checkout/{session_id}");
        }
        this.template = template;
        this.ids = ids;
    }

    @Override
    public StartedSession start(CheckoutRequest request) {
        String id = ids.get().toString();
        return new StartedSession(id, fill(template, id, request.orderId()));
    }

    private static String fill(String template, String sessionId, String orderId) {
        return template.replace("{session_id}", segment(sessionId)).replace("{order_id}", segment(orderId));
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
