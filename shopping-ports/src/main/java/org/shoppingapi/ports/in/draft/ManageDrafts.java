package org.shoppingapi.ports.in.draft;

/** The use cases on a draft as a whole (create, read, list, replace, delete), as one object serves them. */
public interface ManageDrafts extends CreateDraftUseCase, GetDraftUseCase, ListDraftsUseCase, UpdateDraftUseCase,
        DeleteDraftUseCase {
}
