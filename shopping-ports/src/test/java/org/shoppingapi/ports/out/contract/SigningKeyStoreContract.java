package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.out.auth.SigningKeyStore;

/**
 * What every {@link SigningKeyStore} does, run against each implementation: the first key is kept and every later
 * call, from this instance or another over the same storage, gets it without making another; instances starting at
 * once agree on one key; a key that could not be made leaves nothing behind.
 */
public abstract class SigningKeyStoreContract {

    /** A store over storage that holds no key yet (each call starts afresh). */
    protected abstract SigningKeyStore emptyStore();

    /** Another instance over the same storage as {@code store}, as a second service instance on one database. */
    protected abstract SigningKeyStore anotherInstance(SigningKeyStore store);

    @Test
    public void the_first_key_is_kept_and_later_calls_get_it_without_making_another() {
        SigningKeyStore keys = emptyStore();
        AtomicInteger made = new AtomicInteger();

        assertThat(keys.findOrCreate(() -> "key-" + made.incrementAndGet())).isEqualTo("key-1");
        assertThat(keys.findOrCreate(() -> "key-" + made.incrementAndGet())).isEqualTo("key-1");
        assertThat(anotherInstance(keys).findOrCreate(() -> "key-" + made.incrementAndGet())).isEqualTo("key-1");
        assertThat(made).hasValue(1);
    }

    @Test
    public void instances_starting_at_once_agree_on_one_key() throws Exception {
        SigningKeyStore first = emptyStore();
        int instances = 4;
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<String>> keys = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                SigningKeyStore store = i == 0 ? first : anotherInstance(first);
                String candidate = "key-of-instance-" + i;
                keys.add(pool.submit(() -> {
                    start.await();
                    return store.findOrCreate(() -> candidate);
                }));
            }
            HashSet<String> agreed = new HashSet<>();
            for (Future<String> key : keys) {
                agreed.add(key.get(30, TimeUnit.SECONDS));
            }
            assertThat(agreed).hasSize(1);
            assertThat(agreed.iterator().next()).startsWith("key-of-instance-");
            assertThat(anotherInstance(first).findOrCreate(() -> "late")).isEqualTo(agreed.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void a_key_that_could_not_be_made_leaves_nothing_behind() {
        SigningKeyStore keys = emptyStore();
        assertThatThrownBy(() -> keys.findOrCreate(() -> {
            throw new IllegalStateException("no entropy");
        })).hasMessage("no entropy");
        assertThat(keys.findOrCreate(() -> "made-later")).isEqualTo("made-later");
    }
}
