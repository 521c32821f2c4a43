package org.shoppingapi.ports.in.draft;

/** The use cases on one item of a draft (add, replace, remove), as one object serves them. */
public interface EditDraftItems extends AddDraftItemUseCase, ReplaceDraftItemUseCase, RemoveDraftItemUseCase {
}
