package org.shoppingapi.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.shoppingapi.ports.in.draft.CompleteDraftUseCase;
import org.shoppingapi.ports.in.draft.EditDraftItems;
import org.shoppingapi.ports.in.draft.ManageDrafts;
import org.shoppingapi.ports.in.order.ManageOrders;
import org.shoppingapi.ports.in.order.RecordOrderEvents;
import org.shoppingapi.ports.in.order.RecordPayments;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.LivePayoutRules;
import org.shoppingapi.ports.out.OrderIdGenerator;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/**
 * The draft and order use cases built over one set of out-ports, for the service and for embedders; callers see the
 * in-port interfaces, the services behind them are this package's own. Every port is
 * named by the builder's caller: there is no default, and leaving out discounts, webhooks or stored payout rules is a
 * call of its own ({@code withoutDiscounts()} …), so {@code apply_discounts=true} never quietly does nothing.
 */
public final class ShoppingCore {

    private final ManageDrafts drafts;
    private final EditDraftItems draftItems;
    private final CompleteDraftUseCase completion;
    private final ManageOrders orders;
    private final RecordOrderEvents orderEvents;
    private final RecordPayments payments;

    private ShoppingCore(Builder b) {
        this.drafts = new DraftService(b.drafts, b.transactions, b.discounts, b.ids, b.clock, b.outbox, b.payoutRules);
        this.draftItems = new DraftItemService(b.drafts, b.transactions, b.discounts, b.ids, b.clock, b.outbox,
                b.payoutRules);
        this.completion = new CompleteDraftService(b.drafts, b.orders, b.transactions, b.orderIds, b.ids, b.clock,
                b.outbox, b.payoutRules);
        this.orders = new OrderService(b.orders, b.transactions, b.ids, b.clock, b.outbox);
        this.orderEvents = new OrderEventService(b.orders, b.transactions, b.ids, b.clock, b.outbox);
        this.payments = new PaymentOperationService(b.orders, b.transactions, b.ids, b.clock, b.outbox);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Create, read, list, replace and delete drafts. */
    public ManageDrafts drafts() {
        return drafts;
    }

    /** Add, replace and remove one item of a draft. */
    public EditDraftItems draftItems() {
        return draftItems;
    }

    /** Complete a draft into orders. */
    public CompleteDraftUseCase completion() {
        return completion;
    }

    /** Read, list, update, open, close and cancel orders. */
    public ManageOrders orders() {
        return orders;
    }

    /** Post and read an order's service events. */
    public RecordOrderEvents orderEvents() {
        return orderEvents;
    }

    /** Record and read payment operations. */
    public RecordPayments payments() {
        return payments;
    }

    /** Collects the ports; {@link #build()} refuses to build while one is missing or an option is undecided. */
    public static final class Builder {

        private DraftStore drafts;
        private OrderStore orders;
        private Transactions transactions;
        private Ids ids;
        private Clock clock;
        private OrderIdGenerator orderIds;
        private DiscountEngine discounts;
        private WebhookOutbox outbox;
        private LivePayoutRules payoutRules;

        private Builder() {
        }

        public Builder drafts(DraftStore drafts) {
            this.drafts = Objects.requireNonNull(drafts, "drafts");
            return this;
        }

        public Builder orders(OrderStore orders) {
            this.orders = Objects.requireNonNull(orders, "orders");
            return this;
        }

        public Builder transactions(Transactions transactions) {
            this.transactions = Objects.requireNonNull(transactions, "transactions");
            return this;
        }

        /** Where the ids of drafts, orders, events and operations come from. */
        public Builder ids(Ids ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Makes {@code order_id}s for {@code generate_order_id: "ALPHANUMERIC_9"}. */
        public Builder orderIds(OrderIdGenerator orderIds) {
            this.orderIds = Objects.requireNonNull(orderIds, "orderIds");
            return this;
        }

        /** What {@code apply_discounts=true} runs. */
        public Builder discounts(DiscountEngine discounts) {
            this.discounts = Objects.requireNonNull(discounts, "discounts");
            return this;
        }

        /** No discount engine: {@code apply_discounts=true} keeps the client's discount lines as sent. */
        public Builder withoutDiscounts() {
            return discounts(DiscountEngine.NONE);
        }

        /** Where every change records its webhook event, in the change's transaction. */
        public Builder webhooks(WebhookOutbox outbox) {
            this.outbox = Objects.requireNonNull(outbox, "outbox");
            return this;
        }

        /** No webhooks: changes record no event for subscribers (nobody subscribes). */
        public Builder withoutWebhooks() {
            return webhooks(WebhookOutbox.NONE);
        }

        /** The account's stored payout rules an item's {@code manual_payout} may name and completion fixes. */
        public Builder payoutRules(LivePayoutRules payoutRules) {
            this.payoutRules = Objects.requireNonNull(payoutRules, "payoutRules");
            return this;
        }

        /** No stored payout rules: a {@code manual_payout} must name a rule of the draft's own payout options. */
        public Builder withoutStoredPayoutRules() {
            return payoutRules(LivePayoutRules.NONE);
        }

        /** The services; an {@link IllegalStateException} naming every port still missing when one is. */
        public ShoppingCore build() {
            List<String> missing = new ArrayList<>();
            require(drafts, "drafts(DraftStore)", missing);
            require(orders, "orders(OrderStore)", missing);
            require(transactions, "transactions(Transactions)", missing);
            require(ids, "ids(Ids)", missing);
            require(clock, "clock(Clock)", missing);
            require(orderIds, "orderIds(OrderIdGenerator)", missing);
            require(discounts, "discounts(DiscountEngine) or withoutDiscounts()", missing);
            require(outbox, "webhooks(WebhookOutbox) or withoutWebhooks()", missing);
            require(payoutRules, "payoutRules(LivePayoutRules) or withoutStoredPayoutRules()", missing);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("ShoppingCore needs " + String.join(", ", missing));
            }
            return new ShoppingCore(this);
        }

        private static void require(Object port, String call, List<String> missing) {
            if (port == null) {
                missing.add(call);
            }
        }
    }
}
