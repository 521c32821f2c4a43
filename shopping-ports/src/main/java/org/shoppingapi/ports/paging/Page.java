package org.shoppingapi.ports.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a newest-first list and, when more rows follow, the cursor to continue after. */
public record Page<T>(List<T> items, Optional<PageCursor> next) {

    public Page {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }

    /**
     * The page of the first {@code limit} of {@code rows}, which were read one row beyond the page: that row's
     * presence says another page follows (without a count query), and the cursor continues after the page's last row.
     */
    public static <T> Page<T> fromLookahead(List<T> rows, int limit, Function<T, PageCursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, Optional.of(cursorOf.apply(items.get(items.size() - 1))));
    }
}
