package org.repdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;

/**
 * Numbered, append-only schema migrations: {@code migrations/V<n>__<name>.sql}, applied in order
 * on open, each in its own transaction with {@code PRAGMA user_version} set inside it.
 */
public final class Migrations {

    /** Every migration, oldest first. Add new ones at the end; never edit a shipped file. */
    static final List<String> FILES = List.of(
            "V1__casework.sql",
            "V2__demands.sql",
            "V3__audit_retention.sql",
            "V4__dashboard_indexes.sql",
            "V5__note_search_cases.sql", "V6__live_deadlines.sql",
            // Issue 17's case papers: V9 once V7 and V8 land beside it (renamed V9__case_papers.sql at merge).
            "V7__case_papers.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return FILES.size();
    }

    static void apply(Database db) {
        int current = db.read(c -> {
            try (Statement st = c.createStatement()) {
                return Database.intPragma(st, "user_version");
            }
        });
        for (int version = current + 1; version <= FILES.size(); version++) {
            String sql = load(FILES.get(version - 1));
            int target = version;
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(sql);
                    st.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
                    st.execute("PRAGMA user_version = " + target);
                }
                return null;
            });
        }
    }

    static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration " + name, e);
        }
    }
}
