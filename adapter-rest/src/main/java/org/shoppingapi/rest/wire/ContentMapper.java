package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shoppingapi.domain.content.DiscountLine;
import org.shoppingapi.domain.content.DiscountType;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.content.RelatedItem;
import org.shoppingapi.domain.content.Store;
import org.shoppingapi.domain.content.TaxLine;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.domain.error.FieldError;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.domain.payout.ItemPayout;
import org.shoppingapi.rest.wire.ItemJson.DiscountLineJson;
import org.shoppingapi.rest.wire.ItemJson.RelatedItemJson;
import org.shoppingapi.rest.wire.ItemJson.TaxLineJson;

/**
 * Wire ↔ domain for order content. Typed fields map one to one; the opaque pass-through fields the
 * domain keeps as attributes travel through Jackson by their wire names, so each is named once (in the
 * domain's {@code PASS_THROUGH} lists) and not copied by hand here. Fields the server computes
 * (net_amount, tax amounts, totals) are never read from a request.
 */
public final class ContentMapper {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final PayoutMapper payouts;

    public ContentMapper(ObjectMapper json) {
        this.json = json;
        this.payouts = new PayoutMapper(json);
    }

    // ---- request -> domain ----------------------------------------------------------------------------

    public OrderContent toDomain(OrderJson order, String path) {
        if (order == null) {
            throw new ValidationException(List.of(FieldError.required(path)));
        }
        List<FieldError> errors = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<ItemJson> wireItems = order.items() == null ? List.of() : order.items();
        for (int i = 0; i < wireItems.size(); i++) {
            Item item = toDomain(wireItems.get(i), path + ".items[" + i + "]", errors);
            if (item != null) {
                items.add(item);
            }
        }
        throwIfAny(errors);
        return new OrderContent(order.orderId(), order.currency(), store(order.store()), items, null,
                passThrough(order, ContentFields.ORDER));
    }

    /**
     * One item that is a request body of its own (the item endpoints): its fields are named from the top, e.g.
     * {@code gross_amount}; {@code lineIdFromPath}, when given, is the line id of the URL and wins over the body's.
     */
    public Item itemBody(ItemJson item, Integer lineIdFromPath) {
        if (item == null) {
            throw new ValidationException(List.of(FieldError.required("item")));
        }
        List<FieldError> errors = new ArrayList<>();
        Item result = toDomain(item, "", lineIdFromPath, errors);
        throwIfAny(errors);
        return result;
    }

    private Item toDomain(ItemJson item, String path, List<FieldError> errors) {
        if (item == null) {
            errors.add(FieldError.required(path));
            return null;
        }
        return toDomain(item, path, null, errors);
    }

    private Item toDomain(ItemJson item, String path, Integer lineIdFromPath, List<FieldError> errors) {
        int before = errors.size();
        Integer lineId = lineIdFromPath != null ? lineIdFromPath : item.lineId();
        if (lineId == null) {
            errors.add(FieldError.required(field(path, "line_id")));
        }
        if (item.grossAmount() == null) {
            errors.add(FieldError.required(field(path, "gross_amount")));
        }
        List<TaxLine> taxLines = new ArrayList<>();
        List<TaxLineJson> wireTax = item.taxLines() == null ? List.of() : item.taxLines();
        for (int t = 0; t < wireTax.size(); t++) {
            TaxLineJson line = wireTax.get(t);
            if (line == null) {
                errors.add(FieldError.required(field(path, "tax_lines[" + t + "]")));
                continue;
            }
            taxLines.add(new TaxLine(line.percentage(), 0));
        }
        List<DiscountLine> discountLines = new ArrayList<>();
        List<DiscountLineJson> wireDiscounts = item.discountLines() == null ? List.of() : item.discountLines();
        for (int d = 0; d < wireDiscounts.size(); d++) {
            DiscountLine line = toDomain(wireDiscounts.get(d), field(path, "discount_lines[" + d + "]"), errors);
            if (line != null) {
                discountLines.add(line);
            }
        }
        RelatedItem related = relatedItem(item.relatedItem(), field(path, "related_item"), errors);
        ItemPayout payout = manualPayout(item.manualPayout(), field(path, "manual_payout"), errors);
        if (errors.size() > before) {
            return null;
        }
        // payout_rule is read-only: the rule is fixed when the draft is completed, never taken from a request.
        return new Item(item.id(), lineId, item.description(), item.quantity(), item.grossAmount(), 0,
                taxLines, discountLines, related,
                item.eligibleForDiscount() == null || item.eligibleForDiscount(),
                store(item.store()), null, passThrough(item, ContentFields.ITEM), payout);
    }

    private static DiscountLine toDomain(DiscountLineJson line, String path, List<FieldError> errors) {
        if (line == null) {
            errors.add(FieldError.required(path));
            return null;
        }
        if (line.amount() == null) {
            errors.add(FieldError.required(path + ".amount"));
            return null;
        }
        DiscountType type = null;
        if (line.discountType() != null) {
            try {
                type = WireEnums.parse(DiscountType.class, line.discountType(), "discount_type");
            } catch (ValidationException unknown) {
                errors.add(FieldError.of(path + ".discount_type",
                        "must be one of customer, periodic, manual, loyalty, total, employee, external"));
                return null;
            }
        }
        return new DiscountLine(line.amount(), line.percentage(), type, line.discountId(), line.description(),
                line.lineId());
    }

    /** {@code path.name}, or just {@code name} for a body at the top level. */
    private static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static ItemPayout manualPayout(ManualPayoutJson manual, String path, List<FieldError> errors) {
        if (manual == null) {
            return ItemPayout.NONE;
        }
        if (manual.ruleId() == null || manual.ruleId().isBlank()) {
            errors.add(FieldError.required(path + ".rule_id"));
            return ItemPayout.NONE;
        }
        return ItemPayout.manual(manual.ruleId());
    }

    private static RelatedItem relatedItem(RelatedItemJson related, String path, List<FieldError> errors) {
        if (related == null) {
            return null;
        }
        if (related.lineId() == null) {
            errors.add(FieldError.required(path + ".line_id"));
            return null;
        }
        return new RelatedItem(related.lineId(), related.type());
    }

    public DraftOptions toDomain(DraftOptionsJson options) {
        if (options == null) {
            return null;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, "serial_order_number_suffix", options.serialOrderNumberSuffix());
        return new DraftOptions(options.splitDraft() == null || options.splitDraft(), options.orderId(),
                options.replace(), options.generateOrderId(), attributes, payouts.toOptions(options.payout()));
    }

    private Store store(Map<String, Object> store) {
        if (store == null) {
            return null;
        }
        Map<String, Object> rest = new LinkedHashMap<>(store);
        Object id = rest.remove("id");
        return new Store(id == null ? null : String.valueOf(id), rest);
    }

    private Map<String, Object> passThrough(Object wire, List<String> names) {
        Map<String, Object> all = json.convertValue(wire, MAP);
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String name : names) {
            putIfPresent(kept, name, all.get(name));
        }
        return kept;
    }

    // ---- domain -> response ---------------------------------------------------------------------------

    public OrderJson toJson(OrderContent order) {
        Map<String, Object> fields = new LinkedHashMap<>(order.attributes());
        putIfPresent(fields, "order_id", order.orderId());
        putIfPresent(fields, "currency", order.currency());
        putIfPresent(fields, "store", storeJson(order.store()));
        fields.put("gross_amount", order.totals().grossAmount());
        fields.put("net_amount", order.totals().netAmount());
        fields.put("total_discount", order.totals().totalDiscount());
        fields.put("total_manual_discount_amount", order.totals().totalManualDiscountAmount());
        OrderJson base = json.convertValue(fields, OrderJson.class);
        List<ItemJson> items = order.items().stream().map(this::toJson).toList();
        return new OrderJson(base.orderId(), base.merchantReference(), base.currency(), base.store(), base.customer(),
                base.shippingAddress(), base.billingAddress(), items, base.grossAmount(), base.netAmount(),
                base.totalDiscount(), base.totalManualDiscountAmount(), base.discounts(), base.comment(),
                base.salespersonId(), base.salespersonName(), base.deliveryAt(), base.courierId(), base.pickupAt(),
                base.deliveryId(), base.preOrder(), base.type(), base.externalIds(), base.externalLinks(),
                base.itinerary(), base.attachments(), base.metadata(), base.paymentDetails());
    }

    public ItemJson toJson(Item item) {
        Map<String, Object> fields = new LinkedHashMap<>(item.attributes());
        ItemJson base = json.convertValue(fields, ItemJson.class);
        List<TaxLineJson> tax = item.taxLines().stream().map(t -> new TaxLineJson(t.percentage(), t.amount())).toList();
        List<DiscountLineJson> discounts = item.discountLines().stream()
                .map(d -> new DiscountLineJson(d.amount(), d.percentage(),
                        d.discountType() == null ? null : WireEnums.name(d.discountType()), d.discountId(),
                        d.description(), d.lineId()))
                .toList();
        RelatedItemJson related = item.relatedItem() == null ? null
                : new RelatedItemJson(item.relatedItem().lineId(), item.relatedItem().type());
        return new ItemJson(item.id(), item.lineId(), item.description(), base.descriptionAlias(), item.quantity(),
                item.grossAmount(), item.netAmount(), tax, discounts, base.additions(), related,
                base.reversedReason(), base.comment(), base.metadata(), base.salespersonId(), base.salespersonName(),
                item.eligibleForDiscount(), base.externalId(), storeJson(item.store()), base.attachment(),
                item.version(), item.payout().manualRuleId() == null ? null
                        : new ManualPayoutJson(item.payout().manualRuleId()),
                payouts.toJson(item.payout().fixedRule()));
    }

    public DraftOptionsJson toJson(DraftOptions options) {
        return new DraftOptionsJson(options.splitDraft(), options.orderId(), options.replace(),
                options.generateOrderId(), options.attributes().get("serial_order_number_suffix"),
                options.payout() != null ? payouts.toJson(options.payout())
                        // Drafts written before payouts were typed kept options.payout opaque: answer it as sent.
                        : options.attributes().get("payout"));
    }

    private static Map<String, Object> storeJson(Store store) {
        if (store == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "id", store.id());
        out.putAll(store.attributes());
        return out;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
