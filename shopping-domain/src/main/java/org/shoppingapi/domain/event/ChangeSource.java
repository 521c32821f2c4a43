package org.shoppingapi.domain.event;

/**
 * Where a change came from, in the words of the adapter that received it: the {@code address} the caller used and the
 * {@code action} it asked for there. The core records it on the change's api-event and never reads it.
 */
public record ChangeSource(String address, String action) {
}
