package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.ports.out.contract.ContractFixtures.T0;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutDestination.Fixed;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.ports.out.PayoutRuleFilter;
import org.shoppingapi.ports.out.PayoutRuleStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.paging.PageCursor;

/**
 * What every {@link PayoutRuleStore} does, run against each implementation: an exact round trip found only in its
 * account, a rule id unique among an account's live rules (on insert and on update, the refused write undoing its
 * transaction), the live-rule look-up, and lists newest first by every filter with paging across ties.
 */
public abstract class PayoutRuleStoreContract {

    protected abstract PayoutRuleStore rules();

    protected abstract Transactions transactions();

    static AccountPayoutRule rule(String ruleId, Instant at) {
        return new AccountPayoutRule(UUID.randomUUID().toString(), new PayoutRule(PayoutRuleType.ITEM_STORE_ID, ruleId,
                List.of(new Percentage("platform", new BigDecimal("5")), Remaining.to("seller"))), Map.of(),
                Audit.created(at, "client-1"));
    }

    private static UUID id(AccountPayoutRule rule) {
        return UUID.fromString(rule.id());
    }

    @Test
    public void every_field_round_trips_exactly_and_only_in_its_account() {
        String account = newAccount();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("any", "thing");
        metadata.put("nested", Map.of("n", 1));
        metadata.put("nothing", null);
        AccountPayoutRule rule = new AccountPayoutRule(UUID.randomUUID().toString(),
                new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "store-7", List.<PayoutDestination>of(
                        new Fixed("fee", Long.MAX_VALUE),
                        new Percentage("a", new BigDecimal("33.333333")),
                        new Percentage("b", new BigDecimal("0.10")),
                        new Remaining(null, List.of(new Percentage("x", new BigDecimal("12.5")),
                                new Percentage("y", new BigDecimal("87.5")))))),
                metadata, new Audit(T0, "client-1", T0.plusMillis(7), null, null));
        rules().insert(account, rule);

        AccountPayoutRule read = rules().find(account, id(rule)).orElseThrow();
        assertThat(read).isEqualTo(rule);
        // Exact decimals: 0.10 keeps its scale (BigDecimal equality would fail on 0.1).
        assertThat(((Percentage) read.rule().destinations().get(2)).percentage()).isEqualTo(new BigDecimal("0.10"));
        assertThat(transactions().inTransaction(() -> rules().findForUpdate(account, id(rule)))).contains(rule);
        assertThat(rules().find(newAccount(), id(rule))).as("another account").isEmpty();
        assertThat(transactions().inTransaction(() -> rules().findForUpdate(newAccount(), id(rule)))).isEmpty();
        assertThat(rules().find(account, UUID.randomUUID())).isEmpty();
    }

    @Test
    public void a_rule_id_is_unique_among_the_accounts_live_rules_only() {
        String account = newAccount();
        String other = newAccount();
        AccountPayoutRule first = rule("store-1", T0);
        rules().insert(account, first);
        assertThat(rules().liveRuleIdTaken(account, "store-1", Optional.empty())).isTrue();
        assertThat(rules().liveRuleIdTaken(account, "store-1", Optional.of(id(first)))).as("except itself").isFalse();
        assertThat(rules().liveRuleIdTaken(other, "store-1", Optional.empty())).isFalse();
        AccountPayoutRule duplicate = rule("store-1", T0.plusMillis(1));
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            rules().insert(account, duplicate);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(AccountPayoutRule.DUPLICATE_RULE_ID));
        assertThat(rules().find(account, id(duplicate))).as("the refused insert left nothing").isEmpty();
        rules().insert(other, rule("store-1", T0)); // another account may use the same rule id

        rules().update(account, first.deleted(T0.plusSeconds(1), "client-2"));
        assertThat(rules().liveRuleIdTaken(account, "store-1", Optional.empty())).as("deleted: free again").isFalse();
        AccountPayoutRule second = rule("store-1", T0.plusSeconds(2));
        rules().insert(account, second);
        assertThat(rules().find(account, id(first)).orElseThrow().audit().deletedBy()).isEqualTo("client-2");
        assertThat(rules().liveRules(account, Set.of("store-1", "store-9")))
                .containsOnlyKeys("store-1").containsValue(second.rule());
        assertThat(rules().liveRules(newAccount(), Set.of("store-1"))).isEmpty();
        assertThat(rules().liveRules(account, Set.of())).isEmpty();
    }

    @Test
    public void an_update_is_held_to_the_same_uniqueness_and_a_refused_one_undoes_its_transaction() {
        String account = newAccount();
        AccountPayoutRule a = rule("a", T0);
        AccountPayoutRule b = rule("b", T0.plusMillis(1));
        AccountPayoutRule c = rule("c", T0.plusMillis(2));
        rules().insert(account, a);
        rules().insert(account, b);
        rules().insert(account, c);
        AccountPayoutRule changedFirst = c.replaced(new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "c2",
                c.rule().destinations()), Map.of("k", "v"), T0.plusSeconds(1));
        AccountPayoutRule clash = b.replaced(new PayoutRule(PayoutRuleType.ITEM_STORE_ID, "a",
                b.rule().destinations()), Map.of(), T0.plusSeconds(1));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            rules().update(account, changedFirst);
            rules().update(account, clash);
            return null;
        })).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(AccountPayoutRule.DUPLICATE_RULE_ID));
        assertThat(rules().find(account, id(b))).as("the clash").contains(b);
        assertThat(rules().find(account, id(c))).as("the update before it, undone too").contains(c);

        rules().update(account, changedFirst);
        assertThat(rules().find(account, id(c))).contains(changedFirst);
        assertThat(rules().liveRules(account, Set.of("c", "c2"))).containsOnlyKeys("c2");
    }

    @Test
    public void lists_newest_first_by_every_filter_with_paging_across_ties() {
        String account = newAccount();
        AccountPayoutRule r1 = rule("s1", T0);
        AccountPayoutRule r2 = rule("s2", T0.plusMillis(1));
        AccountPayoutRule r3 = rule("s3", T0.plusMillis(2));
        AccountPayoutRule r4 = rule("s4", T0.plusMillis(2)); // same instant as r3: the id breaks the tie
        for (AccountPayoutRule r : List.of(r1, r2, r3, r4)) {
            rules().insert(account, r);
        }
        rules().insert(newAccount(), rule("s1", T0.plusMillis(1)));
        rules().update(account, r2.deleted(T0.plusSeconds(1), "client-1"));
        AccountPayoutRule r2Deleted = rules().find(account, id(r2)).orElseThrow();
        // Ties in created_at go by id, descending, in the order PostgreSQL gives uuids (their hex text).
        List<AccountPayoutRule> tie = List.of(r3, r4).stream()
                .sorted(Comparator.comparing((AccountPayoutRule r) -> r.id()).reversed()).toList();

        assertThat(list(account, Optional.empty(), false, Optional.empty(), 10))
                .as("live only").containsExactly(tie.get(0), tie.get(1), r1);
        assertThat(list(account, Optional.empty(), true, Optional.empty(), 10))
                .containsExactly(tie.get(0), tie.get(1), r2Deleted, r1);
        assertThat(list(account, Optional.of("s1"), false, Optional.empty(), 10)).containsExactly(r1);
        assertThat(list(account, Optional.of("s2"), false, Optional.empty(), 10)).as("deleted").isEmpty();
        assertThat(list(account, Optional.of("s2"), true, Optional.empty(), 10)).containsExactly(r2Deleted);
        assertThat(rules().list(new PayoutRuleFilter(account, Optional.of(PayoutRuleType.ITEM_STORE_ID),
                Optional.empty(), false, Optional.empty(), 10))).containsExactly(tie.get(0), tie.get(1), r1);

        List<AccountPayoutRule> page1 = list(account, Optional.empty(), true, Optional.empty(), 1);
        AccountPayoutRule last = page1.get(0);
        List<AccountPayoutRule> page2 = list(account, Optional.empty(), true,
                Optional.of(new PageCursor(last.audit().createdAt(), id(last))), 2);
        assertThat(page1).containsExactly(tie.get(0));
        assertThat(page2).as("paging walks across the tie").containsExactly(tie.get(1), r2Deleted);
    }

    private List<AccountPayoutRule> list(String account, Optional<String> ruleId, boolean deleted,
                                         Optional<PageCursor> after, int limit) {
        return rules().list(new PayoutRuleFilter(account, Optional.empty(), ruleId, deleted, after, limit));
    }
}
