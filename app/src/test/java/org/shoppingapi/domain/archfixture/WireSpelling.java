package org.shoppingapi.domain.archfixture;

/** Breaks core_speaks_no_wire_vocabulary: a core type named for the wire. */
public final class WireSpelling {

    private WireSpelling() {
    }
}
