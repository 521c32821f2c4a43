package org.shoppingapi.application;

import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.OrderStoreContract;

/** The in-memory fake of the service tests held to the contract the PostgreSQL store keeps. */
class InMemoryOrderStoreContractTest extends OrderStoreContract {

    private final InMemoryOrderStore orders = new InMemoryOrderStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(orders);

    @Override
    protected OrderStore orders() {
        return orders;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
