package org.shoppingapi.ports.out;

import java.util.Objects;

/** A session a checkout provider started: its id and the URL to send the buyer to. */
public record StartedSession(String id, String url) {

    public StartedSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
    }
}
