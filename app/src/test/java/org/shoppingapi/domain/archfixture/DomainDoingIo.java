package org.shoppingapi.domain.archfixture;

import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks "domain uses no I/O" on purpose. */
public class DomainDoingIo {
    public boolean exists(Path path) {
        return Files.exists(path);
    }
}
