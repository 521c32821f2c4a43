package org.shoppingapi.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** SPEC §1's bounds on numbers and text, and that everything within them has a short plain rendering. */
class ValueLimitsTest {

    @Test
    void numbers_within_forty_digits_and_an_exponent_of_308_are_fine() {
        for (String n : new String[]{"0", "-1", "1E+308", "1E-308", "9.999999999999999999999999999999999999999E+308",
                "-1.234567890123456789012345678901234567890E-308", "1234567890123456789012345678901234567890"}) {
            assertThat(ValueLimits.numberProblem(n)).as(n).isEmpty();
            // PostgreSQL gives numbers back in plain notation: the stored-data reader must take that length.
            assertThat(new BigDecimal(n).toPlainString().length()).as(n)
                    .isLessThanOrEqualTo(ValueLimits.MAX_PLAIN_NUMBER_LENGTH);
        }
    }

    @Test
    void more_digits_or_a_larger_exponent_are_refused_with_the_rule() {
        assertThat(ValueLimits.numberProblem("12345678901234567890123456789012345678901")).get().asString()
                .contains("40 significant digits");
        assertThat(ValueLimits.numberProblem("1.0000000000000000000000000000000000000000")).isPresent();
        for (String n : new String[]{"1E+309", "1E-309", "1E+1000", "123456789e995", "1E-1001", "0E-1000",
                "1E+1000000", "1E+99999999999", "1E-99999999999"}) {
            assertThat(ValueLimits.numberProblem(n)).as(n).get().asString().contains("±308");
        }
        assertThat(ValueLimits.numberProblem("1" + "0".repeat(400))).isPresent();
    }

    @Test
    void text_with_u0000_is_refused() {
        assertThat(ValueLimits.textProblem("a\u0000b")).get().asString().contains("U+0000");
        assertThat(ValueLimits.textProblem("åäö 😀")).isEmpty();
    }
}
