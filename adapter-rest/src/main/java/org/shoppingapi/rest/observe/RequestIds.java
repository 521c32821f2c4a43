package org.shoppingapi.rest.observe;

import java.util.UUID;

/** The {@code X-Request-Id} rule: a caller's id is kept when it is 1..128 visible ASCII characters, else one is made. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final int MAX_LENGTH = 128;

    private RequestIds() {
    }

    /** {@code offered} when it is a valid id, else a new random one (a UUID). */
    public static String acceptOrGenerate(String offered) {
        return isValid(offered) ? offered : UUID.randomUUID().toString();
    }

    /** 1..128 characters, each visible ASCII (0x21..0x7E): no spaces, controls or anything a log could misread. */
    public static boolean isValid(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
