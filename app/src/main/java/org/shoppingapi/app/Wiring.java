package org.shoppingapi.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.glassfish.jersey.server.ResourceConfig;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.auth.JdbiClientStore;
import org.shoppingapi.jdbc.auth.JdbiSigningKeyStore;
import org.shoppingapi.jdbc.draft.JdbiDraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.auth.SecretHasher;
import org.shoppingapi.ports.service.DraftService;
import org.shoppingapi.ports.service.auth.ClientRegistrationService;
import org.shoppingapi.ports.service.auth.TokenService;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.auth.BcryptSecretHasher;
import org.shoppingapi.rest.auth.JwksResource;
import org.shoppingapi.rest.auth.JwtTokens;
import org.shoppingapi.rest.auth.SigningKeys;
import org.shoppingapi.rest.auth.TokenResource;
import org.shoppingapi.rest.draft.DraftResource;
import org.shoppingapi.rest.json.JsonMapping;
import org.shoppingapi.rest.wire.ContentMapper;
import org.shoppingapi.rest.wire.DraftMapper;

/** Hand wiring: stores → services → resources. The one place that knows every concrete class. */
public final class Wiring implements AutoCloseable {

    private final ObjectMapper json;
    private final Transactions transactions;
    private final DraftService draftService;
    private final Auth auth;

    /** The authentication parts: token signing and checking, token issuing, client registration. */
    record Auth(JwtTokens tokens, TokenService tokenService, ClientRegistrationService clients, boolean keyConfigured) {
    }

    private Wiring(ObjectMapper json, Transactions transactions, DraftService draftService, Auth auth) {
        this.json = json;
        this.transactions = transactions;
        this.draftService = draftService;
        this.auth = auth;
    }

    public static Wiring create(Jdbi jdbi, ServiceSettings settings) {
        // Millisecond timestamps: what PostgreSQL stores and what clients compare must be the same instant.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        Ids ids = UUID::randomUUID;
        Transactions transactions = new JdbiTransactions(jdbi);
        DraftService drafts = new DraftService(new JdbiDraftStore(jdbi), transactions, ids, clock);
        return new Wiring(JsonMapping.create(), transactions, drafts, auth(jdbi, settings.auth(), clock));
    }

    private static Auth auth(Jdbi jdbi, AuthSettings settings, Clock clock) {
        // A configured key wins; otherwise the one generated at the first start and kept in the database.
        String key = settings.signingKey()
                .orElseGet(() -> new JdbiSigningKeyStore(jdbi).findOrCreate(SigningKeys::generate));
        JwtTokens tokens = JwtTokens.create(key, settings.issuer(), clock);
        JdbiClientStore clientStore = new JdbiClientStore(jdbi);
        SecretHasher hasher = new BcryptSecretHasher(settings.bcryptCost());
        return new Auth(tokens, new TokenService(clientStore, hasher, tokens, clock, settings.tokenLifetime()),
                new ClientRegistrationService(clientStore, hasher), settings.signingKey().isPresent());
    }

    /** Client registration alone, for the {@code clients} command: no signing key is needed to register. */
    static ClientRegistrationService clientRegistration(Jdbi jdbi, AuthSettings settings) {
        return new ClientRegistrationService(new JdbiClientStore(jdbi), new BcryptSecretHasher(settings.bcryptCost()));
    }

    /** The JAX-RS application with every resource. */
    public ResourceConfig restApplication() {
        ContentMapper content = new ContentMapper(json);
        List<Object> components = new ArrayList<>();
        components.add(new TokenResource(auth.tokenService()));
        components.add(new JwksResource(auth.tokens()));
        components.add(new DraftResource(draftService, draftService, content, new DraftMapper(content)));
        return RestApi.resourceConfig(json, auth.tokens(), components);
    }

    public DraftService drafts() {
        return draftService;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Registers API clients (SHOPPING_CLIENTS, the clients command, tests). */
    public ClientRegistrationService clients() {
        return auth.clients();
    }

    /** Issues and checks access tokens. */
    public JwtTokens tokens() {
        return auth.tokens();
    }

    /** True when the signing key came from {@code auth.signing-key}, false when it is the stored one. */
    public boolean signingKeyConfigured() {
        return auth.keyConfigured();
    }

    /** Stops background work started by the wiring (dispatchers and the like). */
    @Override
    public void close() {
    }
}
