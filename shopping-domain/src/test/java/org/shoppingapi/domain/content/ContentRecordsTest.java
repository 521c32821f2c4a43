package org.shoppingapi.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Content records copy and default their collections. */
class ContentRecordsTest {

    @Test
    void records_copy_and_default_their_collections() {
        Item item = new Item("a", 1, null, null, 5, 0, null, null, null, true, null, null, null);
        assertThat(item.taxLines()).isEmpty();
        assertThat(item.discountLines()).isEmpty();
        assertThat(item.attributes()).isEmpty();
        java.util.Map<String, Object> attrs = new java.util.HashMap<>();
        attrs.put("comment", null);
        Item withNull = item.withAttributes(attrs);
        attrs.put("other", 1);
        assertThat(withNull.attributes()).containsOnlyKeys("comment");
        OrderContent c = new OrderContent(null, "NOK", null, null, null, null);
        assertThat(c.totals()).isEqualTo(OrderTotals.ZERO);
        assertThat(c.item(1)).isEmpty();
        assertThat(Store.of("s1").attributes()).isEmpty();
        assertThat(item.withRelatedItem(new RelatedItem(1, RelatedItem.REVERSED)).relatedItem().type())
                .isEqualTo("reversed");
        assertThat(item.withGrossAmount(9).grossAmount()).isEqualTo(9);
    }
}
