package org.shoppingapi.ports.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;

/** The account id rule, in its one home: T or P and 8 digits, refused on the {@code aid} field in one wording. */
class AccountIdTest {

    @Test
    void test_and_production_ids_of_eight_digits_are_well_formed() {
        for (String id : new String[] {"T12345678", "P00000000", "T99999999"}) {
            assertThat(AccountId.isWellFormed(id)).as(id).isTrue();
            assertThat(AccountId.of(id).value()).isEqualTo(id);
            assertThat(AccountId.require(id)).isEqualTo(id);
            assertThat(AccountId.of(id)).hasToString(id).isEqualTo(new AccountId(id));
        }
    }

    @Test
    void anything_else_is_refused_on_the_aid_field_with_the_rule() {
        for (String id : Arrays.asList(null, "", "X12345678", "t12345678", "T1234567", "T123456789", "T1234567a",
                " T12345678", "T12345678\n", "T１２３４５６７８")) {
            assertThat(AccountId.isWellFormed(id)).as(String.valueOf(id)).isFalse();
            assertThatThrownBy(() -> AccountId.of(id)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).containsExactly(new FieldError("aid",
                            "aid must match ^[PT]\\d{8}$ (T or P and 8 digits)")));
            assertThatThrownBy(() -> AccountId.require(id)).isInstanceOf(ValidationException.class);
        }
    }
}
