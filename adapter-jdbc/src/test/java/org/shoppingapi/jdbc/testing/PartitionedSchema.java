package org.shoppingapi.jdbc.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Rebuilds a migrated schema with every per-account table (every table with an {@code account_id} column) hash
 * partitioned by {@code account_id}, keeping each constraint, index, foreign key and trigger by name. PostgreSQL
 * refuses a primary key or unique constraint of a partitioned table that does not include the partition key, and a
 * foreign key must reach a unique key of the partitioned table it references: the same key rule a distributed
 * PostgreSQL (Citus) enforces for tables distributed by {@code account_id}. So this succeeding is the proof that the
 * schema's keys are ready; the store contract tests then run on the partitioned tables.
 */
public final class PartitionedSchema {

    /** Partitions per table; a handful is enough to show that a statement picks one of them. */
    public static final int PARTITIONS = 4;

    private PartitionedSchema() {
    }

    /** The per-account tables of the current schema. */
    public static List<String> perAccountTables(Handle h) {
        return h.createQuery("""
                        SELECT c.relname FROM pg_class c
                          JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'account_id' AND NOT a.attisdropped
                         WHERE c.relnamespace = CAST(current_schema() AS regnamespace) AND c.relkind IN ('r', 'p')
                           AND NOT c.relispartition
                         ORDER BY c.relname""")
                .mapTo(String.class).list();
    }

    private static final Pattern INDEX = Pattern.compile("^(CREATE (?:UNIQUE )?INDEX )(\\S+) ON (\\S+) (.*)$",
            Pattern.DOTALL);

    public static void apply(Jdbi jdbi) {
        jdbi.useTransaction(h -> {
            List<String> tables = perAccountTables(h);
            List<String> keys = new ArrayList<>();
            List<String> foreignKeys = new ArrayList<>();
            List<String> indexes = new ArrayList<>();
            List<String> triggers = new ArrayList<>();
            for (String table : tables) {
                h.createQuery("""
                                SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
                                 WHERE conrelid = CAST(:t AS regclass) AND contype IN ('p', 'u', 'f')""")
                        .bind("t", table)
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                        .forEach(c -> {
                            String add = "ALTER TABLE " + table + " ADD CONSTRAINT " + c[0] + " " + c[2];
                            if ("f".equals(c[1])) {
                                foreignKeys.add(add);
                            } else {
                                keys.add(table + "|" + c[0] + "|" + c[2]);
                            }
                        });
                indexes.addAll(h.createQuery("""
                                SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                                 WHERE i.indrelid = CAST(:t AS regclass)
                                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)""")
                        .bind("t", table).mapTo(String.class).list());
                triggers.addAll(h.createQuery("SELECT pg_get_triggerdef(oid) FROM pg_trigger"
                                + " WHERE tgrelid = CAST(:t AS regclass) AND NOT tgisinternal")
                        .bind("t", table).mapTo(String.class).list());
            }
            for (String fk : foreignKeys) {
                String[] words = fk.split(" ");
                h.execute("ALTER TABLE " + words[2] + " DROP CONSTRAINT " + words[5]);
            }
            for (String table : tables) {
                h.execute("ALTER TABLE " + table + " RENAME TO " + table + "__plain");
                h.execute("CREATE TABLE " + table + " (LIKE " + table + "__plain INCLUDING DEFAULTS INCLUDING IDENTITY"
                        + " INCLUDING GENERATED INCLUDING CONSTRAINTS) PARTITION BY HASH (account_id)");
                for (int p = 0; p < PARTITIONS; p++) {
                    h.execute("CREATE TABLE " + table + "_p" + p + " PARTITION OF " + table
                            + " FOR VALUES WITH (MODULUS " + PARTITIONS + ", REMAINDER " + p + ")");
                }
                h.execute("INSERT INTO " + table + " OVERRIDING SYSTEM VALUE SELECT * FROM " + table + "__plain");
                h.execute("DROP TABLE " + table + "__plain CASCADE");
            }
            for (String key : keys) {
                String[] k = key.split("\\|", 3);
                // Each partition's index is named after the constraint, as a distributed table's shards name theirs
                // (the constraint name plus a suffix), so a violation still names the constraint.
                String columns = k[2].substring(k[2].indexOf('('));
                for (int p = 0; p < PARTITIONS; p++) {
                    h.execute("CREATE UNIQUE INDEX " + k[1] + "_p" + p + " ON " + k[0] + "_p" + p + " " + columns);
                }
                h.execute("ALTER TABLE " + k[0] + " ADD CONSTRAINT " + k[1] + " " + k[2]);
            }
            for (String index : indexes) {
                // Named per partition like the keys above (a partial unique index such as payout_rules_live_rule_id
                // is how a store recognises its conflict), then attached by the parent's index.
                Matcher m = INDEX.matcher(index);
                if (m.matches()) {
                    for (int p = 0; p < PARTITIONS; p++) {
                        h.execute(m.group(1) + m.group(2) + "_p" + p + " ON " + m.group(3) + "_p" + p + " " + m.group(4));
                    }
                }
                h.execute(index);
            }
            foreignKeys.forEach(h::execute);
            triggers.forEach(h::execute);
        });
    }
}
