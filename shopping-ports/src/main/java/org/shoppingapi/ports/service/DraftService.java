package org.shoppingapi.ports.service;

import java.time.Clock;
import java.util.UUID;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.ports.error.NotFoundException;
import org.shoppingapi.ports.in.AccountId;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.draft.CreateDraftCommand;
import org.shoppingapi.ports.in.draft.CreateDraftUseCase;
import org.shoppingapi.ports.in.draft.GetDraftUseCase;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.Transactions;

/** The draft use cases: load, let the domain decide, save, in one transaction. */
public final class DraftService implements CreateDraftUseCase, GetDraftUseCase {

    private final DraftStore drafts;
    private final Transactions transactions;
    private final Ids ids;
    private final Clock clock;

    public DraftService(DraftStore drafts, Transactions transactions, Ids ids, Clock clock) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Draft create(CreateDraftCommand command) {
        Draft draft = Draft.create(ids.newId(), command.caller().accountId(), command.order(), command.options(),
                context(command.caller()));
        return transactions.inTransaction(() -> {
            drafts.insert(draft);
            return draft;
        });
    }

    @Override
    public Draft get(String accountId, UUID draftId) {
        AccountId.require(accountId);
        return drafts.find(accountId, draftId).orElseThrow(() -> new NotFoundException("draft_order", draftId));
    }

    private ChangeContext context(Caller caller) {
        return new ChangeContext(clock.instant(), caller.clientId(), caller.request(), ids.newId());
    }
}
