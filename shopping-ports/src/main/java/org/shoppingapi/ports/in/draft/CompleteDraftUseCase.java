package org.shoppingapi.ports.in.draft;

/**
 * PUT /draft_orders/{id}/complete (SPEC §5): atomically marks the draft completed and creates its orders (or
 * updates the target order); of concurrent completes of one draft exactly one succeeds.
 */
public interface CompleteDraftUseCase {

    DraftCompletion complete(CompleteDraftCommand command);
}
