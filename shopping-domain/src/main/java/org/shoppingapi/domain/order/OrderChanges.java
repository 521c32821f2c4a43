package org.shoppingapi.domain.order;

import java.util.List;
import java.util.Objects;
import org.shoppingapi.domain.common.Extensions;

/**
 * What a client asks to change on an existing order: {@code extensions} are set over the order's own (present
 * fields replace, absent ones stay, a {@code null} value clears one); {@code fixedFields} names the parts of the
 * content the client also sent although they are fixed when the order is created (currency, items ...), named as the
 * client named them, so the order can refuse each by that name.
 */
public record OrderChanges(Extensions extensions, List<String> fixedFields) {

    public OrderChanges {
        Objects.requireNonNull(extensions, "extensions");
        fixedFields = List.copyOf(fixedFields);
    }

    public static OrderChanges of(Extensions extensions) {
        return new OrderChanges(extensions, List.of());
    }
}
