package org.shoppingapi.ports.in.draft;

import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.ports.paging.Page;

/** GET /draft_orders: one page of the account's drafts. */
public interface ListDraftsUseCase {

    Page<Draft> list(ListDraftsQuery query);
}
