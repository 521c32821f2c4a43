package org.shoppingapi.jdbc.idempotency;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.shoppingapi.jdbc.Rows;
import org.shoppingapi.ports.out.IdempotencyStore;

/**
 * Idempotency keys in PostgreSQL. The claim is one {@code INSERT … ON CONFLICT}: the primary key lets exactly one
 * of two simultaneous requests insert the key, and the other waits at the new row's lock until the first one's
 * transaction ends. Every call runs on the thread's handle when there is one ({@code jdbi.withHandle}), so the claim
 * and the response commit with the caller's transaction (a request's unit of work, {@code JdbiTransactions}).
 */
public final class JdbiIdempotencyStore implements IdempotencyStore {

    private static final String CLAIM_SAVEPOINT = "idempotency_claim";

    private final Jdbi jdbi;

    public JdbiIdempotencyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean claim(String accountId, String key, String fingerprint, Instant now, Instant expiredBefore) {
        return jdbi.withHandle(h -> {
            for (int attempt = 1; ; attempt++) {
                // Inside a transaction a failed statement spoils the rest of it: a savepoint lets the claim be asked again.
                boolean inTransaction = h.isInTransaction();
                if (inTransaction) {
                    h.savepoint(CLAIM_SAVEPOINT);
                }
                try {
                    boolean won = insertOrReuse(h, accountId, key, fingerprint, now, expiredBefore);
                    if (inTransaction) {
                        h.releaseSavepoint(CLAIM_SAVEPOINT);
                    }
                    return won;
                } catch (UnableToExecuteStatementException e) {
                    // On a hash-partitioned table (PartitionedSchemaTest, a sharded database) PostgreSQL was seen to
                    // report a simultaneous insert of the same key as a unique violation instead of taking the ON
                    // CONFLICT branch. The key exists then, so asking once more takes that branch and answers as usual.
                    if (attempt == 3 || !Rows.violates(e, "idempotency_keys_pkey")) {
                        throw e;
                    }
                    if (inTransaction) {
                        h.rollbackToSavepoint(CLAIM_SAVEPOINT);
                    }
                }
            }
        });
    }

    private static boolean insertOrReuse(Handle h, String accountId, String key, String fingerprint, Instant now,
                                         Instant expiredBefore) {
        // An expired key, or one claimed without a response by an earlier version that committed claims on their
        // own, is reused as if new: the conflict branch then overwrites it, and only then.
        return h.createUpdate("""
                        INSERT INTO idempotency_keys (account_id, idempotency_key, fingerprint, created_at)
                        VALUES (:a, :k, :f, :now)
                        ON CONFLICT (account_id, idempotency_key) DO UPDATE
                           SET fingerprint = EXCLUDED.fingerprint, created_at = EXCLUDED.created_at,
                               response_status = NULL, response_content_type = NULL, response_etag = NULL,
                               response_body = NULL, completed_at = NULL
                         WHERE idempotency_keys.created_at < :expired_before
                            OR idempotency_keys.response_status IS NULL
                        """)
                .bind("a", accountId)
                .bind("k", key)
                .bind("f", fingerprint)
                .bind("now", Rows.timestamp(now))
                .bind("expired_before", Rows.timestamp(expiredBefore))
                .execute() == 1;
    }

    @Override
    public Optional<StoredKey> find(String accountId, String key) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT fingerprint, created_at, response_status, response_content_type, response_etag,
                               response_body
                          FROM idempotency_keys WHERE account_id = :a AND idempotency_key = :k
                        """)
                .bind("a", accountId)
                .bind("k", key)
                .map((rs, ctx) -> {
                    int status = rs.getInt("response_status");
                    Optional<StoredResponse> response = rs.wasNull() ? Optional.empty()
                            : Optional.of(new StoredResponse(status, rs.getString("response_content_type"),
                            rs.getString("response_etag"), rs.getBytes("response_body")));
                    return new StoredKey(rs.getString("fingerprint"), Rows.instant(rs, "created_at"), response);
                })
                .findOne());
    }

    @Override
    public void complete(String accountId, String key, StoredResponse response) {
        jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE idempotency_keys
                           SET response_status = :status, response_content_type = :type, response_etag = :etag,
                               response_body = :body, completed_at = now()
                         WHERE account_id = :a AND idempotency_key = :k
                        """)
                .bind("a", accountId)
                .bind("k", key)
                .bind("status", response.status())
                .bind("type", response.contentType())
                .bind("etag", response.etag())
                .bind("body", response.body())
                .execute());
    }

    @Override
    public int deleteExpired(Instant expiredBefore) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM idempotency_keys WHERE created_at < :before")
                .bind("before", Rows.timestamp(expiredBefore))
                .execute());
    }
}
