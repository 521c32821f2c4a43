package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoppingapi.app.e2e.TestReceiver;
import org.shoppingapi.app.e2e.TestService;

/**
 * The {@code clients} command line, run in this JVM against the database of a running service: create, list,
 * revoke, rotate, {@code --help} and the exit codes; revoked and rotated clients' tokens stop working.
 */
class ClientsCommandTest {

    private static final String ACCOUNT = "T60600001";
    private static final String DRAFTS = "/v1/accounts/" + ACCOUNT + "/shopping/draft_orders";
    private static final Pattern CLIENT_ID = Pattern.compile("(?m)^client_id:\\s+(\\S+)$");
    private static final Pattern CLIENT_SECRET = Pattern.compile("(?m)^client_secret:\\s+(\\S+)$");

    @AutoClose
    static TestService app;

    @TempDir
    Path work;

    @BeforeAll
    static void start() {
        app = TestService.start(ClientsCommandTest.class);
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(Config config, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ClientsCommand.run(args, config, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(config(Map.of("db.url", app.database().jdbcUrl(), "db.user", app.database().user(),
                "db.password", app.database().password(), "auth.bcrypt-cost", "4")), args);
    }

    private static Config config(Map<String, String> values) {
        return Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .disableValueResolving()
                .sources(ConfigSources.create(values), ConfigSources.classpath("application.yaml")).build();
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    @Test
    void help_exits_0_for_every_command_and_prints_on_standard_output() {
        for (String[] args : new String[][] {{"clients", "--help"}, {"clients", "create", "--help"},
                {"clients", "list", "--help"}, {"clients", "revoke", "--help"}, {"clients", "rotate", "--help"}}) {
            Run help = run(config(Map.of()), args);
            assertThat(help.exit()).as(String.join(" ", args)).isZero();
            assertThat(help.out()).contains("usage: clients");
        }
        assertThat(run(config(Map.of()), "clients", "--help").out()).contains("create", "list", "revoke", "rotate");
    }

    @Test
    void wrong_usage_exits_2() {
        assertThat(run("clients").exit()).isEqualTo(2);
        assertThat(run("clients", "delete").exit()).isEqualTo(2);
        assertThat(run("clients", "list").exit()).isEqualTo(2);
        assertThat(run("clients", "revoke").exit()).isEqualTo(2);
        assertThat(run("something-else").exit()).isEqualTo(2);
        Run badScope = run("clients", "create", "--account", ACCOUNT, "--scopes", "read:everything");
        assertThat(badScope.exit()).isEqualTo(2);
        assertThat(badScope.err()).contains("scopes[0] is not a known scope");
        assertThat(badScope.out()).isEmpty();
    }

    @Test
    void a_missing_database_is_not_created_without_init() throws Exception {
        Path dataDir = work.resolve("nothing-here");
        Config noDatabase = config(Map.of("data.dir", dataDir.toString()));

        Run create = run(noDatabase, "clients", "create", "--account", ACCOUNT, "--scopes", "read:shopping");
        Run list = run(noDatabase, "clients", "list", "--account", ACCOUNT);

        assertThat(create.exit()).isEqualTo(1);
        assertThat(create.err()).contains("no database in DATA_DIR", "--init");
        assertThat(create.out()).isEmpty();
        assertThat(list.exit()).isEqualTo(1);
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isFalse();
    }

    @Test
    void unknown_clients_fail_with_exit_1() {
        Run revoke = run("clients", "revoke", "--client-id", "no-such-client");
        Run rotate = run("clients", "rotate", "--client-id", "no-such-client", "--account", ACCOUNT);

        assertThat(revoke.exit()).isEqualTo(1);
        assertThat(revoke.err()).contains("no live client no-such-client");
        assertThat(rotate.exit()).isEqualTo(1);
    }

    @Test
    void create_list_and_revoke_a_client_whose_token_then_stops_working() {
        Run created = run("clients", "create", "--account", ACCOUNT, "--scopes", "read:shopping,write:shopping");
        assertThat(created.exit()).as(created.err()).isZero();
        String id = group(CLIENT_ID, created.out());
        String secret = group(CLIENT_SECRET, created.out());
        assertThat(created.out()).doesNotContain("INFO", "Keep the secret");

        String token = app.token(ACCOUNT, id, secret);
        assertThat(app.get(DRAFTS, "Authorization", "Bearer " + token).status()).isEqualTo(200);

        Run listed = run("clients", "list", "--account", ACCOUNT);
        assertThat(listed.exit()).isZero();
        assertThat(listed.out()).startsWith("client_id\tscopes\tcreated_at\tlast_used_at\trevoked_at\n")
                .containsPattern(Pattern.quote(id) + "\tread:shopping,write:shopping\t\\S+Z\t\\S+Z\t-")
                .doesNotContain(secret);

        Run revoked = run("clients", "revoke", "--client-id", id);
        assertThat(revoked.exit()).as(revoked.err()).isZero();
        assertThat(revoked.out()).contains("client_id:     " + id).containsPattern("revoked_at:\\s+\\S+Z");

        assertThat(app.requestToken(ACCOUNT, id, secret).status()).isEqualTo(401);
        TestReceiver.await("the revoked client's token refused", Duration.ofSeconds(30),
                () -> app.get(DRAFTS, "Authorization", "Bearer " + token).status() == 401);
        assertThat(run("clients", "list", "--account", ACCOUNT).out()).containsPattern(Pattern.quote(id) + "\t.*\t\\S+Z\n");
        assertThat(run("clients", "revoke", "--client-id", id).exit()).isEqualTo(1);
    }

    @Test
    void rotate_prints_a_new_secret_once_and_retires_the_old_one_and_its_tokens() throws Exception {
        Run created = run("clients", "create", "--account", ACCOUNT, "--scopes", "read:shopping");
        String id = group(CLIENT_ID, created.out());
        String oldSecret = group(CLIENT_SECRET, created.out());
        String oldToken = app.token(ACCOUNT, id, oldSecret);
        // Tokens carry whole seconds; one issued in the rotation's own second would still count (README).
        Thread.sleep(1100);

        Run rotated = run("clients", "rotate", "--client-id", id, "--account", ACCOUNT);
        assertThat(rotated.exit()).as(rotated.err()).isZero();
        String newSecret = group(CLIENT_SECRET, rotated.out());
        assertThat(newSecret).hasSize(43).isNotEqualTo(oldSecret);
        assertThat(group(CLIENT_ID, rotated.out())).isEqualTo(id);

        assertThat(app.requestToken(ACCOUNT, id, oldSecret).status()).isEqualTo(401);
        String newToken = app.token(ACCOUNT, id, newSecret);
        TestReceiver.await("the token issued before the rotation refused", Duration.ofSeconds(30),
                () -> app.get(DRAFTS, "Authorization", "Bearer " + oldToken).status() == 401);
        assertThat(app.get(DRAFTS, "Authorization", "Bearer " + newToken).status()).isEqualTo(200);
    }

    @Test
    void an_id_used_in_two_accounts_needs_the_account() {
        Map<String, String> ids = new HashMap<>();
        for (String account : new String[] {ACCOUNT, "T60600002"}) {
            Run created = run("clients", "create", "--account", account, "--scopes", "read:shopping",
                    "--client-id", "shared-id");
            assertThat(created.exit()).as(created.err()).isZero();
            ids.put(account, group(CLIENT_ID, created.out()));
        }
        Run ambiguous = run("clients", "revoke", "--client-id", "shared-id");
        assertThat(ambiguous.exit()).isEqualTo(1);
        assertThat(ambiguous.err()).contains("--account");
        assertThat(run("clients", "revoke", "--client-id", "shared-id", "--account", "T60600002").exit()).isZero();
        assertThat(ids).hasSize(2);
    }
}
