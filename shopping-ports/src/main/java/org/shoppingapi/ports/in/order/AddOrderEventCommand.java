package org.shoppingapi.ports.in.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.ports.in.Caller;

/**
 * POST /orders/{order_id}/events (seed 000): a service reports its progress. {@code service} and
 * {@code service_status} are required; a missing {@code state} means {@code success}.
 */
public record AddOrderEventCommand(Caller caller, String orderRef, EventState state, String service,
                                   String serviceStatus, String description, Map<String, Object> metadata) {

    public AddOrderEventCommand {
        OrderCommandRules.requireCaller(caller);
        OrderCommandRules.requireOrderRef(orderRef);
        List<FieldError> errors = new ArrayList<>();
        if (service == null || service.isBlank()) {
            errors.add(FieldError.required("service"));
        }
        if (serviceStatus == null || serviceStatus.isBlank()) {
            errors.add(FieldError.required("service_status"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        state = state == null ? EventState.SUCCESS : state;
        metadata = Attributes.copy(metadata);
    }
}
