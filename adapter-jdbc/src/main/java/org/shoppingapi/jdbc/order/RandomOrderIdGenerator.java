package org.shoppingapi.jdbc.order;

import java.security.SecureRandom;
import org.shoppingapi.ports.out.OrderIdGenerator;

/**
 * {@code ALPHANUMERIC_9}: nine characters from A–Z and 0–9, from a secure random source so ids are not guessable.
 * An adapter of the {@link OrderIdGenerator} out-port, kept beside the order store so that whoever embeds the stores
 * has it too; completion checks each candidate against the account's orders.
 */
public final class RandomOrderIdGenerator implements OrderIdGenerator {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int LENGTH = 9;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String next() {
        char[] id = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            id[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(id);
    }
}
