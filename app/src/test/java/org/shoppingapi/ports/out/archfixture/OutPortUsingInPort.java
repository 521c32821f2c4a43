package org.shoppingapi.ports.out.archfixture;

import org.shoppingapi.ports.in.draft.GetDraftUseCase;

/** Breaks "out-ports do not depend on in-ports" on purpose. */
public interface OutPortUsingInPort {
    GetDraftUseCase useCase();
}
