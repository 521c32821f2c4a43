package org.shoppingapi.jdbc.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.jdbc.JdbiTransactions;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.ports.out.IdempotencyStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.Transactions.UnitOfWork;
import org.shoppingapi.ports.out.contract.IdempotencyStoreContract;

/**
 * The {@code IdempotencyStore} contract ({@link IdempotencyStoreContract}: one claim wins, responses kept, rollback
 * with the caller's transaction, expiry, take-over) against PostgreSQL, and what only a store shared by concurrent
 * requests has to show: of simultaneous claims exactly one wins, a request's unit of work keeps its claim until its one
 * commit, and a simultaneous claim waits for the first one's outcome.
 */
class JdbiIdempotencyStoreContractTest extends IdempotencyStoreContract {

    static MigratedDatabase db;
    static JdbiIdempotencyStore store;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(JdbiIdempotencyStoreContractTest.class, 12);
        store = new JdbiIdempotencyStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Override
    protected IdempotencyStore keys() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return new JdbiTransactions(db.jdbi());
    }

    @Test
    void of_many_simultaneous_requests_exactly_one_claims_and_the_others_wait_for_its_answer() throws Exception {
        int threads = 10;
        Transactions transactions = new JdbiTransactions(db.jdbi());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Boolean> request = () -> {
                    start.await();
                    return transactions.inTransaction(() -> {
                        boolean won = store.claim("T30000004", "race", "fp", NOW, DAY_AGO);
                        if (won) {
                            store.complete("T30000004", "race", OK);
                        }
                        return won;
                    });
                };
                claims.add(pool.submit(request));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_unit_of_work_claims_first_and_keeps_everything_until_its_one_commit() {
        Transactions transactions = new JdbiTransactions(db.jdbi());
        try (UnitOfWork abandoned = transactions.openUnitOfWork(
                () -> store.claim("T30000006", "abandoned", "fp", NOW, DAY_AGO))) {
            assertThat(abandoned.started()).isFalse();
            transactions.inTransaction(() -> null);
            transactions.inTransaction(() -> {
                store.complete("T30000006", "abandoned", OK);
                return null;
            });
            assertThat(abandoned.started()).isTrue();
        }
        assertThat(store.find("T30000006", "abandoned")).as("closed without a commit: nothing stays").isEmpty();

        UnitOfWork committed = transactions.openUnitOfWork(
                () -> store.claim("T30000006", "committed", "fp", NOW, DAY_AGO));
        transactions.inTransaction(() -> null);
        transactions.inTransaction(() -> {
            store.complete("T30000006", "committed", OK);
            return null;
        });
        committed.commit();
        assertThat(store.find("T30000006", "committed").orElseThrow().response()).isPresent();
    }

    @Test
    void a_simultaneous_claim_waits_for_the_first_units_outcome() throws Exception {
        Transactions transactions = new JdbiTransactions(db.jdbi());
        UnitOfWork first = transactions.openUnitOfWork(() -> store.claim("T30000009", "k", "fp", NOW, DAY_AGO));
        transactions.inTransaction(() -> null);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> second = other.submit(() -> transactions.inTransaction(
                    () -> store.claim("T30000009", "k", "fp", NOW, DAY_AGO)));
            transactions.inTransaction(() -> {
                store.complete("T30000009", "k", OK);
                return null;
            });
            first.commit();
            assertThat(second.get(30, TimeUnit.SECONDS)).as("the first one committed with its answer").isFalse();
        } finally {
            first.close();
            other.shutdownNow();
        }
    }

}
