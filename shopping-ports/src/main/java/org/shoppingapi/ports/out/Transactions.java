package org.shoppingapi.ports.out;

import java.util.function.Supplier;

/** Runs work in one database transaction: every store call inside it commits or rolls back together. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
