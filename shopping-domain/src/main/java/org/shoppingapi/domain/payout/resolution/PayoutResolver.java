package org.shoppingapi.domain.payout.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.payout.PayoutOptions;
import org.shoppingapi.domain.payout.PayoutRule;

/**
 * Which payout rule an order line uses (SPEC §4c), in this order: the rule its {@code manual_payout} names (a
 * dynamic rule of the draft first, else the account's live rule with that rule id), else the draft's dynamic rule
 * whose rule id is the line's store id, else (payout enabled) the account's live rule with that rule id, else none.
 * The account's live rules come in as a map by rule id, so the resolution itself stays pure. (Its own package:
 * content holds the payout of a line, and this reads content, so neither package depends back on the other.)
 */
public final class PayoutResolver {

    /** Where the rule a line uses came from. */
    public enum Source {
        MANUAL, DYNAMIC, STORED
    }

    /** The rule a line uses and where it came from. */
    public record Resolution(PayoutRule rule, Source source) {
    }

    private PayoutResolver() {
    }

    /**
     * The rule ids whose live stored rules the resolution of {@code items} may need: every manual rule id, and, when
     * payout is enabled, every store id; the caller loads just these.
     */
    public static Set<String> storedRuleIdsNeeded(List<Item> items, Store orderStore, PayoutOptions options) {
        Set<String> ids = new LinkedHashSet<>();
        for (Item item : items) {
            if (item.payout().manualRuleId() != null) {
                ids.add(item.payout().manualRuleId());
            } else if (options.enabled()) {
                storeId(item, orderStore).ifPresent(ids::add);
            }
        }
        return ids;
    }

    /**
     * The rule {@code item} uses, if any. A manual rule id that names no rule is a 400 on
     * {@code itemPath.manual_payout.rule_id}.
     */
    public static Optional<Resolution> resolve(Item item, Store orderStore, PayoutOptions options,
                                               Map<String, PayoutRule> liveRules, String itemPath) {
        String manual = item.payout().manualRuleId();
        if (manual != null) {
            Optional<PayoutRule> dynamic = options.rule(manual);
            if (dynamic.isPresent()) {
                return Optional.of(new Resolution(dynamic.get(), Source.MANUAL));
            }
            PayoutRule stored = liveRules.get(manual);
            if (stored == null) {
                throw new ValidationException(List.of(unknownManualRule(itemPath, manual)));
            }
            return Optional.of(new Resolution(stored, Source.MANUAL));
        }
        Optional<String> storeId = storeId(item, orderStore);
        if (storeId.isEmpty()) {
            return Optional.empty();
        }
        Optional<PayoutRule> dynamic = options.rule(storeId.get());
        if (dynamic.isPresent()) {
            return Optional.of(new Resolution(dynamic.get(), Source.DYNAMIC));
        }
        if (options.enabled() && liveRules.containsKey(storeId.get())) {
            return Optional.of(new Resolution(liveRules.get(storeId.get()), Source.STORED));
        }
        return Optional.empty();
    }

    /**
     * {@code content} with each line's rule fixed on it (lines without one keep none), as completion leaves it; any
     * manual rule id that names no rule is a 400 naming the line, all of them at once.
     */
    public static OrderContent fix(OrderContent content, PayoutOptions options, Map<String, PayoutRule> liveRules) {
        List<FieldError> errors = new ArrayList<>();
        List<Item> items = new ArrayList<>(content.items().size());
        for (int i = 0; i < content.items().size(); i++) {
            Item item = content.items().get(i);
            try {
                Optional<PayoutRule> rule = resolve(item, content.store(), options, liveRules,
                        "order.items[" + i + "]").map(Resolution::rule);
                items.add(item.withPayout(item.payout().fixed(rule.orElse(null))));
            } catch (ValidationException unknown) {
                errors.addAll(unknown.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return content.withItems(items);
    }

    /**
     * The 400s for lines whose {@code manual_payout} names neither a dynamic rule of {@code options} nor a rule id
     * of {@code liveRuleIds}; {@code paths} gives each item's field path ("order.items[2]", or "" for an item body).
     */
    public static List<FieldError> unknownManualRules(List<Item> items, List<String> paths, PayoutOptions options,
                                                      Set<String> liveRuleIds) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String manual = items.get(i).payout().manualRuleId();
            if (manual != null && options.rule(manual).isEmpty() && !liveRuleIds.contains(manual)) {
                errors.add(unknownManualRule(paths.get(i), manual));
            }
        }
        return errors;
    }

    private static FieldError unknownManualRule(String itemPath, String ruleId) {
        String field = (itemPath.isEmpty() ? "" : itemPath + ".") + "manual_payout.rule_id";
        return FieldError.of(field, "\"" + ruleId + "\" names no payout rule (neither in options.payout.rules nor a "
                + "live rule of the account)");
    }

    /** The line's own store id, else the order's. */
    private static Optional<String> storeId(Item item, Store orderStore) {
        if (item.store() != null && item.store().id() != null) {
            return Optional.of(item.store().id());
        }
        return Optional.ofNullable(orderStore == null ? null : orderStore.id());
    }
}
