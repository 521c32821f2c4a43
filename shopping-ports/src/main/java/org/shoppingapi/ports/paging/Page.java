package org.shoppingapi.ports.paging;

import java.util.List;
import java.util.Optional;

/** One page of a newest-first list and, when more rows follow, the cursor to continue after. */
public record Page<T>(List<T> items, Optional<PageCursor> next) {

    public Page {
        items = List.copyOf(items);
        next = next == null ? Optional.empty() : next;
    }
}
