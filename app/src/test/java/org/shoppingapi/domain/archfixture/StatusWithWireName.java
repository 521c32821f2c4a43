package org.shoppingapi.domain.archfixture;

import java.util.Locale;

/** Breaks core_speaks_no_wire_vocabulary: a domain enum that knows its API spelling. */
public enum StatusWithWireName {
    OPEN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
