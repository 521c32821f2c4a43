package org.shoppingapi.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.ports.out.contract.ContractFixtures.T0;
import static org.shoppingapi.ports.out.contract.ContractFixtures.newAccount;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.ports.out.DiscountRuleStore;
import org.shoppingapi.ports.out.Transactions;

/**
 * What every {@link DiscountRuleStore} does, run against each implementation: an exact round trip found only in its
 * account (a malformed id is simply not found), an update that keeps id and creation data and refuses another
 * account's rule, a creation order fixed at insert (ties by insertion, never by id), newest-first paging after a
 * rule, and a failed transaction undone.
 */
public abstract class DiscountRuleStoreContract {

    protected abstract DiscountRuleStore rules();

    protected abstract Transactions transactions();

    protected static DiscountRule rule(String name, Instant createdAt) {
        return new DiscountRule(UUID.randomUUID().toString(), name, DiscountType.PERIODIC, Reward.percentage("10"),
                AppliesTo.allItems(), null, null, null, true, Audit.created(createdAt, "client-1"));
    }

    @Test
    public void every_field_round_trips_exactly_and_only_in_its_account() {
        String account = newAccount();
        DiscountRule percentage = new DiscountRule(UUID.randomUUID().toString(), "Chairs 12.50 %",
                DiscountType.PERIODIC, Reward.percentage("12.50"), AppliesTo.items("175938", "chair-2"),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-12-31T23:59:59.999Z"), 3, true,
                new Audit(T0, "client-1", T0.plusMillis(5), null, null));
        DiscountRule amount = new DiscountRule(UUID.randomUUID().toString(), "50 off above 1000", DiscountType.TOTAL,
                Reward.amount(5000), AppliesTo.total(100000), null, null, null, false,
                Audit.created(T0.plusMillis(1), "client-2"));
        DiscountRule bigAmount = new DiscountRule(UUID.randomUUID().toString(), "huge", DiscountType.CUSTOMER,
                Reward.amount(Long.MAX_VALUE), AppliesTo.allItems(), null, null, null, true,
                Audit.created(T0.plusMillis(2), "client-3"));
        for (DiscountRule r : List.of(percentage, amount, bigAmount)) {
            rules().insert(account, r);
        }

        assertThat(rules().find(account, percentage.id())).contains(percentage);
        assertThat(rules().find(account, amount.id())).contains(amount);
        assertThat(rules().find(account, bigAmount.id())).contains(bigAmount);
        assertThat(rules().find(account, percentage.id()).orElseThrow().reward().value()).hasToString("12.50");
        assertThat(transactions().inTransaction(() -> rules().findForUpdate(account, percentage.id())))
                .contains(percentage);

        String other = newAccount();
        assertThat(rules().find(other, percentage.id())).as("another account").isEmpty();
        assertThat(transactions().inTransaction(() -> rules().findForUpdate(other, percentage.id()))).isEmpty();
        assertThat(rules().find(account, "not-a-uuid")).isEmpty();
        assertThat(rules().find(account, UUID.randomUUID().toString())).isEmpty();
        assertThat(rules().listNewestFirst(other, Optional.empty(), 10)).isEmpty();
        assertThat(rules().allInCreationOrder(other)).isEmpty();
    }

    @Test
    public void update_replaces_the_definition_but_keeps_creation_data_and_order_and_refuses_another_account() {
        String account = newAccount();
        DiscountRule first = rule("first", T0);
        DiscountRule second = rule("second", T0);
        rules().insert(account, first);
        rules().insert(account, second);
        DiscountRule replaced = new DiscountRule(first.id(), "first, now fixed", DiscountType.LOYALTY,
                Reward.amount(250), AppliesTo.items("a"), T0, T0.plusSeconds(60), 1, false,
                first.audit().updated(T0.plusSeconds(9)));
        rules().update(account, replaced);

        assertThat(rules().find(account, first.id())).contains(replaced);
        assertThat(rules().allInCreationOrder(account)).extracting(DiscountRule::id)
                .containsExactly(first.id(), second.id());

        DiscountRule claimingAnotherCreation = new DiscountRule(second.id(), "second, again", DiscountType.TOTAL,
                Reward.amount(1), AppliesTo.allItems(), null, null, null, true,
                new Audit(T0.minusSeconds(100), "someone-else", T0.plusSeconds(10), null, null));
        rules().update(account, claimingAnotherCreation);
        DiscountRule read = rules().find(account, second.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("second, again");
        assertThat(read.audit()).as("creation data stays as inserted")
                .isEqualTo(new Audit(T0, "client-1", T0.plusSeconds(10), null, null));
        assertThat(rules().allInCreationOrder(account)).extracting(DiscountRule::id)
                .containsExactly(first.id(), second.id());

        DiscountRule foreign = new DiscountRule(first.id(), "x", DiscountType.LOYALTY, Reward.amount(1),
                AppliesTo.allItems(), null, null, null, true, first.audit());
        assertThatThrownBy(() -> rules().update(newAccount(), foreign)).isInstanceOf(IllegalStateException.class);
        assertThat(rules().find(account, first.id())).contains(replaced);
    }

    @Test
    public void creation_order_is_created_at_then_insertion_so_same_millisecond_rules_never_swap() {
        String account = newAccount();
        // Random UUIDs: their order says nothing, so only the insertion order can keep a, b, c in place.
        for (DiscountRule r : List.of(rule("a", T0), rule("b", T0), rule("c", T0), rule("earlier", T0.minusMillis(1)))) {
            rules().insert(account, r);
        }
        rules().insert(newAccount(), rule("other account", T0));

        assertThat(rules().allInCreationOrder(account)).extracting(DiscountRule::name)
                .containsExactly("earlier", "a", "b", "c");
        assertThat(rules().listNewestFirst(account, Optional.empty(), 10)).extracting(DiscountRule::name)
                .containsExactly("c", "b", "a", "earlier");
    }

    @Test
    public void pages_newest_first_after_the_given_rule_and_an_unknown_cursor_lists_nothing() {
        String account = newAccount();
        for (int i = 0; i < 5; i++) {
            rules().insert(account, rule("r" + i, T0.plusSeconds(i / 2)));
        }
        List<DiscountRule> page1 = rules().listNewestFirst(account, Optional.empty(), 2);
        assertThat(page1).extracting(DiscountRule::name).containsExactly("r4", "r3");
        List<DiscountRule> page2 = rules().listNewestFirst(account, Optional.of(page1.get(1).id()), 2);
        assertThat(page2).extracting(DiscountRule::name).containsExactly("r2", "r1");
        List<DiscountRule> page3 = rules().listNewestFirst(account, Optional.of(page2.get(1).id()), 2);
        assertThat(page3).extracting(DiscountRule::name).containsExactly("r0");
        assertThat(rules().listNewestFirst(account, Optional.of(page3.get(0).id()), 2)).isEmpty();

        assertThat(rules().listNewestFirst(account, Optional.of("not-a-uuid"), 10)).isEmpty();
        assertThat(rules().listNewestFirst(account, Optional.of(UUID.randomUUID().toString()), 10)).isEmpty();
        assertThat(rules().listNewestFirst(newAccount(), Optional.of(page1.get(0).id()), 10))
                .as("a cursor of another account's rule").isEmpty();
    }

    @Test
    public void writes_of_a_transaction_that_fails_are_all_undone() {
        String account = newAccount();
        DiscountRule kept = rule("kept", T0);
        rules().insert(account, kept);
        DiscountRule inserted = rule("inserted", T0.plusSeconds(1));

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            rules().insert(account, inserted);
            rules().update(account, kept.deactivated(kept.audit().updated(T0.plusSeconds(2))));
            throw new IllegalStateException("the work fails after both writes");
        })).hasMessage("the work fails after both writes");

        assertThat(rules().find(account, inserted.id())).as("insert undone").isEmpty();
        assertThat(rules().find(account, kept.id())).as("update undone").contains(kept);
        assertThat(rules().allInCreationOrder(account)).containsExactly(kept);
    }
}
