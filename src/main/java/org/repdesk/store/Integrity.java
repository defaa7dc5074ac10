package org.repdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.repdesk.i18n.Messages;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.EntryKind;
import org.repdesk.model.Grade;
import org.repdesk.model.Region;
import org.repdesk.model.Union;
import org.repdesk.model.WorkloadFactor;

/**
 * Reads the data file looking for damage: SQLite's own checks, then the rules RepDesk relies on
 * when it reads rows back (an unknown status or a malformed date would stop a list from loading).
 * Only reads; nothing is repaired.
 */
public final class Integrity {

    /** How many rows each table holds, for the summary. */
    private static final List<String> TABLES = List.of("member", "case_file", "timeline_entry", "deadline",
            "workload_record");
    private static final String CASES_WITHOUT_MEMBER = "SELECT c.reference FROM case_file c"
            + " WHERE NOT EXISTS (SELECT 1 FROM member m WHERE m.id = c.member_id) ORDER BY c.reference";
    // A reference is the opening year, a hyphen and at least four digits (2026-0042), and 2026-0042
    // and 2026-00042 are the same number written twice: Dialect.badReferences, duplicateReferences.
    private static final String CLOSED_WITHOUT_DATE = "SELECT reference FROM case_file"
            + " WHERE status = 'CLOSED' AND closed_on IS NULL ORDER BY reference";
    private static final String DATE_WITHOUT_CLOSING = "SELECT reference FROM case_file"
            + " WHERE status <> 'CLOSED' AND closed_on IS NOT NULL ORDER BY reference";
    private static final String CLOSED_BEFORE_OPENED = "SELECT reference FROM case_file"
            + " WHERE closed_on IS NOT NULL AND closed_on < opened_on ORDER BY reference";
    private static final String DUPLICATE_NUMBERS = "SELECT min(membership_number) FROM member"
            + " GROUP BY membership_number COLLATE NOCASE HAVING count(*) > 1";

    private static final String TIMELINE = "timeline_entry";

    /** Values a column must hold, or RepDesk cannot read the row back. */
    private record Allowed(String table, String column, boolean nullable, List<String> values) {
    }

    private static final List<Allowed> ENUM_COLUMNS = List.of(
            new Allowed("member", "union_name", false, names(Union.values())),
            new Allowed("member", "grade", false, names(Grade.values())),
            new Allowed("member", "region", true, names(Region.values())),
            new Allowed("case_file", "case_type", false, names(CaseType.values())),
            new Allowed("case_file", "status", false, names(CaseStatus.values())),
            new Allowed("case_file", "workload_factor", false, names(WorkloadFactor.values())),
            new Allowed("timeline_entry", "kind", false, names(EntryKind.values())),
            new Allowed("timeline_entry", "event", true, names(org.repdesk.model.TimelineEvent.values())));

    /** Date columns hold ISO dates (2026-11-23) or, where allowed, nothing. */
    private static final Map<String, List<String>> DATE_COLUMNS = datesByTable();

    private final Database db;

    public Integrity(Database db) {
        this.db = db;
    }

    /** Row counts per table, in a fixed order (member, case_file, timeline_entry, deadline, workload_record). */
    public Map<String, Long> counts() {
        return db.read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement st = c.createStatement()) {
                for (String table : TABLES) {
                    // Table names come from the constant list above, never from input.
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                        counts.put(table, rs.next() ? rs.getLong(1) : 0L);
                    }
                }
            }
            return counts;
        });
    }

    /** True when the file holds no members and no cases. */
    public boolean isEmpty() {
        Map<String, Long> counts = counts();
        return counts.get("member") == 0 && counts.get("case_file") == 0;
    }

    private static void ftsIntegrity(Statement st, List<String> problems) throws SQLException {
        for (String index : List.of("case_search", "note_search")) {
            try {
                // rank 1: also compare with an external content table (note_search reads timeline_entry).
                st.executeUpdate("INSERT INTO " + index + "(" + index + ", rank) VALUES ('integrity-check', 1)");
            } catch (SQLException e) {
                String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
                if (!message.contains("corrupt") && !message.contains("malformed")) {
                    throw e; // e.g. busy or read-only: not a finding about the index
                }
                problems.add(Messages.text("integrity.searchIndex", Map.of("index", index, "detail", firstLine(e))));
            }
        }
    }

    /** Told after each step of a check, so a long one can show how far it has gone. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void stepDone(int done, int total);
    }

    /** How many steps {@link #sqliteProblems(boolean, Progress)} and {@link #appProblems(boolean)} take together. */
    public int steps(boolean full) {
        return pageSteps(full) + 3; // then the flags, the rules, the counts
    }

    private static final int FULL_FILE_STEPS = 4;

    /**
     * SQLite's integrity and foreign-key checks. An empty list means SQLite found nothing wrong;
     * when it did, the app checks are not worth running on top.
     */
    public List<String> sqliteProblems() {
        return sqliteProblems(true, Progress.NONE);
    }

    /**
     * The file's structure: with {@code full}, SQLite's integrity and foreign-key checks and the search
     * indexes compared with the rows (16 s at 100,000 cases, issue 21); without, SQLite's quick check
     * (every page and record readable, about a tenth of that). Then the deadlines' closed-case flags.
     */
    public List<String> sqliteProblems(boolean full, Progress progress) {
        int total = steps(full);
        return found(db, (st, problems) -> {
            int done = pageProblems(st, full, problems, total, progress);
            deadlineFlags(st, problems);
            progress.stepDone(done + 1, total);
        });
    }

    /** What a check finds with one statement object on {@code d}'s connection. */
    private interface Finder {
        void find(Statement st, List<String> problems) throws SQLException;
    }

    private static List<String> found(Database d, Finder finder) {
        return d.read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement st = c.createStatement()) {
                finder.find(st, problems);
            }
            return problems;
        });
    }

    /** SQLite's walk of a data file's pages (and, with {@code full}, its indexes); none on a casebook. Returns the steps done. */
    private int pageProblems(Statement st, boolean full, List<String> problems, int total, Progress progress)
            throws SQLException {
        if (!walksTheFilesPages()) {
            return 0;
        }
        if (full) {
            return fileProblems(st, problems, 0, total, progress);
        }
        quickProblems(st, problems);
        progress.stepDone(1, total);
        return 1;
    }

    /** How many of {@link #steps}'s steps are SQLite's walk of the pages (those {@link #pagesAside} takes). */
    public int pageSteps(boolean full) {
        return walksTheFilesPages() ? (full ? FULL_FILE_STEPS : 1) : 0;
    }

    /**
     * The last step of {@link #sqliteProblems(boolean, Progress)}: deadlines whose closed-case flag disagrees
     * with their case, a statement over rows (deadline and case_file), not pages. A finding is said as
     * SQLite's are: the whole report.
     */
    public List<String> deadlineFlags() {
        return found(db, Integrity::deadlineFlags);
    }

    private static void deadlineFlags(Statement st, List<String> problems) throws SQLException {
        try (ResultSet rs = st.executeQuery(DEADLINE_FLAGS_CHECK)) {
            if (rs.next() && rs.getLong(1) > 0) {
                problems.add(Messages.text("integrity.deadlineFlags", Map.of("n", rs.getLong(1))));
            }
        }
    }

    /** True for a data file, whose pages the check walks itself; a casebook's server keeps its own. */
    public boolean walksTheFilesPages() {
        return !db.dialect().checksItsOwnStorage();
    }

    /**
     * SQLite's walk of the file's pages alone (the steps of {@link #sqliteProblems(boolean, Progress)} but the
     * deadlines' flags, {@link #deadlineFlags}), on a connection of its own ({@link Database#sideReader}), so
     * RepDesk's rules can read the rows on this one at the same time. The quick check's walk reads
     * each page once: SQLite's own default cache does (an encrypted file's 256 MiB would double the memory;
     * with 8 MiB the walk took 1.37 s of a core against 1.19 s, medians of 8 interleaved at 100,000 cases,
     * load 7-8; 1.01 against 0.95 s in a shorter round). The full
     * check compares every index with its table and wants a plain file's cache: with 8 MiB it took 1.9×
     * {@code sqlite3}'s time at 100,000 cases, against 1.3× before it moved to this connection.
     */
    public List<String> pagesAside(boolean full, Progress progress) {
        int total = steps(full);
        try (Database side = db.sideReader()) {
            side.runOutsideTransaction("PRAGMA cache_size = -" + (full ? Database.PLAIN_CACHE_KIB : QUICK_ASIDE_CACHE_KIB));
            // Only to read, as the check promises (FTS5's check lifts it for its own statement): so its
            // close never runs PRAGMA optimize into a file that was opened to be checked.
            side.runOutsideTransaction("PRAGMA query_only = 1");
            Integrity walk = new Integrity(side);
            return found(side, (st, problems) -> walk.pageProblems(st, full, problems, total, progress));
        }
    }

    private static final int QUICK_ASIDE_CACHE_KIB = 2000; // SQLite's default, -2000

    /** SQLite's own checks of the file, and of what RepDesk derives in it (FTS5 indexes, note_case). */
    private static int fileProblems(Statement st, List<String> problems, int done, int total, Progress progress)
            throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(Messages.text("integrity.sqlite", Map.of("line", line)));
                }
            }
        }
        progress.stepDone(++done, total);
        try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                problems.add(Messages.text("integrity.foreignKey", Map.of("row", String.valueOf(rs.getLong(2)),
                        "table", rs.getString(1), "parent", rs.getString(3))));
            }
        }
        progress.stepDone(++done, total);
        // FTS5's own check, spelled as an INSERT; it compares the index with the rows and changes nothing.
        // A file opened only to read (Database.openToRead) refuses every INSERT: let this one through.
        boolean queryOnly = Database.intPragma(st, "query_only") == 1;
        if (queryOnly) {
            st.execute("PRAGMA query_only = 0");
        }
        try {
            ftsIntegrity(st, problems);
        } finally {
            if (queryOnly) {
                st.execute("PRAGMA query_only = 1");
            }
        }
        progress.stepDone(++done, total);
        try (ResultSet rs = st.executeQuery(NOTE_CASES_CHECK)) {
            if (rs.next() && rs.getLong(1) > 0) {
                problems.add(Messages.text("integrity.noteCases", Map.of("n", rs.getLong(1))));
            }
        }
        progress.stepDone(++done, total);
        return done;
    }

    private static void quickProblems(Statement st, List<String> problems) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equalsIgnoreCase(line)) {
                    problems.add(Messages.text("integrity.sqliteQuick", Map.of("line", line)));
                }
            }
        }
    }

    /** Notes missing from note_case, or filed there under the wrong case, or there without a note. */
    static final String NOTE_CASES_CHECK = "SELECT (SELECT count(*) FROM timeline_entry t"
            + " LEFT JOIN note_case m ON m.entry = t.rowid LEFT JOIN case_file c ON c.rowid = m.case_row"
            + " WHERE c.id IS NOT t.case_id)"
            + " + (SELECT count(*) FROM note_case m WHERE NOT EXISTS"
            + " (SELECT 1 FROM timeline_entry t WHERE t.rowid = m.entry))";

    /** Deadlines whose case_closed flag (V6) disagrees with their case's status. */
    static final String DEADLINE_FLAGS_CHECK = "SELECT count(*) FROM deadline d JOIN case_file c ON c.id = d.case_id"
            + " WHERE d.case_closed <> CASE WHEN c.status = 'CLOSED' THEN 1 ELSE 0 END";

    /**
     * SQLite's quick check: the file's structure, without comparing indexes with rows. Fast enough
     * to run at every start, before a snapshot, so a damaged file never replaces a good backup.
     */
    public List<String> quickCheck() {
        return quickCheck(GiveWay.NEVER);
    }

    /**
     * As above, giving way to the rep before it begins and between its steps. SQLite walks each
     * table's b-tree in one step (~1 s of a core for the largest at 100,000 cases): only its checks
     * of the rows, table by table, can wait between steps.
     */
    public List<String> quickCheck(GiveWay giveWay) {
        giveWay.betweenSteps();
        return db.read(c -> {
            List<String> problems = new ArrayList<>();
            if (db.dialect().checksItsOwnStorage()) {
                return problems;
            }
            BackupFolder.Statements check = () -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                    while (rs.next()) {
                        if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                            problems.add(rs.getString(1));
                        }
                    }
                }
            };
            if (giveWay == GiveWay.NEVER) {
                check.run();
            } else {
                BackupFolder.inSteps(db, c, null, giveWay, check);
            }
            return problems;
        });
    }

    /** The rules RepDesk keeps on its own data; each problem names the rows concerned. */
    public List<String> appProblems() {
        return appProblems(true);
    }

    /**
     * As above; without {@code full}, the timeline's kinds and dates are left to the full check: they
     * are the one scan of the largest table (seven entries a case), and a bad one stops only its
     * case's timeline from showing, never a list.
     */
    public List<String> appProblems(boolean full) {
        return checked(full).problems();
    }

    /** What {@link #appProblems(boolean)} found, and the rows of each table (as {@link #counts()}), from the same reading. */
    public record Checked(List<String> problems, Map<String, Long> counts) {
    }

    /**
     * The rules of {@link #appProblems(boolean)}, each table's counted in one pass over it (with its
     * rows, for the summary); only a rule found broken is then listed by its own query. A casebook's
     * quick check read case_file eleven times, a statement a rule (10 of its 16 s at 100,000 cases).
     */
    public Checked checked(boolean full) {
        return db.read(c -> {
            Dialect d = db.dialect();
            Map<String, Long> counts = new LinkedHashMap<>();
            Tally cases = new Tally();
            int noMember = cases.add("m.id IS NULL");
            int badReference = cases.add("(" + d.badReference("c.reference") + ")");
            int numbered = cases.add(d.numberedReference("c.reference"));
            int distinctNumbers = cases.addDistinct("CASE WHEN " + d.numberedReference("c.reference")
                    + " THEN substr(c.reference, 1, 4) || '-' || CAST(substr(c.reference, 6) AS INTEGER) END");
            int closedWithoutDate = cases.add("c.status = 'CLOSED' AND c.closed_on IS NULL");
            int dateWithoutClosing = cases.add("c.status <> 'CLOSED' AND c.closed_on IS NOT NULL");
            int closedBeforeOpened = cases.add("c.closed_on IS NOT NULL AND c.closed_on < c.opened_on");
            Map<Allowed, Integer> unknown = new LinkedHashMap<>();
            Map<String, Tally> byTable = new LinkedHashMap<>();
            byTable.put("case_file", cases);
            for (Allowed a : ENUM_COLUMNS) {
                Tally t = byTable.computeIfAbsent(a.table(), x -> new Tally());
                if (!a.table().equals("member") && (full || !a.table().equals(TIMELINE))) {
                    unknown.put(a, t.add(unknownCondition(a), a.values()));
                }
            }
            Map<String, Integer> badDates = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : DATE_COLUMNS.entrySet()) {
                Tally t = byTable.computeIfAbsent(e.getKey(), x -> new Tally());
                for (String column : e.getValue()) {
                    if (full || !e.getKey().equals(TIMELINE)) {
                        badDates.put(e.getKey() + "." + column, t.add(alias(e.getKey()) + "." + column + " IS NOT NULL AND "
                                + d.badDate(alias(e.getKey()) + "." + column)));
                    }
                }
            }
            Map<String, long[]> tallied = new LinkedHashMap<>();
            for (String table : TABLES) {
                Tally t = byTable.get(table);
                tallied.put(table, t == null ? new Tally().run(c, from(table)) : t.run(c, from(table)));
                counts.put(table, tallied.get(table)[0]);
            }
            long[] k = tallied.get("case_file");
            List<String> problems = new ArrayList<>();
            listedIf(k[noMember] > 0, c, CASES_WITHOUT_MEMBER, "integrity.noMember", problems);
            listedIf(k[badReference] > 0, c, d.badReferences(), "integrity.badReference", problems);
            listedIf(k[numbered] > k[distinctNumbers], c, d.duplicateReferences(), "integrity.referenceTwice", problems);
            listedIf(k[closedWithoutDate] > 0, c, CLOSED_WITHOUT_DATE, "integrity.closedWithoutDate", problems);
            listedIf(k[dateWithoutClosing] > 0, c, DATE_WITHOUT_CLOSING, "integrity.dateWithoutClosing", problems);
            listedIf(k[closedBeforeOpened] > 0, c, CLOSED_BEFORE_OPENED, "integrity.closedBeforeOpened", problems);
            listed(c, DUPLICATE_NUMBERS, "integrity.numberTwice", problems);
            for (Allowed a : ENUM_COLUMNS) {
                if (a.table().equals("member") || unknown.containsKey(a) && tallied.get(a.table())[unknown.get(a)] > 0) {
                    unknownValues(c, a, problems); // the member's, a small table, are always asked
                }
            }
            for (Map.Entry<String, Integer> e : badDates.entrySet()) {
                String[] where = e.getKey().split("\\.");
                long bad = tallied.get(where[0])[e.getValue()];
                if (bad > 0) {
                    problems.add(Messages.text("integrity.badDates", Map.of("n", bad, "table", where[0], "column", where[1])));
                }
            }
            return new Checked(problems, counts);
        });
    }

    /**
     * Counts in one statement over one table: its rows, then each condition's rows (or, for
     * {@link #addDistinct}, the distinct values of an expression); the conditions' parameters bound in order.
     */
    private static final class Tally {
        private final StringBuilder select = new StringBuilder("SELECT count(*)");
        private final List<Object> params = new ArrayList<>();
        private int columns = 1;

        int add(String condition) {
            return add(condition, List.of());
        }

        int add(String condition, List<String> bound) {
            select.append(", count(CASE WHEN ").append(condition).append(" THEN 1 END)");
            params.addAll(bound);
            return columns++;
        }

        int addDistinct(String expression) {
            select.append(", count(DISTINCT ").append(expression).append(')');
            return columns++;
        }

        long[] run(Connection c, String from) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(select + " FROM " + from);
                    ResultSet rs = Rows.bind(ps, params.toArray()).executeQuery()) {
                rs.next();
                long[] values = new long[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rs.getLong(i + 1);
                }
                return values;
            }
        }
    }

    /** Each table as its pass reads it: the cases with their members, to find a case without one. */
    private static String from(String table) {
        return table.equals("case_file") ? "case_file c LEFT JOIN member m ON m.id = c.member_id" : table + " " + alias(table);
    }

    private static String alias(String table) {
        return table.equals("case_file") ? "c" : "t";
    }

    private static String unknownCondition(Allowed a) {
        String column = alias(a.table()) + "." + a.column();
        String placeholders = String.join(", ", a.values().stream().map(v -> "?").toList());
        return "(" + (a.nullable() ? "" : column + " IS NULL OR ") + column + " NOT IN (" + placeholders + "))";
    }

    private static void listedIf(boolean found, Connection c, String sql, String key, List<String> problems)
            throws SQLException {
        if (found) {
            listed(c, sql, key, problems);
        }
    }

    /** The rows {@code sql} finds, under the words of {@code key} ({list}: the first ten, "and 3 more"). */
    private static void listed(Connection c, String sql, String key, List<String> problems) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        if (!found.isEmpty()) {
            problems.add(Messages.text(key, Map.of("list", sample(found))));
        }
    }

    private static void unknownValues(Connection c, Allowed a, List<String> problems) throws SQLException {
        String placeholders = String.join(", ", a.values().stream().map(v -> "?").toList());
        // Table and column names come from ENUM_COLUMNS (constants); the values are bound.
        String sql = "SELECT DISTINCT coalesce(" + a.column() + ", '(empty)') FROM " + a.table() + " WHERE "
                + (a.nullable() ? "" : a.column() + " IS NULL OR ") + a.column() + " NOT IN (" + placeholders + ")";
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            try (ResultSet rs = Rows.bind(ps, a.values().toArray()).executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        if (!found.isEmpty()) {
            problems.add(Messages.text("integrity.unknownValues", Map.of("column", a.table() + "." + a.column(),
                    "list", sample(found))));
        }
    }

    private static String sample(List<String> found) {
        int shown = Math.min(found.size(), 10);
        String list = String.join(", ", found.subList(0, shown));
        return found.size() > shown
                ? Messages.text("integrity.andMore", Map.of("list", list, "n", found.size() - shown)) : list;
    }

    private static String firstLine(SQLException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static Map<String, List<String>> datesByTable() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("case_file", List.of("opened_on", "closed_on"));
        map.put("timeline_entry", List.of("entry_date"));
        map.put("deadline", List.of("due_on"));
        map.put("workload_record", List.of("recorded_on"));
        return map;
    }
}
