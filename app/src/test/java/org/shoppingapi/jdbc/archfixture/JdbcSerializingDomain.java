package org.shoppingapi.jdbc.archfixture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shoppingapi.domain.content.TaxLine;

/** Breaks "no domain type is serialized by Jackson in adapter-jdbc" on purpose: stores a domain record as it is. */
public class JdbcSerializingDomain {
    public String document(TaxLine line) throws JsonProcessingException {
        return new ObjectMapper().writeValueAsString(line);
    }
}
