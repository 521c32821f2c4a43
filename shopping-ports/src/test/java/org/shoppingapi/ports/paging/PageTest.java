package org.shoppingapi.ports.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A list read one row beyond its page is cut to the page, with a cursor only when that extra row was there. */
class PageTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private record Row(Instant createdAt, UUID id) {
    }

    private static List<Row> rows(int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> new Row(T0.minusSeconds(i), new UUID(0, i))).toList();
    }

    private static Page<Row> page(List<Row> rows, int limit) {
        return Page.fromLookahead(rows, limit, r -> new PageCursor(r.createdAt(), r.id()));
    }

    @Test
    void fewer_or_as_many_rows_as_the_limit_are_the_last_page() {
        assertThat(page(rows(0), 2).items()).isEmpty();
        assertThat(page(rows(1), 2).next()).isEmpty();
        Page<Row> full = page(rows(2), 2);
        assertThat(full.items()).isEqualTo(rows(2));
        assertThat(full.next()).isEmpty();
    }

    @Test
    void the_extra_row_is_cut_off_and_the_cursor_names_the_last_row_kept() {
        Page<Row> page = page(rows(3), 2);
        assertThat(page.items()).isEqualTo(rows(2));
        assertThat(page.next()).contains(new PageCursor(T0.minusSeconds(1), new UUID(0, 1)));
    }
}
