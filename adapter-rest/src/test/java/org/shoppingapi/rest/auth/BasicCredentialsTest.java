package org.shoppingapi.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splits_at_the_first_colon_so_the_secret_may_hold_colons() {
        assertThat(BasicCredentials.parse(basic("pos-1:se:cr:et"))).hasValue(new BasicCredentials("pos-1", "se:cr:et"));
        assertThat(BasicCredentials.parse("basic  " + basic("a:b").substring(6))).hasValue(new BasicCredentials("a", "b"));
        assertThat(BasicCredentials.parse(basic("a:"))).hasValue(new BasicCredentials("a", ""));
    }

    @Test
    void anything_else_is_no_credentials() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("")).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic")).isEmpty();
        assertThat(BasicCredentials.parse("Basic %%%")).isEmpty();
        assertThat(BasicCredentials.parse(basic("no-colon"))).isEmpty();
        assertThat(BasicCredentials.parse(basic(":secret-without-id"))).isEmpty();
    }

    @Test
    void never_prints_the_secret() {
        assertThat(new BasicCredentials("pos-1", "hunter2").toString()).contains("pos-1").doesNotContain("hunter2");
    }
}
