package org.shoppingapi.rest.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shoppingapi.domain.error.ValidationException;

/**
 * The API's one codec for enum values: a constant's wire name is its name in lower case ({@code partially_paid} for
 * {@code PARTIALLY_PAID}), read back case-sensitively. The core's enums know nothing of it.
 */
public final class WireEnums {

    private WireEnums() {
    }

    /** The wire name of {@code constant}, e.g. {@code partially_paid} for {@code PARTIALLY_PAID}. */
    public static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose wire name is exactly {@code value}, if there is one. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The constant named {@code value}; any other value is a 400 on {@code field} that lists the allowed ones. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return find(type, value).orElseThrow(() -> ValidationException.of(field, mustBeOneOf(type)));
    }

    /** The refusal of a value that names no constant of {@code type}: "must be one of" and all its wire names. */
    public static String mustBeOneOf(Class<? extends Enum<?>> type) {
        return "must be one of " + list(type);
    }

    /** All wire names of {@code type} in declaration order, comma separated, for error messages. */
    public static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnums::name).collect(Collectors.joining(", "));
    }
}
