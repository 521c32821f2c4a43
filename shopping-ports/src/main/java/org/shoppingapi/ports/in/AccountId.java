package org.shoppingapi.ports.in;

import java.util.regex.Pattern;
import org.shoppingapi.domain.error.ValidationException;

/** The account id rule every command checks: T (test) or P (production) and 8 digits. */
public final class AccountId {

    private static final Pattern FORMAT = Pattern.compile("^[PT]\\d{8}$");

    private AccountId() {
    }

    /** Returns {@code aid} when well formed; otherwise a validation error naming the {@code aid} field. */
    public static String require(String aid) {
        if (aid == null || !FORMAT.matcher(aid).matches()) {
            throw ValidationException.of("aid", "must match ^[PT]\\d{8}$ (T or P and 8 digits)");
        }
        return aid;
    }
}
