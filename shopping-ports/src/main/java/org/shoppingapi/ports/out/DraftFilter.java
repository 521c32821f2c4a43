package org.shoppingapi.ports.out;

import java.time.Instant;
import java.util.Optional;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * Which drafts a list reads: one account's, of one status (or any but deleted when absent), created within
 * [{@code createdFrom}, {@code createdTo}], strictly after {@code startingAfter} in newest-first order.
 */
public record DraftFilter(String accountId, Optional<DraftStatus> status, Optional<Instant> createdFrom,
                          Optional<Instant> createdTo, Optional<PageCursor> startingAfter, int limit) {
}
