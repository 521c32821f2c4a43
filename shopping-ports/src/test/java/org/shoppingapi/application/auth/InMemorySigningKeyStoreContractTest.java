package org.shoppingapi.application.auth;

import org.shoppingapi.application.auth.FakeAuthPorts.InMemorySigningKeys;
import org.shoppingapi.ports.out.auth.SigningKeyStore;
import org.shoppingapi.ports.out.contract.SigningKeyStoreContract;

/** The in-memory signing key store held to the contract the PostgreSQL store keeps. */
class InMemorySigningKeyStoreContractTest extends SigningKeyStoreContract {

    @Override
    protected SigningKeyStore emptyStore() {
        return new InMemorySigningKeys();
    }

    @Override
    protected SigningKeyStore anotherInstance(SigningKeyStore store) {
        return ((InMemorySigningKeys) store).anotherInstance();
    }
}
