package org.shoppingapi.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;

/** Content records copy and default their collections. */
class ContentRecordsTest {

    @Test
    void records_copy_and_default_their_collections() {
        Item item = new Item("a", 1, null, null, 5, 0, null, null, null, true, null, null, null);
        assertThat(item.taxLines()).isEmpty();
        assertThat(item.discountLines()).isEmpty();
        assertThat(item.extensions().isEmpty()).isTrue();
        java.util.Map<String, Object> attrs = new java.util.HashMap<>();
        attrs.put("comment", null);
        Item withNull = item.withExtensions(Extensions.of(attrs));
        attrs.put("other", 1);
        assertThat(withNull.extensions().names()).containsOnly("comment");
        OrderContent c = new OrderContent(null, "NOK", null, null, null, null, null);
        assertThat(c.extensions()).isSameAs(Extensions.NONE);
        assertThat(c.totals()).isEqualTo(OrderTotals.ZERO);
        assertThat(c.item(1)).isEmpty();
        assertThat(Store.of("s1").extensions().isEmpty()).isTrue();
        assertThat(item.withRelatedItem(new RelatedItem(1, RelatedItem.REVERSED)).relatedItem().type())
                .isEqualTo("reversed");
        assertThat(item.withGrossAmount(9).grossAmount()).isEqualTo(9);
    }
}
