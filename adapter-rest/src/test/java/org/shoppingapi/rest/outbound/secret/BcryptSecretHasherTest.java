package org.shoppingapi.rest.outbound.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BcryptSecretHasherTest {

    final BcryptSecretHasher hasher = new BcryptSecretHasher(4);

    @Test
    void a_hash_is_salted_bcrypt_of_the_configured_cost_and_verifies_only_its_secret() {
        String hash = hasher.hash("correct horse");

        assertThat(hash).startsWith("$2a$04$").doesNotContain("correct horse");
        assertThat(hasher.hash("correct horse")).isNotEqualTo(hash);
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsE", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void secrets_longer_than_72_bytes_are_compared_whole_not_truncated() {
        String base = "x".repeat(80);
        String hash = hasher.hash(base + "A");

        assertThat(hasher.matches(base + "A", hash)).isTrue();
        assertThat(hasher.matches(base + "B", hash)).isFalse();
    }

    @Test
    void a_malformed_hash_is_no_match_not_an_error() {
        assertThat(hasher.matches("secret", "not-a-bcrypt-hash")).isFalse();
        assertThat(hasher.matches("secret", "")).isFalse();
    }

    @Test
    void the_cost_must_be_one_bcrypt_accepts() {
        assertThatThrownBy(() -> new BcryptSecretHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptSecretHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
