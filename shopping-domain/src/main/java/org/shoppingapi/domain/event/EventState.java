package org.shoppingapi.domain.event;

/** State reported by a service event, also used for the collection-level {@code state}. */
public enum EventState {
    ERROR, FAILURE, SUCCESS, PENDING
}
