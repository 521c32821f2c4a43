package org.shoppingapi.jdbc.document;

import static org.shoppingapi.jdbc.document.Fields.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.shoppingapi.domain.payout.ItemPayout;
import org.shoppingapi.domain.payout.PayoutDestination;
import org.shoppingapi.domain.payout.PayoutDestination.Fixed;
import org.shoppingapi.domain.payout.PayoutDestination.Percentage;
import org.shoppingapi.domain.payout.PayoutDestination.Remaining;
import org.shoppingapi.domain.payout.PayoutOptions;
import org.shoppingapi.domain.payout.PayoutRule;
import org.shoppingapi.domain.payout.PayoutRuleType;
import org.shoppingapi.domain.payout.PayoutShare;
import org.shoppingapi.domain.payout.PayoutSplit;
import org.shoppingapi.jdbc.document.PayoutRows.DestinationRow;
import org.shoppingapi.jdbc.document.PayoutRows.ItemPayoutRow;
import org.shoppingapi.jdbc.document.PayoutRows.OptionsRow;
import org.shoppingapi.jdbc.document.PayoutRows.RuleRow;
import org.shoppingapi.jdbc.document.PayoutRows.ShareRow;
import org.shoppingapi.jdbc.document.PayoutRows.SplitRow;

/** Payout values ↔ their stored rows, field by field; reading checks every required field and names its path. */
final class PayoutMapping {

    private static final String AMOUNT = "AMOUNT";
    private static final String PERCENTAGE = "PERCENTAGE";
    private static final String REMAINING = "REMAINING";

    private PayoutMapping() {
    }

    static String of(PayoutRuleType type) {
        return switch (type) {
            case ITEM_STORE_ID -> "ITEM_STORE_ID";
        };
    }

    static PayoutRuleType ruleType(String stored, String path) {
        return switch (required(stored, path)) {
            case "ITEM_STORE_ID" -> PayoutRuleType.ITEM_STORE_ID;
            default -> throw Fields.invalid(path, stored, "a payout rule type");
        };
    }

    static List<DestinationRow> toRows(List<PayoutDestination> destinations) {
        return destinations.stream().map(PayoutMapping::toRow).toList();
    }

    private static DestinationRow toRow(PayoutDestination d) {
        return switch (d) {
            case Fixed f -> new DestinationRow(AMOUNT, f.destination(), f.amount(), null, null);
            case Percentage p -> toRow(p);
            case Remaining r -> new DestinationRow(REMAINING, r.destination(), null, null,
                    r.isShared() ? r.shares().stream().map(PayoutMapping::toRow).toList() : null);
        };
    }

    private static DestinationRow toRow(Percentage p) {
        return new DestinationRow(PERCENTAGE, p.destination(), null, p.percentage().toPlainString(), null);
    }

    static List<PayoutDestination> toDomain(List<DestinationRow> rows, String path) {
        required(rows, path);
        List<PayoutDestination> destinations = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            destinations.add(toDomain(required(rows.get(i), path + "[" + i + "]"), path + "[" + i + "]"));
        }
        return destinations;
    }

    private static PayoutDestination toDomain(DestinationRow row, String path) {
        return switch (required(row.type(), path + ".type")) {
            case AMOUNT -> new Fixed(required(row.destination(), path + ".destination"),
                    required(row.amount(), path + ".amount"));
            case PERCENTAGE -> percentage(row, path);
            case REMAINING -> {
                List<Percentage> shares = new ArrayList<>();
                List<DestinationRow> subs = row.destinations() == null ? List.of() : row.destinations();
                for (int j = 0; j < subs.size(); j++) {
                    shares.add(percentage(required(subs.get(j), path + ".destinations[" + j + "]"),
                            path + ".destinations[" + j + "]"));
                }
                yield new Remaining(row.destination(), shares);
            }
            default -> throw Fields.invalid(path + ".type", row.type(), "AMOUNT, PERCENTAGE or REMAINING");
        };
    }

    private static Percentage percentage(DestinationRow row, String path) {
        String value = required(row.percentage(), path + ".percentage");
        try {
            return new Percentage(required(row.destination(), path + ".destination"), new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw Fields.invalid(path + ".percentage", value, "a decimal number");
        }
    }

    static RuleRow toRow(PayoutRule rule) {
        return rule == null ? null : new RuleRow(of(rule.type()), rule.ruleId(), toRows(rule.destinations()));
    }

    static PayoutRule toDomain(RuleRow row, String path) {
        return row == null ? null : new PayoutRule(ruleType(row.ruleType(), path + ".rule_type"),
                required(row.ruleId(), path + ".rule_id"), toDomain(row.destinations(), path + ".destinations"));
    }

    /** Null for an item without payout, so documents of lines without payout stay as they were. */
    static ItemPayoutRow toRow(ItemPayout payout) {
        return payout.isEmpty() ? null : new ItemPayoutRow(payout.manualRuleId(), toRow(payout.fixedRule()));
    }

    static ItemPayout toDomain(ItemPayoutRow row, String path) {
        return row == null ? ItemPayout.NONE
                : new ItemPayout(row.manualRuleId(), toDomain(row.fixedRule(), path + ".fixed_rule"));
    }

    static OptionsRow toRow(PayoutOptions options) {
        return options == null ? null
                : new OptionsRow(options.enabled(), options.rules().stream().map(PayoutMapping::toRow).toList());
    }

    static PayoutOptions toDomain(OptionsRow row, String path) {
        if (row == null) {
            return null;
        }
        List<RuleRow> rules = required(row.rules(), path + ".rules");
        List<PayoutRule> parsed = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            parsed.add(toDomain(required(rules.get(i), path + ".rules[" + i + "]"), path + ".rules[" + i + "]"));
        }
        return new PayoutOptions(required(row.enabled(), path + ".enabled"), parsed);
    }

    static SplitRow toRow(PayoutSplit split) {
        return split == null ? null : new SplitRow(split.ruleId(), of(split.ruleType()),
                split.shares().stream().map(s -> new ShareRow(s.destination(), s.amount())).toList());
    }

    static PayoutSplit toDomain(SplitRow row, String path) {
        if (row == null) {
            return null;
        }
        List<ShareRow> shares = required(row.shares(), path + ".shares");
        List<PayoutShare> parsed = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            String at = path + ".shares[" + i + "]";
            ShareRow s = required(shares.get(i), at);
            parsed.add(new PayoutShare(required(s.destination(), at + ".destination"),
                    required(s.amount(), at + ".amount")));
        }
        return new PayoutSplit(required(row.ruleId(), path + ".rule_id"),
                ruleType(row.ruleType(), path + ".rule_type"), parsed);
    }
}
