package org.shoppingapi.rest.wire;

import java.util.List;
import java.util.Map;

/** POST /orders/{order_id}/sessions (SPEC §5b): lines and amounts, the provider's payment profile, addresses. */
public record SessionRequestJson(List<PaymentItemJson> items, String profileId, SessionUrlJson url,
                                 Map<String, Object> metadata) {

    /** Where the provider returns the buyer ({@code return_url}, required), reports to, and the terms shown. */
    public record SessionUrlJson(String returnUrl, String callbackUrl, String merchantTermsUrl) {
    }
}
