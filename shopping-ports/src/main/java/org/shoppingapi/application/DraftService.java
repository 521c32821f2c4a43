package org.shoppingapi.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftChanged;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.in.draft.DeleteDraftCommand;
import org.shoppingapi.ports.in.draft.ListDraftsQuery;
import org.shoppingapi.ports.in.draft.ManageDrafts;
import org.shoppingapi.ports.in.draft.UpdateDraftCommand;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.DraftFilter;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.LivePayoutRules;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;
import org.shoppingapi.ports.paging.Page;
import org.shoppingapi.ports.paging.PageCursor;

/** The draft use cases on the draft as a whole: create, read, list, replace, soft delete. */
final class DraftService implements ManageDrafts {

    private final DraftStore drafts;
    private final DraftWrites writes;

    /**
     * {@code discounts} is what {@code apply_discounts=true} runs ({@link DiscountEngine#NONE}: the client's lines
     * stay as sent); every change records its webhook event in {@code outbox} ({@link WebhookOutbox#NONE} where
     * nobody subscribes); {@code payoutRules} are the account's stored rules an item's {@code manual_payout} may name
     * ({@link LivePayoutRules#NONE} without stored rules).
     */
    DraftService(DraftStore drafts, Transactions transactions, DiscountEngine discounts, Ids ids,
                        Clock clock, WebhookOutbox outbox, LivePayoutRules payoutRules) {
        this.drafts = drafts;
        this.writes = new DraftWrites(drafts, transactions, discounts, ids, clock, outbox, payoutRules);
    }

    @Override
    public Draft create(CreateDraftCommand command) {
        String accountId = command.caller().accountId();
        return writes.create(command.caller(), command.applyDiscounts(), (id, ctx, discounts) -> {
            Draft draft = Draft.create(id, accountId, command.order(), command.options(), ctx, discounts);
            writes.requireKnownManualPayouts(draft);
            return draft;
        });
    }

    @Override
    public Draft get(String accountId, UUID draftId) {
        AccountId.require(accountId);
        return drafts.find(accountId, draftId).orElseThrow(() -> new NotFoundException("draft_order", draftId));
    }

    @Override
    public Page<Draft> list(ListDraftsQuery query) {
        List<Draft> rows = drafts.list(new DraftFilter(query.accountId(), query.status(), query.createdFrom(),
                query.createdTo(), query.startingAfter(), query.limit() + 1));
        return Page.fromLookahead(rows, query.limit(), d -> new PageCursor(d.audit().createdAt(), d.id()));
    }

    @Override
    public Draft update(UpdateDraftCommand command) {
        return writes.change(command.caller(), command.draftId(), command.expectedVersion(),
                command.applyDiscounts(),
                (draft, ctx, discounts) -> {
                    DraftChanged replaced = draft.replace(command.order(), command.options(), ctx, discounts);
                    writes.requireKnownManualPayouts(replaced.draft());
                    return replaced;
                });
    }

    @Override
    public Draft delete(DeleteDraftCommand command) {
        return writes.change(command.caller(), command.draftId(), command.expectedVersion(), false,
                DraftWrites.withoutDiscounts(Draft::delete));
    }
}
