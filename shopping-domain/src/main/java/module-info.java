/**
 * The shopping domain: drafts, orders, items, money and tax rules as plain Java (java.base only). Exports the
 * packages its users build on; the completion policy and payout resolution are exported only to the application
 * services, and amount arithmetic ({@code money}) stays inside.
 */
@SuppressWarnings("module") // the qualified exports name a module compiled after this one
module org.shoppingapi.domain {
    exports org.shoppingapi.domain.common;
    exports org.shoppingapi.domain.content;
    exports org.shoppingapi.domain.discount;
    exports org.shoppingapi.domain.draft;
    exports org.shoppingapi.domain.error;
    exports org.shoppingapi.domain.event;
    exports org.shoppingapi.domain.order;
    exports org.shoppingapi.domain.payout;
    exports org.shoppingapi.domain.pricing;
    exports org.shoppingapi.domain.webhook;

    exports org.shoppingapi.domain.completion to org.shoppingapi.ports;
    exports org.shoppingapi.domain.payout.resolution to org.shoppingapi.ports;
}
