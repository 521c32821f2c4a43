package org.shoppingapi.app;

import io.helidon.config.Config;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;

/**
 * {@code clients create --account <aid> --scopes <scope>[,<scope>...] [--client-id <id>]}: registers an API client
 * in the database the service uses (same configuration: DB_URL, or the embedded PostgreSQL in DATA_DIR, also while
 * the service runs) and prints its id and a generated secret once. The secret is never taken from the command line,
 * where shell history and process lists would keep it.
 */
final class ClientsCommand {

    static final String USAGE = """
            usage: java -jar app/target/shopping-app.jar clients create --account <aid> --scopes <scope>[,<scope>...] \
            [--client-id <id>]
              --account    the account the client belongs to, e.g. T12345678
              --scopes     comma-separated, from: %s
              --client-id  reuse an id (replaces that client's secret and scopes); default: a random id
            The client id and a new secret are printed once; only the secret's bcrypt hash is stored.
            """.formatted(String.join(", ", Scopes.ALL));

    private ClientsCommand() {
    }

    /** Runs the command; answers the process exit code (0 done, 2 usage, 1 failure). */
    static int run(String[] args, Config config, PrintStream out, PrintStream err) {
        logToStandardError();
        if (args.length < 2 || !args[0].equals("clients") || !args[1].equals("create")) {
            err.print(USAGE);
            return 2;
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 2, args.length), err);
        if (options == null || !options.containsKey("--account") || !options.containsKey("--scopes")) {
            err.print(USAGE);
            return 2;
        }
        RegisterClientCommand command;
        try {
            command = new RegisterClientCommand(options.get("--account"),
                    Optional.ofNullable(options.get("--client-id")), Optional.empty(),
                    List.of(options.get("--scopes").split(",")).stream().map(String::strip).toList());
        } catch (ValidationException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        ServiceSettings settings = ServiceSettings.from(config);
        try (DatabaseBootstrap.OpenDatabase database = DatabaseBootstrap.openForCommand(settings)) {
            RegisteredClient client = Wiring.clientRegistration(database.jdbi(), settings.auth()).register(command);
            out.println("account_id:    " + client.accountId());
            out.println("client_id:     " + client.clientId());
            out.println("client_secret: " + client.clientSecret());
            out.println("scopes:        " + String.join(",", client.scopes()));
            out.flush();
            err.println("Keep the secret now: it is not shown again (only its bcrypt hash is stored).");
            return 0;
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, String> options(String[] args, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--account", "--scopes", "--client-id").contains(args[i]) || i + 1 >= args.length) {
                err.println("error: unexpected argument " + args[i]);
                return null;
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    /** Standard output carries only the result (so it can be piped); logs go to standard error. */
    private static void logToStandardError() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setFormatter(new SimpleFormatter());
        root.addHandler(stderr);
    }
}
