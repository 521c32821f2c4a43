package org.shoppingapi.application;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.shoppingapi.ports.out.Transactions;

/**
 * Transactions over in-memory stores that behave like the database's: one at a time (as if every row read for update
 * were locked), a transaction inside another joins it, and when the work throws, every store it touched is put back
 * as it was when the outermost transaction began.
 */
final class InMemoryTransactions implements Transactions {

    /** An in-memory store whose whole state can be taken and put back. */
    interface Undoable {
        /** What puts the store back to its state now. */
        Runnable snapshot();
    }

    private final List<Undoable> stores;
    private final ReentrantLock lock = new ReentrantLock();

    InMemoryTransactions(Undoable... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Runnable> undo = stores.stream().map(Undoable::snapshot).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                undo.forEach(Runnable::run);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
