package org.shoppingapi.application.auth;

import org.shoppingapi.application.auth.FakeAuthPorts.InMemoryClients;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.contract.ClientStoreContract;

/** The in-memory fake of the auth service tests held to the contract the PostgreSQL store keeps. */
class InMemoryClientStoreContractTest extends ClientStoreContract {

    private final InMemoryClients clients = new InMemoryClients();

    @Override
    protected ClientStore clients() {
        return clients;
    }
}
