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
import org.shoppingapi.domain.content.LineIds;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.error.DraftNotOpenException;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.pricing.DiscountApplier;
import org.shoppingapi.domain.pricing.Pricing;

/**
 * The draft-order aggregate, immutable: every operation returns the next draft with {@code version + 1}, the changed
 * items stamped with that version, amounts recomputed and one api-event appended. Only an open draft changes.
 * A draft comes into being only through {@link #create}, its operations, or {@link #restore} (from storage, checked).
 */
public final class Draft {

    private final UUID id;
    private final String accountId;
    private final DraftStatus status;
    private final long version;
    private final OrderContent order;
    private final DraftOptions options;
    private final List<ApiEvent> events;
    private final Audit audit;

    private Draft(UUID id, String accountId, DraftStatus status, long version, OrderContent order,
                  DraftOptions options, List<ApiEvent> events, Audit audit) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
        this.order = Objects.requireNonNull(order, "order");
        this.options = options == null ? DraftOptions.DEFAULT : options;
        this.events = Attributes.list(events);
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * A draft as storage kept it: the one way back in for a stored draft, refusing a state no operation could have
     * produced (a negative version, a deleted draft without its deletion time or an undeleted one with it, a change
     * newer than the draft's version) with an {@link IllegalArgumentException} naming the draft and the rule.
     */
    public static Draft restore(UUID id, String accountId, DraftStatus status, long version, OrderContent order,
                                DraftOptions options, List<ApiEvent> events, Audit audit) {
        Draft draft;
        try {
            draft = new Draft(id, accountId, status, version, order, options, events, audit);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("draft " + id + " cannot be restored: " + e.getMessage()
                    + " is missing", e);
        }
        draft.requireConsistent();
        return draft;
    }

    private void requireConsistent() {
        if (version < 0) {
            throw inconsistent("version " + version + " is negative");
        }
        if ((status == DraftStatus.DELETED) != (audit.deletedAt() != null)) {
            throw inconsistent("status " + status + (audit.deletedAt() == null ? " without" : " with")
                    + " a deletion time");
        }
        for (ApiEvent event : events) {
            if (event.version() > version) {
                throw inconsistent("event " + event.id() + " records version " + event.version()
                        + ", after the draft's version " + version);
            }
        }
    }

    private IllegalArgumentException inconsistent(String problem) {
        return new IllegalArgumentException("draft " + id + " cannot be restored: " + problem);
    }

    public UUID id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public DraftStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public OrderContent order() {
        return order;
    }

    public DraftOptions options() {
        return options;
    }

    public List<ApiEvent> events() {
        return events;
    }

    public Audit audit() {
        return audit;
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
        if (LineIds.of(order.items()).contains(item.lineId())) {
            throw ValidationException.of("order.items[" + index + "].line_id", LineIds.alreadyUsed(item.lineId()));
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

    /**
     * Starts completing this draft (SPEC §5): only an open draft completes, so this is where completion's one open
     * check is made. The completion policy asks for it first, before it reads the draft's options or any target order,
     * so that {@code DRAFT_NOT_OPEN} wins over their refusals; {@link Completing#into} then needs no second check.
     */
    public Completing startCompletion() {
        requireOpen();
        return new Completing();
    }

    /** An open draft on its way to orders; only {@link #startCompletion()} makes one, so it is proof of the check. */
    public final class Completing {

        private Completing() {
        }

        /**
         * The draft completed into {@code orders}: at least one order of its own account whose latest event records
         * this draft, as the completion policy leaves them.
         */
        public DraftChanged into(List<Order> orders, ChangeContext ctx) {
            if (orders.isEmpty()) {
                throw new IllegalArgumentException("draft " + id + " completes into at least one order");
            }
            for (Order o : orders) {
                boolean fromThisDraft = !o.events().isEmpty()
                        && o.events().get(o.events().size() - 1) instanceof ApiEvent last && id.equals(last.draftId());
                if (!accountId.equals(o.accountId()) || !fromThisDraft) {
                    throw new IllegalArgumentException("order " + o.orderId() + " was not made from draft " + id);
                }
            }
            long v = version + 1;
            ApiEvent event = ctx.apiEvent(v, null);
            return new DraftChanged(new Draft(id, accountId, DraftStatus.COMPLETED, v, order, options, appended(event),
                    audit.updated(ctx.now())), event, Set.of());
        }
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
        // The line is addressed in the path, so it is a resource that is not there (404), decided here only.
        throw new NotFoundException("item", "line_id " + lineId + " of draft_order " + id);
    }

    private List<ApiEvent> appended(ApiEvent event) {
        List<ApiEvent> all = new ArrayList<>(events);
        all.add(event);
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Draft d && id.equals(d.id) && accountId.equals(d.accountId) && status == d.status
                && version == d.version && order.equals(d.order) && options.equals(d.options)
                && events.equals(d.events) && audit.equals(d.audit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, accountId, status, version, order, options, events, audit);
    }

    @Override
    public String toString() {
        return "Draft[id=" + id + ", accountId=" + accountId + ", status=" + status + ", version=" + version
                + ", order=" + order + ", options=" + options + ", events=" + events + ", audit=" + audit + "]";
    }
}
