/**
 * The use cases (in-ports), what the core needs from outside (out-ports) and the application services that implement
 * the one with the other. Adapters see the ports; only the composer (app, or an embedder) builds the services.
 */
module org.shoppingapi.ports {
    requires transitive org.shoppingapi.domain;

    exports org.shoppingapi.ports.auth;
    exports org.shoppingapi.ports.in;
    exports org.shoppingapi.ports.in.auth;
    exports org.shoppingapi.ports.in.discount;
    exports org.shoppingapi.ports.in.draft;
    exports org.shoppingapi.ports.in.idempotency;
    exports org.shoppingapi.ports.in.order;
    exports org.shoppingapi.ports.in.payout;
    exports org.shoppingapi.ports.in.webhook;
    exports org.shoppingapi.ports.out;
    exports org.shoppingapi.ports.out.auth;
    exports org.shoppingapi.ports.out.webhook;
    exports org.shoppingapi.ports.paging;
    exports org.shoppingapi.application;
    exports org.shoppingapi.application.auth;
}
