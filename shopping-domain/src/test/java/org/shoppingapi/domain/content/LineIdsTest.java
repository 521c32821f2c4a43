package org.shoppingapi.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One line per line id in an order: the one home of that rule and of the words its refusals use. */
class LineIdsTest {

    private static Item line(int lineId) {
        return Item.of("sku-" + lineId, lineId, "line " + lineId, BigDecimal.ONE, 100, List.of());
    }

    @Test
    void an_id_is_claimed_once_and_a_second_claim_takes_nothing() {
        LineIds ids = LineIds.none();
        assertThat(ids.contains(3)).isFalse();
        assertThat(ids.claim(3)).isTrue();
        assertThat(ids.contains(3)).isTrue();
        assertThat(ids.claim(3)).isFalse();
        assertThat(ids.claim(4)).isTrue();
    }

    @Test
    void the_ids_of_existing_lines_are_in_use_and_new_ones_are_free() {
        LineIds ids = LineIds.of(List.of(line(1), line(2)));
        assertThat(ids.contains(1)).isTrue();
        assertThat(ids.contains(2)).isTrue();
        assertThat(ids.claim(2)).isFalse();
        assertThat(ids.claim(7)).isTrue();
        assertThat(LineIds.of(List.of(line(1))).contains(7)).as("each set is its own").isFalse();
    }

    @Test
    void each_refusal_names_the_id_and_why_it_is_taken() {
        assertThat(LineIds.usedTwice(5)).isEqualTo("must be unique in the order, 5 is used twice");
        assertThat(LineIds.alreadyUsed(5)).isEqualTo("must be unique in the order, 5 is already used");
        assertThat(LineIds.alreadyALineOf(5, "EXIST-1")).isEqualTo("5 is already a line of order EXIST-1");
    }
}
