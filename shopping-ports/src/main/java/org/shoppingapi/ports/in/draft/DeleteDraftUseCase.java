package org.shoppingapi.ports.in.draft;

import org.shoppingapi.domain.draft.Draft;

/** DELETE /draft_orders/{id}: soft delete of an open draft; answers the deleted draft. */
public interface DeleteDraftUseCase {

    Draft delete(DeleteDraftCommand command);
}
