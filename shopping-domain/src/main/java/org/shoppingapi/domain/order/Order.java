package org.shoppingapi.domain.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.LineIds;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.event.ApiEvent;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.event.EventsState;
import org.shoppingapi.domain.event.OrderEvent;
import org.shoppingapi.domain.event.ServiceEvent;
import org.shoppingapi.domain.money.Amounts;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.pricing.Pricing;

/**
 * The order aggregate, immutable: content, status, events and recorded payment operations. Every accepted change
 * returns the next order with {@code version + 1}. An order comes into being only through {@link #create}, its
 * operations, or {@link #restore} (from storage, checked).
 */
public final class Order {

    private final UUID id;
    private final String accountId;
    private final String orderId;
    private final OrderContent content;
    private final OrderStatus status;
    private final long version;
    private final List<OrderEvent> events;
    private final List<PaymentOperation> paymentOperations;
    private final Audit audit;
    private final Instant closedAt;
    private final String closedBy;
    private final Instant cancelledAt;
    private final String cancelledBy;
    private final String cancelledReason;

    private Order(UUID id, String accountId, String orderId, OrderContent content, OrderStatus status,
                  long version, List<OrderEvent> events, List<PaymentOperation> paymentOperations, Audit audit,
                  Instant closedAt, String closedBy, Instant cancelledAt, String cancelledBy, String cancelledReason) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.content = Objects.requireNonNull(content, "content");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
        this.events = Attributes.list(events);
        this.paymentOperations = Attributes.list(paymentOperations);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.cancelledAt = cancelledAt;
        this.cancelledBy = cancelledBy;
        this.cancelledReason = cancelledReason;
    }

    /**
     * An order as storage kept it: the one way back in for a stored order, refusing a state no operation could have
     * produced (a negative version, a status without its time or an open order with one, an api-event newer than
     * the order's version) with an {@link IllegalArgumentException} naming the order and the rule.
     */
    public static Order restore(UUID id, String accountId, String orderId, OrderContent content, OrderStatus status,
                                long version, List<OrderEvent> events, List<PaymentOperation> paymentOperations, Audit audit,
                                Instant closedAt, String closedBy, Instant cancelledAt, String cancelledBy, String cancelledReason) {
        Order order;
        try {
            order = new Order(id, accountId, orderId, content, status, version, events, paymentOperations, audit, closedAt, closedBy, cancelledAt, cancelledBy, cancelledReason);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("order " + id + " cannot be restored: " + e.getMessage()
                    + " is missing", e);
        }
        order.requireConsistent();
        return order;
    }

    private void requireConsistent() {
        if (version < 0) {
            throw inconsistent("version " + version + " is negative");
        }
        boolean consistent = switch (status) {
            case OPEN -> closedAt == null && cancelledAt == null;
            case CLOSED -> closedAt != null && cancelledAt == null;
            case CANCELLED -> cancelledAt != null;
        };
        if (!consistent) {
            throw inconsistent("status " + status + " with closed at " + closedAt + " and cancelled at "
                    + cancelledAt);
        }
        for (OrderEvent event : events) {
            if (event instanceof ApiEvent api && api.version() > version) {
                throw inconsistent("event " + api.id() + " records version " + api.version()
                        + ", after the order's version " + version);
            }
        }
    }

    private IllegalArgumentException inconsistent(String problem) {
        return new IllegalArgumentException("order " + id + " cannot be restored: " + problem);
    }

    public UUID id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String orderId() {
        return orderId;
    }

    public OrderContent content() {
        return content;
    }

    public OrderStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public List<OrderEvent> events() {
        return events;
    }

    public List<PaymentOperation> paymentOperations() {
        return paymentOperations;
    }

    public Audit audit() {
        return audit;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public String cancelledReason() {
        return cancelledReason;
    }

    /** A new open order at version 0 whose first event is {@code creation}. */
    public static Order create(UUID id, String accountId, String orderId, OrderContent content, ApiEvent creation) {
        return new Order(id, accountId, orderId, content.withOrderId(orderId), OrderStatus.OPEN, 0,
                List.of(creation), List.of(), Audit.created(creation.createdAt(), creation.createdBy()),
                null, null, null, null, null);
    }

    /** Derived from the successful captures and refunds against the order's net amount. */
    public PaymentStatus paymentStatus() {
        return PaymentStatus.of(total(PaymentKind.CAPTURE), total(PaymentKind.REFUND),
                content.totals().netAmount());
    }

    /**
     * The payment details of the latest payment operation that carried any; empty when none did (an adapter then
     * shows those the client sent with the order, which the core carries unread among its extensions).
     */
    public Optional<Map<String, Object>> latestPaymentDetails() {
        for (int i = paymentOperations.size() - 1; i >= 0; i--) {
            if (!paymentOperations.get(i).paymentDetails().isEmpty()) {
                return Optional.of(paymentOperations.get(i).paymentDetails());
            }
        }
        return Optional.empty();
    }

    /** The collection state of the order's events (SPEC §3). */
    public EventState eventsState() {
        return EventsState.of(events);
    }

    public List<PaymentOperation> operations(PaymentKind kind) {
        return paymentOperations.stream().filter(op -> op.kind() == kind).toList();
    }

    public boolean hasPaymentOperations() {
        return !paymentOperations.isEmpty();
    }

    /** Σ of the successful operations of {@code kind}. */
    public long total(PaymentKind kind) {
        long sum = 0;
        for (PaymentOperation op : paymentOperations) {
            if (op.kind() == kind && op.success()) {
                sum = Amounts.add(sum, op.amount());
            }
        }
        return sum;
    }

    /** Σ of the successful operations of {@code kind} on one line. */
    public long total(PaymentKind kind, int lineId) {
        long sum = 0;
        for (PaymentOperation op : paymentOperations) {
            if (op.kind() == kind && op.success()) {
                sum = Amounts.add(sum, op.amountOn(lineId));
            }
        }
        return sum;
    }

    /**
     * Records a payment operation. Captures and refunds need items; every line must exist on the order (409: the
     * request is well formed, the order just has no such line); an amount has the sign of its line's net amount (0 or
     * more, or 0 or less on a negative reversal line; 400). A successful operation stays within its line (409, SPEC
     * §3): Σ authorizations within the net, a capture within what is authorized (or, with nothing authorized, the net)
     * and not yet captured or cancelled, a cancellation within what is authorized and neither captured nor cancelled,
     * a refund within what is captured and not yet refunded; on a negative line the same on absolute values.
     */
    public PaymentRecorded recordPayment(UUID operationId, PaymentKind kind, PaymentRequest request,
                                         ChangeContext ctx) {
        if (kind.requiresItems() && request.items().isEmpty()) {
            throw new ValidationException(List.of(FieldError.required("items")));
        }
        long amount = 0;
        for (PaymentItem item : request.items()) {
            amount = Amounts.add(amount, item.amount());
        }
        requireSigns(request.items());
        requireLines(request.items());
        boolean success = request.success() == null || request.success();
        if (success) {
            checkAvailable(kind, request.items());
        }
        PaymentOperation op = new PaymentOperation(operationId, kind, withPayouts(request.items()), amount, success,
                request.processedAt(), request.processedBy(), request.paymentDetails(), request.metadata(),
                ctx.now(), ctx.actor());
        List<PaymentOperation> ops = new ArrayList<>(paymentOperations);
        ops.add(op);
        long v = version + 1;
        ApiEvent event = ctx.apiEvent(v, null);
        Order next = new Order(id, accountId, orderId, content, status, v, appended(event), ops,
                audit.updated(ctx.now()), closedAt, closedBy, cancelledAt, cancelledBy, cancelledReason);
        return new PaymentRecorded(next, op, event);
    }

    /** Each item on a line with a fixed payout rule, with its amount split by that rule (SPEC §4c). */
    private List<PaymentItem> withPayouts(List<PaymentItem> items) {
        List<PaymentItem> split = new ArrayList<>(items.size());
        for (PaymentItem item : items) {
            PayoutRule rule = content.item(item.lineId()).orElseThrow().payout().fixedRule();
            split.add(new PaymentItem(item.lineId(), item.amount(), rule == null ? null : rule.split(item.amount())));
        }
        return split;
    }

    private void requireLines(List<PaymentItem> items) {
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int line = items.get(i).lineId();
            if (content.item(line).isEmpty()) {
                unknown.add(FieldError.of("items[" + i + "].line_id", "" + line + " is not a line of order "
                        + orderId));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConflictException(ConflictException.UNKNOWN_LINE, unknown.get(0).message()
                    + (unknown.size() == 1 ? "" : " (and " + (unknown.size() - 1) + " more)"), unknown);
        }
    }

    /**
     * A payment on a line moves money in the line's direction: a reversal line (negative net) takes negative amounts.
     * Checked before the lines exist (a 400 before a 409); an unknown line counts as positive.
     */
    private void requireSigns(List<PaymentItem> items) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PaymentItem item = items.get(i);
            boolean negativeLine = content.item(item.lineId()).map(line -> line.netAmount() < 0).orElse(false);
            if (!negativeLine && item.amount() < 0) {
                errors.add(FieldError.of("items[" + i + "].amount", "must be 0 or more"));
            } else if (negativeLine && item.amount() > 0) {
                errors.add(FieldError.of("items[" + i + "].amount", "must be 0 or less: line " + item.lineId()
                        + " is negative"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** Checks each line's requested total against what the line still has room for, in absolute amounts. */
    private void checkAvailable(PaymentKind kind, List<PaymentItem> items) {
        Map<Integer, Long> requested = new LinkedHashMap<>();
        for (PaymentItem item : items) {
            requested.merge(item.lineId(), item.amount(), Amounts::add);
        }
        for (Map.Entry<Integer, Long> e : requested.entrySet()) {
            int line = e.getKey();
            long net = content.item(line).orElseThrow().netAmount();
            int sign = net < 0 ? -1 : 1;
            long wanted = magnitude(e.getValue());
            long authorized = sign * total(PaymentKind.AUTHORIZATION, line);
            long captured = sign * total(PaymentKind.CAPTURE, line);
            long cancelled = sign * total(PaymentKind.CANCELLATION, line);
            long refunded = sign * total(PaymentKind.REFUND, line);
            long available;
            String what;
            switch (kind) {
                case AUTHORIZATION -> {
                    available = Amounts.subtract(magnitude(net), authorized);
                    what = " of the line's net amount not yet authorized";
                }
                case CAPTURE -> {
                    // Name the ceiling that applies: without an authorization it is the line's net amount.
                    available = authorized > 0
                            ? Amounts.subtract(Amounts.subtract(authorized, cancelled), captured)
                            : Amounts.subtract(magnitude(net), captured);
                    what = authorized > 0 ? " authorized and not yet captured"
                            : " of the line's net amount not yet captured (nothing is authorized on it)";
                }
                case CANCELLATION -> {
                    available = Amounts.subtract(Amounts.subtract(authorized, captured), cancelled);
                    what = " authorized and neither captured nor cancelled";
                }
                case REFUND -> {
                    available = Amounts.subtract(captured, refunded);
                    what = " captured and not yet refunded";
                }
                default -> throw new IllegalStateException("unknown payment kind " + kind);
            }
            available = Math.max(0, available);
            if (wanted > available) {
                throw new ConflictException(ConflictException.AMOUNT_EXCEEDS_AVAILABLE,
                        kind.name().toLowerCase(Locale.ROOT) + " of "
                        + e.getValue() + " on line " + line + " exceeds the " + sign * available + what);
            }
        }
    }

    /**
     * Checks that a payment session may be started for {@code request} (SPEC §5b): the order is not cancelled, every
     * line exists (409 {@code UNKNOWN_LINE}) and each line's requested total is within its net amount not yet
     * captured (409 {@code AMOUNT_EXCEEDS_AVAILABLE}). Nothing changes.
     */
    public void checkSession(SessionRequest request) {
        requireNotCancelled();
        requireLines(request.items());
        Map<Integer, Long> requested = new LinkedHashMap<>();
        for (PaymentItem item : request.items()) {
            requested.merge(item.lineId(), item.amount(), Amounts::add);
        }
        for (Map.Entry<Integer, Long> e : requested.entrySet()) {
            long net = content.item(e.getKey()).orElseThrow().netAmount();
            long available = Math.max(0, Amounts.subtract(Math.max(0, net), total(PaymentKind.CAPTURE, e.getKey())));
            if (e.getValue() > available) {
                throw new ConflictException(ConflictException.AMOUNT_EXCEEDS_AVAILABLE, "session of " + e.getValue()
                        + " on line " + e.getKey() + " exceeds the " + available
                        + " of the line's net amount not yet captured");
            }
        }
    }

    /**
     * Records a session the provider started as {@code sessionId} at {@code url}, after the same checks as
     * {@link #checkSession}: the order gets an api-event and the next version; the session is returned beside it.
     */
    public SessionStarted startSession(SessionRequest request, String sessionId, String url, ChangeContext ctx) {
        checkSession(request);
        long amount = 0;
        for (PaymentItem item : request.items()) {
            amount = Amounts.add(amount, item.amount());
        }
        PaymentSession session = new PaymentSession(sessionId, url, amount, content.currency(), request.items(),
                request.profileId(), request.urls(), request.metadata(), ctx.now(), ctx.actor());
        long v = version + 1;
        ApiEvent event = ctx.apiEvent(v, null);
        Order next = new Order(id, accountId, orderId, content, status, v, appended(event),
                paymentOperations, audit.updated(ctx.now()), closedAt, closedBy, cancelledAt, cancelledBy,
                cancelledReason);
        return new SessionStarted(next, session, event);
    }

    /** |value|, saturating: Long.MIN_VALUE has no positive counterpart and counts as more than any room left. */
    private static long magnitude(long value) {
        return value == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(value);
    }

    /** Appends a service event posted by a client. */
    public OrderChanged addServiceEvent(ServiceEvent event) {
        return new OrderChanged(new Order(id, accountId, orderId, content, status, version + 1, appended(event),
                paymentOperations, audit.updated(event.createdAt()), closedAt, closedBy, cancelledAt, cancelledBy,
                cancelledReason), event);
    }

    /**
     * Partial update of the content's extension fields: present fields replace, absent ones stay. Content fixed at
     * creation cannot change: each of {@code changes.fixedFields()} is a validation error, before anything else.
     */
    public OrderChanged update(OrderChanges changes, ChangeContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : changes.fixedFields()) {
            errors.add(FieldError.of(field, "cannot be changed after the order is created"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireNotCancelled();
        long v = version + 1;
        ApiEvent event = ctx.apiEvent(v, null);
        OrderContent changed = content.withExtensions(content.extensions().with(changes.extensions()));
        return new OrderChanged(new Order(id, accountId, orderId, changed, status, v,
                appended(event), paymentOperations, audit.updated(ctx.now()), closedAt, closedBy, cancelledAt,
                cancelledBy, cancelledReason), event);
    }

    /** Reopens a closed order; empty (nothing to store or announce) when it is open already. */
    public Optional<OrderChanged> open(ChangeContext ctx) {
        requireNotCancelled();
        if (status == OrderStatus.OPEN) {
            return Optional.empty();
        }
        long v = version + 1;
        ApiEvent event = ctx.apiEvent(v, null);
        return Optional.of(new OrderChanged(new Order(id, accountId, orderId, content, OrderStatus.OPEN, v,
                appended(event), paymentOperations, audit.updated(ctx.now()), null, null, null, null, null), event));
    }

    /** Closes an open order; empty (nothing to store or announce) when it is closed already. */
    public Optional<OrderChanged> close(ChangeContext ctx) {
        requireNotCancelled();
        if (status == OrderStatus.CLOSED) {
            return Optional.empty();
        }
        long v = version + 1;
        ApiEvent event = ctx.apiEvent(v, null);
        return Optional.of(new OrderChanged(new Order(id, accountId, orderId, content, OrderStatus.CLOSED, v,
                appended(event), paymentOperations, audit.updated(ctx.now()), ctx.now(), ctx.actor(), null, null,
                null), event));
    }

    /** Cancels the order for good; empty (nothing to store or announce) when it is cancelled already. */
    public Optional<OrderChanged> cancel(String reason, ChangeContext ctx) {
        if (status == OrderStatus.CANCELLED) {
            return Optional.empty();
        }
        long v = version + 1;
        ApiEvent event = ctx.apiEvent(v, null);
        return Optional.of(new OrderChanged(new Order(id, accountId, orderId, content, OrderStatus.CANCELLED, v,
                appended(event), paymentOperations, audit.updated(ctx.now()), closedAt, closedBy, ctx.now(),
                ctx.actor(), reason), event));
    }

    /**
     * Completing draft {@code draftId} with {@code options.replace = order} (SPEC §5): the order's content becomes
     * {@code newContent} (priced, payout rules fixed); only an open order without payment operations is replaced.
     */
    public OrderChanged replaceContentFromDraft(UUID draftId, OrderContent newContent, ChangeContext ctx) {
        if (hasPaymentOperations()) {
            throw new ConflictException(ConflictException.PAYMENT_OPERATIONS_EXIST, "order " + orderId
                    + " has payment operations and cannot be replaced");
        }
        requireOpenForDraft();
        return withContentFromDraft(newContent, draftId, ctx);
    }

    /**
     * Completing draft {@code draftId} into this order (SPEC §5): {@code added}'s items (priced, payout rules fixed)
     * join the order's, in its currency, each under a line id the order does not use yet and relating only to lines
     * it then has; only an open order takes them. Error paths name the draft's fields.
     */
    public OrderChanged appendFromDraft(UUID draftId, OrderContent added, ChangeContext ctx) {
        requireOpenForDraft();
        List<FieldError> errors = new ArrayList<>();
        if (!Objects.equals(content.currency(), added.currency())) {
            errors.add(FieldError.of("order.currency", "must be " + content.currency()
                    + ", the currency of order " + orderId));
        }
        LineIds lineIds = LineIds.of(content.items());
        List<Item> items = new ArrayList<>(content.items());
        List<Item> newItems = added.items();
        for (int i = 0; i < newItems.size(); i++) {
            Item item = newItems.get(i);
            if (!lineIds.claim(item.lineId())) {
                errors.add(FieldError.of("order.items[" + i + "].line_id", LineIds.alreadyALineOf(item.lineId(),
                        orderId)));
            }
            items.add(item);
        }
        for (int i = 0; i < newItems.size(); i++) {
            Item item = newItems.get(i);
            if (item.relatedItem() != null && !lineIds.contains(item.relatedItem().lineId())) {
                errors.add(FieldError.of("order.items[" + i + "].related_item.line_id", ""
                        + item.relatedItem().lineId() + " is not a line of order " + orderId));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return withContentFromDraft(content.withItems(items).withTotals(Pricing.totals(items)), draftId, ctx);
    }

    private void requireOpenForDraft() {
        if (status != OrderStatus.OPEN) {
            throw new ConflictException(ConflictException.ORDER_NOT_OPEN, "order " + orderId + " is "
                    + status.name().toLowerCase(Locale.ROOT) + ", a draft can only complete into an open order");
        }
    }

    /** The order with new content from draft {@code draftId}; its api-event carries the draft id. */
    private OrderChanged withContentFromDraft(OrderContent newContent, UUID draftId, ChangeContext ctx) {
        long v = version + 1;
        ApiEvent event = ctx.apiEvent(v, draftId);
        return new OrderChanged(new Order(id, accountId, orderId, newContent.withOrderId(orderId), status, v,
                appended(event), paymentOperations, audit.updated(ctx.now()), closedAt, closedBy, cancelledAt,
                cancelledBy, cancelledReason), event);
    }

    private void requireNotCancelled() {
        if (status == OrderStatus.CANCELLED) {
            throw new ConflictException(ConflictException.ORDER_CANCELLED, "order " + orderId + " is cancelled");
        }
    }

    private List<OrderEvent> appended(OrderEvent event) {
        List<OrderEvent> all = new ArrayList<>(events);
        all.add(event);
        return all;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Order o && id.equals(o.id) && accountId.equals(o.accountId)
                && orderId.equals(o.orderId) && content.equals(o.content) && status == o.status
                && version == o.version && events.equals(o.events) && paymentOperations.equals(o.paymentOperations)
                && audit.equals(o.audit) && Objects.equals(closedAt, o.closedAt)
                && Objects.equals(closedBy, o.closedBy) && Objects.equals(cancelledAt, o.cancelledAt)
                && Objects.equals(cancelledBy, o.cancelledBy) && Objects.equals(cancelledReason, o.cancelledReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, accountId, orderId, content, status, version, events, paymentOperations, audit,
                closedAt, closedBy, cancelledAt, cancelledBy, cancelledReason);
    }

    @Override
    public String toString() {
        return "Order[id=" + id + ", accountId=" + accountId + ", orderId=" + orderId + ", status=" + status
                + ", version=" + version + ", content=" + content + ", events=" + events + ", paymentOperations="
                + paymentOperations + ", audit=" + audit + ", closedAt=" + closedAt + ", closedBy=" + closedBy
                + ", cancelledAt=" + cancelledAt + ", cancelledBy=" + cancelledBy + ", cancelledReason="
                + cancelledReason + "]";
    }
}
