package org.repdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.model.CaseFile;
import org.repdesk.model.Demand;
import org.repdesk.model.TimelineEntry;

/**
 * Saves many new cases or timeline entries at once (demo data, future imports), and links a
 * demand to every case that matches its evidence rule in one statement.
 *
 * <p>Why not a plain batch: both tables feed FTS5 indexes through insert triggers, and FTS5 writes
 * its pending index data out at every statement, so 10,000 single-row INSERTs make 10,000 tiny
 * index segments (measured: 2.4 s for 10,000 cases against 0.2 s in one statement). Rows are
 * therefore batched into a TEMP staging table, then moved with ONE {@code INSERT ... SELECT}; the
 * triggers still fire for every row, so the search indexes stay exactly as CaseStore leaves them.
 */
public final class BulkStore {

    private static final String CASE_COLUMNS = "id, reference, member_id, case_type, status, stage, opened_on,"
            + " closed_on, manager, outcome, workload_factor, workload_account, created_at, updated_at";
    private static final String ENTRY_COLUMNS = "id, case_id, entry_date, kind, summary, body, created_at, event,"
            + " event_values";
    private static final int BATCH = 1000;
    /**
     * The cases matching a demand's evidence rule (as {@link org.repdesk.model.Demand#isEvidencedBy}
     * reads it), opened before a date; each linked on the later of its opening and the demand's raising.
     */
    private static String linkEvidence(Dialect d) {
        return "INSERT INTO demand_case (demand_id, case_id, linked_on)"
            + " SELECT ?, c.id, " + d.laterOf("c.opened_on", "?") + " FROM case_file c"
            + " WHERE c.case_type = ? AND (? = 0 OR c.workload_factor IN ('YES', 'DISPUTED')) AND c.opened_on < ?"
            + " ON CONFLICT DO NOTHING";
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private final Database db;

    public BulkStore(Database db) {
        this.db = db;
    }

    /** The cases, in opening order, with the next reference of each one's opening year; {@code lastOfYear} goes on. */
    private List<CaseFile> numbered(Connection conn, List<CaseFile> ordered, Map<Integer, Integer> lastOfYear)
            throws SQLException {
        List<CaseFile> saved = new ArrayList<>(ordered.size());
        try (PreparedStatement last = conn.prepareStatement(db.dialect().lastCaseNumber())) {
            for (CaseFile c : ordered) {
                int year = c.openedOn().getYear();
                Integer previous = lastOfYear.get(year);
                if (previous == null) {
                    try (ResultSet rs = Rows.bind(last, year + "-", year + ".").executeQuery()) {
                        previous = rs.next() ? rs.getInt(1) : 0;
                    }
                }
                lastOfYear.put(year, previous + 1);
                saved.add(c.withReference(String.format(Locale.ROOT, "%d-%04d", year, previous + 1)));
            }
        }
        return saved;
    }

    private static Binder<CaseFile> caseBinder(String now) {
        return (ps, s) -> Rows.bind(ps, s.id(), s.reference(), s.memberId(), s.type(), s.status(), s.stage(),
                s.openedOn(), s.closedOn(), s.manager(), s.outcome(), s.workloadFactor(), s.workloadAccount(), now, now);
    }

    private static Binder<TimelineEntry> entryBinder(String now) {
        return (ps, e) -> Rows.bind(ps, e.id(), e.caseId(), e.date(), e.kind(), e.summary(), e.text(), now,
                TimelineStore.event(e), TimelineStore.eventValues(e));
    }

    /**
     * Links the demand to every case its evidence rule matches that was opened before
     * {@code openedBefore}, in one statement (10,000 cases take milliseconds, not one insert each).
     *
     * @return how many links were added (cases already linked are left as they were)
     */
    public int linkEvidence(Demand demand, LocalDate openedBefore) {
        if (demand.evidenceCaseType() == null) {
            return 0;
        }
        return db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(linkEvidence(db.dialect()))) {
                return Rows.bind(ps, demand.id(), demand.raisedOn(), demand.evidenceCaseType(),
                        demand.evidenceNeedsWorkloadFactor() ? 1 : 0, openedBefore).executeUpdate();
            }
        });
    }

    /**
     * Empties temp.bulk_TABLE (made if need be) for rows to be staged, then moved into TABLE with one statement.
     * Table and column names are the constants above; values are bound, never spliced into SQL.
     */
    private static void emptyStaging(Connection conn, String table, String columns) throws SQLException {
        String staging = staging(table);
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + staging + " AS SELECT " + columns + " FROM " + table
                    + " WHERE 1 = 0");
            st.execute("DELETE FROM " + staging);
        }
    }

    private static <T> void stage(Connection conn, String table, String columns, int count, Collection<T> rows,
            Binder<T> binder) throws SQLException {
        String marks = String.join(", ", java.util.Collections.nCopies(count, "?"));
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO " + staging(table) + " (" + columns + ") VALUES ("
                + marks + ")")) {
            int n = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** TABLE's staging table: a temporary one, which unqualified names find first. */
    private static String staging(String table) {
        return "bulk_" + table;
    }

    private static void move(Connection conn, Dialect dialect, String table, String columns) throws SQLException {
        String staging = staging(table);
        try (Statement st = conn.createStatement()) {
            st.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + staging
                    + " ORDER BY " + dialect.stagingRowOrder());
            st.execute("DELETE FROM " + staging);
        }
    }

    /**
     * Starts loading more new cases and timeline entries than should be held in memory at once, inside the
     * caller's transaction: they are handed over a part at a time, staged, and moved into their tables every
     * so often with one statement each (each such statement adds a segment to the search indexes, so not
     * too often); the caller moves the last of them.
     */
    public Loading loading() {
        return db.write(conn -> {
            emptyStaging(conn, "case_file", CASE_COLUMNS);
            emptyStaging(conn, "timeline_entry", ENTRY_COLUMNS);
            return new Loading();
        });
    }

    /** Cases and their timelines handed over a part at a time; see {@link #loading}. */
    public final class Loading {

        private final Map<Integer, Integer> lastOfYear = new HashMap<>();
        private final String now = Rows.now();
        private LocalDate lastOpened = LocalDate.MIN;

        private Loading() {
        }

        /**
         * Stages new cases, given in order of opening across every call, and returns them with their
         * references: each year's go on from the last call's, as {@link CaseStore#insert} gives them one by one.
         */
        public List<CaseFile> addCases(List<CaseFile> inOpeningOrder) {
            return db.write(conn -> {
                for (CaseFile c : inOpeningOrder) {
                    if (c.openedOn().isBefore(lastOpened)) {
                        throw new IllegalArgumentException("cases must come in order of opening"); // not for reps: a caller's bug
                    }
                    lastOpened = c.openedOn();
                }
                List<CaseFile> saved = numbered(conn, inOpeningOrder, lastOfYear);
                stage(conn, "case_file", CASE_COLUMNS, 14, saved, caseBinder(now));
                return saved;
            });
        }

        /** Stages timeline entries of cases added (or already saved); their notes become searchable. */
        public void addTimeline(Collection<TimelineEntry> entries) {
            db.write(conn -> {
                stage(conn, "timeline_entry", ENTRY_COLUMNS, 9, entries, entryBinder(now));
                return null;
            });
        }

        /** Moves what is staged into the tables: the cases first, as the entries name them. */
        public void move() {
            db.write(conn -> {
                BulkStore.move(conn, db.dialect(), "case_file", CASE_COLUMNS);
                BulkStore.move(conn, db.dialect(), "timeline_entry", ENTRY_COLUMNS);
                return null;
            });
        }
    }
}
