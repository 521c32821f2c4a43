package org.shoppingapi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shoppingapi.application.WebhookFakes.FakeTransactions;
import org.shoppingapi.application.WebhookFakes.RecordingOutbox;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.webhook.ShoppingEvent;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.out.DiscountEngine;

/** The core's builder: nothing is defaulted, every opt-out is a call of its own, and what is given is used. */
class ShoppingCoreTest {

    private static final Caller CALLER = new Caller("T12345678", "client-1", new ChangeSource("/test", "POST"));

    private final FakeTransactions transactions = new FakeTransactions();
    private final List<String> engineCalls = new ArrayList<>();
    /** Gives every item without discount lines a 10 % line. */
    private final DiscountEngine engine = accountId -> {
        engineCalls.add(accountId);
        return content -> content.withItems(content.items().stream()
                .map(i -> i.discountLines().isEmpty() ? i.withDiscountLines(List.of(new DiscountLine(
                        i.grossAmount() / 10, BigDecimal.TEN, DiscountType.PERIODIC, "rule-1", "10 %", 1))) : i)
                .toList());
    };

    /** Every step a complete build takes, by name, so a test can leave out one. */
    private Map<String, Consumer<ShoppingCore.Builder>> steps() {
        Map<String, Consumer<ShoppingCore.Builder>> steps = new LinkedHashMap<>();
        steps.put("drafts", b -> b.drafts(new InMemoryDraftStore()));
        steps.put("orders", b -> b.orders(new InMemoryOrderStore()));
        steps.put("transactions", b -> b.transactions(transactions));
        steps.put("ids", b -> b.ids(UUID::randomUUID));
        steps.put("clock", b -> b.clock(Clock.systemUTC()));
        steps.put("orderIds", b -> b.orderIds(() -> "ORDER0001"));
        steps.put("discounts", ShoppingCore.Builder::withoutDiscounts);
        steps.put("webhooks", ShoppingCore.Builder::withoutWebhooks);
        steps.put("payoutRules", ShoppingCore.Builder::withoutStoredPayoutRules);
        return steps;
    }

    private ShoppingCore.Builder allBut(String left) {
        ShoppingCore.Builder builder = ShoppingCore.builder();
        steps().forEach((name, step) -> {
            if (!name.equals(left)) {
                step.accept(builder);
            }
        });
        return builder;
    }

    private static Draft createWithDiscounts(ShoppingCore core) {
        Item chair = Item.of("chair", 1, "Chair", BigDecimal.ONE, 10000, List.of(TaxLine.of("25")));
        return core.drafts().create(new CreateDraftCommand(CALLER, OrderContent.of("NOK", List.of(chair)), null,
                true));
    }

    @Test
    void an_empty_builder_names_every_port_and_every_choice_it_still_needs() {
        assertThatThrownBy(() -> ShoppingCore.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("drafts(DraftStore)", "orders(OrderStore)", "transactions(Transactions)",
                        "ids(Ids)", "clock(Clock)", "orderIds(OrderIdGenerator)",
                        "discounts(DiscountEngine) or withoutDiscounts()",
                        "webhooks(WebhookOutbox) or withoutWebhooks()",
                        "payoutRules(LivePayoutRules) or withoutStoredPayoutRules()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"drafts", "orders", "transactions", "ids", "clock", "orderIds", "discounts", "webhooks",
            "payoutRules"})
    void leaving_out_one_step_refuses_to_build_and_names_only_that_one(String left) {
        assertThatThrownBy(() -> allBut(left).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ShoppingCore needs " + left + "(")
                .message().doesNotContain(",");
        assertThat(allBut("none").build()).isNotNull();
    }

    @Test
    void a_port_given_as_null_is_refused_at_once() {
        assertThatThrownBy(() -> ShoppingCore.builder().discounts(null))
                .isInstanceOf(NullPointerException.class).hasMessage("discounts");
        assertThatThrownBy(() -> ShoppingCore.builder().drafts(null))
                .isInstanceOf(NullPointerException.class).hasMessage("drafts");
    }

    @Test
    void the_given_discount_engine_runs_for_apply_discounts() {
        ShoppingCore core = allBut("discounts").discounts(engine).build();
        Draft draft = createWithDiscounts(core);
        assertThat(engineCalls).containsExactly("T12345678");
        assertThat(draft.order().items().get(0).discountLines()).extracting(DiscountLine::amount)
                .containsExactly(1000L);
    }

    @Test
    void without_discounts_apply_discounts_keeps_the_lines_as_sent() {
        ShoppingCore core = allBut("discounts").withoutDiscounts().build();
        Draft draft = createWithDiscounts(core);
        assertThat(draft.order().items().get(0).discountLines()).isEmpty();
        assertThat(engineCalls).isEmpty();
    }

    @Test
    void the_given_outbox_records_the_changes() {
        RecordingOutbox outbox = new RecordingOutbox(transactions);
        ShoppingCore core = allBut("webhooks").webhooks(outbox).build();
        Draft draft = createWithDiscounts(core);
        assertThat(outbox.events).containsExactly(new ShoppingEvent.DraftAdded(draft));
    }

    @Test
    void it_hands_out_in_port_interfaces_and_the_services_behind_them_are_not_public() {
        ShoppingCore core = allBut("none").build();
        List<Object> useCases = List.of(core.drafts(), core.draftItems(), core.completion(), core.orders(),
                core.orderEvents(), core.payments());
        for (Method accessor : ShoppingCore.class.getDeclaredMethods()) {
            if (!Modifier.isStatic(accessor.getModifiers()) && Modifier.isPublic(accessor.getModifiers())) {
                assertThat(accessor.getReturnType().isInterface()).as(accessor.getName()).isTrue();
                assertThat(accessor.getReturnType().getPackageName()).as(accessor.getName())
                        .startsWith("org.shoppingapi.ports.in.");
            }
        }
        assertThat(useCases).allSatisfy(service -> assertThat(Modifier.isPublic(service.getClass().getModifiers()))
                .as(service.getClass().getSimpleName()).isFalse());
    }
}
