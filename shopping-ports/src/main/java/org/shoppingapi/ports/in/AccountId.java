package org.shoppingapi.ports.in;

import java.util.regex.Pattern;
import org.shoppingapi.domain.error.ValidationException;

/**
 * An account's id: T (test) or P (production) and 8 digits. The one home of that rule: commands and services build or
 * {@link #require} one, and the adapters that must answer a malformed id in their own way (the REST adapter's path
 * filter, its token verifier) ask {@link #isWellFormed} and word the refusal with {@link #RULE}, so the pattern and
 * its wording exist once. An instance is always well formed.
 */
public record AccountId(String value) {

    /** The field an account id is named by in a refusal. */
    public static final String FIELD = "aid";
    private static final String PATTERN = "^[PT]\\d{8}$";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    /** The rule as a refusal states it, after the field's name. */
    public static final String RULE = "must match " + PATTERN + " (T or P and 8 digits)";

    /** Refuses a malformed {@code value} with a validation error naming the {@value #FIELD} field. */
    public AccountId {
        if (!isWellFormed(value)) {
            throw ValidationException.of(FIELD, RULE);
        }
    }

    public static AccountId of(String value) {
        return new AccountId(value);
    }

    /** True when {@code candidate} is a well-formed account id; false for {@code null}. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    /** Returns {@code aid} when well formed; otherwise the validation error of {@link #AccountId(String)}. */
    public static String require(String aid) {
        return of(aid).value();
    }

    @Override
    public String toString() {
        return value;
    }
}
