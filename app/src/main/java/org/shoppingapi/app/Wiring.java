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
import org.shoppingapi.jdbc.draft.JdbiDraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.service.DraftService;
import org.shoppingapi.rest.RestApi;
import org.shoppingapi.rest.draft.DraftResource;
import org.shoppingapi.rest.json.JsonMapping;
import org.shoppingapi.rest.wire.ContentMapper;
import org.shoppingapi.rest.wire.DraftMapper;

/** Hand wiring: stores → services → resources. The one place that knows every concrete class. */
public final class Wiring implements AutoCloseable {

    private final ObjectMapper json;
    private final Transactions transactions;
    private final DraftService draftService;

    private Wiring(ObjectMapper json, Transactions transactions, DraftService draftService) {
        this.json = json;
        this.transactions = transactions;
        this.draftService = draftService;
    }

    public static Wiring create(Jdbi jdbi, ServiceSettings settings) {
        // Millisecond timestamps: what PostgreSQL stores and what clients compare must be the same instant.
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        Ids ids = UUID::randomUUID;
        Transactions transactions = new JdbiTransactions(jdbi);
        DraftService drafts = new DraftService(new JdbiDraftStore(jdbi), transactions, ids, clock);
        return new Wiring(JsonMapping.create(), transactions, drafts);
    }

    /** The JAX-RS application with every resource. */
    public ResourceConfig restApplication() {
        ContentMapper content = new ContentMapper(json);
        List<Object> components = new ArrayList<>();
        components.add(new DraftResource(draftService, draftService, content, new DraftMapper(content)));
        return RestApi.resourceConfig(json, components);
    }

    public DraftService drafts() {
        return draftService;
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Stops background work started by the wiring (dispatchers and the like). */
    @Override
    public void close() {
    }
}
