package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.payout.AccountPayoutRule;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.payout.CreatePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.DeletePayoutRuleCommand;
import org.shoppingapi.ports.in.payout.ListPayoutRulesQuery;
import org.shoppingapi.ports.in.payout.PayoutRuleDefinition;
import org.shoppingapi.ports.in.payout.ReplacePayoutRuleCommand;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.paging.Page;

/** The payout rule use cases against an in-memory store: what create, replace, delete and list decide. */
class PayoutRuleServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String ACCOUNT = "T12345678";
    private static final Caller CALLER = new Caller(ACCOUNT, "client-1", new ChangeSource("/v1/test", "POST"));

    private final InMemoryPayoutRuleStore store = new InMemoryPayoutRuleStore();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong millis = new AtomicLong();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    // Each reading of the clock is a millisecond later, so rules are created in a known order.
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return T0.plus(Duration.ofMillis(millis.incrementAndGet()));
        }
    };
    private final PayoutRuleService service = new PayoutRuleService(store, direct,
            () -> new UUID(0, ids.incrementAndGet()), clock);

    private static PayoutRuleDefinition definition(String ruleId, String percentage) {
        return new PayoutRuleDefinition(new PayoutRule(PayoutRuleType.ITEM_STORE_ID, ruleId, List.of(
                new PayoutDestination.Percentage("platform", new BigDecimal(percentage)),
                PayoutDestination.Remaining.to("seller"))), Map.of("k", "v"));
    }

    private AccountPayoutRule create(String ruleId) {
        return service.create(new CreatePayoutRuleCommand(CALLER, definition(ruleId, "5")));
    }

    @Test
    void an_invalid_definition_cannot_exist() {
        assertThatThrownBy(() -> definition("r", "120")).isInstanceOf(ValidationException.class);
    }

    @Test
    void create_keeps_the_rule_and_refuses_a_second_live_rule_id() {
        AccountPayoutRule rule = create("store-7");
        assertThat(rule.audit().createdBy()).isEqualTo("client-1");
        assertThat(rule.metadata()).containsEntry("k", "v");
        assertThat(service.get(ACCOUNT, UUID.fromString(rule.id()))).isEqualTo(rule);
        assertThatThrownBy(() -> create("store-7")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(AccountPayoutRule.DUPLICATE_RULE_ID));
        assertThat(store.liveRules(ACCOUNT, Set.of("store-7"))).containsOnlyKeys("store-7");
    }

    @Test
    void replace_changes_the_terms_not_the_identity_and_refuses_a_deleted_rule() {
        AccountPayoutRule rule = create("store-7");
        UUID id = UUID.fromString(rule.id());
        AccountPayoutRule replaced = service.replace(new ReplacePayoutRuleCommand(CALLER, id,
                definition("store-7", "10")));
        assertThat(replaced.id()).isEqualTo(rule.id());
        assertThat(replaced.audit().createdAt()).isEqualTo(rule.audit().createdAt());
        assertThat(replaced.audit().updatedAt()).isAfter(rule.audit().updatedAt());
        assertThat(store.liveRules(ACCOUNT, Set.of("store-7")).get("store-7")).isEqualTo(replaced.rule());

        AccountPayoutRule deleted = service.delete(new DeletePayoutRuleCommand(CALLER, id));
        assertThat(deleted.isLive()).isFalse();
        assertThat(service.delete(new DeletePayoutRuleCommand(CALLER, id))).isEqualTo(deleted);
        assertThatThrownBy(() -> service.replace(new ReplacePayoutRuleCommand(CALLER, id,
                definition("store-7", "10")))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(AccountPayoutRule.RULE_DELETED));
        assertThat(store.liveRules(ACCOUNT, Set.of("store-7"))).isEmpty();
        // Its rule id is free again.
        assertThat(create("store-7").isLive()).isTrue();
        assertThatThrownBy(() -> service.delete(new DeletePayoutRuleCommand(CALLER, new UUID(9, 9))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void list_pages_newest_first_and_hides_deleted_rules_unless_asked() {
        AccountPayoutRule a = create("a");
        AccountPayoutRule b = create("b");
        AccountPayoutRule c = create("c");
        AccountPayoutRule bDeleted = service.delete(new DeletePayoutRuleCommand(CALLER, UUID.fromString(b.id())));
        Page<AccountPayoutRule> live = service.list(new ListPayoutRulesQuery(ACCOUNT, Optional.empty(),
                Optional.empty(), false, 10, Optional.empty()));
        assertThat(live.items()).containsExactly(c, a);
        assertThat(live.next()).isEmpty();
        Page<AccountPayoutRule> first = service.list(new ListPayoutRulesQuery(ACCOUNT, Optional.empty(),
                Optional.empty(), true, 2, Optional.empty()));
        assertThat(first.items()).containsExactly(c, bDeleted);
        Page<AccountPayoutRule> second = service.list(new ListPayoutRulesQuery(ACCOUNT, Optional.empty(),
                Optional.empty(), true, 2, first.next()));
        assertThat(second.items()).containsExactly(a);
        assertThat(service.list(new ListPayoutRulesQuery(ACCOUNT, Optional.empty(), Optional.of("a"), false, 10,
                Optional.empty())).items()).containsExactly(a);
    }
}
