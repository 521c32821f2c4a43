package org.shoppingapi.app;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import java.util.concurrent.CountDownLatch;
import org.shoppingapi.app.server.HelidonMappers;

/**
 * Runs the Shopping API service: {@code java -jar app/target/shopping-app.jar}; with arguments it runs a
 * command instead, e.g. {@code java -jar app/target/shopping-app.jar clients create --account T12345678
 * --scopes admin:shopping} (see {@link ClientsCommand}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Before anything resolves Helidon's mappers (see HelidonMappers).
        HelidonMappers.pinGlobal();
        LogConfig.configureRuntime();
        LogFormat.apply(System.getenv(LogFormat.VARIABLE));
        // application.yaml defaults, overridden by environment variables and system properties (SPEC §7).
        Config config = ServiceConfig.load();
        if (args.length > 0) {
            System.exit(ClientsCommand.run(args, config, System.out, System.err));
        }
        ShoppingService service;
        try {
            service = ShoppingService.start(config);
        } catch (StartupFailure e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            // JUL resets its handlers in a shutdown hook of its own, racing this one; say it on stderr.
            System.err.println("Shopping API stopped");
            stopped.countDown();
        }, "shopping-shutdown"));
        stopped.await();
    }
}
