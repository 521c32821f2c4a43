package org.shoppingapi.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Main} in a JVM of its own, as an operator runs it: configured only by the environment variables a test
 * gives (the SPEC §7 ones of the test's own environment are removed), on a port the service picks itself.
 */
final class ServiceProcess {

    /** Settings a developer's shell may hold; a process test must not pick them up. */
    private static final List<String> INHERITED_SETTINGS = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_POOL_SIZE",
            "DATA_DIR", "SERVER_PORT", "SHOPPING_CLIENTS", "AUTH_SIGNING_KEY", "AUTH_BCRYPT_COST");
    private static final Pattern LISTENING = Pattern.compile("Shopping API listening on port (\\d+)");

    private ServiceProcess() {
    }

    /** Runs {@code Main} with {@code args} (none: the service); {@code out} and {@code err} may be the same file. */
    static Process java(Map<String, String> env, Path out, Path err, String... args) throws IOException {
        return java(List.of(), System.getProperty("java.class.path"), env, out, err, args);
    }

    /** As {@link #java(Map, Path, Path, String...)}, on another class path (say, one lacking a jar). */
    static Process java(String classPath, Map<String, String> env, Path out, Path err, String... args)
            throws IOException {
        return java(List.of(), classPath, env, out, err, args);
    }

    /** As {@link #java(Map, Path, Path, String...)}, run through {@code launcher} (e.g. {@code prlimit --nofile=256}). */
    static Process java(List<String> launcher, String classPath, Map<String, String> env, Path out, Path err,
                        String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (out.equals(err)) {
            builder.redirectErrorStream(true).redirectOutput(out.toFile());
        } else {
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        }
        INHERITED_SETTINGS.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        return builder.start();
    }

    /**
     * Starts the service with {@code SERVER_PORT=0}, logging to {@code log}, and answers once it serves: the port it
     * logged. A port the service binds itself cannot be taken by another process between choosing and binding it.
     */
    static Started start(Map<String, String> env, Path log) throws Exception {
        return start(List.of(), env, log);
    }

    /** As {@link #start(Map, Path)}, run through {@code launcher} (e.g. {@code prlimit --nofile=256}). */
    static Started start(List<String> launcher, Map<String, String> env, Path log) throws Exception {
        Map<String, String> withPort = new HashMap<>(env);
        withPort.put("SERVER_PORT", "0");
        Process service = java(launcher, System.getProperty("java.class.path"), withPort, log, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && service.isAlive()) {
            Matcher listening = LISTENING.matcher(Files.readString(log));
            if (listening.find()) {
                return new Started(service, Integer.parseInt(listening.group(1)));
            }
            Thread.sleep(200);
        }
        service.destroy();
        throw new AssertionError("service did not start; exit " + (service.isAlive() ? "-" : service.exitValue())
                + "\n" + Files.readString(log));
    }

    /** A started service and the port it listens on. */
    record Started(Process process, int port) {
        String base() {
            return "http://127.0.0.1:" + port;
        }
    }
}
