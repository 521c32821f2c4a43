package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A stored payout rule as answered: the client's body plus {@code id} and the audit fields. */
public record PayoutRuleJson(
        String id,
        String ruleType,
        String ruleId,
        List<PayoutDestinationJson> destinations,
        Map<String, Object> metadata,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        Instant deletedAt,
        String deletedBy,
        @JsonProperty("_links") List<LinkJson> links) {
}
