package org.shoppingapi.jdbc.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Extensions;
import org.shoppingapi.domain.content.Item;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.jdbc.draft.JdbiDraftStore;
import org.shoppingapi.jdbc.testing.MigratedDatabase;
import org.shoppingapi.jdbc.testing.StoreFixtures;

/**
 * The repair path for rows stored before SPEC §1's input rules (migration V11, procedure
 * {@code shopping_repair_stored_json}): a draft stored as the old service stored it, with {@code 1E+1000} in its
 * metadata and as an item's quantity and metadata nested 100 levels deep, cannot be read; after the repair it reads,
 * with nothing lost, and a sound row is left exactly as it was.
 */
class StoredJsonRepairTest {

    private static final String ACCOUNT = "T12345678";

    static MigratedDatabase db;
    static Jdbi jdbi;

    @BeforeAll
    static void open() {
        db = MigratedDatabase.create(StoredJsonRepairTest.class, 2);
        jdbi = db.jdbi();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void a_row_stored_with_out_of_range_numbers_and_deep_nesting_reads_again_after_the_repair() {
        JdbiDraftStore drafts = new JdbiDraftStore(jdbi);
        Draft sound = StoreFixtures.draft(ACCOUNT, 2, StoreFixtures.T0);
        drafts.insert(sound);
        String soundBefore = document(sound.id());

        // What the old service stored from {"order": {"metadata": {"x": 1E+1000, "deep": {...100 levels}},
        // "items": [{"quantity": 1E+1000, "metadata": {"keep": 1}}]}}: the domain and the store take any value.
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("x", new BigDecimal("1E+1000"));
        metadata.put("small", new BigDecimal("-1.5E-400"));
        metadata.put("fine", new BigDecimal("12.5"));
        metadata.put("deep", nested(100));
        Item item = Item.of("chair", 1, "Chair", new BigDecimal("1E+1000"), 100, List.of())
                .withExtensions(Extensions.of(Map.of("metadata", Map.of("keep", 1))));
        Draft bad = Draft.create(UUID.randomUUID(), ACCOUNT, OrderContent.of("NOK", List.of(item))
                .withExtensions(Extensions.of(Map.of("metadata", metadata))), null,
                StoreFixtures.ctx(StoreFixtures.T0));
        drafts.insert(bad);
        assertThatThrownBy(() -> drafts.find(ACCOUNT, bad.id())).as("unreadable before the repair").isNotNull();

        jdbi.useHandle(h -> h.execute("CALL shopping_repair_stored_json()"));

        Draft repaired = drafts.find(ACCOUNT, bad.id()).orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> repairedMetadata = (Map<String, Object>) repaired.order().extensions().get("metadata")
                .orElseThrow();
        assertThat(repairedMetadata.get("x")).isEqualTo("1E+1000");
        assertThat(repairedMetadata.get("small")).isEqualTo("-1.5E-400");
        assertThat(new BigDecimal(repairedMetadata.get("fine").toString())).isEqualByComparingTo("12.5");
        assertThat(repairedMetadata.get("deep")).isInstanceOf(Map.class);
        assertThat(repairedMetadata.get("deep").toString()).contains("{\"a\": ");
        Item repairedItem = repaired.order().items().get(0);
        assertThat(repairedItem.quantity()).isNull();
        assertThat(repairedItem.extensions().asMap().get("metadata")).isEqualTo(Map.of("keep", 1, "repaired_quantity",
                "1E+1000"));
        assertThat(document(sound.id())).as("a sound row is not touched").isEqualTo(soundBefore);
    }

    @Test
    void the_number_text_is_exact_scientific_notation() {
        assertThat(asText("1E+1000")).isEqualTo("1E+1000");
        assertThat(asText("123456789E+995")).isEqualTo("1.23456789E+1003");
        assertThat(asText("-4.25E-1001")).isEqualTo("-4.25E-1001");
        assertThat(asText("0.5")).isEqualTo("5E-1");
    }

    private static String asText(String number) {
        return jdbi.withHandle(h -> h.createQuery("SELECT shopping_number_as_text(CAST(:n AS numeric))")
                .bind("n", number).mapTo(String.class).one());
    }

    private static String document(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT document::text FROM draft_orders WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private static Map<String, Object> nested(int levels) {
        Map<String, Object> inner = Map.of("leaf", 1);
        for (int i = 1; i < levels; i++) {
            inner = Map.of("a", inner);
        }
        return inner;
    }
}
