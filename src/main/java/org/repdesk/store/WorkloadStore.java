package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.repdesk.model.WorkloadRecord;

/** Members' workload records (WMT figures and their own account). */
public final class WorkloadStore {

    private static final String COLUMNS = "id, member_id, recorded_on, capacity_percent, workload_points,"
            + " contracted_hours, reduction_hours, cases_held, hours_worked, uncounted_work";
    private static final String INSERT = "INSERT INTO workload_record (" + COLUMNS + ", created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String SELECT_BY_MEMBER = "SELECT " + COLUMNS
            + " FROM workload_record WHERE member_id = ? ORDER BY recorded_on, created_at, id";
    /** By member, then as entered (two on one day in the order the rep entered them, the latest last). */
    private static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM workload_record"
            + " ORDER BY member_id, recorded_on, created_at, id";
    /** Every export's order of the records: {@link #SELECT_ALL}'s, each record's id last (no two rows tie). */
    private static final String EXPORT_ORDER = " ORDER BY w.member_id, w.recorded_on, w.created_at, w.id";
    /** The records with their members, in {@link #EXPORT_ORDER}: what every workload export reads from. */
    private static final String EXPORT_FROM = " FROM workload_record w LEFT JOIN member m ON m.id = w.member_id" + EXPORT_ORDER;
    /** As {@link #SELECT_ALL}, each with its member's number and name (the export's columns: no member held). */
    private static final String EXPORT_ALL = "SELECT w.id, w.member_id, w.recorded_on, w.capacity_percent,"
            + " w.workload_points, w.contracted_hours, w.reduction_hours, w.cases_held, w.hours_worked, w.uncounted_work,"
            + " m.membership_number, m.name" + EXPORT_FROM;
    /**
     * The workload export's query as plain SQL, for the benchmark's floor (sqlite3 or psql writing the same
     * rows as CSV), and the query the export's lines are made from ({@link #forEachCsvLineForExport}).
     */
    public static final String EXPORT_FLOOR = "SELECT m.membership_number, m.name, w.recorded_on, w.capacity_percent,"
            + " w.workload_points, w.contracted_hours, w.reduction_hours, w.cases_held, w.hours_worked, w.uncounted_work"
            + EXPORT_FROM + ";";
    /**
     * Each member's latest record with how many they have: the record(s) of each member's latest
     * date (two on that day are both read, the one entered last last: the caller keeps it).
     */
    static final String LATEST_OF_EACH = "SELECT w.id, w.member_id, w.recorded_on, w.capacity_percent,"
            + " w.workload_points, w.contracted_hours, w.reduction_hours, w.cases_held, w.hours_worked, w.uncounted_work,"
            + " n.records FROM (SELECT member_id, count(*) AS records, max(recorded_on) AS latest FROM workload_record"
            + " GROUP BY member_id) n JOIN workload_record w ON w.member_id = n.member_id AND w.recorded_on = n.latest"
            + " ORDER BY w.created_at, w.id"; // of two on that day, the one entered last comes last
    private static final String DELETE = "DELETE FROM workload_record WHERE id = ?";
    private static final String UPDATE = "UPDATE workload_record SET recorded_on = ?, capacity_percent = ?,"
            + " workload_points = ?, contracted_hours = ?, reduction_hours = ?, cases_held = ?, hours_worked = ?,"
            + " uncounted_work = ? WHERE id = ?";
    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM workload_record WHERE id = ?";

    private final Database db;

    public WorkloadStore(Database db) {
        this.db = db;
    }

    public void insert(WorkloadRecord r) {
        insertAll(List.of(r));
    }

    public void insertAll(Collection<WorkloadRecord> records) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int n = 0;
                for (WorkloadRecord r : records) {
                    // Each its own moment (Rows.now is strictly increasing), so of two on one day in an
                    // imported file the later row is the one entered last, as the latest capacity reads it.
                    Rows.bind(ps, r.id(), r.memberId(), r.recordedOn(), r.capacityPercent(), r.workloadPoints(),
                            r.contractedHours(), r.reductionHours(), r.casesHeld(), r.hoursWorked(),
                            r.uncountedWork(), Rows.now()).addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Saves a record's corrected figures (its member stays the same). */
    public void update(WorkloadRecord r) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                if (Rows.bind(ps, r.recordedOn(), r.capacityPercent(), r.workloadPoints(), r.contractedHours(),
                        r.reductionHours(), r.casesHeld(), r.hoursWorked(), r.uncountedWork(), r.id())
                        .executeUpdate() == 0) {
                    throw new StoreException(StoreException.Kind.OTHER, org.repdesk.i18n.Messages.text("store.gone.workloadRecord"));
                }
            }
            return null;
        });
    }

    /** A member's records, oldest first (the order the four-week rule reads them in). */
    public java.util.Optional<WorkloadRecord> byId(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_ID)) {
                return Rows.list(Rows.bind(ps, id), WorkloadStore::map).stream().findFirst();
            }
        });
    }

    public List<WorkloadRecord> ofMember(UUID memberId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_MEMBER)) {
                return Rows.list(Rows.bind(ps, memberId), WorkloadStore::map);
            }
        });
    }

    public List<WorkloadRecord> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_ALL)) {
                return Rows.list(ps, WorkloadStore::map);
            }
        });
    }

    /** A member's latest record and how many records they have. */
    public record Latest(WorkloadRecord record, int records) {
    }

    /**
     * Each member's latest record (of two on their latest day, the one entered last, as the dashboard
     * and the brief read it) and how many records they have, by member: the workload screen's lines
     * without reading every record (194,000 at 100,000 cases, ~190 MB of garbage per opening).
     */
    public java.util.Map<UUID, Latest> latestOfEach() {
        return db.read(c -> {
            java.util.Map<UUID, Latest> latest = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(LATEST_OF_EACH); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    WorkloadRecord r = map(rs);
                    latest.put(r.memberId(), new Latest(r, rs.getInt("records"))); // the entered-last row is read last
                }
            }
            return latest;
        });
    }

    /**
     * The rule of model.ExcessiveWorkload in SQL, for every member at once: the first record of each
     * ISO week (of two on one day the lower figure), the weeks whose first record is over {@code ?}%,
     * runs of them as islands of consecutive week numbers (as CaseloadQueries.overThreshold counts
     * them), and the date of the first record of the {@code ?}th week of each member's earliest run
     * long enough.
     */
    static String excessiveSince(Dialect d) {
        return "WITH firsts AS (SELECT DISTINCT w.member_id, " + d.weekNumber("w.recorded_on") + " AS week, w.recorded_on"
                + " FROM workload_record w WHERE w.capacity_percent > ?"
                + " AND NOT EXISTS (SELECT 1 FROM workload_record e WHERE e.member_id = w.member_id"
                + " AND e.capacity_percent IS NOT NULL AND e.recorded_on >= " + d.mondayOfWeek("w.recorded_on")
                + " AND e.recorded_on <= w.recorded_on AND (e.recorded_on < w.recorded_on"
                + " OR e.capacity_percent < w.capacity_percent))),"
                + " islands AS (SELECT member_id, week, recorded_on,"
                + " week - row_number() OVER (PARTITION BY member_id ORDER BY week) AS island FROM firsts),"
                + " numbered AS (SELECT member_id, recorded_on,"
                + " row_number() OVER (PARTITION BY member_id, island ORDER BY week) AS nth FROM islands)"
                + " SELECT member_id, min(recorded_on) AS since FROM numbered WHERE nth = ? GROUP BY member_id";
    }

    /**
     * For each member whose records show more than {@code percent}% for {@code weeks} consecutive ISO
     * weeks, the date they first did (model.ExcessiveWorkload.reachedOn over their records).
     */
    public java.util.Map<UUID, java.time.LocalDate> excessiveSince(double percent, int weeks) {
        return db.read(c -> {
            java.util.Map<UUID, java.time.LocalDate> since = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(excessiveSince(db.dialect()));
                    ResultSet rs = Rows.bind(ps, percent, weeks).executeQuery()) {
                while (rs.next()) {
                    since.put(Rows.uuid(rs, "member_id"), Rows.date(rs, "since"));
                }
            }
            return since;
        });
    }

    /** A record with its member's membership number and name (null when the member is not there). */
    public record WithMember(WorkloadRecord record, String membershipNumber, String memberName) {
    }

    /** Every record with its member's number and name, by member then date, handed over as read (an export: never all held). */
    public void forEachForExport(EachRow<WithMember> each) throws java.io.IOException {
        Rows.forEach(db, EXPORT_ALL, rs -> new WithMember(map(rs), rs.getString("membership_number"), rs.getString("name")),
                each);
    }

    /**
     * Every record as a finished line of the workload CSV (UTF-8, no line break), by member then
     * date, handed over as read: one line made per record in a buffer kept for the whole read, where
     * a WorkloadRecord, its ids, boxed figures and a row for Jackson made ~2.2 KB each and a plain
     * {@code java -jar} peaked near 460 MiB at 300,000 cases. The columns as stored (the floor's own
     * query, {@link #EXPORT_FLOOR}), each cell made here from the engine's bytes ({@link CsvLine#text}):
     * the text cells made in SQL cost the 100k data file's SQLite 0.28 s more than reading the columns
     * (the whole command 2.3-3.0x sqlite3's). Each row's columns read under one call into the driver
     * ({@link RowColumns}: the reading thread's CPU 0.60-0.69 s -> 0.39-0.42 s at 100k). A date that is not
     * an ISO day is read the plain way: LocalDate's own text, or its failure, which stops the export, as before.
     */
    public void forEachCsvLineForExport(EachRow<byte[]> each) throws java.io.IOException {
        CsvLine line = new CsvLine();
        RowColumns[] row = new RowColumns[1];
        byte[][] day = new byte[1][]; // a date that is no ISO day as the plain read writes it, else null
        RowColumns.Reader<Boolean> make = columns -> csvLine(line, columns, day[0]);
        Rows.forEach(db, EXPORT_FLOOR.substring(0, EXPORT_FLOOR.length() - 1), rs -> {
            if (row[0] == null) {
                row[0] = RowColumns.of(rs);
            }
            if (!row[0].read(make)) {
                // LocalDate's own text (+10000-01-01, -0001-01-01), or its failure, which stops the export
                String stored = rs.getString(3);
                try {
                    day[0] = Rows.isoDate(stored).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.time.DateTimeException e) {
                    throw new StoreException(StoreException.Kind.DAMAGED, org.repdesk.i18n.Messages.text(
                            "store.workloadUnreadableInFileForExport", java.util.Map.of("id",
                                    firstWithDate(rs.getStatement().getConnection(), stored))), e);
                }
                try {
                    row[0].read(make);
                } finally {
                    day[0] = null;
                }
            }
            return line.done();
        }, each);
    }

    /**
     * The id of the first record, in the export's order, whose date is stored as {@code stored}: the one a
     * data file's export stopped at (an earlier one with the same text would have stopped it first).
     */
    private static String firstWithDate(java.sql.Connection c, String stored) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT w.id FROM workload_record w WHERE w.recorded_on = ?"
                + EXPORT_ORDER + " LIMIT 1")) {
            ps.setString(1, stored);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "?";
            }
        }
    }

    /**
     * The workload CSV's line in {@code line} from {@link #EXPORT_FLOOR}'s ten columns (numbered from 0), the
     * date {@code day} when given; false, nothing made, when the stored date is not an ISO day and no
     * {@code day} stands in for it.
     */
    private static boolean csvLine(CsvLine line, RowColumns.Columns columns, byte[] day) throws SQLException {
        line.reset();
        line.text(columns.bytes(0));
        line.comma();
        line.text(columns.bytes(1));
        line.comma();
        if (day != null) {
            line.date(day);
        } else {
            byte[] stored = columns.bytes(2);
            if (stored != null && !Rows.isIsoDate(stored)) {
                return false;
            }
            line.date(stored);
        }
        for (int column = 3; column <= 8; column++) {
            line.comma();
            if (columns.isNull(column)) {
                continue;
            }
            if (column == 7) {
                line.add(columns.integer(column));
            } else {
                line.add(columns.real(column));
            }
        }
        line.comma();
        line.text(columns.bytes(9));
        return true;
    }

    /**
     * {@link #EXPORT_FLOOR}'s columns for a casebook's binary COPY ({@link BinaryCopy}), each figure and count
     * in the type its bytes are read as, and each record's id last (to name a record whose date is no day).
     * The date and the id cast to text: the COPY then sends a text's bytes whatever type a later migration
     * gives the column (a real {@code date}'s are four bytes of days, and every record would read as damaged).
     */
    private static final String EXPORT_BINARY = "SELECT m.membership_number, m.name, CAST(w.recorded_on AS text),"
            + " CAST(w.capacity_percent AS double precision), CAST(w.workload_points AS double precision),"
            + " CAST(w.contracted_hours AS double precision), CAST(w.reduction_hours AS double precision),"
            + " CAST(w.cases_held AS integer), CAST(w.hours_worked AS double precision), w.uncounted_work,"
            + " CAST(w.id AS text)"
            + EXPORT_FROM;

    /** True when the engine writes the workload CSV's rows itself ({@link #copyCsvRowsForExport}: a casebook's COPY). */
    public boolean copiesCsvRows() {
        return db.dialect().copiesCsv();
    }

    /**
     * Writes every record to {@code out} as the workload CSV's rows, each ended by CRLF, by member then date:
     * the lines {@link #forEachCsvLineForExport} makes, from the columns as the server's binary COPY sends them
     * (each figure's eight bytes: Java's own text of every figure, none made in SQL); returns how many. Only
     * where {@link #copiesCsvRows}. A date that is not an ISO day is written as a data file's export writes
     * it (LocalDate's text: +10000-01-01), and one that is no day at all stops it, naming the record.
     * The COPY that made the cells in SQL (guard, date check, Java's text of the figures) took the server's
     * process 0.39-0.42 s of CPU for the officer's 194,914 records, this one 0.18-0.21 s (the floor's CSV
     * 0.24-0.28 s; 10 runs each, psql, serial), while the command's JVM waited on the socket.
     */
    public int copyCsvRowsForExport(java.io.OutputStream out) throws java.io.IOException {
        CsvLine line = new CsvLine();
        // workload_record_member_capacity walks the export's order: no parallel sort (BinaryCopy.lines)
        return BinaryCopy.lines(db, EXPORT_BINARY, true, columns -> {
            if (!csvLine(line, columns, null)) {
                java.time.LocalDate day = BinaryCopy.day(columns.bytes(2), columns, 10, "store.workloadUnreadableForExport");
                csvLine(line, columns, day.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return line.done();
        }, out);
    }

    public void delete(UUID id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE)) {
                Rows.bind(ps, id).executeUpdate();
            }
            return null;
        });
    }

    private static WorkloadRecord map(ResultSet rs) throws SQLException {
        return new WorkloadRecord(Rows.uuid(rs, "id"), Rows.uuid(rs, "member_id"), Rows.date(rs, "recorded_on"),
                Rows.decimal(rs, "capacity_percent"), Rows.decimal(rs, "workload_points"),
                Rows.decimal(rs, "contracted_hours"), Rows.decimal(rs, "reduction_hours"),
                Rows.integer(rs, "cases_held"), Rows.decimal(rs, "hours_worked"), rs.getString("uncounted_work"));
    }
}
