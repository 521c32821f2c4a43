package org.shoppingapi.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.shoppingapi.domain.common.ChangeContext;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftChanged;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.payout.PayoutOptions;
import org.shoppingapi.domain.payout.resolution.PayoutResolver;
import org.shoppingapi.domain.error.ConflictException;
import org.shoppingapi.domain.pricing.DiscountApplier;
import org.shoppingapi.domain.error.NotFoundException;
import org.shoppingapi.domain.error.VersionMismatchException;
import org.shoppingapi.ports.in.Caller;
import org.shoppingapi.ports.out.DiscountEngine;
import org.shoppingapi.ports.out.DraftStore;
import org.shoppingapi.ports.out.Ids;
import org.shoppingapi.ports.out.LivePayoutRules;
import org.shoppingapi.ports.out.Transactions;
import org.shoppingapi.ports.out.WebhookOutbox;

/**
 * How every change to an existing draft runs: in one transaction, lock the draft's row, check the expected
 * version, let the domain decide, store the result over the version that was read, and record
 * {@code shopping_draft_update} in the outbox. The row lock makes concurrent writers of one draft take turns, so a
 * writer without an expected version never loses another's change.
 */
final class DraftWrites {

    private final DraftStore drafts;
    private final Transactions transactions;
    private final DiscountEngine discountEngine;
    private final Ids ids;
    private final Clock clock;
    private final WebhookOutbox outbox;
    private final LivePayoutRules payoutRules;

    DraftWrites(DraftStore drafts, Transactions transactions, DiscountEngine discountEngine, Ids ids, Clock clock,
                WebhookOutbox outbox, LivePayoutRules payoutRules) {
        this.drafts = drafts;
        this.transactions = transactions;
        this.discountEngine = discountEngine;
        this.ids = ids;
        this.clock = clock;
        this.outbox = outbox;
        this.payoutRules = payoutRules;
    }

    /** Creates a draft with a fresh id through {@code creation}, stores it and records {@code shopping_draft_add}. */
    Draft create(Caller caller, boolean applyDiscounts, DraftCreation creation) {
        return transactions.inTransaction(() -> {
            Draft draft = creation.create(ids.newId(), context(caller), discounts(caller.accountId(), applyDiscounts));
            drafts.insert(draft);
            outbox.draftAdded(draft);
            return draft;
        });
    }

    /** Runs {@code change} on the locked draft and stores what it returns; answers the stored draft. */
    Draft change(Caller caller, UUID draftId, Long expectedVersion, boolean applyDiscounts,
                 DraftChange change) {
        return transactions.inTransaction(() -> {
            Draft current = lock(caller.accountId(), draftId, expectedVersion);
            DraftChanged result = change.apply(current, context(caller), discounts(caller.accountId(), applyDiscounts));
            save(current, result.draft());
            outbox.draftUpdated(result.draft());
            return result.draft();
        });
    }

    /** The draft, locked for the rest of the transaction, after the expected-version check. */
    Draft lock(String accountId, UUID draftId, Long expectedVersion) {
        Draft current = drafts.findForUpdate(accountId, draftId)
                .orElseThrow(() -> new NotFoundException("draft_order", draftId));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new VersionMismatchException(expectedVersion, current.version());
        }
        return current;
    }

    /** Stores {@code next} over {@code current}; the row lock makes a stale write impossible, the check makes it loud. */
    void save(Draft current, Draft next) {
        if (!drafts.update(next, current.version())) {
            throw new ConflictException(ConflictException.CONCURRENT_UPDATE, "draft " + current.id() + " was changed concurrently");
        }
    }

    DiscountApplier discounts(String accountId, boolean applyDiscounts) {
        return applyDiscounts ? discountEngine.forAccount(accountId) : DiscountApplier.NONE;
    }

    ChangeContext context(Caller caller) {
        return new ChangeContext(clock.instant(), caller.clientId(), caller.source(), ids.newId());
    }

    /**
     * A 400 for each of {@code items} whose {@code manual_payout} names neither a dynamic rule of {@code options} nor
     * a live rule of the account (SPEC §4c); {@code paths} are the items' field paths.
     */
    void requireKnownManualPayouts(String accountId, List<Item> items, List<String> paths, PayoutOptions options) {
        Set<String> manual = new LinkedHashSet<>();
        for (Item item : items) {
            if (item.payout().manualRuleId() != null && options.rule(item.payout().manualRuleId()).isEmpty()) {
                manual.add(item.payout().manualRuleId());
            }
        }
        if (manual.isEmpty()) {
            return;
        }
        List<FieldError> errors = PayoutResolver.unknownManualRules(items, paths, options,
                payoutRules.liveRules(accountId, manual).keySet());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** {@link #requireKnownManualPayouts} for every item of a whole draft, named {@code order.items[i]}. */
    void requireKnownManualPayouts(Draft draft) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < draft.order().items().size(); i++) {
            paths.add("order.items[" + i + "]");
        }
        requireKnownManualPayouts(draft.accountId(), draft.order().items(), paths, draft.options().payoutOptions());
    }

    /** Makes a new draft from its id. */
    @FunctionalInterface
    interface DraftCreation {
        Draft create(UUID id, ChangeContext ctx, DiscountApplier discounts);
    }

    /** One domain operation on a draft. */
    @FunctionalInterface
    interface DraftChange {
        DraftChanged apply(Draft current, ChangeContext ctx, DiscountApplier discounts);
    }

    /** Adapts a two-argument operation that takes no discounts. */
    static DraftChange withoutDiscounts(BiFunction<Draft, ChangeContext, DraftChanged> operation) {
        return (draft, ctx, discounts) -> operation.apply(draft, ctx);
    }
}
