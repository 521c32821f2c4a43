package org.shoppingapi.domain.webhook;

/** The webhook event types a subscription can ask for (seed 004 "Webhooks"). */
public enum EventType {
    SHOPPING_DRAFT_ADD,
    SHOPPING_DRAFT_UPDATE,
    SHOPPING_DRAFT_COMPLETE,
    SHOPPING_ORDER_UPDATE,
    SHOPPING_ORDER_EVENT_ADD
}
