package org.shoppingapi.ports.in.archfixture;

import org.shoppingapi.ports.out.DraftStore;

/** Breaks "in-ports do not depend on out-ports" on purpose. */
public interface InPortUsingOutPort {
    DraftStore store();
}
