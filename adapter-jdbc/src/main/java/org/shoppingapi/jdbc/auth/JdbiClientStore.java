package org.shoppingapi.jdbc.auth;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.ports.auth.ClientInfo;
import org.shoppingapi.ports.out.auth.ClientStanding;
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
                        DO UPDATE SET secret_hash = EXCLUDED.secret_hash, scopes = EXCLUDED.scopes, updated_at = now(),
                                      revoked_at = NULL
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
                        WHERE account_id = :account_id AND client_id = :client_id AND revoked_at IS NULL
                        """)
                .bind("account_id", accountId)
                .bind("client_id", clientId)
                .map(JdbiClientStore::toClient)
                .findOne());
    }

    @Override
    public List<ClientInfo> list(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + INFO_COLUMNS + """
                         FROM api_clients WHERE account_id = :account_id ORDER BY created_at, client_id
                        """)
                .bind("account_id", accountId)
                .map(JdbiClientStore::toInfo)
                .list());
    }

    @Override
    public List<ClientInfo> findLive(String clientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + INFO_COLUMNS + """
                         FROM api_clients WHERE client_id = :client_id AND revoked_at IS NULL ORDER BY account_id
                        """)
                .bind("client_id", clientId)
                .map(JdbiClientStore::toInfo)
                .list());
    }

    @Override
    public boolean revoke(String accountId, String clientId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE api_clients SET revoked_at = now(), updated_at = now()
                        WHERE account_id = :account_id AND client_id = :client_id AND revoked_at IS NULL
                        """)
                .bind("account_id", accountId)
                .bind("client_id", clientId)
                .execute()) == 1;
    }

    @Override
    public boolean rotate(String accountId, String clientId, String secretHash) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE api_clients SET secret_hash = :secret_hash, tokens_not_before = now(), updated_at = now()
                        WHERE account_id = :account_id AND client_id = :client_id AND revoked_at IS NULL
                        """)
                .bind("account_id", accountId)
                .bind("client_id", clientId)
                .bind("secret_hash", secretHash)
                .execute()) == 1;
    }

    @Override
    public ClientStanding standing(String accountId, String clientId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT revoked_at, tokens_not_before FROM api_clients
                        WHERE account_id = :account_id AND client_id = :client_id
                        """)
                .bind("account_id", accountId)
                .bind("client_id", clientId)
                .map((rs, ctx) -> new ClientStanding(Rows.instant(rs, "revoked_at"), Rows.instant(rs, "tokens_not_before")))
                .findOne()
                // A token of a client that no longer exists at all is not honoured either.
                .orElse(new ClientStanding(Instant.EPOCH, null)));
    }

    @Override
    public void markUsed(String accountId, String clientId) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE api_clients SET last_used_at = now()
                        WHERE account_id = :account_id AND client_id = :client_id
                        """)
                .bind("account_id", accountId)
                .bind("client_id", clientId)
                .execute());
    }

    private static final String INFO_COLUMNS = "account_id, client_id, scopes, created_at, last_used_at, revoked_at";

    private static ClientInfo toInfo(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ClientInfo(rs.getString("account_id"), rs.getString("client_id"),
                List.of((String[]) rs.getArray("scopes").getArray()), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "last_used_at"), Rows.instant(rs, "revoked_at"));
    }

    private static StoredClient toClient(ResultSet rs, StatementContext ctx) throws SQLException {
        Array scopes = rs.getArray("scopes");
        return new StoredClient(rs.getString("account_id"), rs.getString("client_id"), rs.getString("secret_hash"),
                List.of((String[]) scopes.getArray()));
    }
}
