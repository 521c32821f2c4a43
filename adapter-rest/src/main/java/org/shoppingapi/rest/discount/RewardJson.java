package org.shoppingapi.rest.discount;

import java.math.BigDecimal;

/** {@code {"type": "percentage"|"amount", "value"}}: a percentage (decimals allowed) or minor units. */
public record RewardJson(String type, BigDecimal value) {
}
