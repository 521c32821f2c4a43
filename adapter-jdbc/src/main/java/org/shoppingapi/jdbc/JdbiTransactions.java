package org.shoppingapi.jdbc;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.ports.out.Transactions;

/**
 * Transactions on Jdbi. Stores call {@code jdbi.withHandle}, which on the same thread reuses the handle
 * opened here, so every store call inside {@link #inTransaction} shares one connection and one commit.
 */
public final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbi.inTransaction(handle -> work.get());
    }
}
