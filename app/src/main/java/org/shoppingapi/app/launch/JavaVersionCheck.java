package org.shoppingapi.app.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The jar's entry point: says in one sentence that Java 21+ is needed when started on an older Java, else runs
 * {@code org.shoppingapi.app.Main}. Compiled for Java 8 (its own compiler execution in app's POM) so that an
 * older JVM can load it and print the sentence instead of an {@code UnsupportedClassVersionError}; for that it
 * names {@code Main} only by string and uses no API newer than Java 8.
 */
public final class JavaVersionCheck {

    static final int REQUIRED = 21;
    private static final String MAIN = "org.shoppingapi.app.Main";

    private JavaVersionCheck() {
    }

    public static void main(String[] args) throws Throwable {
        int running = featureRelease(System.getProperty("java.specification.version"));
        if (running < REQUIRED) {
            System.err.println("The Shopping API needs Java " + REQUIRED + " or newer, but this is Java "
                    + System.getProperty("java.version") + " (" + System.getProperty("java.home")
                    + "): run bin/shopping-api, which finds a newer JDK, or start it with a JDK " + REQUIRED + "+.");
            System.exit(1);
        }
        Method main = Class.forName(MAIN).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** 8 for "1.8", 17 for "17"; 0 when unreadable, which counts as too old. */
    static int featureRelease(String specificationVersion) {
        if (specificationVersion == null) {
            return 0;
        }
        String version = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }
}
