package org.shoppingapi.domain.money;

import java.util.List;
import java.util.function.ToLongFunction;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;

/** Overflow-checked arithmetic on {@code long} minor-unit amounts: an overflow is an error, never a wrong number. */
public final class Amounts {

    private Amounts() {
    }

    public static long add(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow(a + " + " + b);
        }
    }

    public static long subtract(long a, long b) {
        try {
            return Math.subtractExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow(a + " - " + b);
        }
    }

    public static long negate(long a) {
        try {
            return Math.negateExact(a);
        } catch (ArithmeticException e) {
            throw overflow("-(" + a + ")");
        }
    }

    public static long sum(long... amounts) {
        long total = 0;
        for (long a : amounts) {
            total = add(total, a);
        }
        return total;
    }

    /** Σ of {@code amount} over {@code values}, e.g. {@code sum(item.taxLines(), TaxLine::amount)}. */
    public static <T> long sum(Iterable<T> values, ToLongFunction<? super T> amount) {
        long total = 0;
        for (T value : values) {
            total = add(total, amount.applyAsLong(value));
        }
        return total;
    }

    /** Narrows an exact result to a {@code long}, refusing (not wrapping) values that do not fit. */
    public static long exact(java.math.BigInteger value) {
        if (value.bitLength() > 63) {
            throw overflow(value.toString());
        }
        return value.longValue();
    }

    private static ValidationException overflow(String expression) {
        String message = "amount overflow: " + expression + " is outside the range of a minor-unit amount";
        return new ValidationException(ValidationException.OVERFLOW_CODE, message,
                List.of(new FieldError("amount", message)));
    }
}
