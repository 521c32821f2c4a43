package org.shoppingapi.rest.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shoppingapi.domain.common.Extensions;
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
 * Wire ↔ domain for order content, field by field. Typed fields map one to one; the pass-through fields the core
 * carries unread are read from the wire record and written back under their wire names as {@link ContentFields}
 * lists them. Fields the server computes (net_amount, tax amounts, totals) are never read from a request.
 */
public final class ContentMapper {

    private final PayoutMapper payouts;

    public ContentMapper(ObjectMapper json) {
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
        Extensions extensions = Extensions.of(ContentFields.read(order, ContentFields.ORDER));
        return new OrderContent(order.orderId(), order.currency(), store(order.store()), items, null,
                customerId(extensions), extensions);
    }

    /**
     * The key the core keeps typed out of the order's {@code customer} object: its {@code id} (the vendor's key: any
     * string, a number read as its text); {@code null} when the order names no customer or the customer has no id.
     * The JDBC adapter reads a stored order's the same way.
     */
    public static String customerId(Extensions order) {
        return order.scalarText("customer", "id").orElse(null);
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
                store(item.store()), null, Extensions.of(ContentFields.read(item, ContentFields.ITEM)), payout);
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
            type = WireEnums.find(DiscountType.class, line.discountType()).orElse(null);
            if (type == null) {
                // The allowed names come from the enum, so a new discount type is listed without editing this.
                errors.add(FieldError.of(path + ".discount_type", WireEnums.mustBeOneOf(DiscountType.class)));
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
                options.replace(), options.generateOrderId(), Extensions.of(attributes),
                payouts.toOptions(options.payout()));
    }

    private Store store(Map<String, Object> store) {
        if (store == null) {
            return null;
        }
        Map<String, Object> rest = new LinkedHashMap<>(store);
        Object id = rest.remove("id");
        return new Store(id == null ? null : String.valueOf(id), Extensions.of(rest));
    }

    // ---- domain -> response ---------------------------------------------------------------------------

    public OrderJson toJson(OrderContent order) {
        Stored stored = new Stored(order.extensions().asMap(), "order");
        List<ItemJson> items = order.items().stream().map(this::toJson).toList();
        return new OrderJson(order.orderId(), stored.text("merchant_reference"), order.currency(),
                storeJson(order.store()), stored.object("customer"), stored.object("shipping_address"),
                stored.object("billing_address"), items, order.totals().grossAmount(), order.totals().netAmount(),
                order.totals().totalDiscount(), order.totals().totalManualDiscountAmount(), stored.list("discounts"),
                stored.text("comment"), stored.text("salesperson_id"), stored.text("salesperson_name"),
                stored.text("delivery_at"), stored.text("courier_id"), stored.text("pickup_at"),
                stored.text("delivery_id"), stored.flag("pre_order"), stored.text("type"), stored.any("external_ids"),
                stored.any("external_links"), stored.any("itinerary"), stored.any("attachments"),
                stored.object("metadata"), stored.object("payment_details"));
    }

    public ItemJson toJson(Item item) {
        Stored stored = new Stored(item.extensions().asMap(), "item");
        List<TaxLineJson> tax = item.taxLines().stream().map(t -> new TaxLineJson(t.percentage(), t.amount())).toList();
        List<DiscountLineJson> discounts = item.discountLines().stream()
                .map(d -> new DiscountLineJson(d.amount(), d.percentage(),
                        d.discountType() == null ? null : WireEnums.name(d.discountType()), d.discountId(),
                        d.description(), d.lineId()))
                .toList();
        RelatedItemJson related = item.relatedItem() == null ? null
                : new RelatedItemJson(item.relatedItem().lineId(), item.relatedItem().type());
        return new ItemJson(item.id(), item.lineId(), item.description(), stored.text("description_alias"),
                item.quantity(), item.grossAmount(), item.netAmount(), tax, discounts, stored.list("additions"),
                related, stored.text("reversed_reason"), stored.text("comment"), stored.object("metadata"),
                stored.text("salesperson_id"), stored.text("salesperson_name"), item.eligibleForDiscount(),
                stored.text("external_id"), storeJson(item.store()), stored.any("attachment"), item.version(),
                item.payout().manualRuleId() == null ? null : new ManualPayoutJson(item.payout().manualRuleId()),
                payouts.toJson(item.payout().fixedRule()));
    }

    public DraftOptionsJson toJson(DraftOptions options) {
        return new DraftOptionsJson(options.splitDraft(), options.orderId(), options.replace(),
                options.generateOrderId(), options.extensions().get("serial_order_number_suffix").orElse(null),
                options.payout() != null ? payouts.toJson(options.payout())
                        // Drafts written before payouts were typed kept options.payout opaque: answer it as sent.
                        : options.extensions().get("payout").orElse(null));
    }

    private static Map<String, Object> storeJson(Store store) {
        if (store == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        putIfPresent(out, "id", store.id());
        out.putAll(store.extensions().asMap());
        return out;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * The pass-through values an order or item carries, read back in the shape its wire record gives each field. A
     * request could only have put that shape there; anything else is a stored value this code cannot show.
     */
    private record Stored(Map<String, Object> values, String owner) {

        String text(String name) {
            return (String) shaped(name, ContentFields.Shape.TEXT);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(String name) {
            return (Map<String, Object>) shaped(name, ContentFields.Shape.OBJECT);
        }

        @SuppressWarnings("unchecked")
        List<Object> list(String name) {
            return (List<Object>) shaped(name, ContentFields.Shape.LIST);
        }

        Boolean flag(String name) {
            return (Boolean) shaped(name, ContentFields.Shape.FLAG);
        }

        Object any(String name) {
            return values.get(name);
        }

        private Object shaped(String name, ContentFields.Shape shape) {
            Object value = values.get(name);
            if (value != null && !shape.admits(value)) {
                throw new IllegalStateException("the " + owner + "'s " + name + " holds a "
                        + value.getClass().getSimpleName() + ", not " + shape.name().toLowerCase(Locale.ROOT));
            }
            return value;
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
