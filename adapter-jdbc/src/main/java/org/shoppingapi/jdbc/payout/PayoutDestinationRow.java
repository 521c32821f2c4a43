package org.shoppingapi.jdbc.payout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutDestination.Fixed;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;

/**
 * One destination as stored in JSONB: {@code type} is {@code amount}, {@code percentage} or {@code remaining}; a
 * percentage is kept as exact decimal text so that 33.333 never passes through a double.
 */
public record PayoutDestinationRow(String type, String destination, Long amount, String percentage,
                                   List<PayoutDestinationRow> destinations) {

    private static final String AMOUNT = "amount";
    private static final String PERCENTAGE = "percentage";
    private static final String REMAINING = "remaining";

    public static List<PayoutDestinationRow> of(List<PayoutDestination> destinations) {
        List<PayoutDestinationRow> rows = new ArrayList<>(destinations.size());
        for (PayoutDestination d : destinations) {
            rows.add(switch (d) {
                case Fixed f -> new PayoutDestinationRow(AMOUNT, f.destination(), f.amount(), null, null);
                case Percentage p -> percentage(p);
                case Remaining r -> new PayoutDestinationRow(REMAINING, r.destination(), null, null,
                        r.isShared() ? r.shares().stream().map(PayoutDestinationRow::percentage).toList() : null);
            });
        }
        return rows;
    }

    private static PayoutDestinationRow percentage(Percentage p) {
        return new PayoutDestinationRow(PERCENTAGE, p.destination(), null, p.percentage().toPlainString(), null);
    }

    public static List<PayoutDestination> toDomain(List<PayoutDestinationRow> rows) {
        List<PayoutDestination> destinations = new ArrayList<>(rows.size());
        for (PayoutDestinationRow row : rows) {
            destinations.add(row.toDomain());
        }
        return destinations;
    }

    private PayoutDestination toDomain() {
        return switch (type) {
            case AMOUNT -> new Fixed(destination, amount);
            case PERCENTAGE -> toPercentage();
            case REMAINING -> new Remaining(destination, destinations == null ? List.of()
                    : destinations.stream().map(PayoutDestinationRow::toPercentage).toList());
            default -> throw new IllegalStateException("stored payout destination of unknown type " + type);
        };
    }

    private Percentage toPercentage() {
        return new Percentage(destination, new BigDecimal(percentage));
    }
}
