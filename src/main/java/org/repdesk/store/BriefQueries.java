package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Grade;
import org.repdesk.model.Region;
import org.repdesk.model.WmtSettings;

/**
 * The aggregate queries behind a negotiation brief. A case is in scope when it was open at any
 * time in the period (opened by its end, not closed before its start) and matches the filters.
 */
public final class BriefQueries {

    /** Filters on the member and case; null means "any". */
    public record Filter(LocalDate from, LocalDate to, Region region, String team, Grade grade, CaseType caseType) {
    }

    /** How many cases are in scope, and how many of them have excessive workload as a factor (yes or disputed). */
    public record Totals(int inScope, int workloadFactor) {
    }

    /**
     * One cell of the evidence cube: how many capability and sickness-absence cases where workload
     * is a factor share these values.
     */
    public record EvidenceCell(CaseType type, String stage, CaseStatus status, Grade grade, Region region, int count) {
    }

    /** Cases opened in a month, by type (capability and sickness absence where workload is a factor). */
    public record MonthCount(String month, CaseType type, int count) {
    }

    /** Each member's latest capacity in the period, lowest first, and how many members reached the excessive-workload run. */
    public record WorkloadFigures(List<Double> latestCapacities, int overThreshold) {
    }

    /** A sickness-absence case in scope: whose, and when it was open (issue 18: counted by absence reason). */
    public record SicknessCase(UUID memberId, LocalDate openedOn, LocalDate closedOn) {
    }

    /** A case in scope, named: only used when the rep chose to include identities. */
    public record NamedCase(String reference, String memberName, CaseType type, String stage, CaseStatus status) {
    }

    // The figures come from the brief_* views (V12), which hold no names, notes or contact details:
    // on a branch casebook a reader may read them and nothing else. Only a brief that names members
    // (NAMED, by explicit choice) reads the tables, and so only what the login may see there.
    private static final String FILTERS = " AND (CAST(? AS TEXT) IS NULL OR c.region = ?)"
            + " AND (CAST(? AS TEXT) IS NULL OR c.team = ? COLLATE NOCASE)"
            + " AND (CAST(? AS TEXT) IS NULL OR c.grade = ?) AND (CAST(? AS TEXT) IS NULL OR c.case_type = ?)";
    static final String CASE_SCOPE = " FROM brief_case c"
            + " WHERE c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?)" + FILTERS;
    // Counted in two statements rather than one cube over every case in scope: the figures group
    // only the evidence cases by their five values, and everything else is two sums. At 100k cases
    // the one cube sorted 91,875 rows into 11,508 cells; the evidence cube sorts 49,626 into 2,240.
    static final String TOTALS = "SELECT count(*) AS n, coalesce(sum(CASE WHEN c.workload_factor IN ('YES', 'DISPUTED')"
            + " THEN 1 ELSE 0 END), 0) AS factor" + CASE_SCOPE;
    static final String EVIDENCE_CUBE = "SELECT c.case_type, c.stage, c.status, c.grade, c.region, count(*) AS n"
            + CASE_SCOPE + " AND c.case_type IN ('CAPABILITY', 'SICKNESS_ABSENCE')"
            + " AND c.workload_factor IN ('YES', 'DISPUTED') GROUP BY 1, 2, 3, 4, 5";
    static final String MONTHS = "SELECT substr(c.opened_on, 1, 7) AS month, c.case_type, count(*) AS n"
            + " FROM brief_case c WHERE c.opened_on >= ? AND c.opened_on <= ?" + FILTERS
            + " AND c.case_type IN ('CAPABILITY', 'SICKNESS_ABSENCE') AND c.workload_factor IN ('YES', 'DISPUTED')"
            + " GROUP BY 1, 2 ORDER BY 1";
    private static final String CAPACITY_FILTERS = " AND (CAST(? AS TEXT) IS NULL OR c.region = ?)"
            + " AND (CAST(? AS TEXT) IS NULL OR c.team = ? COLLATE NOCASE) AND (CAST(? AS TEXT) IS NULL OR c.grade = ?)";
    // The WMT figures are worked out in SQL, so a brief reads a row per member rather than every record
    // of the period (at 100k cases 11,416 members' latest capacities and one count, not 193,972 records).
    /**
     * Each member's latest capacity in the period, by one backward step into the member's part of the
     * index; of two records on one day, the one entered last (V17), as the dashboard and the workload screen.
     */
    static final String LATEST_CAPACITIES = "SELECT (SELECT w.capacity_percent FROM brief_capacity w"
            + " WHERE w.member_key = k.member_key AND w.recorded_on >= ? AND w.recorded_on <= ?"
            + " AND w.capacity_percent IS NOT NULL ORDER BY w.recorded_on DESC, w.entered_at DESC, w.record_key DESC LIMIT 1)"
            + " FROM (SELECT DISTINCT c.member_key FROM brief_capacity c"
            + " WHERE c.recorded_on >= ? AND c.recorded_on <= ? AND c.capacity_percent IS NOT NULL" + CAPACITY_FILTERS
            + ") k";
    /**
     * The same figures on a casebook, in one pass: each member's latest record of the period, the first of
     * the member's records in brief_capacity_latest_first (V22), which gives them by member, each member's
     * latest (day, entered, key) first, straight out of the member and capacity index read backwards; the
     * DISTINCT ON keeps that first one and sorts nothing. The key (record_key) is unique, so the record is
     * the one V21's greatest ARRAY[day, entered, key, figure] picked, and the figure comes back as the double
     * it is. Over brief_capacity, a security barrier in no order, the server had to build that array for
     * each of the period's records and keep the greatest per member in a hash (at 100,000 cases, as an
     * officer, server CPU 0.16-0.18 s against 0.06-0.08 s this way). The order the values come in does not
     * matter: the caller sorts them.
     */
    static final String LATEST_CAPACITIES_IN_ONE_PASS = latestFirstOfEachMember(
            "c.recorded_on >= ? AND c.recorded_on <= ? AND c.capacity_percent IS NOT NULL" + CAPACITY_FILTERS);

    /**
     * Each member's latest capacity out of brief_capacity_latest_first, of the records {@code where} keeps:
     * the brief's period and filters here, every record for the dashboard's and caseload report's
     * (CaseloadQueries), so the two cannot come to disagree on which record stands.
     */
    static String latestFirstOfEachMember(String where) {
        return "SELECT DISTINCT ON (c.member_key) c.capacity_percent FROM brief_capacity_latest_first c WHERE " + where
                + " ORDER BY c.member_key DESC, c.recorded_on DESC, c.entered_at DESC, c.record_key DESC";
    }

    /** The latest capacities' statement for this engine: SQLite's by one step into each member's index. */
    static String latestCapacities(Dialect d) {
        return d.inTheAppsProcess() ? LATEST_CAPACITIES : LATEST_CAPACITIES_IN_ONE_PASS;
    }

    private static Object[] latestParams(Dialect d, Filter f) {
        return d.inTheAppsProcess() ? latestParams(f) : new Object[] {f.from(), f.to(), f.region(), f.region(),
            f.team(), f.team(), f.grade(), f.grade()};
    }

    /**
     * How many members' records in the period show the rule of model.ExcessiveWorkload: at least ?
     * consecutive ISO weeks whose first record is over ?% (a week with no record, or whose first record
     * is not over, breaks the run; of two records on one day the lower figure is the first). Runs are
     * islands of consecutive week numbers, as in CaseloadQueries.overThreshold.
     */
    static String overThreshold(Dialect d) {
        return "WITH overs AS ("
            + " SELECT DISTINCT c.member_key, " + d.weekNumber("c.recorded_on") + " AS week"
            + " FROM brief_capacity c WHERE c.recorded_on >= ? AND c.recorded_on <= ? AND c.capacity_percent > ?"
            + CAPACITY_FILTERS
            + " AND NOT EXISTS (SELECT 1 FROM brief_capacity e WHERE e.member_key = c.member_key"
            + " AND e.capacity_percent IS NOT NULL"
            // One lower bound (the week's Monday, or the period's start) and an upper bound that repeats
            // what the OR says, so the index is read over that week only: with two lower bounds SQLite
            // took the period's start, and read from there for every record (0.27 s of CPU at 100k, not 0.1 s).
            + " AND e.recorded_on >= " + d.laterOf(d.mondayOfWeek("c.recorded_on"), "?")
            + " AND e.recorded_on <= c.recorded_on AND (e.recorded_on < c.recorded_on OR e.recorded_on = c.recorded_on"
            + " AND e.capacity_percent < c.capacity_percent))),"
            + " islands AS (SELECT member_key, week - row_number() OVER (PARTITION BY member_key ORDER BY week) AS island"
            + " FROM overs)"
            + " SELECT count(DISTINCT member_key) FROM (SELECT member_key FROM islands GROUP BY member_key, island"
            + " HAVING count(*) >= ?) AS runs";
    }

    /**
     * {@link #overThreshold} on a casebook: each member's first record of each week in the period picked
     * in one pass (DISTINCT ON, PostgreSQL's: the earliest day, the lower figure first), kept when it is
     * over ?%. The same weeks as the NOT EXISTS, which keeps a record over when no earlier record of its
     * week in the period (nor a lower one on its day) is on file: that is, when it is the week's first.
     * The records come from brief_capacity_weeks (V22), which gives brief_capacity's rows with their week
     * (numbered as {@link Dialect#weekNumber}) already in the order the DISTINCT ON reads them: out of the
     * member and capacity index by member, each member's few sorted in memory. Over brief_capacity, a
     * security barrier in no order, the server sorted the period's records first (at 100,000 cases, as an
     * officer, 194,914 records, 15 MB on disk: server CPU 0.30-0.35 s against 0.19-0.23 s this way).
     */
    static String overThresholdInOnePass() {
        return overThresholdByWeeks(
                "c.recorded_on >= ? AND c.recorded_on <= ? AND c.capacity_percent IS NOT NULL" + CAPACITY_FILTERS);
    }

    /**
     * The four-week run's count over brief_capacity_weeks, of the records {@code where} keeps (then the
     * threshold and the run's length as parameters): the brief's period and filters, or every record for
     * the dashboard's and caseload report's (CaseloadQueries), so the two count the same weeks the same way.
     */
    static String overThresholdByWeeks(String where) {
        return "WITH firsts AS ("
            + " SELECT DISTINCT ON (c.member_key, c.week) c.member_key, c.week, c.capacity_percent"
            + " FROM brief_capacity_weeks c WHERE " + where
            + " ORDER BY c.member_key, c.week, c.recorded_on, c.capacity_percent),"
            + " overs AS (SELECT member_key, week FROM firsts WHERE capacity_percent > ?),"
            + " islands AS (SELECT member_key, week - row_number() OVER (PARTITION BY member_key ORDER BY week) AS island"
            + " FROM overs)"
            + " SELECT count(DISTINCT member_key) FROM (SELECT member_key FROM islands GROUP BY member_key, island"
            + " HAVING count(*) >= ?) AS runs";
    }

    /** The run's statement for this engine. */
    static String overThresholdFor(Dialect d) {
        return d.inTheAppsProcess() ? overThreshold(d) : overThresholdInOnePass();
    }

    private static Object[] overParams(Dialect d, Filter f, WmtSettings wmt) {
        return d.inTheAppsProcess() ? overParams(f, wmt) : new Object[] {f.from(), f.to(), f.region(), f.region(),
            f.team(), f.team(), f.grade(), f.grade(), wmt.excessivePercent(), wmt.excessiveWeeks()};
    }

    // The demand's links first, each case then found by its key: CROSS JOIN keeps SQLite to that order
    // (PostgreSQL plans it as any inner join). With the 100k file's statistics SQLite otherwise read
    // every case in the period by date and probed the links for each: 0.44 s of CPU for the largest
    // demand (24,711 links) instead of 0.20 s, and 0.9 s over the brief's 21 demands. Each case is found
    // in V16's case_file_key_period, which holds all the count reads of it: 0.60 -> 0.38 s over the 21, cold.
    static final String LINKED_IN_SCOPE = "SELECT count(*) FROM brief_demand_case dc CROSS JOIN brief_case c"
            + CASE_SCOPE.substring(CASE_SCOPE.indexOf(" WHERE ")).replace(" WHERE ",
                    " WHERE dc.demand_id = ? AND c.case_id = dc.case_id AND ");
    /**
     * Every demand's linked cases in scope, counted in one statement: a casebook's way. A server reads the
     * period's cases once for all the demands, where {@link #LINKED_IN_SCOPE} read them again for each
     * (at 100,000 cases, 21 demands, as an officer, 21 statements of 0.7-2.8 s against one of ~1.5 s, psql,
     * load 12-14). The links from brief_demand_case for every login: since V20 it gives an officer or a
     * reader every link without asking brief_case about each, and a rep the links of her own cases by
     * their index, where demand_case's row rule had her read all of the branch's links (0.4 s at 100,000).
     * The cases in scope as a set the links are looked up in (IN), not joined: a case is in brief_case once,
     * so the counts are the same, and the server hashes the 92,000 cases' keys and passes the 158,000 links
     * over them once, where the join sorted both by case and merged them (an officer at 100,000 cases,
     * V21, the server's CPU: 0.21-0.23 s against 0.33-0.34 s).
     */
    static final String LINKED_BY_DEMAND = "SELECT dc.demand_id, count(*) AS n FROM brief_demand_case dc"
            + " WHERE dc.case_id IN (SELECT c.case_id" + CASE_SCOPE + ") GROUP BY dc.demand_id";

    /**
     * The demand-case links DemandStore's counts read: the table for a login that may read it (an officer,
     * whom no rule slows, and a rep, whose rule on the links is the same as brief_case's: the join keeps
     * only the cases brief_case shows), the figures' view for a reader, who may read no table of cases.
     */
    static String links(boolean figuresOnly) {
        return figuresOnly ? "brief_demand_case" : "demand_case";
    }

    static final String SICKNESS_COUNT = "SELECT count(*)" + CASE_SCOPE + " AND c.case_type = 'SICKNESS_ABSENCE'";
    // Only the cases of members with an absence on file are read, each member's together, found from
    // the absences' member index: the rest have no reason to count, and are counted by SICKNESS_COUNT.
    // (At 100k, 31,368 cases in scope and no absence: 0.2 s of CPU reading the cases with EXISTS, none this way.)
    static final String SICKNESS_CASES_WITH_ABSENCES = "SELECT c.member_key, c.opened_on, c.closed_on" + CASE_SCOPE
            + " AND c.case_type = 'SICKNESS_ABSENCE' AND c.member_key IN (SELECT a.member_id FROM absence a)"
            + " ORDER BY c.member_key";
    static final String NAMED = "SELECT c.reference, m.name, c.case_type, c.stage, c.status"
            + " FROM case_file c JOIN member m ON m.id = c.member_id"
            + " WHERE c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on >= ?)"
            + FILTERS.replace("c.region", "m.region").replace("c.team", "m.team").replace("c.grade", "m.grade")
            + " ORDER BY c.reference";

    private final Database db;

    public BriefQueries(Database db) {
        this.db = db;
    }

    /** The connection these queries read (tests: which session a statement ran on). */
    Database database() {
        return db;
    }

    private static Object[] scopeParams(Filter f) {
        return new Object[] {f.to(), f.from(), f.region(), f.region(), f.team(), f.team(), f.grade(), f.grade(),
            f.caseType(), f.caseType()};
    }

    /**
     * The aggregate SQL a brief runs, with this filter's values written in as SQL literals: what
     * the benchmark runs through the sqlite3 tool as the floor to compare {@link #caseCube} and friends with.
     * On a casebook the first two are the session's settings the brief reads its figures with ({@link #literalFigures}).
     */
    public static List<String> literalStatements(Dialect d, Filter f, WmtSettings wmt, List<UUID> demandIds) {
        List<String> out = literalFigures(d, f, wmt);
        if (d.inTheAppsProcess()) {
            for (UUID id : demandIds) {
                out.add(inline(LINKED_IN_SCOPE, linkedParams(id, f)));
            }
        } else if (!demandIds.isEmpty()) {
            out.add(inline(LINKED_BY_DEMAND, scopeParams(f)));
        }
        // Every login's brief counts its sickness-absence cases (BriefAbsenceReasons): at 100,000 cases 70-100 ms
        // of an officer's server time the floor left out. The cases with absences it then reads are not here: a
        // reader may not read absences, and at 100,000 cases no member has one on file (1-9 ms).
        out.add(inline(SICKNESS_COUNT, scopeParams(f)));
        return out;
    }

    /**
     * The first of {@link #literalStatements}: on a casebook the session's settings the brief reads its figures with
     * ({@link #NO_JIT}, then {@link #figures}'), then on either engine the five figures {@link #totals},
     * {@link #evidenceCube}, {@link #openedByMonth} and {@link #workloadFigures} read (its two statements).
     */
    public static List<String> literalFigures(Dialect d, Filter f, WmtSettings wmt) {
        List<String> out = new ArrayList<>();
        if (!d.inTheAppsProcess()) {
            out.add(NO_JIT); // as every casebook connection is opened
            out.add(d.serialPlansForASession()); // as the brief reads its figures (#figures)
        }
        out.add(inline(TOTALS, scopeParams(f)));
        out.add(inline(EVIDENCE_CUBE, scopeParams(f)));
        out.add(inline(MONTHS, monthParams(f)));
        out.add(inline(latestCapacities(d), latestParams(d, f)));
        out.add(inline(overThresholdFor(d), overParams(d, f, wmt)));
        return out;
    }

    /** Replaces each {@code ?} in turn (none of these statements has one inside a quoted string). */
    private static String inline(String sql, Object[] params) {
        StringBuilder s = new StringBuilder();
        int p = 0;
        for (char ch : sql.toCharArray()) {
            if (ch == '?') {
                Object v = params[p++];
                if (v instanceof Number n) {
                    s.append(n); // unquoted: SQLite compares a count with the text '4' as text
                } else {
                    s.append(v == null ? "NULL" : "'" + (v instanceof Enum<?> e ? e.name() : v.toString())
                            .replace("'", "''") + "'");
                }
            } else {
                s.append(ch);
            }
        }
        return s.toString();
    }

    private static Object[] monthParams(Filter f) {
        return new Object[] {f.from(), f.to(), f.region(), f.region(), f.team(), f.team(), f.grade(), f.grade(),
            f.caseType(), f.caseType()};
    }

    private static Object[] latestParams(Filter f) {
        return new Object[] {f.from(), f.to(), f.from(), f.to(), f.region(), f.region(), f.team(), f.team(), f.grade(),
            f.grade()};
    }

    private static Object[] overParams(Filter f, WmtSettings wmt) {
        return new Object[] {f.from(), f.to(), wmt.excessivePercent(), f.region(), f.region(), f.team(), f.team(),
            f.grade(), f.grade(), f.from(), wmt.excessiveWeeks()};
    }

    private static Object[] linkedParams(UUID demandId, Filter f) {
        List<Object> params = new ArrayList<>();
        params.add(demandId);
        params.addAll(java.util.Arrays.asList(scopeParams(f)));
        return params.toArray();
    }

    /**
     * The setting every casebook connection opens with (Casebooks.connect), which the bench's psql floor
     * sends first: the views' parts that do not apply to the login are still planned and costed, so a
     * brief's statements passed the server's threshold for just-in-time compiling and then spent longer
     * compiling than running (at 100,000 cases a rep's linked cases: 1.85 s of compiling for 0.5 s of work).
     */
    static final String NO_JIT = Casebooks.JIT_OFF;

    /**
     * Reads one of the brief's figure statements planned without parallel workers ({@link Dialect#readSerially}:
     * on a casebook in a read-only transaction of its own, whose setting ends with it, on whichever connection it
     * is read; the bench's psql floor sends the same setting). At 100,000 cases PostgreSQL 15 planned the latest
     * capacities and the four-week run as parallel sequential scans whose workers each sorted their share and
     * each built the rep's row rules' lists again: the latest capacities took 168-180 ms against 79-88 ms read
     * backwards out of the member and capacity index as V22 meant (an officer and a reader; a rep 107 ms either
     * way), the run 193-207 against 220-239 ms (a rep 116-122 against 100-104 ms), and the workers took two more
     * cores for it, the cores the command's own process was drawing the PDF on (psql, 7 Dec 2026).
     */
    private <T> T figures(Database.Work<T> work) {
        return db.read(c -> db.dialect().readSerially(c, work));
    }

    public Totals totals(Filter f) {
        return figures(c -> {
            try (PreparedStatement ps = c.prepareStatement(TOTALS);
                    ResultSet rs = Rows.bind(ps, scopeParams(f)).executeQuery()) {
                return rs.next() ? new Totals(rs.getInt("n"), rs.getInt("factor")) : new Totals(0, 0);
            }
        });
    }

    public List<EvidenceCell> evidenceCube(Filter f) {
        return figures(c -> {
            try (PreparedStatement ps = c.prepareStatement(EVIDENCE_CUBE)) {
                return Rows.list(Rows.bind(ps, scopeParams(f)), rs -> new EvidenceCell(
                        Rows.enumValue(CaseType.class, rs, "case_type"), rs.getString("stage"),
                        Rows.enumValue(CaseStatus.class, rs, "status"),
                        Rows.enumValue(Grade.class, rs, "grade"), Rows.enumValue(Region.class, rs, "region"),
                        rs.getInt("n")));
            }
        });
    }

    public List<MonthCount> openedByMonth(Filter f) {
        return figures(c -> {
            try (PreparedStatement ps = c.prepareStatement(MONTHS)) {
                Rows.bind(ps, monthParams(f));
                return Rows.list(ps, rs -> new MonthCount(rs.getString("month"),
                        Rows.enumValue(CaseType.class, rs, "case_type"), rs.getInt("n")));
            }
        });
    }

    /**
     * The members in scope with a capacity recorded in the period: each one's latest capacity (in
     * ascending order) and how many of them reached the excessive-workload run of {@code wmt}.
     */
    public WorkloadFigures workloadFigures(Filter f, WmtSettings wmt) {
        return new WorkloadFigures(latestCapacities(f), overThreshold(f, wmt));
    }

    /** Each in-scope member's latest capacity in the period, in ascending order ({@link #workloadFigures}' first half). */
    public List<Double> latestCapacities(Filter f) {
        return figures(c -> {
            List<Double> latest = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(latestCapacities(db.dialect()));
                    ResultSet rs = Rows.bind(ps, latestParams(db.dialect(), f)).executeQuery()) {
                while (rs.next()) {
                    latest.add(rs.getDouble(1));
                }
            }
            latest.sort(null);
            return List.copyOf(latest);
        });
    }

    /** How many in-scope members reached the excessive-workload run of {@code wmt} ({@link #workloadFigures}' second half). */
    public int overThreshold(Filter f, WmtSettings wmt) {
        return figures(c -> {
            try (PreparedStatement ps = c.prepareStatement(overThresholdFor(db.dialect()));
                    ResultSet rs = Rows.bind(ps, overParams(db.dialect(), f, wmt)).executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * Somewhere to run some of a brief's statements beside the ones the caller runs on this connection: on a
     * casebook a second connection of the same login (so the same row rules), opened and read on a thread of
     * its own, so the server works on two statements at once while the caller's thread reads the rest; if that
     * connection cannot be opened, the statements run on this one, as they would have. On a data file each
     * runs on this connection, on the caller's thread, when its answer is asked for: SQLite reads in the
     * app's own process, on the core the caller would use anyway. Close it when the brief is read.
     */
    public Beside beside() {
        return new Beside(this);
    }

    /** See {@link #beside()}. */
    public static final class Beside implements AutoCloseable {

        private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Beside.class.getName());

        private final BriefQueries here;
        /** The second connection's one thread (its statements run in the order given); null on a data file. */
        private final java.util.concurrent.ExecutorService thread;
        /** The queries on the second connection, or {@code here} when it could not be opened; null on a data file. */
        private final java.util.concurrent.Future<BriefQueries> second;

        private Beside(BriefQueries here) {
            this.here = here;
            if (here.db.dialect().inTheAppsProcess()) {
                thread = null;
                second = null;
                return;
            }
            thread = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "repdesk-brief-beside");
                t.setDaemon(true); // never keeps a finished command's JVM alive
                return t;
            });
            second = thread.submit(() -> {
                try {
                    return new BriefQueries(here.db.sideReader());
                } catch (RuntimeException e) {
                    // Only time is lost: the statements run on the caller's connection, one after another.
                    LOG.log(java.util.logging.Level.FINE, "no second connection for the brief's figures", e); // not for reps
                    return here;
                }
            });
        }

        /**
         * Starts {@code statement} on the second connection now (a casebook), or runs it on this one when
         * asked for; its answer is read once, its failure thrown as the statement's own.
         */
        public <T> java.util.function.Supplier<T> read(java.util.function.Function<BriefQueries, T> statement) {
            if (thread == null) {
                return new java.util.function.Supplier<>() {
                    private T answer;
                    private boolean read;

                    @Override
                    public T get() {
                        if (!read) {
                            answer = statement.apply(here);
                            read = true;
                        }
                        return answer;
                    }
                };
            }
            java.util.concurrent.Future<T> running = thread.submit(() -> statement.apply(Tasks.waitedFor(second)));
            return () -> Tasks.waitedFor(running);
        }

        /** The second connection is closed once its statements are done, on its own thread: nobody waits for it. */
        @Override
        public void close() {
            if (thread == null) {
                return;
            }
            thread.submit(() -> {
                BriefQueries side = Tasks.waitedFor(second);
                if (side != here) {
                    side.db.close();
                }
            });
            thread.shutdown();
        }
    }

    public int linkedCasesInScope(UUID demandId, Filter f) {
        return figures(c -> {
            try (PreparedStatement ps = c.prepareStatement(LINKED_IN_SCOPE)) {
                try (ResultSet rs = Rows.bind(ps, linkedParams(demandId, f)).executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * How many cases in scope each of {@code demandIds} has linked (0 when none). A data file counts a
     * demand at a time, each demand's links first (SQLite reads only those pages); a casebook counts them
     * all in one statement ({@link #LINKED_BY_DEMAND}).
     */
    public Map<UUID, Integer> linkedCasesInScope(List<UUID> demandIds, Filter f) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        if (demandIds.isEmpty()) {
            return counts;
        }
        if (db.dialect().inTheAppsProcess()) {
            for (UUID id : demandIds) {
                counts.put(id, linkedCasesInScope(id, f));
            }
            return counts;
        }
        demandIds.forEach(id -> counts.put(id, 0));
        figures(c -> {
            try (PreparedStatement ps = c.prepareStatement(LINKED_BY_DEMAND);
                    ResultSet rs = Rows.bind(ps, scopeParams(f)).executeQuery()) {
                while (rs.next()) {
                    UUID id = Rows.uuid(rs, "demand_id");
                    if (counts.containsKey(id)) { // a demand not chosen for the brief is not counted
                        counts.put(id, rs.getInt("n"));
                    }
                }
                return null;
            }
        });
        return counts;
    }

    public int sicknessCaseCount(Filter f) {
        return figures(c -> {
            try (PreparedStatement ps = c.prepareStatement(SICKNESS_COUNT);
                    ResultSet rs = Rows.bind(ps, scopeParams(f)).executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * Hands {@code each} the sickness-absence cases in scope whose member has an absence recorded,
     * a member's cases one after another. Reads the absence table: not for a figures-only login.
     */
    public void forEachSicknessCaseWithAbsences(Filter f, Consumer<SicknessCase> each) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SICKNESS_CASES_WITH_ABSENCES);
                    ResultSet rs = Rows.bind(ps, scopeParams(f)).executeQuery()) {
                while (rs.next()) {
                    each.accept(new SicknessCase(Rows.uuid(rs, "member_key"), Rows.date(rs, "opened_on"),
                            Rows.date(rs, "closed_on")));
                }
                return null;
            }
        });
    }

    public List<NamedCase> namedCases(Filter f) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(NAMED)) {
                return Rows.list(Rows.bind(ps, scopeParams(f)), rs -> new NamedCase(rs.getString("reference"),
                        rs.getString("name"), Rows.enumValue(CaseType.class, rs, "case_type"), rs.getString("stage"),
                        Rows.enumValue(CaseStatus.class, rs, "status")));
            }
        });
    }
}
