package org.shoppingapi.ports.in.draft;

import org.shoppingapi.domain.draft.Draft;

/** POST /draft_orders: creates an open draft at version 0. */
public interface CreateDraftUseCase {

    Draft create(CreateDraftCommand command);
}
