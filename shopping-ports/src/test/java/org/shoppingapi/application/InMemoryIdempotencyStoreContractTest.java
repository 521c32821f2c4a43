package org.shoppingapi.application;

import org.shoppingapi.ports.out.IdempotencyStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.IdempotencyStoreContract;

/** The in-memory fake of the service tests held to the contract the PostgreSQL store keeps. */
class InMemoryIdempotencyStoreContractTest extends IdempotencyStoreContract {

    private final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(keys);

    @Override
    protected IdempotencyStore keys() {
        return keys;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
