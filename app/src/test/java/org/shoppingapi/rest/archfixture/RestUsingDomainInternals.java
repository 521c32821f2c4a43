package org.shoppingapi.rest.archfixture;

import java.util.List;
import org.shoppingapi.domain.completion.CompletionPolicy;
import org.shoppingapi.domain.content.OrderContent;
import org.shoppingapi.domain.money.Amounts;

/**
 * Breaks the module rule twice: an adapter using a package the domain's module-info does not export ({@code money})
 * and one it exports only to the ports ({@code completion}). On the class path it compiles and runs all the same.
 */
public class RestUsingDomainInternals {

    long sum(long a, long b) {
        return Amounts.add(a, b);
    }

    List<OrderContent> split(OrderContent content) {
        return CompletionPolicy.splitByStore(content);
    }
}
