package org.shoppingapi.application.archfixture;

import org.jdbi.v3.core.Jdbi;

/** Breaks "ports do not depend on adapters or frameworks" on purpose. */
public class ServiceUsingJdbi {
    public Jdbi jdbi() {
        return Jdbi.create("jdbc:postgresql://localhost/none");
    }
}
