package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.repdesk.model.Deadline;

/** Deadlines and hearings of cases. */
public final class DeadlineStore {

    private static final String INSERT = "INSERT INTO deadline (id, case_id, due_on, description, is_hearing, done,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SET_DONE = "UPDATE deadline SET done = ? WHERE id = ?";
    private static final String UPDATE = "UPDATE deadline SET due_on = ?, description = ?, is_hearing = ?, done = ?"
            + " WHERE id = ?";
    static final String SELECT_BY_CASE = "SELECT id, case_id, due_on, description, is_hearing, done"
            + " FROM deadline WHERE case_id = ? ORDER BY due_on";
    private static final String SELECT_ALL = "SELECT id, case_id, due_on, description, is_hearing, done"
            + " FROM deadline ORDER BY due_on";
    /** The deadlines with their cases, in every export's order: soonest first, each deadline's id last (no ties). */
    private static final String EXPORT_FROM = " FROM deadline d LEFT JOIN case_file c ON c.id = d.case_id ORDER BY d.due_on, c.reference, d.id";
    /** As {@link #SELECT_ALL}, each with its case's reference (the export's column). */
    private static final String EXPORT_ALL = "SELECT d.id, d.case_id, d.due_on, d.description, d.is_hearing, d.done,"
            + " c.reference" + EXPORT_FROM;
    /**
     * The deadlines export's query as plain SQL, for the benchmark's floor (sqlite3 or psql writing the same
     * rows as CSV), beside the export's own ({@link #exportCsvLines}): overdue against today's date as text
     * (ISO on both engines, as the export's parameter).
     */
    public static final String EXPORT_FLOOR = "SELECT c.reference, d.due_on, d.description, d.is_hearing, d.done,"
            + " CASE WHEN d.done = 1 THEN 0 WHEN d.due_on < CAST(CURRENT_DATE AS text) THEN 1 ELSE 0 END AS overdue"
            + EXPORT_FROM + ";";
    private static final String DELETE = "DELETE FROM deadline WHERE id = ?";
    private static final String SELECT_BY_ID = "SELECT id, case_id, due_on, description, is_hearing, done"
            + " FROM deadline WHERE id = ?";

    private final Database db;

    public DeadlineStore(Database db) {
        this.db = db;
    }

    public void insert(Deadline d) {
        insertAll(List.of(d));
    }

    public void insertAll(Collection<Deadline> deadlines) {
        db.write(c -> {
            String now = Rows.now();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Deadline d : deadlines) {
                    Rows.bind(ps, d.id(), d.caseId(), d.dueOn(), d.description(), d.hearing(), d.done(), now).addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public void setDone(UUID id, boolean done) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(SET_DONE)) {
                Rows.bind(ps, done, id).executeUpdate();
            }
            return null;
        });
    }

    /** Saves a deadline's new date, wording, hearing flag and done flag. */
    public void update(Deadline d) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                if (Rows.bind(ps, d.dueOn(), d.description(), d.hearing(), d.done(), d.id()).executeUpdate() == 0) {
                    throw new StoreException(StoreException.Kind.OTHER, org.repdesk.i18n.Messages.text("store.gone.deadline"));
                }
            }
            return null;
        });
    }

    public List<Deadline> ofCase(UUID caseId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_CASE)) {
                return Rows.list(Rows.bind(ps, caseId), DeadlineStore::map);
            }
        });
    }

    public java.util.Optional<Deadline> byId(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_ID)) {
                return Rows.list(Rows.bind(ps, id), DeadlineStore::map).stream().findFirst();
            }
        });
    }

    public List<Deadline> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_ALL)) {
                return Rows.list(ps, DeadlineStore::map);
            }
        });
    }

    /** A deadline and its case's reference, as the deadlines export writes them. */
    public record WithReference(Deadline deadline, String caseReference) {
    }

    /**
     * Every deadline with its case's reference, soonest first, handed over as read: at 300,000
     * cases the list of them, with every case's row to look the references up, took 890 MiB.
     */
    public void forEachForExport(EachRow<WithReference> each) throws java.io.IOException {
        Rows.forEach(db, EXPORT_ALL, rs -> new WithReference(map(rs), rs.getString("reference")), each);
    }

    /**
     * The deadlines CSV's lines, made by the engine as the cases CSV's are ({@link CsvCells}): the
     * reference, the date, the words, whether a hearing, done, and overdue on {@code ?} (today, ISO:
     * text order is date order). NULL for a line with a date the engine does not take; the row's own
     * columns follow for that one. The same rows and order as {@link #EXPORT_ALL}.
     */
    static String exportCsvLines(Dialect d) {
        return "SELECT " + String.join(" || ',' || ", CsvCells.text(d, "c.reference"), CsvCells.date(d, "d.due_on"),
                CsvCells.text(d, "d.description"), "CASE WHEN d.is_hearing = 1 THEN 'true' ELSE 'false' END",
                "CASE WHEN d.done = 1 THEN 'true' ELSE 'false' END",
                "CASE WHEN d.done = 1 THEN 'false' WHEN d.due_on < ? THEN 'true' ELSE 'false' END")
                + ", d.due_on, d.description, d.is_hearing, d.done, c.reference"
                + EXPORT_FROM;
    }

    /**
     * Every deadline as a finished line of the deadlines CSV (UTF-8, no line break), soonest first,
     * handed over as read: one array per deadline, where reading each as a Deadline and writing it
     * through Jackson made ~0.7 KB and a plain {@code java -jar} peaked near 450 MiB at 300,000 cases.
     * A line the engine could not make is made here from the row read the plain way (which stops the
     * export on a date that is no date, as before).
     */
    public void forEachCsvLineForExport(java.time.LocalDate today, EachRow<byte[]> each) throws java.io.IOException {
        Dialect dialect = db.dialect();
        Rows.forEach(db, exportCsvLines(dialect), rs -> {
            byte[] line = dialect.utf8(rs, 1);
            if (line != null) {
                return line;
            }
            java.time.LocalDate due = Rows.date(rs, "due_on");
            boolean done = rs.getInt("done") == 1;
            return String.join(",", CsvCells.cellOrEmpty(rs.getString("reference")), "\"" + due + "\"",
                    CsvCells.cellOrEmpty(rs.getString("description")), String.valueOf(rs.getInt("is_hearing") == 1),
                    String.valueOf(done), String.valueOf(!done && due.isBefore(today)))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }, each, today);
    }

    /**
     * The deadlines CSV's columns for a casebook's binary COPY ({@link BinaryCopy}), in {@link #EXPORT_ALL}'s
     * order, the flags as the integers their bytes are read as, each deadline's id last (to name one whose
     * date is no day). The date and the id cast to text, so the COPY sends a text's bytes whatever type a later
     * migration gives the column (as WorkloadStore's).
     */
    private static final String EXPORT_BINARY = "SELECT c.reference, CAST(d.due_on AS text), d.description,"
            + " CAST(d.is_hearing AS integer), CAST(d.done AS integer), CAST(d.id AS text)"
            + EXPORT_FROM;
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    /** True when the engine writes the deadlines CSV's rows itself ({@link #copyCsvRowsForExport}: a casebook's COPY). */
    public boolean copiesCsvRows() {
        return db.dialect().copiesCsv();
    }

    /**
     * Writes every deadline to {@code out} as the deadlines CSV's rows, each ended by CRLF, soonest first, as the
     * Java writer writes them (the bytes {@link #forEachCsvLineForExport} gives, joined by CRLF), made here from
     * the columns as the server's binary COPY sends them (the cells' guard, date check and flags made in SQL
     * cost the server's process 0.1 s of CPU at 100k); returns how many. Only where {@link #copiesCsvRows}. A due
     * date that is not an ISO day is written as a data file's export writes it (LocalDate's text: +10000-01-01),
     * and one that is no day at all stops it, naming the deadline.
     */
    public int copyCsvRowsForExport(java.time.LocalDate today, java.io.OutputStream out) throws java.io.IOException {
        CsvLine line = new CsvLine();
        byte[] todayIso = today.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return BinaryCopy.lines(db, EXPORT_BINARY, false, columns -> {
            line.reset();
            line.text(columns.bytes(0));
            line.comma();
            byte[] due = columns.bytes(1);
            boolean beforeToday = false; // a date that is not there is not overdue (the COPY's NULL < today)
            if (due != null && Rows.isIsoDate(due)) {
                line.date(due);
                beforeToday = java.util.Arrays.compare(due, todayIso) < 0; // ISO text: text order is date order
            } else if (due != null) {
                java.time.LocalDate day = BinaryCopy.day(due, columns, 5, "store.deadlineUnreadableForExport");
                line.date(day.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                beforeToday = day.isBefore(today);
            }
            line.comma();
            line.text(columns.bytes(2));
            boolean done = !columns.isNull(4) && columns.integer(4) == 1;
            line.comma();
            line.add(!columns.isNull(3) && columns.integer(3) == 1 ? TRUE : FALSE);
            line.comma();
            line.add(done ? TRUE : FALSE);
            line.comma();
            line.add(!done && beforeToday ? TRUE : FALSE);
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

    private static Deadline map(ResultSet rs) throws SQLException {
        return new Deadline(Rows.uuid(rs, "id"), Rows.uuid(rs, "case_id"), Rows.date(rs, "due_on"),
                rs.getString("description"), rs.getInt("is_hearing") == 1, rs.getInt("done") == 1);
    }
}
