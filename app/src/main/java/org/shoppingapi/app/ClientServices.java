package org.shoppingapi.app;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.application.auth.ClientAdministrationService;
import org.shoppingapi.application.auth.ClientRegistrationService;
import org.shoppingapi.jdbc.auth.JdbiClientStore;
import org.shoppingapi.rest.outbound.secret.BcryptSecretHasher;

/**
 * Client registration and administration alone, for the {@code clients} command: the client store and bcrypt, and
 * nothing of the API (no signing key, no resources; ArchitectureTest pins that the command loads no inbound REST class).
 */
final class ClientServices {

    /** How long a client's revocation state is trusted before it is read again (README "Client administration"). */
    static final Duration CLIENT_STANDING_TTL = Duration.ofSeconds(5);

    private ClientServices() {
    }

    /** Client listing, revocation and rotation. */
    static ClientAdministrationService administration(Jdbi jdbi, AuthSettings settings) {
        return new ClientAdministrationService(new JdbiClientStore(jdbi), new BcryptSecretHasher(settings.bcryptCost()),
                Clock.systemUTC(), CLIENT_STANDING_TTL);
    }

    /** Client registration: no signing key is needed to register. */
    static ClientRegistrationService registration(Jdbi jdbi, AuthSettings settings) {
        return new ClientRegistrationService(new JdbiClientStore(jdbi), new BcryptSecretHasher(settings.bcryptCost()));
    }
}
