package org.shoppingapi.domain.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.error.DraftNotOpenException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.pricing.DiscountApplier;
import org.shoppingapi.domain.pricing.Pricing;

/**
 * The draft-order aggregate, immutable: every operation returns the next draft with {@code version + 1}, the changed
 * items stamped with that version, amounts recomputed and one api-event appended. Only an open draft changes.
 */
public record Draft(UUID id, String accountId, DraftStatus status, long version, OrderContent order,
                    DraftOptions options, List<ApiEvent> events, Audit audit) {

    public Draft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(order, "order");
        options = options == null ? DraftOptions.DEFAULT : options;
        events = Attributes.list(events);
    }

    /** A new open draft at version 0, its items priced and stamped with version 0. */
    public static Draft create(UUID id, String accountId, OrderContent order, DraftOptions options,
                               ChangeContext ctx) {
        return create(id, accountId, order, options, ctx, DiscountApplier.NONE);
    }

    public static Draft create(UUID id, String accountId, OrderContent order, DraftOptions options,
                               ChangeContext ctx, DiscountApplier discounts) {
        DraftOptions opts = options == null ? DraftOptions.DEFAULT : options;
        opts.validate();
        opts.requireOrderIdAllowed(order.orderId());
        OrderContent priced = stamp(Pricing.price(discounts.apply(order)), Map.of(), 0, Set.of(), new HashSet<>());
        return new Draft(id, accountId, DraftStatus.OPEN, 0, priced, opts, List.of(ctx.apiEvent(0, null)),
                Audit.created(ctx.now(), ctx.actor()));
    }

    /** PUT: replaces the order (and the options, when given); items equal to their previous line keep their version. */
    public DraftChanged replace(OrderContent newOrder, DraftOptions newOptions, ChangeContext ctx) {
        return replace(newOrder, newOptions, ctx, DiscountApplier.NONE);
    }

    public DraftChanged replace(OrderContent newOrder, DraftOptions newOptions, ChangeContext ctx,
                         DiscountApplier discounts) {
        requireOpen();
        DraftOptions opts = newOptions == null ? options : newOptions;
        opts.validate();
        opts.requireOrderIdAllowed(newOrder.orderId());
        return next(discounts.apply(newOrder), opts, ctx, Set.of());
    }

    /** Adds one item; its {@code line_id} must not be in use. */
    public DraftChanged addItem(Item item, ChangeContext ctx) {
        return addItem(item, ctx, DiscountApplier.NONE);
    }

    public DraftChanged addItem(Item item, ChangeContext ctx, DiscountApplier discounts) {
        requireOpen();
        int index = order.items().size();
        if (order.item(item.lineId()).isPresent()) {
            throw ValidationException.of("order.items[" + index + "].line_id",
                    "must be unique in the order, " + item.lineId() + " is already used");
        }
        List<Item> items = new ArrayList<>(order.items());
        items.add(item.withVersion(null));
        return next(discounts.apply(order.withItems(items)), options, ctx, Set.of(item.lineId()));
    }

    /** Replaces the item with {@code lineId}; the new item keeps that line id. */
    public DraftChanged replaceItem(int lineId, Item item, ChangeContext ctx) {
        return replaceItem(lineId, item, ctx, DiscountApplier.NONE);
    }

    public DraftChanged replaceItem(int lineId, Item item, ChangeContext ctx, DiscountApplier discounts) {
        requireOpen();
        int index = indexOf(lineId);
        List<Item> items = new ArrayList<>(order.items());
        items.set(index, item.withLineId(lineId).withVersion(null));
        // The seeds stamp an item "when added or updated": a replaced line counts as changed even if resent as it was.
        return next(discounts.apply(order.withItems(items)), options, ctx, Set.of(lineId));
    }

    /** Removes the item with {@code lineId}. */
    public DraftChanged removeItem(int lineId, ChangeContext ctx) {
        return removeItem(lineId, ctx, DiscountApplier.NONE);
    }

    public DraftChanged removeItem(int lineId, ChangeContext ctx, DiscountApplier discounts) {
        requireOpen();
        List<Item> items = new ArrayList<>(order.items());
        items.remove(indexOf(lineId));
        return next(discounts.apply(order.withItems(items)), options, ctx, Set.of());
    }

    /** Soft delete: status {@code deleted} with {@code deleted_at/by}. */
    public DraftChanged delete(ChangeContext ctx) {
        requireOpen();
        long v = version + 1;
        ApiEvent event = ctx.apiEvent(v, null);
        return new DraftChanged(new Draft(id, accountId, DraftStatus.DELETED, v, order, options, appended(event),
                audit.deleted(ctx.now(), ctx.actor())), event, Set.of());
    }

    /** The draft marked completed; used by the completion policy once the orders are worked out. */
    public Draft markCompleted(ChangeContext ctx) {
        requireOpen();
        long v = version + 1;
        return new Draft(id, accountId, DraftStatus.COMPLETED, v, order, options, appended(ctx.apiEvent(v, null)),
                audit.updated(ctx.now()));
    }

    public boolean isOpen() {
        return status == DraftStatus.OPEN;
    }

    /** The event of the most recent change (creation included). */
    public ApiEvent lastEvent() {
        return events.get(events.size() - 1);
    }

    /** Throws {@code DRAFT_NOT_OPEN} unless the draft is open. */
    public void requireOpen() {
        if (!isOpen()) {
            throw new DraftNotOpenException(id, status.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Whether an item with {@code lineId} exists; services check it first to answer 404 for an unknown line. */
    public boolean hasItem(int lineId) {
        return order.item(lineId).isPresent();
    }

    private DraftChanged next(OrderContent newOrder, DraftOptions opts, ChangeContext ctx, Set<Integer> touched) {
        long v = version + 1;
        Map<Integer, Item> previous = new HashMap<>();
        for (Item item : order.items()) {
            previous.put(item.lineId(), item);
        }
        Set<Integer> changed = new LinkedHashSet<>();
        OrderContent priced = stamp(Pricing.price(newOrder), previous, v, touched, changed);
        ApiEvent event = ctx.apiEvent(v, null);
        return new DraftChanged(new Draft(id, accountId, status, v, priced, opts, appended(event),
                audit.updated(ctx.now())), event, changed);
    }

    /**
     * Gives every item that differs from its previous line (or is new) the new version, and adds its line id to
     * {@code changed}; others keep theirs.
     */
    private static OrderContent stamp(OrderContent priced, Map<Integer, Item> previous, long v,
                                      Set<Integer> touched, Set<Integer> changed) {
        List<Item> items = new ArrayList<>(priced.items().size());
        for (Item item : priced.items()) {
            Item before = previous.get(item.lineId());
            boolean unchanged = before != null && before.version() != null && !touched.contains(item.lineId())
                    && before.equals(item.withVersion(before.version()));
            if (!unchanged) {
                changed.add(item.lineId());
            }
            // The client's own `version` is read-only input and never survives.
            items.add(item.withVersion(unchanged ? before.version() : v));
        }
        return priced.withItems(items);
    }

    private int indexOf(int lineId) {
        for (int i = 0; i < order.items().size(); i++) {
            if (order.items().get(i).lineId() == lineId) {
                return i;
            }
        }
        throw ValidationException.of("line_id", "" + lineId + " is not an item of the draft");
    }

    private List<ApiEvent> appended(ApiEvent event) {
        List<ApiEvent> all = new ArrayList<>(events);
        all.add(event);
        return all;
    }
}
