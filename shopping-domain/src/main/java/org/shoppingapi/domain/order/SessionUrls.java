package org.shoppingapi.domain.order;

/** Where the checkout provider sends the buyer back ({@code returnUrl}, required) and reports to; terms to show. */
public record SessionUrls(String returnUrl, String callbackUrl, String merchantTermsUrl) {
}
