package org.shoppingapi.domain.common;

import java.time.Instant;

/** Who created, last changed and deleted a resource, and when. */
public record Audit(Instant createdAt, String createdBy, Instant updatedAt, Instant deletedAt, String deletedBy) {

    public static Audit created(Instant at, String by) {
        return new Audit(at, by, at, null, null);
    }

    public Audit updated(Instant at) {
        return new Audit(createdAt, createdBy, at, deletedAt, deletedBy);
    }

    public Audit deleted(Instant at, String by) {
        return new Audit(createdAt, createdBy, at, at, by);
    }
}
