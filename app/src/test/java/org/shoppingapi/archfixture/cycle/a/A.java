package org.shoppingapi.archfixture.cycle.a;

import org.shoppingapi.archfixture.cycle.b.B;

/** Half of a package cycle, on purpose. */
public class A {
    public B b;
}
