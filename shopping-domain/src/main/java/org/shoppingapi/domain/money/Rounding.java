package org.shoppingapi.domain.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Half-away-from-zero rounding of exact quotients, the one rounding rule of the API. */
public final class Rounding {

    private Rounding() {
    }

    /** round(numerator / denominator), half away from zero, computed without any inexact step. */
    public static long divide(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger[] qr = numerator.abs().divideAndRemainder(denominator);
        BigInteger magnitude = qr[0];
        if (qr[1].shiftLeft(1).compareTo(denominator) >= 0) {
            magnitude = magnitude.add(BigInteger.ONE);
        }
        return Amounts.exact(numerator.signum() < 0 ? magnitude.negate() : magnitude);
    }

    /** round(amount × percentage / 100), half away from zero. */
    public static long percentOf(long amount, BigDecimal percentage) {
        BigDecimal product = BigDecimal.valueOf(amount).multiply(percentage);
        // Shift to integers: product has `scale` decimals, so divide by 100 × 10^scale.
        int scale = Math.max(product.scale(), 0);
        BigInteger numerator = product.movePointRight(scale).toBigIntegerExact();
        BigInteger denominator = BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100));
        return divide(numerator, denominator);
    }
}
