package org.shoppingapi.rest.discount;

import java.time.Instant;

/** A rule as a client sends it in POST and PUT (SPEC §4b); {@code active} is optional. */
public record DiscountRuleRequestJson(String name, String discountType, RewardJson reward, AppliesToJson appliesTo,
                                      Instant activeFrom, Instant activeTo, Integer limitation, Boolean active) {
}
