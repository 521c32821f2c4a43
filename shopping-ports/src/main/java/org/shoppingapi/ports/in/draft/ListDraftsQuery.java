package org.shoppingapi.ports.in.draft;

import java.time.Instant;
import java.util.Optional;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.ports.paging.PageCursor;
import org.shoppingapi.ports.paging.PageLimit;

/**
 * GET /draft_orders: the account's drafts, newest first, optionally of one status and within a {@code created_at}
 * range (both ends inclusive). Without a status, deleted drafts are left out.
 */
public record ListDraftsQuery(String accountId, Optional<DraftStatus> status, Optional<Instant> createdFrom,
                              Optional<Instant> createdTo, int limit, Optional<PageCursor> startingAfter) {

    public ListDraftsQuery {
        AccountId.require(accountId);
        status = status == null ? Optional.empty() : status;
        createdFrom = createdFrom == null ? Optional.empty() : createdFrom;
        createdTo = createdTo == null ? Optional.empty() : createdTo;
        startingAfter = startingAfter == null ? Optional.empty() : startingAfter;
        limit = PageLimit.of(limit);
        if (createdFrom.isPresent() && createdTo.isPresent() && createdFrom.get().isAfter(createdTo.get())) {
            throw ValidationException.of("created_at.gte", "must not be after created_at.lte");
        }
    }
}
