package org.shoppingapi.jdbc.archfixture;

import org.shoppingapi.domain.content.TaxLine;

/** Breaks "stored document records hold no domain type" on purpose. */
public record DomainInsideRow(TaxLine taxLine, long amount) {
}
