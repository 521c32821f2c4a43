package org.shoppingapi.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ValidationException;

/** Overflow is reported, never wrapped; rounding is half away from zero. */
class AmountsTest {

    @Test
    void arithmetic_within_range() {
        assertThat(Amounts.add(2, 3)).isEqualTo(5);
        assertThat(Amounts.subtract(2, 3)).isEqualTo(-1);
        assertThat(Amounts.negate(-7)).isEqualTo(7);
        assertThat(Amounts.sum(1, 2, 3)).isEqualTo(6);
        assertThat(Amounts.sum(List.of(1L, 2L, 3L), Long::longValue)).isEqualTo(6);
        assertThat(Amounts.exact(BigInteger.valueOf(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void every_overflow_is_an_amount_overflow_error() {
        List<Runnable> overflows = List.of(
                () -> Amounts.add(Long.MAX_VALUE, 1),
                () -> Amounts.subtract(Long.MIN_VALUE, 1),
                () -> Amounts.negate(Long.MIN_VALUE),
                () -> Amounts.sum(Long.MAX_VALUE, 1),
                () -> Amounts.sum(List.of(Long.MAX_VALUE, Long.MAX_VALUE), Long::longValue),
                () -> Amounts.exact(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)));
        for (Runnable r : overflows) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.code()).isEqualTo("AMOUNT_OVERFLOW"))
                    .hasMessageContaining("outside the range of a minor-unit amount");
        }
    }

    @Test
    void rounding_is_half_away_from_zero() {
        assertThat(Rounding.divide(BigInteger.valueOf(3), BigInteger.TWO)).isEqualTo(2);
        assertThat(Rounding.divide(BigInteger.valueOf(-3), BigInteger.TWO)).isEqualTo(-2);
        assertThat(Rounding.divide(BigInteger.valueOf(3), BigInteger.valueOf(-2))).isEqualTo(-2);
        assertThat(Rounding.divide(BigInteger.valueOf(5), BigInteger.valueOf(4))).isEqualTo(1);
        assertThat(Rounding.percentOf(1005, new BigDecimal("10"))).isEqualTo(101);
        assertThat(Rounding.percentOf(-1005, new BigDecimal("10"))).isEqualTo(-101);
        assertThat(Rounding.percentOf(333, new BigDecimal("12.5"))).isEqualTo(42);
        assertThatThrownBy(() -> Rounding.divide(BigInteger.ONE, BigInteger.ZERO))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void largest_remainder_guards_its_preconditions() {
        assertThatThrownBy(() -> LargestRemainder.distribute(-1, List.of(), BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.distribute(5, List.of(BigInteger.ONE), BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.distribute(0, List.of(BigInteger.ONE.negate()), BigInteger.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.proportional(5, List.of(0L, 0L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.proportional(5, List.of(-1L, 2L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LargestRemainder.proportional(10, List.of(1L, 1L, 1L))).containsExactly(4, 3, 3);
        assertThat(LargestRemainder.proportional(Long.MAX_VALUE, List.of(Long.MAX_VALUE, Long.MAX_VALUE)))
                .containsExactly(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2);
    }
}
