package org.shoppingapi.jdbc.document;

import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.event.EventState;
import org.shoppingapi.domain.order.PaymentKind;

/**
 * The names enum values have in stored documents, spelled out: renaming or adding a constant in the domain breaks
 * the build here (the switches are exhaustive) instead of changing what is stored or failing to read old rows.
 */
final class StoredNames {

    private StoredNames() {
    }

    static String of(DiscountType type) {
        return switch (type) {
            case CUSTOMER -> "CUSTOMER";
            case PERIODIC -> "PERIODIC";
            case MANUAL -> "MANUAL";
            case LOYALTY -> "LOYALTY";
            case TOTAL -> "TOTAL";
            case EMPLOYEE -> "EMPLOYEE";
            case EXTERNAL -> "EXTERNAL";
        };
    }

    static DiscountType discountType(String stored, String path) {
        return switch (Fields.required(stored, path)) {
            case "CUSTOMER" -> DiscountType.CUSTOMER;
            case "PERIODIC" -> DiscountType.PERIODIC;
            case "MANUAL" -> DiscountType.MANUAL;
            case "LOYALTY" -> DiscountType.LOYALTY;
            case "TOTAL" -> DiscountType.TOTAL;
            case "EMPLOYEE" -> DiscountType.EMPLOYEE;
            case "EXTERNAL" -> DiscountType.EXTERNAL;
            default -> throw Fields.invalid(path, stored, "a discount type");
        };
    }

    static String of(EventState state) {
        return switch (state) {
            case ERROR -> "ERROR";
            case FAILURE -> "FAILURE";
            case SUCCESS -> "SUCCESS";
            case PENDING -> "PENDING";
        };
    }

    static EventState eventState(String stored, String path) {
        return switch (Fields.required(stored, path)) {
            case "ERROR" -> EventState.ERROR;
            case "FAILURE" -> EventState.FAILURE;
            case "SUCCESS" -> EventState.SUCCESS;
            case "PENDING" -> EventState.PENDING;
            default -> throw Fields.invalid(path, stored, "an event state");
        };
    }

    static String of(PaymentKind kind) {
        return switch (kind) {
            case AUTHORIZATION -> "AUTHORIZATION";
            case CAPTURE -> "CAPTURE";
            case REFUND -> "REFUND";
            case CANCELLATION -> "CANCELLATION";
        };
    }

    static PaymentKind paymentKind(String stored, String path) {
        return switch (Fields.required(stored, path)) {
            case "AUTHORIZATION" -> PaymentKind.AUTHORIZATION;
            case "CAPTURE" -> PaymentKind.CAPTURE;
            case "REFUND" -> PaymentKind.REFUND;
            case "CANCELLATION" -> PaymentKind.CANCELLATION;
            default -> throw Fields.invalid(path, stored, "a payment kind");
        };
    }
}
