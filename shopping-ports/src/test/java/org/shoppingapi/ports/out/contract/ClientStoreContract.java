package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.ports.auth.ClientInfo;
import org.shoppingapi.ports.out.auth.ClientStanding;
import org.shoppingapi.ports.out.auth.ClientStore;
import org.shoppingapi.ports.out.auth.StoredClient;

/**
 * What every {@link ClientStore} does, run against each implementation: a client found only in its account and only
 * while live, an upsert replacing hash and scopes (and lifting a revocation) of the same account and id only, the
 * account's clients oldest first with revoked ones, the live clients of an id across accounts, revoke and rotate
 * only of live clients, and the standing a token is checked against (none for a client that does not exist).
 */
public abstract class ClientStoreContract {

    protected abstract ClientStore clients();

    private static String clientId() {
        return "c-" + UUID.randomUUID();
    }

    @Test
    public void a_client_round_trips_and_is_found_only_in_its_own_account() {
        String account = newAccount();
        String id = clientId();
        clients().upsert(new StoredClient(account, id, "$2a$hash", List.of("read:shopping", "write:hooks")));

        assertThat(clients().find(account, id)).hasValueSatisfying(c -> {
            assertThat(c.accountId()).isEqualTo(account);
            assertThat(c.clientId()).isEqualTo(id);
            assertThat(c.secretHash()).isEqualTo("$2a$hash");
            assertThat(c.scopes()).containsExactly("read:shopping", "write:hooks");
        });
        assertThat(clients().find(newAccount(), id)).as("another account").isEmpty();
        assertThat(clients().find(account, clientId())).isEmpty();
        assertThat(clients().standing(account, id)).isEqualTo(ClientStanding.GOOD);
    }

    @Test
    public void upsert_replaces_hash_and_scopes_of_the_same_account_and_id_and_keeps_others_apart() {
        String account = newAccount();
        String other = newAccount();
        String id = clientId();
        clients().upsert(new StoredClient(account, id, "old", List.of("read:shopping")));
        clients().upsert(new StoredClient(other, id, "other-account", List.of("admin:shopping")));
        clients().upsert(new StoredClient(account, id, "new", List.of("write:shopping")));

        assertThat(clients().find(account, id)).hasValueSatisfying(c -> {
            assertThat(c.secretHash()).isEqualTo("new");
            assertThat(c.scopes()).containsExactly("write:shopping");
        });
        assertThat(clients().find(other, id).orElseThrow().secretHash()).isEqualTo("other-account");
        assertThat(clients().list(account)).singleElement()
                .satisfies(c -> assertThat(c.scopes()).containsExactly("write:shopping"));
        assertThat(clients().findLive(id)).extracting(ClientInfo::accountId)
                .as("one per account, by account").containsExactly(first(account, other), second(account, other));
    }

    @Test
    public void lists_the_accounts_clients_oldest_first_with_revoked_ones_and_notes_use() {
        String account = newAccount();
        clients().upsert(new StoredClient(account, "a-first", "h", List.of("read:shopping")));
        clients().upsert(new StoredClient(account, "b-second", "h", List.of("read:shopping")));
        clients().upsert(new StoredClient(newAccount(), "c-elsewhere", "h", List.of("read:shopping")));
        clients().upsert(new StoredClient(account, "a-first", "h2", List.of("write:shopping"))); // keeps its place
        assertThat(clients().revoke(account, "b-second")).isTrue();
        clients().markUsed(account, "a-first");

        List<ClientInfo> listed = clients().list(account);
        assertThat(listed).extracting(ClientInfo::clientId).containsExactly("a-first", "b-second");
        assertThat(listed.get(0).lastUsedAt()).as("use noted").isNotNull();
        assertThat(listed.get(0).revokedAt()).isNull();
        assertThat(listed.get(0).createdAt()).isNotNull();
        assertThat(listed.get(1).lastUsedAt()).isNull();
        assertThat(listed.get(1).revokedAt()).isNotNull();
        assertThat(clients().list(newAccount())).isEmpty();
    }

    @Test
    public void a_revoked_client_is_gone_for_every_look_up_until_it_is_registered_again() {
        String account = newAccount();
        String other = newAccount();
        String id = clientId();
        clients().upsert(new StoredClient(account, id, "h", List.of("read:shopping")));
        clients().upsert(new StoredClient(other, id, "h", List.of("read:shopping")));

        assertThat(clients().revoke(account, id)).isTrue();
        assertThat(clients().revoke(account, id)).as("already revoked").isFalse();
        assertThat(clients().revoke(account, clientId())).as("no such client").isFalse();
        assertThat(clients().find(account, id)).isEmpty();
        assertThat(clients().findLive(id)).extracting(ClientInfo::accountId).containsExactly(other);
        assertThat(clients().rotate(account, id, "new")).as("a revoked client cannot rotate").isFalse();
        ClientStanding revoked = clients().standing(account, id);
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(revoked.honours(Instant.now().plusSeconds(3600))).isFalse();
        assertThat(clients().standing(other, id)).isEqualTo(ClientStanding.GOOD);

        clients().upsert(new StoredClient(account, id, "again", List.of("read:shopping")));
        assertThat(clients().find(account, id).orElseThrow().secretHash()).isEqualTo("again");
        assertThat(clients().standing(account, id).revokedAt()).as("registered again: live").isNull();
    }

    @Test
    public void rotation_replaces_the_hash_and_refuses_tokens_issued_before_it() {
        String account = newAccount();
        String id = clientId();
        clients().upsert(new StoredClient(account, id, "old", List.of("read:shopping")));

        assertThat(clients().rotate(account, id, "new")).isTrue();
        assertThat(clients().rotate(account, clientId(), "new")).as("no such client").isFalse();
        assertThat(clients().find(account, id).orElseThrow().secretHash()).isEqualTo("new");
        assertThat(clients().find(account, id).orElseThrow().scopes()).containsExactly("read:shopping");
        ClientStanding standing = clients().standing(account, id);
        assertThat(standing.revokedAt()).isNull();
        assertThat(standing.tokensNotBefore()).isNotNull();
        assertThat(standing.honours(Instant.parse("2020-01-01T00:00:00Z"))).as("a token from before").isFalse();
        assertThat(standing.honours(Instant.now().plusSeconds(3600))).isTrue();
    }

    @Test
    public void a_client_that_does_not_exist_has_no_standing_a_token_could_pass() {
        ClientStanding none = clients().standing(newAccount(), clientId());
        assertThat(none.honours(Instant.now())).isFalse();
        clients().markUsed(newAccount(), clientId()); // nothing to note, and no client appears
        assertThat(clients().findLive("no-such-client-" + UUID.randomUUID())).isEmpty();
    }

    private static String first(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String second(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }
}
