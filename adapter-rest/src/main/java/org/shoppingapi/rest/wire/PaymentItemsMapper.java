package org.shoppingapi.rest.wire;

import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.order.PaymentItem;

/** The {@code items} of a payment operation or session request: each needs a line_id and an amount. */
final class PaymentItemsMapper {

    private PaymentItemsMapper() {
    }

    /** The items, or one 400 naming every missing field ({@code items[1].amount}). */
    static List<PaymentItem> toDomain(List<PaymentItemJson> wire) {
        List<FieldError> errors = new ArrayList<>();
        List<PaymentItem> items = new ArrayList<>();
        List<PaymentItemJson> given = wire == null ? List.of() : wire;
        for (int i = 0; i < given.size(); i++) {
            PaymentItemJson item = given.get(i);
            if (item == null) {
                errors.add(FieldError.required("items[" + i + "]"));
                continue;
            }
            if (item.lineId() == null) {
                errors.add(FieldError.required("items[" + i + "].line_id"));
            }
            if (item.amount() == null) {
                errors.add(FieldError.required("items[" + i + "].amount"));
            }
            if (item.lineId() != null && item.amount() != null) {
                items.add(new PaymentItem(item.lineId(), item.amount()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return items;
    }
}
