package org.shoppingapi.domain.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.LineIds;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.money.Percentages;
import org.shoppingapi.domain.error.ValidationException;

/** Checks an order's content against the model's rules and names every offending field by its wire path. */
final class ContentValidator {

    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("[A-Z]{3}");

    private ContentValidator() {
    }

    /** Throws one {@link ValidationException} listing every problem of {@code content}, paths under {@code prefix}. */
    public static void validate(OrderContent content, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        String currency = content.currency();
        if (currency == null || currency.isBlank()) {
            errors.add(FieldError.required(prefix + ".currency"));
        } else if (!isIsoCurrency(currency)) {
            errors.add(FieldError.of(prefix + ".currency", "must be an ISO-4217 currency code"));
        }
        LineIds lineIds = LineIds.none();
        for (int i = 0; i < content.items().size(); i++) {
            Item item = content.items().get(i);
            String path = prefix + ".items[" + i + "]";
            if (!lineIds.claim(item.lineId())) {
                errors.add(FieldError.of(path + ".line_id", LineIds.usedTwice(item.lineId())));
            }
            checkItem(item, path, errors);
        }
        throwIfAny(errors);
    }

    /** Throws if {@code item} alone breaks a rule; paths under {@code path} (e.g. {@code order.items[2]}). */
    public static void validateItem(Item item, String path) {
        List<FieldError> errors = new ArrayList<>();
        checkItem(item, path, errors);
        throwIfAny(errors);
    }

    private static void checkItem(Item item, String path, List<FieldError> errors) {
        if (item.quantity() != null && item.quantity().signum() <= 0) {
            errors.add(FieldError.of(path + ".quantity", "must be greater than 0"));
        }
        for (int t = 0; t < item.taxLines().size(); t++) {
            TaxLine tax = item.taxLines().get(t);
            String taxPath = path + ".tax_lines[" + t + "].percentage";
            if (tax == null || tax.percentage() == null) {
                errors.add(FieldError.required(taxPath));
            } else {
                Percentages.problem(tax.percentage()).ifPresent(problem -> errors.add(FieldError.of(taxPath, problem)));
            }
        }
        long discounts = 0;
        boolean discountsValid = true;
        for (int d = 0; d < item.discountLines().size(); d++) {
            DiscountLine line = item.discountLines().get(d);
            String linePath = path + ".discount_lines[" + d + "]";
            if (line.amount() < 0) {
                errors.add(FieldError.of(linePath + ".amount", "must be 0 or more"));
                discountsValid = false;
            }
            if (line.percentage() != null) {
                Percentages.problem(line.percentage())
                        .ifPresent(problem -> errors.add(FieldError.of(linePath + ".percentage", problem)));
            }
            discounts = discountsValid ? addSaturating(discounts, line.amount()) : discounts;
        }
        // A discount may not push a non-negative line below zero; reversals (negative gross) are not capped.
        if (discountsValid && item.grossAmount() >= 0 && discounts > item.grossAmount()) {
            errors.add(FieldError.of(path + ".discount_lines", "add up to " + discounts
                    + ", more than the item's gross_amount " + item.grossAmount()));
        }
    }

    private static long addSaturating(long a, long b) {
        long r = a + b;
        return r < a ? Long.MAX_VALUE : r;
    }

    private static boolean isIsoCurrency(String code) {
        if (!CURRENCY.matcher(code).matches()) {
            return false;
        }
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
