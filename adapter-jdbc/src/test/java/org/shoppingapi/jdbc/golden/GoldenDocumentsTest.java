package org.shoppingapi.jdbc.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.order.Order;
import org.shoppingapi.jdbc.document.StoredDataException;
import org.shoppingapi.jdbc.draft.JdbiDraftStore;
import org.shoppingapi.jdbc.order.JdbiOrderStore;
import org.shoppingapi.jdbc.testing.V6Database;

/**
 * The golden fixtures ({@code src/test/resources/golden/*.v1.json}) are draft and order rows exactly as the storage
 * code before schema versions wrote them, from the values of {@link GoldenValues}. Loaded into a version-6 database
 * and migrated, each must read back as those very values; any change of the mapping or the migrations that loses or
 * alters a field fails here. Broken documents must fail loudly, naming the row.
 */
class GoldenDocumentsTest {

    static V6Database db;
    static JdbiDraftStore drafts;
    static JdbiOrderStore orders;

    @BeforeAll
    static void load() {
        db = new V6Database(GoldenDocumentsTest.class)
                .insertFixture("draft_orders", "draft-open.v1.json")
                .insertFixture("draft_orders", "draft-deleted.v1.json")
                .insertFixture("orders", "order-closed.v1.json")
                .insertFixture("orders", "order-cancelled.v1.json")
                .migrate();
        drafts = new JdbiDraftStore(db.jdbi());
        orders = new JdbiOrderStore(db.jdbi());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void v1_drafts_read_as_the_values_they_were_written_from() {
        Draft open = GoldenValues.openDraft();
        Draft deleted = GoldenValues.deletedDraft();
        assertThat(drafts.find(GoldenValues.ACCOUNT, open.id())).contains(open);
        assertThat(drafts.find(GoldenValues.ACCOUNT, deleted.id())).contains(deleted);
    }

    @Test
    void v1_orders_read_as_the_values_they_were_written_from() {
        Order closed = GoldenValues.closedOrder();
        Order cancelled = GoldenValues.cancelledOrder();
        assertThat(orders.findById(GoldenValues.ACCOUNT, closed.id())).contains(closed);
        assertThat(orders.find(GoldenValues.ACCOUNT, "POS-1001")).contains(closed);
        assertThat(orders.findById(GoldenValues.ACCOUNT, cancelled.id())).contains(cancelled);
    }

    @Test
    void a_document_without_a_required_field_is_an_error_naming_the_row_and_the_field() {
        UUID id = UUID.randomUUID();
        String row = V6Database.fixture("draft-open.v1.json")
                .replace("00000000-0000-4000-8000-000000000001", id.toString())
                .replaceFirst("\"gross_amount\": 10001,", "");
        insertCurrent("draft_orders", row);
        assertThatThrownBy(() -> drafts.find(GoldenValues.ACCOUNT, id))
                .isInstanceOf(StoredDataException.class)
                .hasMessageContaining("draft_orders row (" + GoldenValues.ACCOUNT + ", " + id + ")")
                .hasMessageContaining("order.items[0].gross_amount is missing");
    }

    @Test
    void a_document_of_an_unknown_schema_version_is_an_error() {
        UUID id = UUID.randomUUID();
        String row = V6Database.fixture("order-cancelled.v1.json")
                .replace("00000000-0000-4000-8000-000000000004", id.toString());
        insertCurrent("orders", row);
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE orders SET document = jsonb_set(document, '{schema_version}',"
                + " '99') WHERE id = :id").bind("id", id).execute());
        assertThatThrownBy(() -> orders.findById(GoldenValues.ACCOUNT, id))
                .isInstanceOf(StoredDataException.class)
                .hasMessageContaining("orders row (" + GoldenValues.ACCOUNT + ", " + id + ")")
                .hasMessageContaining("schema_version has the unknown value 99");
    }

    @Test
    void a_document_with_a_field_this_code_does_not_know_is_an_error_not_skipped() {
        UUID id = UUID.randomUUID();
        String row = V6Database.fixture("draft-deleted.v1.json")
                .replace("00000000-0000-4000-8000-000000000002", id.toString())
                .replace("\"gross_amount\": 20000,", "\"gross_total\": 20000,");
        insertCurrent("draft_orders", row);
        assertThatThrownBy(() -> drafts.find(GoldenValues.ACCOUNT, id))
                .isInstanceOf(StoredDataException.class)
                .hasMessageContaining("draft_orders row (" + GoldenValues.ACCOUNT + ", " + id + ")")
                .hasMessageContaining("gross_total");
    }

    @Test
    void a_row_whose_values_no_operation_could_produce_is_an_error_naming_the_row_and_the_rule() {
        UUID draftId = UUID.randomUUID();
        insertCurrent("draft_orders", V6Database.fixture("draft-open.v1.json")
                .replace("00000000-0000-4000-8000-000000000001", draftId.toString()));
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE draft_orders SET status = 'deleted' WHERE id = :id")
                .bind("id", draftId).execute());
        assertThatThrownBy(() -> drafts.find(GoldenValues.ACCOUNT, draftId))
                .isInstanceOf(StoredDataException.class)
                .hasMessageContaining("draft_orders row (" + GoldenValues.ACCOUNT + ", " + draftId + ")")
                .hasMessageContaining("status DELETED without a deletion time");

        UUID orderId = UUID.randomUUID();
        insertCurrent("orders", V6Database.fixture("order-closed.v1.json")
                .replace("00000000-0000-4000-8000-000000000003", orderId.toString())
                .replace("POS-1001", "POS-BROKEN"));
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE orders SET closed_at = NULL WHERE id = :id")
                .bind("id", orderId).execute());
        assertThatThrownBy(() -> orders.findById(GoldenValues.ACCOUNT, orderId))
                .isInstanceOf(StoredDataException.class)
                .hasMessageContaining("orders row (" + GoldenValues.ACCOUNT + ", " + orderId + ")")
                .hasMessageContaining("status CLOSED with closed at null");
    }

    /** Inserts a v1 row into today's schema the way the V6 → newest migration would have left it. */
    private static void insertCurrent(String table, String rowJson) {
        db.insertRow(table, rowJson);
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE " + table + " SET document = jsonb_build_object("
                + "'schema_version', 1) || document WHERE document -> 'schema_version' IS NULL").execute());
    }
}
