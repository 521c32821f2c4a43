package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoppingapi.jdbc.auth.JdbiClientStore;
import org.shoppingapi.jdbc.embedded.EmbeddedPostgresServer;
import org.shoppingapi.jdbc.testing.TestDatabases;
import org.shoppingapi.ports.out.auth.StoredClient;
import org.shoppingapi.rest.outbound.secret.BcryptSecretHasher;
import org.shoppingapi.rest.outbound.token.SigningKeys;

/**
 * Authentication as an operator meets it, in separate JVMs configured like production: the {@code clients create}
 * command, {@code SHOPPING_CLIENTS} and {@code AUTH_SIGNING_KEY} from the environment, tokens and failed logins;
 * and everything those runs logged is searched for the secrets they handled.
 */
class AuthProcessTest {

    private static final Pattern CLIENT_ID = Pattern.compile("(?m)^client_id:\\s+(\\S+)$");
    private static final Pattern CLIENT_SECRET = Pattern.compile("(?m)^client_secret:\\s+(\\S+)$");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** What a finished command printed. */
    record Run(int exit, String out, String err) {
    }

    @Test
    void cli_and_environment_clients_get_tokens_and_no_secret_reaches_the_logs() throws Exception {
        TestDatabases.TestDatabase db = TestDatabases.create(AuthProcessTest.class);
        Map<String, String> dbEnv = Map.of("DB_URL", db.jdbcUrl(), "DB_USER", db.user(), "DB_PASSWORD", db.password());
        List<String> logs = new ArrayList<>();

        Run created = command(dbEnv, "clients", "create", "--account", "T12345678", "--scopes",
                "read:shopping,write:shopping");
        assertThat(created.exit()).as(created.err()).isZero();
        String cliClient = group(CLIENT_ID, created.out());
        String cliSecret = group(CLIENT_SECRET, created.out());
        assertThat(cliSecret).hasSize(43);
        assertThat(created.err()).contains("not shown again").doesNotContain(cliSecret);
        logs.add(created.err());

        Run badAccount = command(dbEnv, "clients", "create", "--account", "T1", "--scopes", "read:shopping");
        Run badScope = command(dbEnv, "clients", "create", "--account", "T12345678", "--scopes", "read:everything");
        Run noScopes = command(dbEnv, "clients", "create", "--account", "T12345678");
        assertThat(badAccount.exit()).isEqualTo(2);
        assertThat(badAccount.err()).contains("aid must match");
        assertThat(badScope.exit()).isEqualTo(2);
        assertThat(badScope.err()).contains("scopes[0] is not a known scope");
        assertThat(noScopes.exit()).isEqualTo(2);
        assertThat(noScopes.err()).contains("usage:");

        // ${HOME} must arrive as written: Helidon would expand it if value resolving were on.
        String envSecret = "env-${HOME}-" + UUID.randomUUID();
        String signingKey = SigningKeys.generate();
        JWK key = JWK.parse(signingKey);
        Map<String, String> serviceEnv = new HashMap<>(dbEnv);
        serviceEnv.put("SHOPPING_CLIENTS", "[{\"account_id\":\"T12345678\",\"client_id\":\"env-client\","
                + "\"client_secret\":\"" + envSecret + "\",\"scopes\":[\"admin:shopping\"]}]");
        serviceEnv.put("AUTH_SIGNING_KEY", signingKey);
        Path serviceLog = work.resolve("service.log");
        ServiceProcess.Started started = ServiceProcess.start(serviceEnv, serviceLog);
        Process service = started.process();
        List<String> tokens = new ArrayList<>();
        String wrongSecret = "wrong-" + UUID.randomUUID();
        try {
            String base = started.base();

            JsonNode jwks = json.readTree(get(base + "/v1/.well-known/jwks.json", null).body());
            assertThat(jwks.at("/keys/0/kid").asText()).as("AUTH_SIGNING_KEY is the key in use")
                    .isEqualTo(key.getKeyID());

            HttpResponse<String> envToken = token(base, "env-client", envSecret);
            assertThat(envToken.statusCode()).as(envToken.body()).isEqualTo(200);
            tokens.add(json.readTree(envToken.body()).get("access_token").asText());
            HttpResponse<String> cliToken = token(base, cliClient, cliSecret);
            assertThat(cliToken.statusCode()).as(cliToken.body()).isEqualTo(200);
            String cliAccess = json.readTree(cliToken.body()).get("access_token").asText();
            tokens.add(cliAccess);

            assertThat(token(base, "env-client", wrongSecret).statusCode()).isEqualTo(401);
            assertThat(token(base, "nobody", envSecret).statusCode()).isEqualTo(401);
            assertThat(token(base, cliClient, envSecret).statusCode()).isEqualTo(401);

            HttpResponse<String> draft = http.send(HttpRequest.newBuilder(
                            URI.create(base + "/v1/accounts/T12345678/shopping/draft_orders"))
                    .header("Authorization", "Bearer " + cliAccess).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"order\": {\"currency\": \"NOK\", \"items\": []}}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
            assertThat(json.readTree(draft.body()).get("created_by").asText()).isEqualTo(cliClient);
            assertThat(get(base + "/v1/accounts/T12345678/shopping/draft_orders/" + UUID.randomUUID(),
                    "Bearer garbage.garbage.garbage").statusCode()).isEqualTo(401);
        } finally {
            service.destroy();
            assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        String serviceOutput = Files.readString(serviceLog);
        assertThat(serviceOutput).as("the log was captured").contains("API client env-client of account T12345678")
                .contains("Access tokens are signed with ES256 key " + key.getKeyID());
        logs.add(serviceOutput);
        StoredClient envClient = new JdbiClientStore(Jdbi.create(db.jdbcUrl(), db.user(), db.password()))
                .find("T12345678", "env-client").orElseThrow();
        assertThat(envClient.secretHash()).as("production's bcrypt cost").startsWith("$2a$12$");

        List<String> secrets = new ArrayList<>(List.of(cliSecret, envSecret, wrongSecret,
                key.toJSONObject().get("d").toString(), basic("env-client", envSecret), basic(cliClient, cliSecret),
                basic("env-client", wrongSecret)));
        secrets.addAll(tokens);
        tokens.forEach(t -> secrets.add(t.substring(t.lastIndexOf('.') + 1)));
        for (String log : logs) {
            for (String secret : secrets) {
                assertThat(log).as("a secret in the logs").doesNotContain(secret);
            }
            assertThat(log).doesNotContainIgnoringCase("Authorization:").doesNotContain("Bearer ey")
                    .doesNotContain("Basic ");
        }
    }

    @Test
    void the_command_uses_the_embedded_default_and_joins_it_while_the_service_runs() throws Exception {
        Path dataDir = work.resolve("pg");
        // AUTH_BCRYPT_COST also shows that Helidon maps a variable onto a dashed key (auth.bcrypt-cost).
        Map<String, String> env = Map.of("DATA_DIR", dataDir.toString(), "AUTH_BCRYPT_COST", "10");

        Run refused = command(env, "clients", "create", "--account", "T12345678", "--scopes", "admin:shopping");
        assertThat(refused.exit()).as("no database yet, and no --init").isEqualTo(1);
        assertThat(refused.err()).contains("--init");
        Run alone = command(env, "clients", "create", "--account", "T12345678", "--scopes", "admin:shopping",
                "--init");
        assertThat(alone.exit()).as(alone.err()).isZero();
        assertThat(alone.err()).contains("starting the embedded PostgreSQL");

        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.startPersistent(dataDir)) {
            Run beside = command(env, "clients", "create", "--account", "T12345678", "--scopes", "read:shopping",
                    "--client-id", "reporting");
            assertThat(beside.exit()).as(beside.err()).isZero();
            assertThat(beside.err()).contains("already running on port " + running.port());

            // The server the "service" runs is still up, and holds both clients with working hashes.
            Jdbi jdbi = Jdbi.create(running.jdbcUrl("postgres"), running.user(), running.password());
            JdbiClientStore clients = new JdbiClientStore(jdbi);
            BcryptSecretHasher hasher = new BcryptSecretHasher(10);
            StoredClient first = clients.find("T12345678", group(CLIENT_ID, alone.out())).orElseThrow();
            StoredClient second = clients.find("T12345678", "reporting").orElseThrow();
            assertThat(hasher.matches(group(CLIENT_SECRET, alone.out()), first.secretHash())).isTrue();
            assertThat(hasher.matches(group(CLIENT_SECRET, beside.out()), second.secretHash())).isTrue();
            assertThat(first.secretHash()).startsWith("$2a$10$");
            assertThat(second.scopes()).containsExactly("read:shopping");
        }
    }

    private Run command(Map<String, String> env, String... args) throws Exception {
        Path out = work.resolve("cli-" + UUID.randomUUID() + ".out");
        Path err = work.resolve("cli-" + UUID.randomUUID() + ".err");
        Process process = ServiceProcess.java(env, out, err, args);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private HttpResponse<String> token(String base, String clientId, String secret) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/v1/accounts/T12345678/auth/token"))
                .header("Authorization", "Basic " + basic(clientId, secret)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\","
                        + "\"audience\":\"" + base + "/v1/accounts/T12345678\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String clientId, String secret) {
        return Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
        return m.group(1);
    }
}
