package org.shoppingapi.domain.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "domain depends on the JDK only" on purpose; only the can-fail tests import it. */
public class DomainUsingJackson {
    public ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
