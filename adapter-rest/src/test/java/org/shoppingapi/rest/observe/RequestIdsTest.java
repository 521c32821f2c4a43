package org.shoppingapi.rest.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void visible_ascii_up_to_128_characters_is_kept() {
        assertThat(RequestIds.acceptOrGenerate("abc-123_!~")).isEqualTo("abc-123_!~");
        assertThat(RequestIds.isValid("x".repeat(128))).isTrue();
    }

    @Test
    void anything_else_is_replaced() {
        assertThat(RequestIds.isValid(null)).isFalse();
        assertThat(RequestIds.isValid("")).isFalse();
        assertThat(RequestIds.isValid("x".repeat(129))).isFalse();
        assertThat(RequestIds.isValid("two words")).isFalse();
        assertThat(RequestIds.isValid("line\nbreak")).isFalse();
        assertThat(RequestIds.isValid("tab\there")).isFalse();
        assertThat(RequestIds.isValid("ordre-ø")).isFalse();
        assertThat(RequestIds.isValid("del\u007f")).isFalse();
        assertThat(RequestIds.acceptOrGenerate("two words")).isNotEqualTo("two words").hasSize(36);
    }
}
