package org.shoppingapi.domain.completion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.order.OrderChanged;
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
        Draft.Completing completing = draft.startCompletion();
        DraftOptions options = draft.options();
        options.validate();
        // Each line's payout rule is fixed now, so later changes of the account's rules never touch the order.
        OrderContent content = PayoutResolver.fix(draft.order(), options.payoutOptions(), ctx.livePayoutRules());
        if (options.orderId() != null) {
            Order order = target.orElseThrow(() -> ValidationException.of("options.order_id",
                    "names no existing order: " + options.orderId()));
            // Each path's guards (open, no payment operations, same currency, new line ids) are the order's own.
            OrderChanged updated = options.replacesOrder()
                    ? order.replaceContentFromDraft(draft.id(), content, ctx.change())
                    : order.appendFromDraft(draft.id(), content, ctx.change());
            return new CompletionResult(completing.into(List.of(updated.order()), ctx.change()).draft(), List.of(),
                    Optional.of(updated.order()));
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
        return new CompletionResult(completing.into(created, ctx.change()).draft(), created, Optional.empty());
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

    /** The api-event an order created or changed by this completion records. */
    private static ApiEvent event(Draft draft, CompletionContext ctx) {
        return new ApiEvent(ctx.ids().get(), ctx.now(), ctx.actor(), 0, draft.id(), ctx.source());
    }
}
