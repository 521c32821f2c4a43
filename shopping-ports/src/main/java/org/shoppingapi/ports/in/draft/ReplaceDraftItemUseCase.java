package org.shoppingapi.ports.in.draft;

import org.shoppingapi.domain.draft.Draft;

/** PUT /draft_orders/{id}/items/{line_id}: replaces one item of an open draft. */
public interface ReplaceDraftItemUseCase {

    Draft replaceItem(ReplaceDraftItemCommand command);
}
