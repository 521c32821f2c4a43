package org.shoppingapi.jdbc;

import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shoppingapi.ports.out.Transactions;

/**
 * Transactions on Jdbi. Stores call {@code jdbi.withHandle}, which on the same thread reuses the handle
 * opened here, so every store call inside {@link #inTransaction} shares one connection and one commit.
 * <p>
 * A unit of work ({@link #openUnitOfWork}) keeps its handle bound to the thread (Jdbi's handle scope) from its first
 * transaction until it commits or closes; every {@code inTransaction} and store call on the thread meanwhile joins that
 * one transaction (Jdbi runs a nested {@code inTransaction} inside the open one).
 */
public final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;
    private final ThreadLocal<RequestUnit> units = new ThreadLocal<>();

    public JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        RequestUnit unit = units.get();
        if (unit != null) {
            unit.startOnce();
        }
        return jdbi.inTransaction(handle -> work.get());
    }

    @Override
    public UnitOfWork openUnitOfWork(Runnable first) {
        RequestUnit stale = units.get();
        if (stale != null) {
            stale.close(); // a unit a request on this thread never ended: its transaction must not leak into this one
        }
        RequestUnit unit = new RequestUnit(first);
        units.set(unit);
        return unit;
    }

    private final class RequestUnit implements UnitOfWork {
        private final Runnable first;
        private Handle handle;
        private boolean closed;

        RequestUnit(Runnable first) {
            this.first = first;
        }

        void startOnce() {
            if (handle != null || closed) {
                return;
            }
            handle = jdbi.open();
            try {
                handle.begin();
                jdbi.getHandleScope().set(handle);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            first.run();
        }

        @Override
        public boolean started() {
            return handle != null;
        }

        @Override
        public void commit() {
            try {
                if (handle != null) {
                    handle.commit();
                }
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (units.get() == this) {
                units.remove();
            }
            if (handle == null) {
                return;
            }
            jdbi.getHandleScope().clear();
            try {
                if (handle.isInTransaction()) {
                    handle.rollback();
                }
            } catch (RuntimeException connectionGone) {
                // Nothing to roll back on a dropped connection: the server ended the transaction itself.
            } finally {
                try {
                    handle.close();
                } catch (RuntimeException alreadyBroken) {
                    // the connection went with the failure; the pool replaces it
                }
            }
        }
    }
}
