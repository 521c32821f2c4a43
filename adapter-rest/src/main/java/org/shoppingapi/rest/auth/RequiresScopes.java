package org.shoppingapi.rest.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes a route accepts: a token holding any one of them may call it (SPEC §1). On a method it overrides
 * the class's. {@link BearerTokenFilter} refuses every route that declares neither this nor {@link PublicEndpoint}.
 * Use the constants of {@code org.shoppingapi.ports.in.auth.Scopes}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresScopes {

    /** Any one of these is enough. */
    String[] value();
}
