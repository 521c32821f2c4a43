package org.shoppingapi.domain.draft;

import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.payout.PayoutOptions;

/**
 * How a draft completes: split per store, into an existing order ({@code orderId}, optionally {@code replace}), with
 * a generated order id, with payout ({@code payout}: stored rules by store id and the draft's own rules, null when
 * absent); {@code extensions} keeps the option fields the core does not read.
 */
public record DraftOptions(boolean splitDraft, String orderId, String replace, String generateOrderId,
                           Extensions extensions, PayoutOptions payout) {

    public static final String REPLACE_ORDER = "order";
    public static final String ALPHANUMERIC_9 = "ALPHANUMERIC_9";
    public static final DraftOptions DEFAULT = new DraftOptions(true, null, null, null, Extensions.NONE, null);

    public DraftOptions {
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    /** Options without a payout option. */
    public DraftOptions(boolean splitDraft, String orderId, String replace, String generateOrderId,
                        Extensions extensions) {
        this(splitDraft, orderId, replace, generateOrderId, extensions, null);
    }

    /** The payout option, {@link PayoutOptions#OFF} when the draft has none. */
    public PayoutOptions payoutOptions() {
        return payout == null ? PayoutOptions.OFF : payout;
    }

    public boolean replacesOrder() {
        return REPLACE_ORDER.equals(replace);
    }

    public boolean generatesOrderId() {
        return ALPHANUMERIC_9.equals(generateOrderId);
    }

    /**
     * A custom {@code order.order_id} names the one order the draft becomes, so it needs {@code split_draft=false}
     * (SPEC §5); completing into an existing order ({@code options.order_id}) creates none and ignores it.
     */
    public void requireOrderIdAllowed(String customOrderId) {
        if (customOrderId != null && splitDraft && orderId == null) {
            throw ValidationException.of("order.order_id", "is only allowed with options.split_draft=false");
        }
    }

    /** Refuses values outside the enumerations, a {@code replace} without a target order and invalid payout rules. */
    public void validate() {
        List<FieldError> errors = new ArrayList<>();
        if (replace != null && !REPLACE_ORDER.equals(replace)) {
            errors.add(FieldError.of("options.replace", "must be \"order\""));
        }
        if (replace != null && orderId == null) {
            errors.add(FieldError.of("options.replace", "needs options.order_id"));
        }
        if (generateOrderId != null && !ALPHANUMERIC_9.equals(generateOrderId)) {
            errors.add(FieldError.of("options.generate_order_id", "must be \"ALPHANUMERIC_9\""));
        }
        errors.addAll(payoutOptions().problems("options.payout."));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
