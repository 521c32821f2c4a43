package org.shoppingapi.domain.payout;

/** What one destination gets of one split amount, in minor units (0 is listed too). */
public record PayoutShare(String destination, long amount) {
}
