package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.domain.draft.Draft;

/** GET /draft_orders/{id}: one draft of the caller's account. */
public interface GetDraftUseCase {

    /** The draft, or {@code NotFoundException} when the account has no such draft. */
    Draft get(String accountId, UUID draftId);
}
