package org.shoppingapi.application;

import java.time.Clock;
import java.util.List;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftChanged;
import org.shoppingapi.ports.in.draft.AddDraftItemCommand;
import org.shoppingapi.ports.in.draft.EditDraftItems;
import org.shoppingapi.ports.in.draft.RemoveDraftItemCommand;
import org.shoppingapi.ports.in.draft.ReplaceDraftItemCommand;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.LivePayoutRules;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/** The item use cases of a draft: add, replace and remove one item by its {@code line_id}. */
final class DraftItemService implements EditDraftItems {

    private final DraftWrites writes;

    /**
     * {@code discounts} is what {@code apply_discounts=true} runs ({@link DiscountEngine#NONE}: the client's lines
     * stay as sent); every item change records {@code shopping_draft_update} in {@code outbox}
     * ({@link WebhookOutbox#NONE} where nobody subscribes); {@code payoutRules} are the account's stored rules an
     * item's {@code manual_payout} may name ({@link LivePayoutRules#NONE} without stored rules).
     */
    DraftItemService(DraftStore drafts, Transactions transactions, DiscountEngine discounts, Ids ids,
                            Clock clock, WebhookOutbox outbox, LivePayoutRules payoutRules) {
        this.writes = new DraftWrites(drafts, transactions, discounts, ids, clock, outbox, payoutRules);
    }

    @Override
    public Draft addItem(AddDraftItemCommand command) {
        return writes.change(command.caller(), command.draftId(), command.expectedVersion(),
                command.applyDiscounts(), (draft, ctx, discounts) -> {
                    DraftChanged next = draft.addItem(command.item(), ctx, discounts);
                    requireKnownManualPayout(draft, command.item());
                    return next;
                });
    }

    @Override
    public Draft replaceItem(ReplaceDraftItemCommand command) {
        return writes.change(command.caller(), command.draftId(), command.expectedVersion(),
                command.applyDiscounts(), (draft, ctx, discounts) -> {
                    DraftChanged next = draft.replaceItem(command.lineId(), command.item(), ctx, discounts);
                    requireKnownManualPayout(draft, command.item());
                    return next;
                });
    }

    @Override
    public Draft removeItem(RemoveDraftItemCommand command) {
        return writes.change(command.caller(), command.draftId(), command.expectedVersion(),
                command.applyDiscounts(), (draft, ctx, discounts) -> {
                    return draft.removeItem(command.lineId(), ctx, discounts);
                });
    }

    /** The item body's {@code manual_payout} must name a rule (its field path starts at the top of the body). */
    private void requireKnownManualPayout(Draft draft, Item item) {
        writes.requireKnownManualPayouts(draft.accountId(), List.of(item), List.of(""),
                draft.options().payoutOptions());
    }
}
