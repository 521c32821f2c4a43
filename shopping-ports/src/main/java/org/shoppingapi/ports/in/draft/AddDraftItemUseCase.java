package org.shoppingapi.ports.in.draft;

import org.shoppingapi.domain.draft.Draft;

/** POST /draft_orders/{id}/items: adds one item to an open draft; concurrent adds all land. */
public interface AddDraftItemUseCase {

    Draft addItem(AddDraftItemCommand command);
}
