package org.shoppingapi.jdbc;

import java.util.List;

/**
 * The SQL that draft and order events share as rows of {@code draft_events}/{@code order_events}: one owner's events
 * aggregated into one column of the owner's read, and new events inserted by the statement that writes the owner.
 */
public final class EventRows {

    private EventRows() {
    }

    /**
     * A column with the owner's event bodies as one JSON array in sequence order (NULL without events). The account
     * is the statement's parameter {@code :owner} (the one the owner rows are selected by), not the owner row's
     * column: with a value the planner reads the events of that account only (one partition, one shard).
     */
    public static String aggregate(String table, String ownerColumn, String ownerAlias) {
        return "(SELECT json_agg(e.body ORDER BY e.sequence) FROM " + table + " e WHERE e.account_id = :owner"
                + " AND e." + ownerColumn + " = " + ownerAlias + ".id)";
    }

    /**
     * An insert of the event bodies bound as {@code :events} (a JSON array) at sequences from {@code :first_sequence}
     * on, for the owner returned by the CTE {@code owner}: nothing is inserted when that CTE wrote no row.
     */
    public static String insertFrom(String owner, String table, String ownerColumn) {
        return "INSERT INTO " + table + " (account_id, " + ownerColumn + ", sequence, event_type, body, created_at)"
                + " SELECT " + owner + ".account_id, " + owner + ".id, :first_sequence + e.n - 1,"
                + " e.body ->> 'event_type', e.body, (e.body ->> 'created_at')::timestamptz"
                + " FROM " + owner + ", jsonb_array_elements(CAST(:events AS jsonb)) WITH ORDINALITY AS e(body, n)";
    }

    /**
     * The events from position {@code first} on. Every change of a draft or order appends exactly one event and adds
     * one to the version, so an owner at {@code version} has {@code version + 1} events and those of the versions
     * after the stored one are the new ones; anything else would append wrongly, so it is refused.
     */
    public static <E> List<E> after(List<E> events, long version, long first, String owner) {
        if (events.size() != version + 1 || first > events.size()) {
            throw new IllegalStateException(owner + " has " + events.size() + " events at version " + version
                    + "; cannot tell which are new");
        }
        return events.subList((int) first, events.size());
    }
}
