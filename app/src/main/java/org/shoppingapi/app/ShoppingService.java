package org.shoppingapi.app;

import io.helidon.config.Config;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import io.helidon.http.DirectHandler;
import io.helidon.jersey.webserver.JaxRsService;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http1.Http1Config;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.glassfish.jersey.server.ResourceConfig;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.app.server.HelidonMappers;
import org.shoppingapi.app.server.LoadShedding;
import org.shoppingapi.jdbc.webhook.JdbiWebhookBacklog;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.RequestFramingFilter;
import org.shoppingapi.rest.error.JsonErrorDirectHandler;
import org.shoppingapi.rest.observe.RequestObservationFilter;

/** The running service: database, wiring, web server, background work; started in that order, stopped in reverse. */
public final class ShoppingService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ShoppingService.class.getName());

    private final DatabaseBootstrap.OpenDatabase database;
    private final Wiring wiring;
    private final WebServer server;
    private final ServiceMetrics metrics;
    private final HeaderReadTimeout headerTimeout;

    private ShoppingService(DatabaseBootstrap.OpenDatabase database, Wiring wiring, WebServer server,
                            ServiceMetrics metrics, HeaderReadTimeout headerTimeout) {
        this.database = database;
        this.wiring = wiring;
        this.server = server;
        this.metrics = metrics;
        this.headerTimeout = headerTimeout;
    }

    /** Starts everything described by {@code config}; the caller owns the result and must close it. */
    public static ShoppingService start(Config config) {
        HelidonMappers.pinGlobal();
        ServiceSettings settings = ServiceSettings.from(config);
        DatabaseBootstrap.OpenDatabase database = DatabaseBootstrap.open(settings);
        HeaderReadTimeout headerTimeout = null;
        try {
            Wiring wiring = Wiring.create(database.jdbi(), settings);
            LOG.info("Access tokens are signed with " + wiring.tokenSigner().algorithm() + " key " + wiring.tokenSigner().keyId()
                    + (wiring.signingKeyConfigured() ? " from auth.signing-key" : " kept in the database")
                    + "; public key at " + RestApi.BASE_PATH + "/.well-known/jwks.json");
            ClientProvisioning.register(settings.shoppingClients(), wiring.clients());
            ResourceConfig application = wiring.restApplication();
            ServiceMetrics metrics = new ServiceMetrics(database.dataSource(), new JdbiWebhookBacklog(database.jdbi()));
            int connectionCap = ConnectionCap.of(config.get("server"));
            headerTimeout = new HeaderReadTimeout(config.get("server.header-read-timeout").as(Duration.class)
                    .orElse(Duration.ofSeconds(10)));
            WebServer server = WebServer.builder()
                    .protocolsDiscoverServices(false)
                    .config(config.get("server"))
                    .maxTcpConnections(connectionCap)
                    // The one HTTP/1.1 protocol (settings from server.protocols.http_1_1), not a second one beside
                    // the discovered default: with two, Helidon reads a new connection's first bytes to choose between
                    // them, with no timeout, so a client that never sends a byte was never closed; with one, the
                    // connection is HTTP/1.1 at once and idle-connection-timeout covers it (SPEC §1,
                    // SilentConnectionTest).
                    .protocols(List.of(Http1Config.builder()
                            .config(config.get("server.protocols.http_1_1"))
                            .name("http_1_1")
                            .addReceiveListener(headerTimeout)
                            .build()))
                    // Refusals Helidon makes itself (body over max-payload-size: 413) answer in the SPEC body too.
                    .directHandlers(DirectHandlers.builder()
                            .addHandler(DirectHandler.EventType.PAYLOAD_TOO_LARGE, new JsonErrorDirectHandler())
                            .addHandler(DirectHandler.EventType.BAD_REQUEST, new JsonErrorDirectHandler())
                            .build())
                    .addFeature(ObserveFeature.just(
                            HealthObserver.builder()
                                    .details(true)
                                    .addCheck(() -> databaseHealth(database.dataSource()), HealthCheckType.READINESS, "database")
                                    .build(),
                            MetricsObserver.create()))
                    // The request id and the access log wrap everything, refusals included; beyond capacity a
                    // request is then shed before anything else runs; ambiguous body lengths are refused before
                    // anything reads a body (SPEC §1, request smuggling).
                    .routing(routing -> routing
                            .addFilter(new RequestObservationFilter(metrics))
                            .addFilter(new LoadShedding(LoadShedding.Settings.from(config)))
                            .addFilter(new RequestFramingFilter())
                            .get(OpenApiEndpoint.PATH, new OpenApiEndpoint())
                            .register(RestApi.BASE_PATH, JaxRsService.create(config, application)))
                    .build()
                    .start();
            wiring.startBackgroundWork();
            LOG.info("Shopping API listening on port " + server.port() + " (" + database.description()
                    + "; at most " + connectionCap + " connections at once)");
            return new ShoppingService(database, wiring, server, metrics, headerTimeout);
        } catch (RuntimeException e) {
            if (headerTimeout != null) {
                headerTimeout.close();
            }
            database.close();
            throw e;
        }
    }

    private static HealthCheckResponse databaseHealth(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            boolean ok = c.isValid(2);
            return HealthCheckResponse.builder().status(ok).detail("database", ok ? "reachable" : "not answering").build();
        } catch (Exception e) {
            return HealthCheckResponse.builder().status(false).detail("database", "unreachable: " + e.getMessage()).build();
        }
    }

    public int port() {
        return server.port();
    }

    /** The wired components, for tests that need to reach below HTTP. */
    public Wiring wiring() {
        return wiring;
    }

    /** The service's Jdbi, for tests that watch the SQL a request runs. */
    public Jdbi jdbi() {
        return database.jdbi();
    }

    /**
     * Graceful, in reverse order of start: the server stops taking requests and finishes those in flight, then the
     * background work stops (the dispatcher drains its attempts), then the pool and the embedded database close.
     */
    @Override
    public void close() {
        server.stop();
        metrics.close();
        headerTimeout.close();
        wiring.close();
        database.close();
        LOG.info("Shopping API stopped");
    }
}
