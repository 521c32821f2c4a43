package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** PUT /draft_orders/{id}/complete: the draft's own fields with {@code orders} beside them. */
public record CompletedDraftJson(@JsonUnwrapped DraftJson draft, List<OrderResponseJson> orders) {
}
