package org.shoppingapi.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shoppingapi.domain.completion.CompletionContext;
import org.shoppingapi.domain.completion.CompletionPolicy;
import org.shoppingapi.domain.completion.CompletionResult;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.domain.payout.resolution.PayoutResolver;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.in.draft.CompleteDraftCommand;
import org.shoppingapi.ports.in.draft.CompleteDraftUseCase;
import org.shoppingapi.ports.in.draft.DraftCompletion;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.LivePayoutRules;
import org.shoppingapi.ports.out.OrderIdGenerator;
import org.shoppingapi.ports.out.OrderStore;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/**
 * Completes a draft in one transaction: the draft's row is locked (so of concurrent completes one wins and the rest
 * find it no longer open), the completion policy works out the orders, and the draft, the new orders and the
 * updated target order are stored together, each with its api-event.
 */
final class CompleteDraftService implements CompleteDraftUseCase {

    /** Generated ids are 9 of 36 characters; a collision is so rare that a few tries always suffice. */
    private static final int GENERATION_TRIES = 8;

    private final OrderStore orders;
    private final Transactions transactions;
    private final OrderIdGenerator orderIds;
    private final Ids ids;
    private final Clock clock;
    private final WebhookOutbox outbox;
    private final LivePayoutRules payoutRules;
    private final DraftWrites writes;
    private final OrderWrites orderWrites;

    /**
     * A completion records {@code shopping_draft_complete} with all its orders and, when it went into an existing
     * order, {@code shopping_order_update} for that order, in {@code outbox} and in its transaction (pass
     * {@link WebhookOutbox#NONE} where nobody subscribes); {@code payoutRules} are the account's stored rules whose
     * terms completion fixes on the order lines ({@link LivePayoutRules#NONE} without stored rules).
     */
    CompleteDraftService(DraftStore drafts, OrderStore orders, Transactions transactions,
                                OrderIdGenerator orderIds, Ids ids, Clock clock, WebhookOutbox outbox,
                                LivePayoutRules payoutRules) {
        this.orders = orders;
        this.transactions = transactions;
        this.orderIds = orderIds;
        this.ids = ids;
        this.clock = clock;
        this.outbox = outbox;
        this.payoutRules = payoutRules;
        // Completing never runs the discount engine: the draft's lines are final by now.
        this.writes = new DraftWrites(drafts, transactions, DiscountEngine.NONE, ids, clock, outbox, payoutRules);
        this.orderWrites = new OrderWrites(orders, transactions, ids, clock, outbox);
    }

    @Override
    public DraftCompletion complete(CompleteDraftCommand command) {
        Caller caller = command.caller();
        String accountId = caller.accountId();
        return transactions.inTransaction(() -> {
            Draft draft = writes.lock(accountId, command.draftId(), command.expectedVersion());
            // Whether the draft is still open is the completion policy's first check, made once.
            Optional<Order> target = draft.options().orderId() == null ? Optional.empty()
                    : orders.findForUpdate(accountId, draft.options().orderId());
            // Only the stored rules the draft's lines may use are read: one indexed query, none without payout.
            Set<String> ruleIds = PayoutResolver.storedRuleIdsNeeded(draft.order().items(), draft.order().store(),
                    draft.options().payoutOptions());
            Map<String, PayoutRule> liveRules = payoutRules.liveRules(accountId, ruleIds);
            CompletionContext ctx = new CompletionContext(clock.instant(), caller.clientId(),
                    caller.source(), ids::newId, () -> freshOrderId(accountId), liveRules);
            CompletionResult result = CompletionPolicy.complete(draft, target, ctx);
            if (draft.order().orderId() != null && target.isEmpty()) {
                requireUnused(accountId, draft.order().orderId());
            }
            writes.save(draft, result.draft());
            result.createdOrders().forEach(orders::insert);
            result.updatedOrder().ifPresent(updated -> orderWrites.save(target.get(), updated));
            outbox.draftCompleted(result.draft(), result.orders());
            result.updatedOrder().ifPresent(outbox::orderUpdated);
            return new DraftCompletion(result.draft(), result.orders());
        });
    }

    /** The clean 409 for a custom id in use; the unique index still catches two completes racing for one id. */
    private void requireUnused(String accountId, String orderId) {
        if (orders.orderIdExists(accountId, orderId)) {
            throw ConflictException.duplicateOrderId(orderId);
        }
    }

    private String freshOrderId(String accountId) {
        for (int i = 0; i < GENERATION_TRIES; i++) {
            String candidate = orderIds.next();
            if (!orders.orderIdExists(accountId, candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no unused generated order_id after " + GENERATION_TRIES + " tries");
    }
}
