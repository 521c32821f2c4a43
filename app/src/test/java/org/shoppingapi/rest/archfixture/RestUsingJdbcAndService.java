package org.shoppingapi.rest.archfixture;

import org.shoppingapi.jdbc.PostgresDatabase;
import org.shoppingapi.application.PayoutRuleService;

/** Breaks "adapters never import each other" and "adapters use in-ports, not services" on purpose. */
public class RestUsingJdbcAndService {
    public String names() {
        return PostgresDatabase.class.getName() + PayoutRuleService.class.getName();
    }
}
