package org.shoppingapi.domain.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shoppingapi.domain.Fixtures.ACCOUNT;
import static org.shoppingapi.domain.Fixtures.content;
import static org.shoppingapi.domain.Fixtures.ctx;
import static org.shoppingapi.domain.Fixtures.item;
import static org.shoppingapi.domain.Fixtures.uuid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shoppingapi.domain.common.Audit;
import org.shoppingapi.domain.event.ApiEvent;

/** {@link Draft#restore}: storage gets back exactly what an operation could have produced, and nothing else. */
class DraftRestoreTest {

    private static Draft changed() {
        return Draft.create(uuid(1), ACCOUNT, content(item(1, 100, "25")), null, ctx(0))
                .addItem(item(2, 50), ctx(1)).draft();
    }

    private static Draft restore(Draft d, DraftStatus status, long version, List<ApiEvent> events, Audit audit) {
        return Draft.restore(d.id(), d.accountId(), status, version, d.order(), d.options(), events, audit);
    }

    @Test
    void a_draft_an_operation_produced_restores_equal_to_itself() {
        Draft open = changed();
        assertThat(restore(open, open.status(), open.version(), open.events(), open.audit())).isEqualTo(open)
                .hasSameHashCodeAs(open);
        Draft deleted = open.delete(ctx(2)).draft();
        assertThat(restore(deleted, deleted.status(), deleted.version(), deleted.events(), deleted.audit()))
                .isEqualTo(deleted);
    }

    @Test
    void a_negative_version_is_refused() {
        Draft d = changed();
        assertThatThrownBy(() -> restore(d, DraftStatus.OPEN, -5, List.of(), d.audit()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("draft " + d.id() + " cannot be restored: version -5 is negative");
    }

    @Test
    void deletion_and_its_time_go_together() {
        Draft d = changed();
        assertThatThrownBy(() -> restore(d, DraftStatus.DELETED, d.version(), d.events(), d.audit()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("DELETED without a deletion time");
        Audit deletedAudit = d.audit().deleted(ctx(3).now(), "client-1");
        for (DraftStatus status : List.of(DraftStatus.OPEN, DraftStatus.COMPLETED)) {
            assertThatThrownBy(() -> restore(d, status, d.version(), d.events(), deletedAudit))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith(status + " with a deletion time");
        }
    }

    @Test
    void an_event_newer_than_the_draft_is_refused() {
        Draft d = changed();
        assertThatThrownBy(() -> restore(d, DraftStatus.OPEN, 0, d.events(), d.audit()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("records version 1, after the draft's version 0");
    }

    @Test
    void a_missing_part_is_refused_by_name() {
        Draft d = changed();
        assertThatThrownBy(() -> Draft.restore(d.id(), null, d.status(), d.version(), d.order(), d.options(),
                d.events(), d.audit()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("draft " + d.id() + " cannot be restored: accountId is missing");
        assertThatThrownBy(() -> restore(d, null, d.version(), d.events(), d.audit()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("status is missing");
    }
}
