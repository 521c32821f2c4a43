package org.shoppingapi.rest.draft;

import org.shoppingapi.ports.in.draft.AddDraftItemUseCase;
import org.shoppingapi.ports.in.draft.CompleteDraftUseCase;
import org.shoppingapi.ports.in.draft.CreateDraftUseCase;
import org.shoppingapi.ports.in.draft.DeleteDraftUseCase;
import org.shoppingapi.ports.in.draft.GetDraftUseCase;
import org.shoppingapi.ports.in.draft.ListDraftsUseCase;
import org.shoppingapi.ports.in.draft.RemoveDraftItemUseCase;
import org.shoppingapi.ports.in.draft.ReplaceDraftItemUseCase;
import org.shoppingapi.ports.in.draft.UpdateDraftUseCase;

/** The in-ports the draft resources call, handed over as one value by the wiring. */
public record DraftUseCases(CreateDraftUseCase create, GetDraftUseCase get, ListDraftsUseCase list,
                            UpdateDraftUseCase update, DeleteDraftUseCase delete, CompleteDraftUseCase complete,
                            AddDraftItemUseCase addItem, ReplaceDraftItemUseCase replaceItem,
                            RemoveDraftItemUseCase removeItem) {

    /** The use cases from the three objects that implement them: drafts, their completion, their items. */
    public static <D extends CreateDraftUseCase & GetDraftUseCase & ListDraftsUseCase & UpdateDraftUseCase
            & DeleteDraftUseCase, I extends AddDraftItemUseCase & ReplaceDraftItemUseCase & RemoveDraftItemUseCase>
            DraftUseCases of(D drafts, CompleteDraftUseCase completion, I items) {
        return new DraftUseCases(drafts, drafts, drafts, drafts, drafts, completion, items, items, items);
    }
}
