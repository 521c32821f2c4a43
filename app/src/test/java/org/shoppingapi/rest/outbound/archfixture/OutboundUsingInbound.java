package org.shoppingapi.rest.outbound.archfixture;

import org.shoppingapi.rest.error.ApiException;

/** Breaks "outbound never depends on the inbound side" on purpose: an HTTP client throwing the API's error type. */
public class OutboundUsingInbound {
    public String refusal() {
        return ApiException.class.getName();
    }
}
