package org.shoppingapi.archfixture.cycle.b;

import org.shoppingapi.archfixture.cycle.a.A;

/** The other half of the package cycle. */
public class B {
    public A a;
}
