package org.shoppingapi.domain.common;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The bounds every accepted value stays within (SPEC §1), so that whatever the service accepts can be stored and
 * read back: the edge refuses values beyond them, and stored data is read with limits derived from the same numbers.
 */
public final class ValueLimits {

    /** Levels of objects and arrays in one request body, the body's root included. */
    public static final int MAX_NESTING_DEPTH = 32;
    /**
     * Levels allowed when reading stored data (documents, webhook payloads): a stored document wraps a request's
     * values in fewer extra levels than the request itself may have, so this reads whatever the edge accepted.
     */
    public static final int MAX_STORED_NESTING_DEPTH = 2 * MAX_NESTING_DEPTH;
    /** Digits of a number as written (leading zeros aside), also in pass-through objects such as metadata. */
    public static final int MAX_SIGNIFICANT_DIGITS = 40;
    /** Largest decimal exponent (scientific notation) of a number, either sign. */
    public static final int MAX_EXPONENT = 308;
    /** Longest string (characters); a request body is at most 1 MiB anyway. */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /**
     * The longest plain rendering of a number within the bounds, which is how PostgreSQL gives numbers back: a sign,
     * {@code 0.}, {@code MAX_EXPONENT - 1} zeros and {@code MAX_SIGNIFICANT_DIGITS} digits.
     */
    public static final int MAX_PLAIN_NUMBER_LENGTH = 1 + 2 + (MAX_EXPONENT - 1) + MAX_SIGNIFICANT_DIGITS;

    private ValueLimits() {
    }

    /** Why {@code number} is out of bounds, or empty if it is within them; {@code number} as written, scale kept. */
    public static Optional<String> numberProblem(BigDecimal number) {
        if (number.precision() > MAX_SIGNIFICANT_DIGITS) {
            return Optional.of("must have at most " + MAX_SIGNIFICANT_DIGITS + " significant digits");
        }
        long exponent = (long) number.precision() - number.scale() - 1;
        if (Math.abs(exponent) > MAX_EXPONENT) {
            return Optional.of("must have an exponent within ±" + MAX_EXPONENT);
        }
        return Optional.empty();
    }

    /** Why {@code number} (a JSON number's text) is out of bounds, or empty; text that is no number is out too. */
    public static Optional<String> numberProblem(String number) {
        if (number.length() > MAX_PLAIN_NUMBER_LENGTH) {
            return Optional.of("must have at most " + MAX_SIGNIFICANT_DIGITS + " significant digits and an exponent"
                    + " within ±" + MAX_EXPONENT);
        }
        try {
            return numberProblem(new BigDecimal(number));
        } catch (NumberFormatException e) {
            // BigDecimal refuses exponents beyond an int: far outside the bounds.
            return Optional.of("must have an exponent within ±" + MAX_EXPONENT);
        }
    }

    /** Why {@code text} cannot be kept (U+0000, which PostgreSQL cannot store), or empty. */
    public static Optional<String> textProblem(String text) {
        return text.indexOf('\u0000') >= 0 ? Optional.of("must not contain the character U+0000") : Optional.empty();
    }
}
