package org.shoppingapi.domain.content;

import org.shoppingapi.domain.common.Extensions;

/** The store (sales location) of an order or item: its {@code id} plus the fields the core carries unread. */
public record Store(String id, Extensions extensions) {

    public Store {
        extensions = extensions == null ? Extensions.NONE : extensions;
    }

    public static Store of(String id) {
        return new Store(id, Extensions.NONE);
    }
}
