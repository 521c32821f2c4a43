package org.shoppingapi.ports.out.webhook;

import java.net.URI;
import java.util.Optional;

/** Which URLs may receive webhooks (SPEC §6): none that resolves to an address inside the service's network. */
public interface WebhookTargets {

    /** Why {@code url} may not receive webhooks (a problem to append to the field name), or empty if it may. */
    Optional<String> refusal(URI url);
}
