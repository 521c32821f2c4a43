package org.shoppingapi.application;

import org.shoppingapi.ports.out.PayoutRuleStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.PayoutRuleStoreContract;

/** The in-memory fake of the service tests held to the contract the PostgreSQL store keeps. */
class InMemoryPayoutRuleStoreContractTest extends PayoutRuleStoreContract {

    private final InMemoryPayoutRuleStore rules = new InMemoryPayoutRuleStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(rules);

    @Override
    protected PayoutRuleStore rules() {
        return rules;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
