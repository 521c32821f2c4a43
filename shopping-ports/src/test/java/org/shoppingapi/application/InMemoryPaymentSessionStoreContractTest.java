package org.shoppingapi.application;

import org.shoppingapi.ports.out.PaymentSessionStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.PaymentSessionStoreContract;

/** The in-memory fake for service tests held to the contract the PostgreSQL store keeps. */
class InMemoryPaymentSessionStoreContractTest extends PaymentSessionStoreContract {

    private final InMemoryPaymentSessionStore sessions = new InMemoryPaymentSessionStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(sessions);

    @Override
    protected PaymentSessionStore sessions() {
        return sessions;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
