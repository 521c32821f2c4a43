package org.shoppingapi.application;

import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.DraftStoreContract;

/** The in-memory fake of the service tests held to the contract the PostgreSQL store keeps. */
class InMemoryDraftStoreContractTest extends DraftStoreContract {

    private final InMemoryDraftStore drafts = new InMemoryDraftStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(drafts);

    @Override
    protected DraftStore drafts() {
        return drafts;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
