package org.shoppingapi.rest.wire;

/** One entry of a resource's {@code _links}. */
public record LinkJson(String href, String rel) {
}
