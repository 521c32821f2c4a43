package org.shoppingapi.rest.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.shoppingapi.rest.wire.LinkJson;

/** A rule as answered: the client's definition plus {@code id}, {@code active} and the audit fields. */
public record DiscountRuleJson(
        String id,
        String name,
        String discountType,
        RewardJson reward,
        AppliesToJson appliesTo,
        Instant activeFrom,
        Instant activeTo,
        Integer limitation,
        boolean active,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        @JsonProperty("_links") List<LinkJson> links) {
}
