package org.repdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Numbered, append-only schema migrations: {@code migrations/V<n>__<name>.sql}, applied in order
 * on open, each in its own transaction with the version recorded inside it. A migration whose SQL
 * must differ on PostgreSQL has its own text under {@code migrations/postgresql/}; the others are shared.
 */
public final class Migrations {

    /** Every migration, oldest first. Add new ones at the end; never edit a shipped file. */
    static final List<String> FILES = List.of(
            "V1__casework.sql",
            "V2__demands.sql",
            "V3__audit_retention.sql",
            "V4__dashboard_indexes.sql",
            "V5__note_search_cases.sql", "V6__live_deadlines.sql",
            "V7__branch_casebook.sql",
            "V8__absences.sql",
            "V9__search_triggers_for_any_sqlite.sql",
            "V10__case_papers.sql",
            "V11__letters_and_drafts.sql",
            "V12__casebook_lists.sql",
            "V13__first_screenful.sql",
            "V14__officer_rules_by_role.sql",
            "V15__timeline_events.sql",
            "V16__brief_case_indexes.sql",
            "V17__latest_entered_last.sql",
            "V18__dashboard_weeks_index.sql",
            "V19__rep_rules_by_index.sql",
            "V20__brief_views_by_login.sql",
            "V21__brief_views_without_members.sql",
            "V22__workload_records_in_order.sql");

    /**
     * A step in Java after a migration's SQL, in the same transaction: V15 recognises the wordings
     * earlier versions stored, which needs the bundles of both languages (no SQL text could hold them).
     */
    private static final Map<String, Step> AFTER = Map.of("V15__timeline_events.sql", TimelineStore::recogniseOldWordings);

    @FunctionalInterface
    private interface Step {
        int run(Connection c) throws SQLException;
    }

    private Migrations() {
    }

    public static int latestVersion() {
        return FILES.size();
    }

    static void apply(Database db) {
        Dialect dialect = db.dialect();
        int current = db.read(c -> {
            try (Statement st = c.createStatement()) {
                return dialect.schemaVersion(st);
            }
        });
        for (int version = current + 1; version <= FILES.size(); version++) {
            String sql = load(dialect, FILES.get(version - 1));
            int target = version;
            Step after = AFTER.get(FILES.get(version - 1));
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    dialect.runMigration(st, sql);
                    if (after != null) {
                        after.run(c);
                    }
                    dialect.recordVersion(st, target);
                }
                return null;
            });
        }
    }

    /** The engine's own text of a migration where it has one, else the text both engines share. */
    static String load(Dialect dialect, String name) {
        String own = read(dialect.migrationFolder() + name);
        return own != null ? own : load(name);
    }

    static String load(String name) {
        String sql = read("migrations/" + name);
        if (sql == null) {
            throw new IllegalStateException("Missing migration " + name);
        }
        return sql;
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + resource, e);
        }
    }
}
