package org.shoppingapi.ports.out;

import java.util.function.Supplier;

/** Runs work in one database transaction: every store call inside it commits or rolls back together. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Opens a unit of work on the calling thread, for a request whose own record must commit together with the change
     * it answers (an {@code Idempotency-Key}, SPEC §1). Until it is closed, the first {@link #inTransaction} on this
     * thread starts one transaction and runs {@code first} in it before its work; every later one joins that
     * transaction, and none commits: only {@link UnitOfWork#commit} does. Nothing is opened until then, so a request
     * holds no connection while it does other things (calls a payment provider, say).
     * <p>
     * The default has no transaction to share (stores without a database): each {@link #inTransaction} stands alone
     * and the unit never starts.
     */
    default UnitOfWork openUnitOfWork(Runnable first) {
        return UnitOfWork.NEVER_STARTED;
    }

    /** A unit of work opened by {@link #openUnitOfWork}; close it on the thread that opened it. */
    interface UnitOfWork extends AutoCloseable {

        /** The unit of stores that share no transaction: it never starts, commit and close do nothing. */
        UnitOfWork NEVER_STARTED = new UnitOfWork() {
            @Override
            public boolean started() {
                return false;
            }

            @Override
            public void commit() {
            }

            @Override
            public void close() {
            }
        };

        /** True once a transaction was started in it (and {@code first} ran). */
        boolean started();

        /** Commits everything done in it; the unit is closed afterwards. */
        void commit();

        /** Rolls back whatever was not committed and ends the unit on this thread. Idempotent. */
        @Override
        void close();
    }
}
