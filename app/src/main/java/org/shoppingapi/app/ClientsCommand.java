package org.shoppingapi.app;

import io.helidon.config.Config;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.shoppingapi.domain.error.ValidationException;
import org.shoppingapi.ports.auth.ClientInfo;
import org.shoppingapi.ports.in.auth.RegisterClientCommand;
import org.shoppingapi.ports.in.auth.RegisteredClient;
import org.shoppingapi.ports.in.auth.Scopes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clients create|list|revoke|rotate}: API client administration on the database the service uses (same
 * configuration: DB_URL, or the embedded PostgreSQL in DATA_DIR, also while the service runs). Standard output
 * carries only the result, so it can be piped; logs and messages go to standard error. Exit codes: 0 done,
 * 1 failed (no database, no such client), 2 wrong usage. Secrets are generated, printed once and never taken from
 * the command line, where shell history and process lists would keep them.
 */
final class ClientsCommand {

    private ClientsCommand() {
    }

    /** Runs {@code args} (starting with {@code clients}); answers the process exit code. */
    static int run(String[] args, Config config, PrintStream out, PrintStream err) {
        logToStandardError();
        CommandLine command = new CommandLine(new Clients(config, out, err));
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        // Bad arguments are refused before any work as usage errors (2); anything failing during the work is 1.
        command.setExecutionExceptionHandler((e, line, parsed) -> {
            err.println("error: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        });
        if (args.length == 0 || !args[0].equals("clients")) {
            command.usage(err);
            return CommandLine.ExitCode.USAGE;
        }
        return command.execute(java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    /** The database is missing where the configuration points, and the command may not create one. */
    static final class NoDatabaseException extends RuntimeException {
        NoDatabaseException(String message) {
            super(message);
        }
    }

    @Command(name = "clients", synopsisHeading = "usage: ", mixinStandardHelpOptions = true,
            subcommands = {Create.class, ListClients.class, Revoke.class, Rotate.class},
            description = "Administers the API clients in the service's database (DB_URL, or the embedded "
                    + "PostgreSQL in DATA_DIR).")
    static final class Clients implements Callable<Integer> {
        final Config config;
        final PrintStream out;
        final PrintStream err;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Clients(Config config, PrintStream out, PrintStream err) {
            this.config = config;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a command is missing: create, list, revoke "
                    + "or rotate");
        }

        /** Opens the configured database, refusing to create a new embedded one unless {@code init}. */
        <T> T withDatabase(boolean init, Function<DatabaseBootstrap.OpenDatabase, T> work) {
            ServiceSettings settings = ServiceSettings.from(config);
            if (settings.dbUrl().isEmpty() && !init && !Files.exists(settings.dataDir().resolve("PG_VERSION"))) {
                throw new NoDatabaseException("there is no database in DATA_DIR " + settings.dataDir()
                        + "; point DATA_DIR (or DB_URL) at the service's database, or pass --init to create a new one");
            }
            try (DatabaseBootstrap.OpenDatabase database = DatabaseBootstrap.openForCommand(settings)) {
                return work.apply(database);
            }
        }

        ServiceSettings settings() {
            return ServiceSettings.from(config);
        }
    }

    @Command(name = "create", synopsisHeading = "usage: ", mixinStandardHelpOptions = true,
            description = "Registers a client and prints its id and a new secret once (only the secret's bcrypt hash "
                    + "is stored).")
    static final class Create implements Callable<Integer> {
        @CommandLine.ParentCommand
        Clients parent;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--account", required = true, description = "the account it belongs to, e.g. T12345678")
        String account;
        @Option(names = "--scopes", required = true, split = ",",
                description = "comma-separated scopes: ${COMPLETION-CANDIDATES}", completionCandidates = AllScopes.class)
        List<String> scopes;
        @Option(names = "--client-id", description = "reuse an id (replaces that client's secret and scopes); "
                + "default: a random id")
        String clientId;
        @Option(names = "--init", description = "create a new embedded database in DATA_DIR if there is none")
        boolean init;

        @Override
        public Integer call() {
            RegisterClientCommand command;
            try {
                command = new RegisterClientCommand(account, Optional.ofNullable(clientId), Optional.empty(),
                        scopes.stream().map(String::strip).toList());
            } catch (ValidationException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            RegisteredClient client = parent.withDatabase(init, database ->
                    ClientServices.registration(database.jdbi(), parent.settings().auth()).register(command));
            printWithSecret(parent.out, client);
            parent.err.println("Keep the secret now: it is not shown again (only its bcrypt hash is stored).");
            return 0;
        }
    }

    @Command(name = "list", synopsisHeading = "usage: ", mixinStandardHelpOptions = true,
            description = "Lists an account's clients, tab-separated: id, scopes, created, last token, revoked "
                    + "(never a secret).")
    static final class ListClients implements Callable<Integer> {
        @CommandLine.ParentCommand
        Clients parent;
        @Option(names = "--account", required = true, description = "the account, e.g. T12345678")
        String account;

        @Override
        public Integer call() {
            List<ClientInfo> clients = parent.withDatabase(false, database ->
                    ClientServices.administration(database.jdbi(), parent.settings().auth()).list(account));
            parent.out.println("client_id\tscopes\tcreated_at\tlast_used_at\trevoked_at");
            for (ClientInfo c : clients) {
                parent.out.println(String.join("\t", c.clientId(), String.join(",", c.scopes()), text(c.createdAt()),
                        text(c.lastUsedAt()), text(c.revokedAt())));
            }
            parent.out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", synopsisHeading = "usage: ", mixinStandardHelpOptions = true,
            description = "Revokes a client: it gets no new token, and its tokens stop working within "
                    + "5 seconds on every instance.")
    static final class Revoke implements Callable<Integer> {
        @CommandLine.ParentCommand
        Clients parent;
        @Option(names = "--client-id", required = true, description = "the client to revoke")
        String clientId;
        @Option(names = "--account", description = "its account, needed when the id is used in several")
        String account;

        @Override
        public Integer call() {
            ClientInfo revoked = parent.withDatabase(false, database ->
                    ClientServices.administration(database.jdbi(), parent.settings().auth())
                            .revoke(Optional.ofNullable(account), clientId));
            parent.out.println("account_id:    " + revoked.accountId());
            parent.out.println("client_id:     " + revoked.clientId());
            parent.out.println("revoked_at:    " + text(revoked.revokedAt()));
            parent.out.flush();
            return 0;
        }
    }

    @Command(name = "rotate", synopsisHeading = "usage: ", mixinStandardHelpOptions = true,
            description = "Gives a client a new secret, printed once; tokens issued before stop working within "
                    + "5 seconds.")
    static final class Rotate implements Callable<Integer> {
        @CommandLine.ParentCommand
        Clients parent;
        @Option(names = "--client-id", required = true, description = "the client whose secret to replace")
        String clientId;
        @Option(names = "--account", description = "its account, needed when the id is used in several")
        String account;

        @Override
        public Integer call() {
            RegisteredClient client = parent.withDatabase(false, database ->
                    ClientServices.administration(database.jdbi(), parent.settings().auth())
                            .rotate(Optional.ofNullable(account), clientId));
            printWithSecret(parent.out, client);
            parent.err.println("Keep the new secret now: it is not shown again; the old one no longer works.");
            return 0;
        }
    }

    /** The scopes a client may have, for --help. */
    static final class AllScopes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Scopes.ALL.iterator();
        }
    }

    private static void printWithSecret(PrintStream out, RegisteredClient client) {
        out.println("account_id:    " + client.accountId());
        out.println("client_id:     " + client.clientId());
        out.println("client_secret: " + client.clientSecret());
        out.println("scopes:        " + String.join(",", client.scopes()));
        out.flush();
    }

    private static String text(Instant instant) {
        return instant == null ? "-" : instant.toString();
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
