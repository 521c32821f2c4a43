package org.shoppingapi.domain.completion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.payout.resolution.PayoutResolver;
import org.shoppingapi.domain.pricing.Pricing;

/**
 * Turns a draft into orders (SPEC §5), purely: split by store, custom/generated/default order ids, appending to or
 * replacing an existing order. Uniqueness of order ids across the account is the caller's to check.
 */
public final class CompletionPolicy {

    private CompletionPolicy() {
    }

    /**
     * @param target the existing order named by {@code options.order_id}, required exactly when that option is set
     */
    public static CompletionResult complete(Draft draft, Optional<Order> target, CompletionContext ctx) {
        draft.requireOpen();
        DraftOptions options = draft.options();
        options.validate();
        // Each line's payout rule is fixed now, so later changes of the account's rules never touch the order.
        OrderContent content = PayoutResolver.fix(draft.order(), options.payoutOptions(), ctx.livePayoutRules());
        if (options.orderId() != null) {
            Order order = target.orElseThrow(() -> ValidationException.of("options.order_id",
                    "names no existing order: " + options.orderId()));
            Order updated = options.replacesOrder() ? replace(draft, content, order, ctx)
                    : append(draft, content, order, ctx);
            return new CompletionResult(draft.markCompleted(ctx.change()), List.of(), Optional.of(updated));
        }
        // Checked when the draft is written too; a draft stored before that check still meets it here.
        options.requireOrderIdAllowed(content.orderId());
        List<OrderContent> parts = options.splitDraft() ? splitByStore(content) : List.of(content);
        List<Order> created = new ArrayList<>(parts.size());
        for (OrderContent part : parts) {
            UUID id = ctx.ids().get();
            String orderId = content.orderId() != null ? content.orderId()
                    : options.generatesOrderId() ? ctx.orderIdGenerator().get() : id.toString();
            created.add(Order.create(id, draft.accountId(), orderId, part, event(draft, ctx)));
        }
        return new CompletionResult(draft.markCompleted(ctx.change()), created, Optional.empty());
    }

    /**
     * One content per store, in order of first appearance: an item's store is its own {@code store.id}, else the
     * order's; items without either form one group. Each part carries its group's store and its own totals.
     */
    public static List<OrderContent> splitByStore(OrderContent content) {
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        Map<String, Store> stores = new LinkedHashMap<>();
        for (Item item : content.items()) {
            Store store = item.store() != null && item.store().id() != null ? item.store() : content.store();
            String key = store == null ? null : store.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
            stores.putIfAbsent(key, store);
        }
        if (groups.isEmpty()) {
            return List.of(content);
        }
        List<OrderContent> parts = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<Item>> group : groups.entrySet()) {
            OrderContent part = content.withStore(stores.get(group.getKey())).withItems(group.getValue());
            parts.add(part.withTotals(Pricing.totals(group.getValue())));
        }
        return parts;
    }

    private static Order replace(Draft draft, OrderContent fixed, Order order, CompletionContext ctx) {
        if (order.hasPaymentOperations()) {
            throw new ConflictException(ConflictException.PAYMENT_OPERATIONS_EXIST, "order " + order.orderId()
                    + " has payment operations and cannot be replaced");
        }
        requireOpen(order);
        OrderContent content = fixed.withOrderId(order.orderId());
        return order.withContentFromDraft(content, event(draft, ctx));
    }

    private static Order append(Draft draft, OrderContent fixed, Order order, CompletionContext ctx) {
        requireOpen(order);
        OrderContent existing = order.content();
        List<FieldError> errors = new ArrayList<>();
        if (!Objects.equals(existing.currency(), fixed.currency())) {
            errors.add(FieldError.of("order.currency", "must be " + existing.currency()
                    + ", the currency of order " + order.orderId()));
        }
        Set<Integer> lineIds = order.lineIds();
        List<Item> items = new ArrayList<>(existing.items());
        List<Item> added = fixed.items();
        for (int i = 0; i < added.size(); i++) {
            Item item = added.get(i);
            if (!lineIds.add(item.lineId())) {
                errors.add(FieldError.of("order.items[" + i + "].line_id", "" + item.lineId()
                        + " is already a line of order " + order.orderId()));
            }
            items.add(item);
        }
        for (int i = 0; i < added.size(); i++) {
            Item item = added.get(i);
            if (item.relatedItem() != null && !lineIds.contains(item.relatedItem().lineId())) {
                errors.add(FieldError.of("order.items[" + i + "].related_item.line_id", ""
                        + item.relatedItem().lineId() + " is not a line of order " + order.orderId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        OrderContent content = existing.withItems(items).withTotals(Pricing.totals(items));
        return order.withContentFromDraft(content, event(draft, ctx));
    }

    private static void requireOpen(Order order) {
        if (order.status() != OrderStatus.OPEN) {
            throw new ConflictException(ConflictException.ORDER_NOT_OPEN, "order " + order.orderId() + " is "
                    + order.status().name().toLowerCase(Locale.ROOT) + ", a draft can only complete into an open order");
        }
    }

    /** The api-event an order created or changed by this completion records. */
    private static ApiEvent event(Draft draft, CompletionContext ctx) {
        return new ApiEvent(ctx.ids().get(), ctx.now(), ctx.actor(), 0, draft.id(), ctx.request());
    }
}
