package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.WorkloadFactor;

/**
 * The dashboard's figures as aggregate SQL, so opening a large file does not read every case,
 * deadline and workload record (issue 6). Each query is answered from an index (V4, V6, V17, V18). Every case
 * has its member (a foreign key, enforced), so no join to member is needed; deadlines of closed
 * cases are left out by their case_closed flag, kept by triggers (V6).
 */
public final class CaseloadQueries {

    /** How many live (open or on-hold) cases share these values. */
    public record LiveCount(CaseStatus status, CaseType type, String stage, WorkloadFactor factor, int count) {
    }

    /** An open deadline of a live case. */
    public record Due(java.util.UUID caseId, String reference, CaseType type, LocalDate due, String what,
            boolean hearing) {
    }

    /**
     * Open deadlines of live cases of one type in one band: 0 due from today to the end of the soon
     * window, 1 overdue by up to a week, 2 up to a month, 3 up to three months, 4 longer.
     */
    public record DueByType(CaseType type, int band, int count) {
    }

    /** Overdue and due-soon open deadlines of live cases, counted. */
    public record DueCounts(int overdue, int soon) {
    }

    static final String LIVE_COUNTS = "SELECT c.status, c.case_type, c.stage, c.workload_factor, count(*) AS n"
            + " FROM case_file c WHERE c.status <> 'CLOSED' GROUP BY 1, 2, 3, 4";
    /** Open deadlines of live cases: one range of deadline_open_live_due (V6 keeps case_closed). */
    private static final String LIVE_DUE = " FROM deadline d WHERE d.done = 0 AND d.case_closed = 0"
            + " AND d.due_on >= ? AND d.due_on <= ?";
    static final String DUE_COUNTS = "SELECT coalesce(sum(CASE WHEN d.due_on < ? THEN 1 ELSE 0 END), 0),"
            + " coalesce(sum(CASE WHEN d.due_on >= ? THEN 1 ELSE 0 END), 0)"
            + LIVE_DUE;
    static final String DUE_ITEMS = "SELECT d.case_id, c.reference, c.case_type, d.due_on, d.description, d.is_hearing"
            + LIVE_DUE.replace(" WHERE", " JOIN case_file c ON c.id = d.case_id WHERE")
            // In the index's order, so the first few are read without sorting every due deadline.
            + " ORDER BY d.due_on, d.case_id LIMIT ?";
    /**
     * Counted in SQL, so the report holds a few dozen rows however many deadlines fall due; one range of
     * deadline_open_live_due (everything up to the end of the soon window), each row's case by its key.
     */
    private static final String BAND = " CASE WHEN d.due_on >= ? THEN 0 WHEN d.due_on >= ? THEN 1"
            + " WHEN d.due_on >= ? THEN 2 WHEN d.due_on >= ? THEN 3 ELSE 4 END AS band, count(*) AS n";
    static final String DUE_BY_TYPE = "SELECT c.case_type," + BAND
            + LIVE_DUE.replace(" WHERE", " JOIN case_file c ON c.id = d.case_id WHERE") + " GROUP BY 1, 2";
    /**
     * Each member's latest capacity (NULL for a member with none). Of two records on one day, the one
     * entered last (then the higher id, where one import entered both), on either engine, as the brief
     * and the workload screen: the rep's later entry is the one that stands. Read from V18's narrow
     * index (member, date, figure): the member's last day by one backward step, and that day's figure
     * when it is the day's only record; only a day with two or more goes to V17's index for the one
     * entered last. At 100,000 cases the whole of V17's index (25 MB) was read from the file at every
     * start for this, V18's is 12 MB and the over-threshold count reads the same pages next (issue 21).
     */
    static final String LATEST_CAPACITIES = latest("workload_record", "member_id", "m.id", "created_at", "id",
            "member m");
    /**
     * The same on a casebook, for every RepDesk role (not the database's owner or a superuser, whom the
     * tables' row rules let through and the views' rule does not; RepDesk never works as either), in one pass: each member's first record in
     * brief_capacity_latest_first (V22), which gives the login's records by member, each member's latest
     * (day, entered, key) first, straight out of V17's index read backwards; the DISTINCT ON keeps that first
     * one and sorts nothing. The view's rule is the tables' row rules (V19, V21), so each login counts the
     * same members as from workload_record. One backward step into the index for each member, from member
     * (a rep, an officer) or from brief_capacity's members (a reader, whose view is a security barrier in no
     * order), took at 100,000 cases, load 13-16, 7 runs, server medians: reader 700 ms, officer 400, rep 327;
     * this way 130, 211, 202.
     */
    static final String CASEBOOK_LATEST_CAPACITIES = BriefQueries.latestFirstOfEachMember("c.capacity_percent IS NOT NULL");

    /**
     * The latest capacity of each member {@code from} gives ({@code member} its key there), from
     * {@code table}'s records: {@code entered} and {@code key} order a day's records as they were entered.
     */
    private static String latest(String table, String memberKey, String member, String entered, String key,
            String from) {
        String ofMember = " WHERE %1$s." + memberKey + " = " + member + " AND %1$s.capacity_percent IS NOT NULL";
        String lastDay = "SELECT max(x.recorded_on) FROM " + table + " x" + ofMember.formatted("x");
        return "SELECT (SELECT CASE WHEN count(*) = 1 THEN max(d.capacity_percent)"
                + " WHEN count(*) > 1 THEN (" + enteredLast(table, memberKey, member, entered, key) + ") END"
                + " FROM " + table + " d" + ofMember.formatted("d") + " AND d.recorded_on = (" + lastDay + "))"
                + " FROM " + from;
    }

    /** The latest capacity of {@code member}, the record entered last of its last day. */
    private static String enteredLast(String table, String memberKey, String member, String entered, String key) {
        return "SELECT w.capacity_percent FROM " + table + " w WHERE w." + memberKey + " = " + member
                + " AND w.capacity_percent IS NOT NULL ORDER BY w.recorded_on DESC, w." + entered + " DESC, w." + key
                + " DESC LIMIT 1";
    }

    /**
     * Members whose weekly records show a run of at least ? consecutive ISO weeks over ?% (the
     * rule of model.ExcessiveWorkload: a week counts by its first record, of two on one day the lower
     * figure, as WorkloadStore.excessiveSince and the brief read them; a week with no record, or
     * whose first record is not over, breaks the run). Weeks are numbered from Monday 1900-01-01
     * (julian day 2415020.5); runs are found as islands of consecutive week numbers.
     */
    static String overThreshold(Dialect d) {
        return "WITH overs AS ("
            + " SELECT DISTINCT w.member_id, " + d.weekNumber("w.recorded_on") + " AS week"
            + " FROM workload_record w WHERE w.capacity_percent > ?"
            + " AND NOT EXISTS (SELECT 1 FROM workload_record e WHERE e.member_id = w.member_id"
            + " AND e.capacity_percent IS NOT NULL AND e.recorded_on >= " + d.mondayOfWeek("w.recorded_on")
            + " AND e.recorded_on <= w.recorded_on AND (e.recorded_on < w.recorded_on"
            + " OR e.capacity_percent < w.capacity_percent))),"
            + " islands AS (SELECT member_id, week - row_number() OVER (PARTITION BY member_id ORDER BY week) AS island"
            + " FROM overs)"
            + " SELECT count(DISTINCT member_id) FROM (SELECT member_id FROM islands GROUP BY member_id, island"
            + " HAVING count(*) >= ?) AS runs";
    }
    /** {@link #overThreshold} over brief_capacity (the same records, each member by a key that names no one). */
    static String figuresOverThreshold(Dialect d) {
        return overThreshold(d).replace("workload_record", "brief_capacity").replace("member_id", "member_key");
    }

    /**
     * {@link #overThreshold} on a casebook, for every login: each member's first record of each week picked
     * in one pass (DISTINCT ON: the earliest day, the lower figure first), kept when it is over ?%: the weeks
     * the NOT EXISTS keeps, as the brief's BriefQueries.overThresholdInOnePass over all of the records. They
     * come from brief_capacity_weeks (V22), with their week, in the order the DISTINCT ON reads them; its rule
     * is the tables' row rules. The NOT EXISTS over workload_record or brief_capacity took at 100,000 cases,
     * load 13-16, 7 runs, server medians: reader 1,871 ms, officer 1,089, rep 1,891; this way 612, 610, 296.
     */
    static final String CASEBOOK_OVER_THRESHOLD = BriefQueries.overThresholdByWeeks("c.capacity_percent IS NOT NULL");

    /** The over-threshold count's statement for the engine and login. */
    static String overThresholdFor(Dialect d, boolean figuresOnly) {
        if (!d.inTheAppsProcess()) {
            return CASEBOOK_OVER_THRESHOLD;
        }
        return figuresOnly ? figuresOverThreshold(d) : overThreshold(d);
    }

    /** Dates are ISO text: the empty string sorts before every one of them. */
    private static final String NO_LOWER_BOUND = "";

    /*
     * A casebook's reader reads figures only: the same counts from the name-free brief_* views (V12,
     * V13), which a reader may read and the tables they may not.
     */
    static final String FIGURES_LIVE_COUNTS = LIVE_COUNTS.replace(" FROM case_file c ", " FROM brief_case c ");
    static final String FIGURES_DUE_COUNTS = DUE_COUNTS.replace(" FROM deadline d ", " FROM brief_deadline d ");
    static final String FIGURES_DUE_BY_TYPE = "SELECT d.case_type," + BAND
            + LIVE_DUE.replace(" FROM deadline d ", " FROM brief_deadline d ") + " GROUP BY 1, 2";
    private static final String READERS_MEMBERS = "(SELECT DISTINCT member_key FROM brief_capacity) k";
    static final String FIGURES_LATEST_CAPACITIES = latest("brief_capacity", "member_key", "k.member_key", "entered_at",
            "record_key", READERS_MEMBERS);

    /**
     * How many members have a latest capacity, and their median as report.BriefBuilder.quantile(0.5)
     * gives it (the middle one, or the mean of the middle two), in one row: reading each member's
     * (20,000 rows at 100,000 cases) through JDBC took ~0.2 s of a core at start-up, where the
     * dashboard's first figures share the two cores with the window being drawn (issue 21).
     */
    static String capacitySpread(String latest) {
        // Materialized: PostgreSQL otherwise put each member's subquery in both the filter and the result
        // (run twice); SQLite materialized it already.
        return "WITH latest(capacity) AS MATERIALIZED (" + latest + "),"
                + " known AS (SELECT capacity FROM latest WHERE capacity IS NOT NULL)"
                + " SELECT (SELECT count(*) FROM known) AS members,"
                + " (SELECT avg(capacity) FROM (SELECT capacity FROM known ORDER BY capacity"
                + " LIMIT 2 - (SELECT count(*) FROM known) % 2 OFFSET ((SELECT count(*) FROM known) - 1) / 2) AS middle) AS median";
    }

    static final String LATEST_CAPACITY_SPREAD = capacitySpread(LATEST_CAPACITIES);
    static final String FIGURES_LATEST_CAPACITY_SPREAD = capacitySpread(FIGURES_LATEST_CAPACITIES);

    static final String CASEBOOK_LATEST_CAPACITY_SPREAD = capacitySpread(CASEBOOK_LATEST_CAPACITIES);

    /** The spread's statement for the engine: V18's narrow index in a data file, V22's ordered view on a casebook. */
    static String latestCapacitySpread(Dialect d, boolean figuresOnly) {
        if (!d.inTheAppsProcess()) {
            return CASEBOOK_LATEST_CAPACITY_SPREAD;
        }
        return figuresOnly ? FIGURES_LATEST_CAPACITY_SPREAD : LATEST_CAPACITY_SPREAD;
    }

    /** How many members have a recorded capacity, and the median of each one's latest (null when none has one). */
    public record CapacitySpread(int members, Double median) {
    }

    private final Database db;
    private final boolean figuresOnly;

    public CaseloadQueries(Database db) {
        this(db, false);
    }

    /** @param figuresOnly the login reads figures only (a casebook's reader): counted from the brief_* views */
    public CaseloadQueries(Database db, boolean figuresOnly) {
        this.db = db;
        this.figuresOnly = figuresOnly;
    }

    public List<LiveCount> liveCounts() {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(figuresOnly ? FIGURES_LIVE_COUNTS : LIVE_COUNTS)) {
                return Rows.list(ps, rs -> new LiveCount(Rows.enumValue(CaseStatus.class, rs, "status"),
                        Rows.enumValue(CaseType.class, rs, "case_type"), rs.getString("stage"),
                        Rows.enumValue(WorkloadFactor.class, rs, "workload_factor"), rs.getInt("n")));
            }
        });
    }

    /** Open deadlines of live cases due before {@code today}, and due from today to {@code soonUntil}. */
    public DueCounts dueCounts(LocalDate today, LocalDate soonUntil) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(figuresOnly ? FIGURES_DUE_COUNTS : DUE_COUNTS)) {
                try (ResultSet rs = Rows.bind(ps, today, today, NO_LOWER_BOUND, soonUntil).executeQuery()) {
                    rs.next();
                    return new DueCounts(rs.getInt(1), rs.getInt(2));
                }
            }
        });
    }

    /**
     * Open deadlines of live cases due from {@code from} (null: any date) to {@code to}, soonest
     * first (same-day ones by case id), at most {@code limit}.
     */
    public List<Due> due(LocalDate from, LocalDate to, int limit) {
        if (figuresOnly) {
            return List.of(); // references are not figures: a reader's report counts the deadlines only
        }
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(DUE_ITEMS)) {
                return Rows.list(Rows.bind(ps, from == null ? NO_LOWER_BOUND : from, to, limit),
                        rs -> new Due(Rows.uuid(rs, "case_id"), rs.getString("reference"),
                                Rows.enumValue(CaseType.class, rs, "case_type"), Rows.date(rs, "due_on"),
                                rs.getString("description"), rs.getInt("is_hearing") == 1));
            }
        });
    }

    /**
     * Open deadlines of live cases up to {@code soonUntil}, counted by case type and band (see
     * {@link DueByType}): due from {@code today}; overdue since {@code weekAgo}, {@code monthAgo},
     * {@code quarterAgo}; older.
     */
    public List<DueByType> dueByType(LocalDate today, LocalDate soonUntil, LocalDate weekAgo, LocalDate monthAgo,
            LocalDate quarterAgo) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(figuresOnly ? FIGURES_DUE_BY_TYPE : DUE_BY_TYPE)) {
                return Rows.list(Rows.bind(ps, today, weekAgo, monthAgo, quarterAgo, NO_LOWER_BOUND, soonUntil),
                        rs -> new DueByType(Rows.enumValue(CaseType.class, rs, "case_type"), rs.getInt("band"),
                                rs.getInt("n")));
            }
        });
    }

    /** How many members have a recorded capacity, and the median of each one's latest. */
    public CapacitySpread latestCapacitySpread() {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(latestCapacitySpread(db.dialect(), figuresOnly));
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                int members = rs.getInt("members");
                double median = rs.getDouble("median");
                return new CapacitySpread(members, rs.wasNull() ? null : median);
            }
        });
    }

    /** How many members have reached a run of {@code weeks} consecutive weeks over {@code percent}. */
    public int membersOverThreshold(double percent, int weeks) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(overThresholdFor(db.dialect(), figuresOnly))) {
                try (ResultSet rs = Rows.bind(ps, percent, weeks).executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }
}
