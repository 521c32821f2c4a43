package org.shoppingapi.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Production classes only: ArchUnit's own option skips test-classes folders, but the per-class test
 * databases reach app's tests as adapter-jdbc's {@code -tests.jar}, which it would import as production code.
 */
public final class ProductionClassesOnly implements ImportOption {

    private static final ImportOption NO_TEST_FOLDERS = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
        return NO_TEST_FOLDERS.includes(location) && !location.contains("-tests.jar");
    }
}
