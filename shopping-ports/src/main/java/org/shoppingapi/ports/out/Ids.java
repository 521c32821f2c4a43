package org.shoppingapi.ports.out;

import java.util.UUID;

/** Source of new resource ids (random UUIDs in production, predictable ones in tests). */
public interface Ids {

    UUID newId();
}
