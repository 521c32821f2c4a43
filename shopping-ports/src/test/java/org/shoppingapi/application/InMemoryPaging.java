package org.shoppingapi.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import org.shoppingapi.ports.paging.PageCursor;

/** The list order of the PostgreSQL stores, for the in-memory ones: newest first, ties by id as PostgreSQL orders uuids. */
final class InMemoryPaging {

    private InMemoryPaging() {
    }

    /** Newest first by created_at, then by id descending in PostgreSQL's uuid order (unsigned bytes = hex text). */
    static <T> Comparator<T> newestFirst(Function<T, Instant> createdAt, Function<T, UUID> id) {
        return Comparator.comparing(createdAt).thenComparing(t -> id.apply(t).toString()).reversed();
    }

    /** Whether a row at {@code (createdAt, id)} comes strictly after {@code cursor} in newest-first order. */
    static boolean after(Instant createdAt, UUID id, PageCursor cursor) {
        int byTime = createdAt.compareTo(cursor.createdAt());
        return byTime < 0 || (byTime == 0 && id.toString().compareTo(cursor.id().toString()) < 0);
    }

    /** Whether {@code createdAt} lies within [{@code from}, {@code to}], an absent end being open. */
    static boolean within(Instant createdAt, java.util.Optional<Instant> from, java.util.Optional<Instant> to) {
        return from.map(f -> !createdAt.isBefore(f)).orElse(true) && to.map(t -> !createdAt.isAfter(t)).orElse(true);
    }
}
