package org.shoppingapi.rest.archfixture;

import org.shoppingapi.rest.outbound.secret.BcryptSecretHasher;

/** Breaks "inbound reaches outbound only through ports" on purpose: a resource hashing a secret itself. */
public class InboundUsingOutbound {
    public String hash(String secret) {
        return new BcryptSecretHasher(4).hash(secret);
    }
}
