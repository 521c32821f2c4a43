package org.shoppingapi.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.rest.error.ApiException;

/** Query values a database cannot take are a 400 naming the parameter, never a 500 from the query. */
class RequestParamsTest {

    @Test
    void a_timestamp_needs_a_four_digit_year() {
        assertThat(RequestParams.timestamp("created_at.gte", "9999-12-31T23:59:59Z"))
                .contains(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(RequestParams.timestamp("created_at.gte", "2023-11-07T07:31:56+02:00"))
                .contains(Instant.parse("2023-11-07T05:31:56Z"));
        assertThatThrownBy(() -> RequestParams.timestamp("created_at.gte", "+300000-01-01T00:00:00Z"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.BAD_FIELD))
                .hasMessage("created_at.gte must be an RFC 3339 timestamp such as 2023-11-07T05:31:56Z");
        assertThatThrownBy(() -> RequestParams.timestamp("created_at.lte", "-0001-12-31T00:00:00Z"))
                .hasMessageStartingWith("created_at.lte must be an RFC 3339 timestamp");
    }

    @Test
    void a_paging_token_naming_a_time_no_row_can_have_is_refused() {
        PageCursor ours = new PageCursor(Instant.parse("2026-01-02T03:04:05.678Z"), UUID.randomUUID());
        assertThat(RequestParams.startingAfter(ours.token())).contains(ours);
        assertThat(RequestParams.startingAfter("")).isEqualTo(Optional.empty());
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("1|+300000-01-01T00:00:00Z|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> RequestParams.startingAfter(forged))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.BAD_FIELD))
                .hasMessage("starting_after is not a paging token of this list");
    }
}
