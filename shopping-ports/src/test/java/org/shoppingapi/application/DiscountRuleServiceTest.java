package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.DiscountRule;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.discount.CreateDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.DeactivateDiscountRuleCommand;
import org.shoppingapi.ports.in.discount.DiscountRuleDefinition;
import org.shoppingapi.ports.in.discount.DiscountRulePage;
import org.shoppingapi.ports.in.discount.ListDiscountRulesQuery;
import org.shoppingapi.ports.in.discount.ReplaceDiscountRuleCommand;
import org.shoppingapi.ports.out.DiscountRuleStore;
import org.shoppingapi.ports.out.Transactions;

/** The rule use cases against an in-memory store: what create, replace, deactivate and list decide. */
class DiscountRuleServiceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String ACCOUNT = "T12345678";
    private static final Caller CALLER = new Caller(ACCOUNT, "client-1", new ChangeSource("/v1/test", "POST"));

    private final InMemoryDiscountRuleStore store = new InMemoryDiscountRuleStore();
    private final MutableClock clock = new MutableClock();
    private final AtomicLong ids = new AtomicLong();
    private final Transactions direct = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };
    private final DiscountRuleService service = new DiscountRuleService(store, direct,
            () -> new UUID(0, ids.incrementAndGet()), clock);

    private static DiscountRuleDefinition definition(String name) {
        return new DiscountRuleDefinition(name, DiscountType.PERIODIC, Reward.percentage("10"), AppliesTo.allItems(),
                null, null, null);
    }

    @Test
    void create_gives_the_rule_an_id_the_callers_client_and_the_clocks_time() {
        DiscountRule rule = service.create(new CreateDiscountRuleCommand(CALLER, definition("a"), true));
        assertThat(rule.id()).isEqualTo(new UUID(0, 1).toString());
        assertThat(rule.audit()).isEqualTo(Audit.created(T0, "client-1"));
        assertThat(rule.active()).isTrue();
        assertThat(store.find(ACCOUNT, rule.id())).contains(rule);
        assertThat(service.create(new CreateDiscountRuleCommand(CALLER, definition("b"), false)).active()).isFalse();
    }

    @Test
    void a_definition_refuses_to_exist_when_invalid_and_keeps_timestamps_to_the_millisecond() {
        assertThatThrownBy(() -> new DiscountRuleDefinition(" ", DiscountType.PERIODIC, Reward.percentage("101"),
                AppliesTo.allItems(), null, null, null)).isInstanceOf(ValidationException.class)
                .hasMessage("name is required (and 1 more)");
        DiscountRuleDefinition precise = new DiscountRuleDefinition("p", DiscountType.PERIODIC,
                Reward.percentage("1"), AppliesTo.allItems(), Instant.parse("2026-01-01T00:00:00.123456789Z"), null,
                null);
        assertThat(precise.activeFrom()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123Z"));
    }

    @Test
    void replace_keeps_id_creation_and_state_unless_active_is_sent() {
        DiscountRule created = service.create(new CreateDiscountRuleCommand(CALLER, definition("a"), true));
        clock.now = T0.plusSeconds(5);
        DiscountRule off = service.deactivate(new DeactivateDiscountRuleCommand(CALLER, created.id()));
        assertThat(off.active()).isFalse();
        assertThat(off.audit()).isEqualTo(new Audit(T0, "client-1", T0.plusSeconds(5), null, null));

        clock.now = T0.plusSeconds(9);
        DiscountRule replaced = service.replace(new ReplaceDiscountRuleCommand(CALLER, created.id(), definition("b"),
                Optional.empty()));
        assertThat(replaced.name()).isEqualTo("b");
        assertThat(replaced.active()).isFalse();
        assertThat(replaced.audit()).isEqualTo(new Audit(T0, "client-1", T0.plusSeconds(9), null, null));
        DiscountRule on = service.replace(new ReplaceDiscountRuleCommand(CALLER, created.id(), definition("c"),
                Optional.of(true)));
        assertThat(on.active()).isTrue();
        assertThat(store.find(ACCOUNT, created.id())).contains(on);
        assertThat(store.lockedIds).containsExactly(created.id(), created.id(), created.id());
    }

    @Test
    void deactivating_twice_changes_nothing_the_second_time() {
        DiscountRule created = service.create(new CreateDiscountRuleCommand(CALLER, definition("a"), true));
        DiscountRule off = service.deactivate(new DeactivateDiscountRuleCommand(CALLER, created.id()));
        clock.now = T0.plusSeconds(60);
        assertThat(service.deactivate(new DeactivateDiscountRuleCommand(CALLER, created.id()))).isEqualTo(off);
        assertThat(store.updates).isEqualTo(1);
    }

    @Test
    void unknown_rules_are_not_found() {
        String unknown = UUID.randomUUID().toString();
        assertThatThrownBy(() -> service.get(ACCOUNT, unknown)).isInstanceOf(NotFoundException.class)
                .hasMessage("discount_rule " + unknown + " not found");
        assertThatThrownBy(() -> service.deactivate(new DeactivateDiscountRuleCommand(CALLER, unknown)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.replace(new ReplaceDiscountRuleCommand(CALLER, unknown, definition("x"),
                Optional.empty()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void list_pages_with_a_token_only_when_more_rules_follow() {
        for (int i = 0; i < 5; i++) {
            service.create(new CreateDiscountRuleCommand(CALLER, definition("r" + i), true));
        }
        DiscountRulePage first = service.list(new ListDiscountRulesQuery(ACCOUNT, 2, Optional.empty()));
        assertThat(first.rules()).extracting(DiscountRule::name).containsExactly("r4", "r3");
        assertThat(first.pagingToken()).contains(first.rules().get(1).id());
        DiscountRulePage last = service.list(new ListDiscountRulesQuery(ACCOUNT, 3, first.pagingToken()));
        assertThat(last.rules()).extracting(DiscountRule::name).containsExactly("r2", "r1", "r0");
        assertThat(last.pagingToken()).isEmpty();

        assertThatThrownBy(() -> service.list(new ListDiscountRulesQuery(ACCOUNT, 2, Optional.of("nope"))))
                .isInstanceOf(ValidationException.class)
                .hasMessage("starting_after is not a paging token of this list");
        assertThatThrownBy(() -> new ListDiscountRulesQuery(ACCOUNT, 101, Optional.empty()))
                .hasMessage("limit must be between 1 and 100");
        assertThatThrownBy(() -> new ListDiscountRulesQuery(ACCOUNT, 0, Optional.empty()))
                .hasMessage("limit must be between 1 and 100");
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
