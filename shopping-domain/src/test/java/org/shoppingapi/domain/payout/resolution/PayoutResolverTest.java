package org.shoppingapi.domain.payout.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.ACCOUNT;
import static org.shoppingapi.domain.Fixtures.CLIENT;
import static org.shoppingapi.domain.Fixtures.T0;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.ctx;
import static org.shoppingapi.domain.Fixtures.item;
import static org.shoppingapi.domain.Fixtures.storeItem;
import static org.shoppingapi.domain.Fixtures.uuid;
import static org.shoppingapi.domain.payout.PayoutRules.feePlatformSeller;
import static org.shoppingapi.domain.payout.PayoutRules.pct;
import static org.shoppingapi.domain.payout.PayoutRules.platformAndSeller;
import static org.shoppingapi.domain.payout.PayoutRules.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.completion.CompletionContext;
import org.shoppingapi.domain.completion.CompletionPolicy;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.ChangeSource;
import org.shoppingapi.domain.pricing.Pricing;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.PaymentItem;
import org.shoppingapi.domain.order.PaymentKind;
import org.shoppingapi.domain.order.PaymentRequest;
import org.shoppingapi.domain.payout.ItemPayout;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;
import org.shoppingapi.domain.payout.PayoutOptions;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutShare;
import org.shoppingapi.domain.payout.resolution.PayoutResolver.Resolution;
import org.shoppingapi.domain.payout.resolution.PayoutResolver.Source;

/** Which rule a line uses (manual, dynamic, stored by store id), fixed at completion and applied to payments. */
class PayoutResolverTest {

    private static final PayoutRule STORED_7 = platformAndSeller();
    private static final PayoutRule STORED_FEE = feePlatformSeller();
    private static final Map<String, PayoutRule> LIVE = Map.of("store-7", STORED_7, "fee", STORED_FEE);
    private static final PayoutRule DYNAMIC_7 = rule("store-7", pct("dyn-platform", "10"), Remaining.to("dyn-seller"));

    private static Optional<Resolution> resolve(Item item, PayoutOptions options) {
        return PayoutResolver.resolve(item, null, options, LIVE, "order.items[0]");
    }

    private static Item manual(Item item, String ruleId) {
        return item.withPayout(ItemPayout.manual(ruleId));
    }

    @Test
    void with_payout_enabled_a_line_uses_the_live_rule_named_by_its_store_id() {
        assertThat(resolve(storeItem(1, 100, "store-7"), new PayoutOptions(true, List.of())))
                .contains(new Resolution(STORED_7, Source.STORED));
        // The order's store is the fallback for a line without one.
        assertThat(PayoutResolver.resolve(item(1, 100), Store.of("store-7"), new PayoutOptions(true, List.of()),
                LIVE, "order.items[0]")).contains(new Resolution(STORED_7, Source.STORED));
    }

    @Test
    void without_the_option_or_a_matching_rule_a_line_has_no_payout() {
        assertThat(resolve(storeItem(1, 100, "store-7"), PayoutOptions.OFF)).isEmpty();
        assertThat(resolve(storeItem(1, 100, "store-9"), new PayoutOptions(true, List.of()))).isEmpty();
        assertThat(resolve(item(1, 100), new PayoutOptions(true, List.of()))).isEmpty();
    }

    @Test
    void a_dynamic_rule_comes_before_the_stored_one() {
        PayoutOptions options = new PayoutOptions(true, List.of(DYNAMIC_7));
        assertThat(resolve(storeItem(1, 100, "store-7"), options)).contains(new Resolution(DYNAMIC_7, Source.DYNAMIC));
        // Another store still falls through to the stored rules.
        assertThat(resolve(storeItem(1, 100, "fee"), options)).contains(new Resolution(STORED_FEE, Source.STORED));
    }

    @Test
    void a_manual_rule_wins_whatever_the_store_dynamic_first() {
        Item line = manual(storeItem(1, 100, "store-7"), "fee");
        assertThat(resolve(line, PayoutOptions.OFF)).contains(new Resolution(STORED_FEE, Source.MANUAL));
        PayoutRule dynamicFee = rule("fee", pct("x", "100"));
        assertThat(resolve(line, new PayoutOptions(false, List.of(dynamicFee))))
                .contains(new Resolution(dynamicFee, Source.MANUAL));
    }

    @Test
    void a_manual_rule_naming_no_rule_is_a_400_on_the_line() {
        assertThatThrownBy(() -> resolve(manual(item(1, 100), "nope"), PayoutOptions.OFF))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("order.items[0].manual_payout.rule_id"));
        List<Item> items = List.of(manual(item(1, 1), "fee"), manual(item(2, 1), "nope"), item(3, 1));
        assertThat(PayoutResolver.unknownManualRules(items, List.of("order.items[0]", "order.items[1]",
                "order.items[2]"), PayoutOptions.OFF, Set.of("fee"))).extracting(FieldError::field)
                .containsExactly("order.items[1].manual_payout.rule_id");
        assertThat(PayoutResolver.unknownManualRules(List.of(manual(item(1, 1), "nope")), List.of(""),
                PayoutOptions.OFF, Set.of())).extracting(FieldError::field).containsExactly("manual_payout.rule_id");
    }

    @Test
    void the_stored_rule_ids_needed_are_manual_ids_and_store_ids_when_enabled() {
        List<Item> items = List.of(manual(storeItem(1, 1, "s1"), "m1"), storeItem(2, 1, "s2"), item(3, 1));
        assertThat(PayoutResolver.storedRuleIdsNeeded(items, Store.of("s0"), new PayoutOptions(true, List.of())))
                .containsExactly("m1", "s2", "s0");
        assertThat(PayoutResolver.storedRuleIdsNeeded(items, Store.of("s0"), PayoutOptions.OFF))
                .containsExactly("m1");
    }

    @Test
    void completion_fixes_each_line_rule_and_payments_carry_the_split() {
        OrderContent draftContent = content(storeItem(1, 10000, "store-7"), storeItem(2, 2500, "fee"),
                storeItem(3, 500, "elsewhere"));
        Draft draft = Draft.create(uuid(1), ACCOUNT, draftContent,
                new DraftOptions(false, null, null, null, Extensions.NONE, new PayoutOptions(true, List.of())), ctx(0));
        AtomicLong ids = new AtomicLong(5000);
        CompletionContext completion = new CompletionContext(T0.plusSeconds(60), CLIENT,
                new ChangeSource("/complete", "PUT"), () -> uuid(ids.incrementAndGet()), () -> "A1", LIVE);
        Order order = CompletionPolicy.complete(draft, Optional.empty(), completion).createdOrders().get(0);
        assertThat(order.content().items()).extracting(i -> i.payout().fixedRule())
                .containsExactly(STORED_7, STORED_FEE, null);
        // The draft's own lines stay as the client wrote them.
        assertThat(draft.order().items()).allMatch(i -> i.payout().isEmpty());

        Order captured = order.recordPayment(uuid(77), PaymentKind.CAPTURE, PaymentRequest.of(List.of(
                new PaymentItem(1, 9999), new PaymentItem(2, 2500), new PaymentItem(3, 500))), ctx(2)).order();
        List<PaymentItem> items = captured.paymentOperations().get(0).items();
        assertThat(items.get(0).payout().shares()).containsExactly(new PayoutShare("platform-1", 500),
                new PayoutShare("seller-7", 9499));
        assertThat(items.get(0).payout().ruleId()).isEqualTo("store-7");
        assertThat(items.get(1).payout().shares()).containsExactly(new PayoutShare("fee", 300),
                new PayoutShare("platform", 220), new PayoutShare("seller", 1980));
        assertThat(items.get(2).payout()).isNull();
    }

    @Test
    void lines_appended_to_an_existing_order_get_their_rule_and_its_old_lines_keep_theirs() {
        ApiEvent creation = new ApiEvent(uuid(77), T0, CLIENT, 0, null, new ChangeSource("/x", "POST"));
        Order existing = Order.create(uuid(70), ACCOUNT, "EXIST-1", Pricing.price(content(
                storeItem(1, 500, "fee").withPayout(ItemPayout.NONE.fixed(STORED_FEE)))), creation);
        Draft draft = Draft.create(uuid(1), ACCOUNT, content(storeItem(2, 10000, "store-7")),
                new DraftOptions(true, "EXIST-1", null, null, Extensions.NONE, new PayoutOptions(true, List.of())),
                ctx(0));
        AtomicLong ids = new AtomicLong(5000);
        CompletionContext completion = new CompletionContext(T0.plusSeconds(60), CLIENT,
                new ChangeSource("/complete", "PUT"), () -> uuid(ids.incrementAndGet()), () -> "A1", LIVE);
        Order updated = CompletionPolicy.complete(draft, Optional.of(existing), completion).updatedOrder()
                .orElseThrow();
        assertThat(updated.content().items()).extracting(i -> i.payout().fixedRule())
                .containsExactly(STORED_FEE, STORED_7);
    }

    @Test
    void completion_refuses_a_manual_rule_that_vanished() {
        Draft draft = Draft.create(uuid(1), ACCOUNT, content(manual(item(1, 100), "gone")),
                new DraftOptions(false, null, null, null, Extensions.NONE), ctx(0));
        assertThatThrownBy(() -> CompletionPolicy.complete(draft, Optional.empty(),
                org.shoppingapi.domain.Fixtures.completion()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("order.items[0].manual_payout.rule_id"));
    }
}
