package org.shoppingapi.ports.in.draft;

import org.shoppingapi.domain.draft.Draft;

/** PUT /draft_orders/{id}: replaces the order (and options) of an open draft; bumps its version. */
public interface UpdateDraftUseCase {

    Draft update(UpdateDraftCommand command);
}
