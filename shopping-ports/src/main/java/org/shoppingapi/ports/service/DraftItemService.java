package org.shoppingapi.ports.service;

import java.time.Clock;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.ports.error.NotFoundException;
import org.shoppingapi.ports.in.draft.AddDraftItemCommand;
import org.shoppingapi.ports.in.draft.AddDraftItemUseCase;
import org.shoppingapi.ports.in.draft.RemoveDraftItemCommand;
import org.shoppingapi.ports.in.draft.RemoveDraftItemUseCase;
import org.shoppingapi.ports.in.draft.ReplaceDraftItemCommand;
import org.shoppingapi.ports.in.draft.ReplaceDraftItemUseCase;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/** The item use cases of a draft: add, replace and remove one item by its {@code line_id}. */
public final class DraftItemService implements AddDraftItemUseCase, ReplaceDraftItemUseCase, RemoveDraftItemUseCase {

    private final DraftWrites writes;

    /** Without webhooks: for embedding the core where nobody subscribes. */
    public DraftItemService(DraftStore drafts, Transactions transactions, DiscountEngine discounts, Ids ids,
                            Clock clock) {
        this(drafts, transactions, discounts, ids, clock, WebhookOutbox.NONE);
    }

    /** Every item change records {@code shopping_draft_update} in {@code outbox}, in its transaction. */
    public DraftItemService(DraftStore drafts, Transactions transactions, DiscountEngine discounts, Ids ids,
                            Clock clock, WebhookOutbox outbox) {
        this.writes = new DraftWrites(drafts, transactions, discounts, ids, clock, outbox);
    }

    @Override
    public Draft addItem(AddDraftItemCommand command) {
        return writes.change(command.caller(), command.draftId(), command.expectedVersion(),
                command.applyDiscounts(), (draft, ctx, discounts) -> draft.addItem(command.item(), ctx, discounts));
    }

    @Override
    public Draft replaceItem(ReplaceDraftItemCommand command) {
        return writes.change(command.caller(), command.draftId(), command.expectedVersion(),
                command.applyDiscounts(), (draft, ctx, discounts) -> {
                    requireItem(draft, command.lineId());
                    return draft.replaceItem(command.lineId(), command.item(), ctx, discounts);
                });
    }

    @Override
    public Draft removeItem(RemoveDraftItemCommand command) {
        return writes.change(command.caller(), command.draftId(), command.expectedVersion(),
                command.applyDiscounts(), (draft, ctx, discounts) -> {
                    requireItem(draft, command.lineId());
                    return draft.removeItem(command.lineId(), ctx, discounts);
                });
    }

    /** An unknown line of an open draft is 404; a closed draft answers 409 first, whatever the line. */
    private static void requireItem(Draft draft, int lineId) {
        draft.requireOpen();
        if (!draft.hasItem(lineId)) {
            throw new NotFoundException("item", "line_id " + lineId + " of draft_order " + draft.id());
        }
    }
}
