package org.shoppingapi.rest.wire;

import java.math.BigDecimal;
import java.util.List;

/**
 * One destination of a payout rule (SPEC §4c): {@code type} {@code amount} (value in minor units),
 * {@code percentage} (value 0..100) or {@code remaining_amount} (to {@code destination}, or shared among percentage
 * {@code destinations}).
 */
public record PayoutDestinationJson(String type, BigDecimal value, String destination,
                                    List<PayoutDestinationJson> destinations) {
}
