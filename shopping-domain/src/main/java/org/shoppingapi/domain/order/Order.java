package org.shoppingapi.domain.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.shoppingapi.domain.common.Attributes;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
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

/**
 * The order aggregate, immutable: content, status, events and recorded payment operations. Every accepted change
 * returns the next order with {@code version + 1}.
 */
public record Order(UUID id, String accountId, String orderId, OrderContent content, OrderStatus status,
                    long version, List<OrderEvent> events, List<PaymentOperation> paymentOperations, Audit audit,
                    Instant closedAt, String closedBy, Instant cancelledAt, String cancelledBy,
                    String cancelledReason) {

    /** Wire names of the content attributes a client may change after creation (PUT /orders/{order_id}). */
    public static final Set<String> SETTABLE = Set.of("courier_id", "pickup_at", "delivery_id", "delivery_at",
            "comment", "shipping_address", "billing_address", "external_ids", "external_links", "metadata");

    public Order {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        events = Attributes.list(events);
        paymentOperations = Attributes.list(paymentOperations);
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
     * The payment details as last sent by the client (SPEC §2): those of the latest payment operation that carried
     * any, else those sent with the order's draft; empty when neither did.
     */
    public Map<String, Object> paymentDetails() {
        for (int i = paymentOperations.size() - 1; i >= 0; i--) {
            if (!paymentOperations.get(i).paymentDetails().isEmpty()) {
                return paymentOperations.get(i).paymentDetails();
            }
        }
        if (content.attributes().get(OrderContent.PAYMENT_DETAILS) instanceof Map<?, ?> sent) {
            Map<String, Object> details = new LinkedHashMap<>();
            sent.forEach((k, v) -> details.put(String.valueOf(k), v));
            return details;
        }
        return Map.of();
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
     * Records a payment operation. Captures and refunds need items and amounts are 0 or more (400); every line must
     * exist on the order (409: the request is well formed, the order just has no such line); a successful capture
     * may not exceed what is authorized (or, without authorization, the line's net) and not yet captured, a
     * successful refund what is captured and not yet refunded (409).
     */
    public Order recordPayment(UUID operationId, PaymentKind kind, PaymentRequest request, ChangeContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        if (kind.requiresItems() && request.items().isEmpty()) {
            errors.add(FieldError.required("items"));
        }
        long amount = 0;
        for (int i = 0; i < request.items().size(); i++) {
            PaymentItem item = request.items().get(i);
            if (item.amount() < 0) {
                errors.add(FieldError.of("items[" + i + "].amount", "must be 0 or more"));
            }
            amount = Amounts.add(amount, item.amount());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireLines(request.items());
        boolean success = request.success() == null || request.success();
        if (success) {
            checkAvailable(kind, request.items());
        }
        PaymentOperation op = new PaymentOperation(operationId, kind, request.items(), amount, success,
                request.processedAt(), request.processedBy(), request.paymentDetails(), request.metadata(),
                ctx.now(), ctx.actor());
        List<PaymentOperation> ops = new ArrayList<>(paymentOperations);
        ops.add(op);
        long v = version + 1;
        return new Order(id, accountId, orderId, content, status, v, appended(ctx.apiEvent(v, null)), ops,
                audit.updated(ctx.now()), closedAt, closedBy, cancelledAt, cancelledBy, cancelledReason);
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

    private void checkAvailable(PaymentKind kind, List<PaymentItem> items) {
        Map<Integer, Long> requested = new LinkedHashMap<>();
        for (PaymentItem item : items) {
            requested.merge(item.lineId(), item.amount(), Amounts::add);
        }
        for (Map.Entry<Integer, Long> e : requested.entrySet()) {
            int line = e.getKey();
            long captured = total(PaymentKind.CAPTURE, line);
            if (kind == PaymentKind.CAPTURE) {
                long authorized = total(PaymentKind.AUTHORIZATION, line);
                long ceiling = authorized > 0
                        ? Amounts.subtract(authorized, total(PaymentKind.CANCELLATION, line))
                        : Math.max(0, content.item(line).orElseThrow().netAmount());
                long available = Math.max(0, Amounts.subtract(ceiling, captured));
                if (e.getValue() > available) {
                    // Name the ceiling that applies: without an authorization it is the line's net amount.
                    throw new ConflictException(ConflictException.AMOUNT_EXCEEDS_AVAILABLE, "capture of "
                            + e.getValue() + " on line " + line + " exceeds the " + available
                            + (authorized > 0 ? " authorized and not yet captured"
                            : " of the line's net amount not yet captured (nothing is authorized on it)"));
                }
            } else if (kind == PaymentKind.REFUND) {
                long available = Math.max(0, Amounts.subtract(captured, total(PaymentKind.REFUND, line)));
                if (e.getValue() > available) {
                    throw new ConflictException(ConflictException.AMOUNT_EXCEEDS_AVAILABLE, "refund of "
                            + e.getValue() + " on line " + line + " exceeds the " + available
                            + " captured and not yet refunded");
                }
            }
        }
    }

    /** Appends a service event posted by a client. */
    public Order addServiceEvent(ServiceEvent event) {
        List<OrderEvent> all = new ArrayList<>(events);
        all.add(event);
        return new Order(id, accountId, orderId, content, status, version + 1, all, paymentOperations,
                audit.updated(event.createdAt()), closedAt, closedBy, cancelledAt, cancelledBy, cancelledReason);
    }

    /**
     * Partial update of the settable attributes ({@link #SETTABLE}): present keys replace, absent keys stay; a key
     * outside that set is a validation error.
     */
    public Order update(Map<String, Object> changes, ChangeContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : changes.keySet()) {
            if (!SETTABLE.contains(key)) {
                errors.add(FieldError.of(key, "cannot be changed after the order is created"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        requireNotCancelled();
        Map<String, Object> attributes = new LinkedHashMap<>(content.attributes());
        attributes.putAll(changes);
        long v = version + 1;
        return new Order(id, accountId, orderId, content.withAttributes(attributes), status, v,
                appended(ctx.apiEvent(v, null)), paymentOperations, audit.updated(ctx.now()), closedAt, closedBy,
                cancelledAt, cancelledBy, cancelledReason);
    }

    /** Reopens a closed order; an open one is returned unchanged. */
    public Order open(ChangeContext ctx) {
        requireNotCancelled();
        if (status == OrderStatus.OPEN) {
            return this;
        }
        long v = version + 1;
        return new Order(id, accountId, orderId, content, OrderStatus.OPEN, v, appended(ctx.apiEvent(v, null)),
                paymentOperations, audit.updated(ctx.now()), null, null, null, null, null);
    }

    /** Closes an open order; a closed one is returned unchanged. */
    public Order close(ChangeContext ctx) {
        requireNotCancelled();
        if (status == OrderStatus.CLOSED) {
            return this;
        }
        long v = version + 1;
        return new Order(id, accountId, orderId, content, OrderStatus.CLOSED, v, appended(ctx.apiEvent(v, null)),
                paymentOperations, audit.updated(ctx.now()), ctx.now(), ctx.actor(), null, null, null);
    }

    /** Cancels the order for good; a cancelled one is returned unchanged. */
    public Order cancel(String reason, ChangeContext ctx) {
        if (status == OrderStatus.CANCELLED) {
            return this;
        }
        long v = version + 1;
        return new Order(id, accountId, orderId, content, OrderStatus.CANCELLED, v,
                appended(ctx.apiEvent(v, null)), paymentOperations, audit.updated(ctx.now()), closedAt, closedBy,
                ctx.now(), ctx.actor(), reason);
    }

    /**
     * The order with new (already priced) content, as a draft completing into it leaves it; {@code event} carries the
     * draft id. Guards belong to the completion policy.
     */
    public Order withContentFromDraft(OrderContent newContent, ApiEvent event) {
        long v = version + 1;
        ApiEvent stamped = new ApiEvent(event.id(), event.createdAt(), event.createdBy(), v, event.draftId(),
                event.request());
        return new Order(id, accountId, orderId, newContent.withOrderId(orderId), status, v, appended(stamped),
                paymentOperations, audit.updated(event.createdAt()), closedAt, closedBy, cancelledAt, cancelledBy,
                cancelledReason);
    }

    /** Line ids already on the order. */
    public Set<Integer> lineIds() {
        Set<Integer> ids = new java.util.HashSet<>();
        for (Item item : content.items()) {
            ids.add(item.lineId());
        }
        return ids;
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
}
