package org.shoppingapi.ports.in.draft;

import org.shoppingapi.domain.draft.Draft;

/** DELETE /draft_orders/{id}/items/{line_id}: removes one item of an open draft. */
public interface RemoveDraftItemUseCase {

    Draft removeItem(RemoveDraftItemCommand command);
}
