package org.shoppingapi.rest.wire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentSession;
import org.shoppingapi.domain.order.SessionRequest;
import org.shoppingapi.domain.order.SessionUrls;

/** Wire ↔ domain for payment sessions; which lines and amounts an order accepts is the domain's rule. */
public final class SessionMapper {

    public SessionRequest toDomain(SessionRequestJson request) {
        if (request == null) {
            throw new ValidationException(List.of(FieldError.required("items")));
        }
        List<PaymentItem> items = PaymentItemsMapper.toDomain(request.items());
        SessionRequestJson.SessionUrlJson url = request.url();
        SessionUrls urls = url == null ? null
                : new SessionUrls(url.returnUrl(), url.callbackUrl(), url.merchantTermsUrl());
        return new SessionRequest(items, request.profileId(), urls, request.metadata());
    }

    /** The session with its self link under the order named {@code orderRef}. */
    public SessionJson toJson(String accountId, String orderRef, PaymentSession session) {
        String self = OrderLinks.order(accountId, orderRef) + "/sessions/"
                + URLEncoder.encode(session.id(), StandardCharsets.UTF_8).replace("+", "%20");
        return new SessionJson(session.id(), session.url(), session.amount(), session.currency(),
                session.items().stream().map(i -> new PaymentItemJson(i.lineId(), i.amount(), null)).toList(),
                session.profileId(), session.metadata().isEmpty() ? null : session.metadata(), session.createdAt(),
                session.createdBy(), List.of(new LinkJson(self, "self"), new LinkJson(session.url(), "checkout")));
    }

    public SessionListJson toJson(String accountId, String orderRef, List<PaymentSession> sessions) {
        return new SessionListJson(sessions.stream().map(s -> toJson(accountId, orderRef, s)).toList());
    }
}
