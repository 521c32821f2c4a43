package org.shoppingapi.domain.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;

/**
 * What a client asks for when starting a payment session: lines and amounts (each at least 1), the provider's
 * payment profile and where to return the buyer. Refuses to exist without them (400 naming the field).
 */
public record SessionRequest(List<PaymentItem> items, String profileId, SessionUrls urls,
                             Map<String, Object> metadata) {

    public SessionRequest {
        items = Attributes.list(items);
        metadata = Attributes.copy(metadata);
        List<FieldError> errors = new ArrayList<>();
        if (items.isEmpty()) {
            errors.add(FieldError.required("items"));
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).amount() < 1) {
                errors.add(FieldError.of("items[" + i + "].amount", "must be at least 1"));
            }
        }
        if (profileId == null || profileId.isBlank()) {
            errors.add(FieldError.required("profile_id"));
        }
        if (urls == null || urls.returnUrl() == null || urls.returnUrl().isBlank()) {
            errors.add(FieldError.required("url.return_url"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
