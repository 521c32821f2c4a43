package org.shoppingapi.jdbc.auth;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.StoredClient;

/** API clients in PostgreSQL: one row per (account, client id), scopes as a text array. */
public final class JdbiClientStore implements ClientStore {

    private final Jdbi jdbi;

    public JdbiClientStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void upsert(StoredClient client) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO api_clients (account_id, client_id, secret_hash, scopes)
                        VALUES (:account_id, :client_id, :secret_hash, :scopes)
                        ON CONFLICT (account_id, client_id)
                        DO UPDATE SET secret_hash = EXCLUDED.secret_hash, scopes = EXCLUDED.scopes, updated_at = now()
                        """)
                .bind("account_id", client.accountId())
                .bind("client_id", client.clientId())
                .bind("secret_hash", client.secretHash())
                .bindArray("scopes", String.class, client.scopes())
                .execute());
    }

    @Override
    public Optional<StoredClient> find(String accountId, String clientId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT account_id, client_id, secret_hash, scopes FROM api_clients
                        WHERE account_id = :account_id AND client_id = :client_id
                        """)
                .bind("account_id", accountId)
                .bind("client_id", clientId)
                .map(JdbiClientStore::toClient)
                .findOne());
    }

    private static StoredClient toClient(ResultSet rs, StatementContext ctx) throws SQLException {
        Array scopes = rs.getArray("scopes");
        return new StoredClient(rs.getString("account_id"), rs.getString("client_id"), rs.getString("secret_hash"),
                List.of((String[]) scopes.getArray()));
    }
}
