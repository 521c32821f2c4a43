package org.shoppingapi.ports.in.draft;

import java.util.UUID;
import org.shoppingapi.domain.error.ValidationException;

/** The checks shared by the draft commands, so each refuses to exist in the same words. */
final class CommandRules {

    /** The core's name for the version a caller expects a draft to have; adapters name it their own way. */
    static final String EXPECTED_VERSION = "expectedVersion";

    private CommandRules() {
    }

    static void requireDraftId(UUID draftId) {
        if (draftId == null) {
            throw ValidationException.of("id", "is required");
        }
    }

    /** An expected version, when given, is a version a draft can have. */
    static void requireVersion(Long expectedVersion) {
        if (expectedVersion != null && expectedVersion < 0) {
            throw ValidationException.of(EXPECTED_VERSION, "must name a version of 0 or more");
        }
    }

    static void requireLineId(Integer lineId) {
        if (lineId == null) {
            throw ValidationException.of("line_id", "is required");
        }
    }
}
