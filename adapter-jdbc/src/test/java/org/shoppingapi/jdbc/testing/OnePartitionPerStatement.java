package org.shoppingapi.jdbc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.ParsedParameters;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Before each statement the production stores run, asks PostgreSQL for its plan ({@code EXPLAIN}, with the very
 * parameters bound) and fails the statement when it would read or write more than one partition of any per-account
 * table: on a schema partitioned by {@code account_id} that proves the statement filters on the account, and would
 * run on one shard of a distributed PostgreSQL. Statements that by design span accounts (the webhook dispatcher's
 * work queue, the idempotency-key purge, the look-up of a client id in every account) are listed with the reason and
 * exempt. Statements of the tests themselves (set-up, assertions) are not checked.
 */
public final class OnePartitionPerStatement implements SqlLogger {

    /** Cross-account by design; matched by a fragment of their SQL. */
    static final Map<String, String> CROSS_ACCOUNT = Map.of(
            "SKIP LOCKED", "the dispatcher claims due deliveries of every account (a work queue)",
            "DELETE FROM idempotency_keys WHERE created_at <", "the purge of expired keys runs for all accounts",
            "FROM api_clients WHERE client_id =", "the live clients of an id in every account (ClientStore.findLive)");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARTITION = Pattern.compile("^(.*)_p\\d+$");

    private final List<String> checked = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> exempt;

    /** Checks every statement but the {@link #CROSS_ACCOUNT} ones. */
    public OnePartitionPerStatement() {
        this(CROSS_ACCOUNT);
    }

    /** Checks every statement but those containing a key of {@code exempt}. */
    public OnePartitionPerStatement(Map<String, String> exempt) {
        this.exempt = Map.copyOf(exempt);
    }

    /** The SQL of every statement checked so far. */
    public List<String> checked() {
        return List.copyOf(checked);
    }

    @Override
    public void logBeforeExecution(StatementContext ctx) {
        String sql = ctx.getParsedSql().getSql();
        String verb = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (!Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "WITH").contains(verb) || !fromProductionCode()
                || exempt.keySet().stream().anyMatch(sql::contains)) {
            return;
        }
        Map<String, Set<String>> partitions = partitionsTouched(ctx, sql);
        checked.add(sql);
        partitions.forEach((table, touched) -> {
            if (touched.size() > 1) {
                throw new AssertionError("statement touches " + touched.size() + " partitions of " + table + " "
                        + touched + ": " + sql);
            }
        });
    }

    private static Map<String, Set<String>> partitionsTouched(StatementContext ctx, String sql) {
        try (PreparedStatement explain = ctx.getConnection().prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
            ParsedParameters parameters = ctx.getParsedSql().getParameters();
            for (int i = 0; i < parameters.getParameterCount(); i++) {
                Optional<Argument> argument = parameters.isPositional() ? ctx.getBinding().findForPosition(i)
                        : ctx.getBinding().findForName(parameters.getParameterNames().get(i), ctx);
                argument.orElseThrow(() -> new IllegalStateException("unbound parameter in " + sql))
                        .apply(i + 1, explain, ctx);
            }
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                Map<String, Set<String>> touched = new HashMap<>();
                collect(JSON.readTree(rs.getString(1)), touched);
                return touched;
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("could not EXPLAIN " + sql, e);
        }
    }

    private static void collect(JsonNode node, Map<String, Set<String>> touched) {
        if (node.isObject()) {
            JsonNode relation = node.get("Relation Name");
            if (relation != null) {
                Matcher m = PARTITION.matcher(relation.asText());
                if (m.matches()) {
                    touched.computeIfAbsent(m.group(1), t -> new HashSet<>()).add(relation.asText());
                }
            }
        }
        node.forEach(child -> collect(child, touched));
    }

    /** Whether the nearest of our own frames (past this test helper package) is production code, not a test. */
    private static boolean fromProductionCode() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(StackWalker.StackFrame::getDeclaringClass)
                .filter(c -> c.getName().startsWith("org.shoppingapi.")
                        && !c.getName().startsWith("org.shoppingapi.jdbc.testing."))
                .findFirst()
                .map(c -> !String.valueOf(c.getProtectionDomain().getCodeSource().getLocation())
                        .contains("test-classes"))
                .orElse(false));
    }
}
