package org.shoppingapi.jdbc.archfixture;

import org.shoppingapi.rest.RestApi;

/** Breaks "adapters never import each other" on purpose. */
public class JdbcUsingRest {
    public String base() {
        return RestApi.class.getName();
    }
}
