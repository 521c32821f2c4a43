package org.shoppingapi.jdbc;

import java.util.function.Function;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.discount.AppliesTo;
import org.shoppingapi.domain.discount.Reward;
import org.shoppingapi.domain.draft.DraftStatus;
import org.shoppingapi.domain.order.OrderStatus;
import org.shoppingapi.domain.order.PaymentStatus;
import org.shoppingapi.domain.webhook.DeliveryStatus;
import org.shoppingapi.domain.webhook.EventType;

/**
 * The text enum values have in table columns (status columns, webhook event names, discount rule columns), spelled
 * out: renaming or adding a constant in the domain breaks the build here (the switches are exhaustive) instead of
 * changing what is stored, failing the schema's CHECKs or failing to read old rows. Documents keep their own names
 * ({@code document.StoredNames}).
 */
public final class ColumnValues {

    private ColumnValues() {
    }

    public static String of(DraftStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case COMPLETED -> "completed";
            case DELETED -> "deleted";
        };
    }

    public static String of(OrderStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case CLOSED -> "closed";
            case CANCELLED -> "cancelled";
        };
    }

    public static String of(PaymentStatus status) {
        return switch (status) {
            case PENDING -> "pending";
            case PARTIALLY_PAID -> "partially_paid";
            case PAID -> "paid";
            case PARTIALLY_REFUNDED -> "partially_refunded";
            case REFUNDED -> "refunded";
        };
    }

    public static String of(EventType type) {
        return switch (type) {
            case SHOPPING_DRAFT_ADD -> "shopping_draft_add";
            case SHOPPING_DRAFT_UPDATE -> "shopping_draft_update";
            case SHOPPING_DRAFT_COMPLETE -> "shopping_draft_complete";
            case SHOPPING_ORDER_UPDATE -> "shopping_order_update";
            case SHOPPING_ORDER_EVENT_ADD -> "shopping_order_event_add";
        };
    }

    public static String of(DeliveryStatus status) {
        return switch (status) {
            case PENDING -> "pending";
            case DELIVERED -> "delivered";
            case FAILED -> "failed";
            case CANCELLED -> "cancelled";
        };
    }

    public static String of(DiscountType type) {
        return switch (type) {
            case CUSTOMER -> "customer";
            case PERIODIC -> "periodic";
            case MANUAL -> "manual";
            case LOYALTY -> "loyalty";
            case TOTAL -> "total";
            case EMPLOYEE -> "employee";
            case EXTERNAL -> "external";
        };
    }

    public static String of(Reward.Type type) {
        return switch (type) {
            case PERCENTAGE -> "percentage";
            case AMOUNT -> "amount";
        };
    }

    public static String of(AppliesTo.Type type) {
        return switch (type) {
            case ITEMS -> "items";
            case ALL_ITEMS -> "all_items";
            case TOTAL -> "total";
        };
    }

    public static DraftStatus draftStatus(String stored) {
        return read(DraftStatus.class, ColumnValues::of, stored, "draft status");
    }

    public static OrderStatus orderStatus(String stored) {
        return read(OrderStatus.class, ColumnValues::of, stored, "order status");
    }

    public static EventType eventType(String stored) {
        return read(EventType.class, ColumnValues::of, stored, "event type");
    }

    public static DeliveryStatus deliveryStatus(String stored) {
        return read(DeliveryStatus.class, ColumnValues::of, stored, "delivery status");
    }

    public static DiscountType discountType(String stored) {
        return read(DiscountType.class, ColumnValues::of, stored, "discount type");
    }

    public static Reward.Type rewardType(String stored) {
        return read(Reward.Type.class, ColumnValues::of, stored, "reward type");
    }

    public static AppliesTo.Type appliesToType(String stored) {
        return read(AppliesTo.Type.class, ColumnValues::of, stored, "applies-to type");
    }

    private static <E extends Enum<E>> E read(Class<E> type, Function<E, String> names, String stored, String what) {
        for (E constant : type.getEnumConstants()) {
            if (names.apply(constant).equals(stored)) {
                return constant;
            }
        }
        throw new IllegalStateException("stored " + what + " " + stored + " is unknown");
    }
}
