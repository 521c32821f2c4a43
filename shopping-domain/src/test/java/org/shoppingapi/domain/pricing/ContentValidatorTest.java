package org.shoppingapi.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.discounted;
import static org.shoppingapi.domain.Fixtures.item;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;

/** Validation messages name the exact wire path of the offending field. */
class ContentValidatorTest {

    private static List<String> messages(OrderContent content) {
        try {
            ContentValidator.validate(content, "order");
        } catch (ValidationException e) {
            assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
            return e.errors().stream().map(FieldError::message).toList();
        }
        return List.of();
    }

    @Test
    void valid_content_passes() {
        assertThat(messages(content(item(1, 100, "25"), item(2, -100, "12.5")))).isEmpty();
    }

    @Test
    void percentages_have_at_most_six_decimals_so_tax_math_stays_cheap() {
        Item real = item(1, 100).withAmounts(0, List.of(new TaxLine(new BigDecimal("8.875"), 0),
                new TaxLine(new BigDecimal("1.1234560000"), 0)));
        assertThat(messages(content(real))).isEmpty();
        Item tiny = item(1, 100).withAmounts(0, List.of(new TaxLine(new BigDecimal("1E-1000000"), 0),
                new TaxLine(new BigDecimal("12.1234567"), 0)));
        assertThat(messages(content(tiny))).containsExactly(
                "order.items[0].tax_lines[0].percentage must have at most 6 decimals",
                "order.items[0].tax_lines[1].percentage must have at most 6 decimals");
    }

    @Test
    void percentage_out_of_range_and_missing() {
        Item bad = item(1, 100).withAmounts(0, List.of(new TaxLine(new BigDecimal("100.01"), 0),
                new TaxLine(null, 0), new TaxLine(new BigDecimal("-1"), 0)));
        assertThat(messages(content(bad))).containsExactly(
                "order.items[0].tax_lines[0].percentage must be between 0 and 100",
                "order.items[0].tax_lines[1].percentage is required",
                "order.items[0].tax_lines[2].percentage must be between 0 and 100");
    }

    @Test
    void boundaries_0_and_100_are_allowed() {
        assertThat(messages(content(item(1, 100, "0", "100")))).isEmpty();
    }

    @Test
    void currency_is_required_and_must_be_iso() {
        assertThat(messages(new OrderContent(null, null, null, List.of(), null, null)))
                .containsExactly("order.currency is required");
        assertThat(messages(new OrderContent(null, "nok", null, List.of(), null, null)))
                .containsExactly("order.currency must be an ISO-4217 currency code");
        assertThat(messages(new OrderContent(null, "XQQ", null, List.of(), null, null)))
                .containsExactly("order.currency must be an ISO-4217 currency code");
    }

    @Test
    void line_ids_must_be_unique() {
        assertThat(messages(content(item(1, 100), item(2, 100), item(1, 5))))
                .containsExactly("order.items[2].line_id must be unique in the order, 1 is used twice");
    }

    @Test
    void quantity_must_be_positive() {
        Item zero = new Item("x", 1, null, BigDecimal.ZERO, 100, 0, List.of(), List.of(), null, true, null, null,
                null);
        assertThat(messages(content(zero))).containsExactly("order.items[0].quantity must be greater than 0");
    }

    @Test
    void discount_amounts_must_be_non_negative_and_not_exceed_a_positive_gross() {
        Item negative = discounted(item(1, 100), DiscountLine.of(-1, DiscountType.MANUAL));
        Item tooMuch = discounted(item(2, 100), DiscountLine.of(60, DiscountType.MANUAL),
                DiscountLine.of(41, DiscountType.CUSTOMER));
        Item exact = discounted(item(3, 100), DiscountLine.of(100, DiscountType.MANUAL));
        Item badPercentage = discounted(item(4, 100),
                new DiscountLine(10, new BigDecimal("101"), DiscountType.MANUAL, null, null, 1));
        assertThat(messages(content(negative, tooMuch, exact, badPercentage))).containsExactly(
                "order.items[0].discount_lines[0].amount must be 0 or more",
                "order.items[1].discount_lines add up to 101, more than the item's gross_amount 100",
                "order.items[3].discount_lines[0].percentage must be between 0 and 100");
    }

    @Test
    void single_item_validation_uses_the_given_path() {
        assertThatThrownBy(() -> ContentValidator.validateItem(item(1, 5, "120"), "order.items[4]"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("order.items[4].tax_lines[0].percentage must be between 0 and 100");
    }

    @Test
    void the_exception_message_summarises_several_errors() {
        assertThatThrownBy(() -> Pricing.price(content(item(1, 5, "120"), item(1, 5))))
                .hasMessage("order.items[0].tax_lines[0].percentage must be between 0 and 100 (and 1 more)");
    }
}
