package org.shoppingapi.app.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The JPMS view of one of our modules: its name, the package prefixes its classes live under, and its compiled
 * {@code module-info.class}, read from the jar or class directory that holds one of its classes. The tests run on the
 * class path, where the JVM ignores the descriptor; this is how the ArchUnit rules hold everybody to it anyway.
 */
record ModuleView(ModuleDescriptor descriptor, List<String> packagePrefixes) {

    /** The descriptor in the code source of {@code member} (our modules' classes all sit beside their descriptor). */
    static ModuleView of(Class<?> member, String... packagePrefixes) {
        try {
            Path location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
                    return new ModuleView(ModuleDescriptor.read(in), List.of(packagePrefixes));
                }
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                JarEntry entry = jar.getJarEntry("module-info.class");
                if (entry == null) {
                    throw new IllegalStateException("no module-info.class in " + location);
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    return new ModuleView(ModuleDescriptor.read(in), List.of(packagePrefixes));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return descriptor.name();
    }

    /** Whether a class in {@code packageName} belongs to this module. */
    boolean holds(String packageName) {
        return packagePrefixes.stream().anyMatch(p -> packageName.equals(p) || packageName.startsWith(p + "."));
    }

    /** Whether code in module {@code reader} (null: the class path) may use {@code packageName} of this module. */
    boolean exportsTo(String packageName, String reader) {
        return descriptor.exports().stream().anyMatch(e -> e.source().equals(packageName)
                && (!e.isQualified() || (reader != null && e.targets().contains(reader))));
    }

    /** The packages the descriptor exports to everyone. */
    Set<String> exportedToAll() {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(java.util.stream.Collectors.toSet());
    }
}
