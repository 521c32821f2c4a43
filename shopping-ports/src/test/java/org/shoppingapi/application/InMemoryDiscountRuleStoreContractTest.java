package org.shoppingapi.application;

import org.shoppingapi.ports.out.DiscountRuleStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.contract.DiscountRuleStoreContract;

/** The in-memory fake of the service tests held to the contract the PostgreSQL store keeps. */
class InMemoryDiscountRuleStoreContractTest extends DiscountRuleStoreContract {

    private final InMemoryDiscountRuleStore rules = new InMemoryDiscountRuleStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(rules);

    @Override
    protected DiscountRuleStore rules() {
        return rules;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
