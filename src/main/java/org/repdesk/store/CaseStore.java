package org.repdesk.store;

import org.repdesk.i18n.Messages;
import java.util.Map;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.repdesk.model.CaseFile;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseMatches;
import org.repdesk.model.CaseStatus;
import org.repdesk.model.CaseType;
import org.repdesk.model.Grade;
import org.repdesk.model.Region;
import org.repdesk.model.WorkloadFactor;

/** Case files in the data file, with the cases list and its full-text search. */
public final class CaseStore {

    private static final String COLUMNS = "id, reference, member_id, case_type, status, stage, opened_on,"
            + " closed_on, manager, outcome, workload_factor, workload_account";
    private static final String INSERT = "INSERT INTO case_file (" + COLUMNS + ", created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE case_file SET case_type = ?, status = ?, stage = ?, opened_on = ?,"
            + " closed_on = ?, manager = ?, outcome = ?, workload_factor = ?, workload_account = ?, updated_at = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";
    private static final String LAST_SAVED = "SELECT version, updated_by, updated_at FROM case_file WHERE id = ?";
    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM case_file WHERE id = ?";
    static final String SELECT_BY_REFERENCE = "SELECT " + COLUMNS + " FROM case_file WHERE reference = ?";
    static final String SELECT_BY_MEMBER = "SELECT " + COLUMNS
            + " FROM case_file WHERE member_id = ? ORDER BY opened_on DESC, reference DESC";
    private static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM case_file ORDER BY reference";
    static final String LIST_ROWS = "SELECT c.rowid AS file_row, c.id, c.reference, c.member_id, m.name, m.region, m.grade,"
            + " c.case_type, c.status, c.stage, c.opened_on, c.workload_factor,"
            // A closed case has nothing coming up, even if a deadline was never ticked off.
            + " CASE WHEN c.status = 'CLOSED' THEN NULL ELSE"
            + " (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END AS next_due"
            + " FROM case_file c JOIN member m ON m.id = c.member_id";
    static final String ORDER_ROWS = " ORDER BY c.opened_on DESC, c.reference DESC";
    /** The cases with their members in reference order: what every cases export reads from. */
    private static final String EXPORT_FROM = " FROM case_file c LEFT JOIN member m ON m.id = c.member_id";
    private static final String EXPORT_ORDER = " ORDER BY c.reference";
    /**
     * The cases export's join as plain SQL, for the benchmark's floor (sqlite3 or psql writing the same
     * rows as CSV): here beside the export's own query, so the two cannot drift apart unnoticed.
     */
    public static final String EXPORT_FLOOR = "SELECT c.reference, m.membership_number, m.name, c.case_type, c.status,"
            + " c.stage, c.opened_on, c.closed_on, c.manager, c.outcome, c.workload_factor, c.workload_account,"
            + " CASE WHEN c.status = 'CLOSED' THEN NULL ELSE (SELECT min(d.due_on) FROM deadline d"
            + " WHERE d.case_id = c.id AND d.done = 0) END"
            + EXPORT_FROM + EXPORT_ORDER + ";";
    // Searching is two queries (Dialect.caseRowsMatching, noteCaseRowsMatching), merged in Java: a
    // SQL UNION sorted every matching row into a temp b-tree (about a third of the time when
    // thousands of notes match). Both give case_file rowids.
    /**
     * The cases CSV's columns as stored, each case's id last (to name one that cannot be written): for a
     * casebook's binary COPY ({@link BinaryCopy}) and for a data file's line the engine could not make, each
     * made into a line here ({@link #csvLine}). The dates and the id cast to text, so that the COPY sends a
     * text's bytes whatever type a later migration gives the column (a real {@code date}'s would be four
     * bytes of days, every case read as damaged); the codes and the text as they are. The next deadline is the
     * earliest as text, which is the earliest day only for years 0000-9999: where an open deadline has a signed
     * year (+10000, -0001) beside another day, which is first is not known here and the cell is no day, so the
     * export stops naming the case, as it did before such years were written (the test of the sign, not a
     * comparison, as a casebook's collation may order '+' and digits otherwise).
     */
    /** True over a case's open deadlines when one has a signed year beside another day (see {@link #EXPORT_STORED}). */
    private static final String NEXT_UNORDERED = "min(d.due_on) <> max(d.due_on) AND max(CASE WHEN"
            + " substr(CAST(d.due_on AS text), 1, 1) IN ('+', '-') THEN 1 ELSE 0 END) = 1";
    private static final String EXPORT_STORED = "SELECT c.reference, m.membership_number, m.name, c.case_type, c.status,"
            + " c.stage, CAST(c.opened_on AS text), CAST(c.closed_on AS text), c.manager, c.outcome, c.workload_factor,"
            + " c.workload_account, CASE WHEN c.status = 'CLOSED' THEN NULL ELSE (SELECT CASE WHEN " + NEXT_UNORDERED
            + " THEN 'unordered' ELSE CAST(min(d.due_on) AS text) END"
            + " FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END, CAST(c.id AS text)" + EXPORT_FROM;
    /** {@link #EXPORT_STORED}'s column of each case's id (numbered from 0). */
    private static final int STORED_ID = 13;

    /**
     * The cases CSV's lines themselves, made by the engine ({@link CsvCells}; the columns of
     * {@link #exportCells}, labels bound as parameters): one column read per case, where reading
     * the cases as objects and writing them through Jackson took twice the CPU of sqlite3 writing the
     * same join (on a casebook 4.8 s of the client's CPU against psql's 0.1 s). NULL for a case whose line
     * the engine does not make (a date that is not an ISO day of 0001-9999, a code it does not know); its id is
     * the second column, and its line is made in Java ({@link #storedLine}) or the export stops there.
     */
    static String exportCsvLines(Dialect d) {
        return "SELECT " + String.join(" || ',' || ",
            CsvCells.text(d, "c.reference"), CsvCells.text(d, "m.membership_number"), CsvCells.text(d, "m.name"),
            CsvCells.label("c.case_type", CaseType.class), CsvCells.label("c.status", CaseStatus.class),
            CsvCells.text(d, "c.stage"), CsvCells.date(d, "c.opened_on"), CsvCells.date(d, "c.closed_on"),
            CsvCells.text(d, "c.manager"), CsvCells.text(d, "c.outcome"),
            CsvCells.label("c.workload_factor", WorkloadFactor.class), CsvCells.text(d, "c.workload_account"),
            // min() inside its own aggregate, so the one index search serves the check and the cell
            "CASE WHEN c.status = 'CLOSED' THEN '' ELSE (SELECT CASE WHEN " + NEXT_UNORDERED + " THEN NULL ELSE "
                    + CsvCells.date(d, "min(d.due_on)") + " END FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END")
            + ", c.id" + EXPORT_FROM + EXPORT_ORDER;
    }

    /** Lines a casebook's server sends at a time: the export's memory stays flat however many cases. */
    private static final int EXPORT_CHUNK = 2_000;
    private static final List<String> EXPORT_CSV_LABELS = java.util.stream.Stream.of(
            CsvCells.labels(CaseType.class), CsvCells.labels(CaseStatus.class), CsvCells.labels(WorkloadFactor.class))
            .flatMap(List::stream).toList();

    private static final String DELETE = "DELETE FROM case_file WHERE id = ?";
    private static final String COUNT = "SELECT count(*) FROM case_file";
    /** Combining marks belong to their word: "a" + U+0302 is still part of "Siân". */
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private final Database db;

    public CaseStore(Database db) {
        this.db = db;
    }

    /** Saves a new case and gives it the next reference of its opening year (e.g. 2026-0042). */
    public CaseFile insert(CaseFile c) {
        return db.write(conn -> {
            String year = String.valueOf(c.openedOn().getYear());
            int last;
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().lastCaseNumber())) {
                try (ResultSet rs = Rows.bind(ps, year + "-", year + ".").executeQuery()) {
                    last = rs.next() ? rs.getInt(1) : 0;
                }
            }
            CaseFile saved = c.withReference(String.format(Locale.ROOT, "%s-%04d", year, last + 1));
            return insertKeepingReference(saved);
        });
    }

    /** Saves a new case under the reference it already has (a case brought in from a rep's file into a casebook). */
    public CaseFile insertKeepingReference(CaseFile c) {
        return db.write(conn -> {
            String now = Rows.now();
            try (PreparedStatement ps = conn.prepareStatement(INSERT)) {
                Rows.bind(ps, c.id(), c.reference(), c.memberId(), c.type(), c.status(),
                        c.stage(), c.openedOn(), c.closedOn(), c.manager(), c.outcome(),
                        c.workloadFactor(), c.workloadAccount(), now, now).executeUpdate();
            }
            return c;
        });
    }

    /** True when any case in the store has {@code reference}, whether or not the login may see it. */
    public boolean referenceTaken(String reference) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().referenceTaken())) {
                try (ResultSet rs = Rows.bind(ps, reference).executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /** The next free reference of a year (2026-0043 when 2026-0042 is the highest, whoever's case it is). */
    public String nextReference(int year) {
        return db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().lastCaseNumber())) {
                try (ResultSet rs = Rows.bind(ps, year + "-", year + ".").executeQuery()) {
                    return String.format(Locale.ROOT, "%d-%04d", year, (rs.next() ? rs.getInt(1) : 0) + 1);
                }
            }
        });
    }

    /**
     * Saves the case if it is still at {@code version} (as {@link #lastSaved} read it in the same
     * transaction); false when another save came first, which then stands.
     */
    public boolean update(CaseFile c, int version) {
        return db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(UPDATE)) {
                return Rows.bind(ps, c.type(), c.status(), c.stage(), c.openedOn(), c.closedOn(), c.manager(),
                        c.outcome(), c.workloadFactor(), c.workloadAccount(), Rows.now(), c.id(), version)
                        .executeUpdate() == 1;
            }
        });
    }

    /** Saves the case over whatever version is stored (no check: for callers with no opened copy to compare). */
    public void update(CaseFile c) {
        db.write(conn -> {
            if (!update(c, lastSaved(c.id()).orElseThrow(() -> new StoreException(StoreException.Kind.OTHER,
                    Messages.text("store.caseGone"))).version())) {
                throw new StoreException(StoreException.Kind.BUSY, Messages.text("store.caseBusy"));
            }
            return null;
        });
    }

    /** Every case's version (the load benchmark counts the saves that went in from how far each rose). */
    public java.util.Map<UUID, Integer> versions() {
        return db.read(conn -> {
            java.util.Map<UUID, Integer> v = new java.util.HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, version FROM case_file");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    v.put(UUID.fromString(rs.getString(1)), rs.getInt(2));
                }
            }
            return v;
        });
    }

    /** The case's version and its last save's login and time; empty when there is no such case. */
    public Optional<org.repdesk.model.LastSaved> lastSaved(UUID id) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(LAST_SAVED)) {
                return Rows.list(Rows.bind(ps, id), rs -> new org.repdesk.model.LastSaved(rs.getInt(1), rs.getString(2),
                        rs.getString(3))).stream().findFirst();
            }
        });
    }

    public Optional<CaseFile> byId(UUID id) {
        return one(SELECT_BY_ID, id);
    }

    public Optional<CaseFile> byReference(String reference) {
        return one(SELECT_BY_REFERENCE, reference);
    }

    private Optional<CaseFile> one(String sql, Object key) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                return Rows.list(Rows.bind(ps, key), CaseStore::map).stream().findFirst();
            }
        });
    }

    public List<CaseFile> ofMember(UUID memberId) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(SELECT_BY_MEMBER)) {
                return Rows.list(Rows.bind(ps, memberId), CaseStore::map);
            }
        });
    }

    public List<CaseFile> all() {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(SELECT_ALL)) {
                return Rows.list(ps, CaseStore::map);
            }
        });
    }

    /**
     * The cases export's thirteen cells, in the export's order, each as the engine's UTF-8 text: the
     * case's codes as the rep reads them (labels bound as parameters), dates as stored. The case's id
     * is the fourteenth column, read only to name a case that cannot be written.
     */
    static String exportCells(Dialect d) {
        return "SELECT c.reference, m.membership_number, m.name, " + CsvCells.label("c.case_type", CaseType.class) + ", "
                + CsvCells.label("c.status", CaseStatus.class) + ", c.stage, c.opened_on, c.closed_on, c.manager, c.outcome, "
                + CsvCells.label("c.workload_factor", WorkloadFactor.class) + ", c.workload_account,"
                + " CASE WHEN c.status = 'CLOSED' THEN NULL ELSE"
                + " (SELECT min(d.due_on) FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END,"
                + " c.id" + EXPORT_FROM + EXPORT_ORDER;
    }

    private static <E extends Enum<E> & org.repdesk.model.Labelled> void labelsOf(Class<E> type, List<Object> into) {
        for (E value : type.getEnumConstants()) {
            into.add(value.name());
            into.add(value.label());
        }
    }

    /** The cells of {@link #exportCells}: the columns that must not be empty, and the dates. */
    private static final int[] EXPORT_REQUIRED = {3, 4, 6, 10};
    private static final int[] EXPORT_DATES = {6, 7, 12};
    /** How many cells a case has in the export. */
    public static final int EXPORT_CELLS = 13;

    /**
     * Hands every case to {@code each} in reference order as its {@link #EXPORT_CELLS} cells, the
     * UTF-8 bytes of each (null where the case has none), one new array per case: for an export
     * that writes bytes, where a case read as objects (a CaseFile, its strings, dates and ids) cost
     * ~2.8 KB per case and drove the heap of a plain {@code java -jar} past 512 MiB at 300,000 cases.
     * A case with an unknown code or a date that is not a real day stops the export, as before.
     */
    public void forEachCellsForExport(EachRow<byte[][]> each) throws java.io.IOException {
        List<Object> labels = new java.util.ArrayList<>();
        labelsOf(CaseType.class, labels);
        labelsOf(CaseStatus.class, labels);
        labelsOf(WorkloadFactor.class, labels);
        Rows.forEach(db, exportCells(db.dialect()), rs -> {
            byte[][] cells = new byte[EXPORT_CELLS][];
            for (int i = 0; i < EXPORT_CELLS; i++) {
                cells[i] = db.dialect().utf8(rs, i + 1);
            }
            for (int i : EXPORT_REQUIRED) {
                if (cells[i] == null) {
                    throw unreadableForExport(rs.getString(EXPORT_CELLS + 1), null);
                }
            }
            for (int i : EXPORT_DATES) {
                if (cells[i] != null && !Rows.isIsoDate(cells[i])) {
                    // as a CaseFile read it: a date LocalDate takes, written as LocalDate writes it; else it fails
                    cells[i] = Rows.isoDate(new String(cells[i], java.nio.charset.StandardCharsets.UTF_8)).toString()
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return cells;
        }, each, labels.toArray());
    }

    /** Takes each finished line of the cases CSV, as SQLite's UTF-8 bytes. */
    @FunctionalInterface
    public interface LineSink {
        void accept(byte[] line) throws java.io.IOException;
    }

    /** True when the engine writes the cases CSV's rows itself ({@link #copyCsvRowsForExport}). */
    public boolean copiesCsvRows() {
        return db.dialect().copiesCsv();
    }

    /**
     * Writes every case to {@code out} as the cases CSV's rows, each ended by CRLF, in reference order: the
     * lines {@link #forEachCsvLineForExport} gives, made here ({@link #csvLine}) from the columns as the
     * server's binary COPY sends them; returns how many. Only where {@link #copiesCsvRows}. A date that is not
     * an ISO day is written as a data file's export writes it (LocalDate's text: +10000-01-01), and a case with
     * a date that is no day or a code RepDesk does not know stops it, named. (The server's CSV COPY with the
     * cells guarded, labelled and checked in SQL stopped on any year outside 0001-9999.)
     */
    public int copyCsvRowsForExport(java.io.OutputStream out) throws java.io.IOException {
        CsvLine line = new CsvLine();
        return BinaryCopy.lines(db, EXPORT_STORED + EXPORT_ORDER, false,
                columns -> csvLine(line, columns, "store.caseUnreadableInCasebookForExport"), out);
    }

    /** A code's cells in the cases CSV: each constant's name as stored, and its label as the line's cell. */
    private record Labels(byte[][] codes, byte[][] cells) {
        static <E extends Enum<E> & org.repdesk.model.Labelled> Labels of(Class<E> type) {
            List<String> pairs = CsvCells.labels(type); // as the SQL line binds them: name, cell, name, cell…
            byte[][] codes = new byte[pairs.size() / 2][];
            byte[][] cells = new byte[pairs.size() / 2][];
            for (int i = 0; i < codes.length; i++) {
                codes[i] = pairs.get(2 * i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                cells[i] = pairs.get(2 * i + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            return new Labels(codes, cells);
        }

        /** The label's cell for {@code code}; null for a code that is none of them (or none at all). */
        byte[] cell(byte[] code) {
            for (int i = 0; code != null && i < codes.length; i++) {
                if (java.util.Arrays.equals(codes[i], code)) {
                    return cells[i];
                }
            }
            return null;
        }
    }

    private static final Labels CASE_TYPES = Labels.of(CaseType.class);
    private static final Labels STATUSES = Labels.of(CaseStatus.class);
    private static final Labels WORKLOAD_FACTORS = Labels.of(WorkloadFactor.class);

    /**
     * The cases CSV's line from {@link #EXPORT_STORED}'s columns (numbered from 0), as {@link #exportCsvLines}
     * makes it in SQL and so as the Java writer writes it: the text guarded and quoted ({@link CsvLine#text}),
     * the codes' labels, each date as stored when it is an ISO day, else as LocalDate writes it. A date that is
     * no day, or a code RepDesk does not know, stops the export: told in {@code unreadableKey}, with the case's id.
     */
    private static byte[] csvLine(CsvLine line, RowColumns.Columns columns, String unreadableKey) throws SQLException {
        line.reset();
        for (int column = 0; column < EXPORT_CELLS; column++) {
            if (column > 0) {
                line.comma();
            }
            switch (column) {
                case 3 -> line.add(label(CASE_TYPES, columns, column, unreadableKey));
                case 4 -> line.add(label(STATUSES, columns, column, unreadableKey));
                case 10 -> line.add(label(WORKLOAD_FACTORS, columns, column, unreadableKey));
                case 6, 7, 12 -> {
                    byte[] stored = columns.bytes(column);
                    line.date(stored == null || Rows.isIsoDate(stored) ? stored
                            : BinaryCopy.day(stored, columns, STORED_ID, unreadableKey).toString()
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                default -> line.text(columns.bytes(column));
            }
        }
        return line.done();
    }

    private static byte[] label(Labels labels, RowColumns.Columns columns, int column, String unreadableKey)
            throws SQLException {
        byte[] cell = labels.cell(columns.bytes(column));
        if (cell == null) {
            throw new StoreException(StoreException.Kind.DAMAGED, Messages.text(unreadableKey, Map.of("id",
                    new String(columns.bytes(STORED_ID), java.nio.charset.StandardCharsets.UTF_8))));
        }
        return cell;
    }

    /**
     * The line of the case {@code caseId} made here from its stored columns ({@link #csvLine}): for a case whose
     * line the engine did not make (a date that is not an ISO day of 0001-9999, which LocalDate may still read,
     * or a code it does not know, which stops the export).
     */
    private byte[] storedLine(java.sql.Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(EXPORT_STORED + " WHERE c.id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw unreadableForExport(caseId, null); // not in the same read: a case never left out unsaid
                }
                return RowColumns.of(rs).read(columns -> csvLine(new CsvLine(), columns, db.dialect().inTheAppsProcess()
                        ? "store.caseUnreadableForExport" : "store.caseUnreadableInCasebookForExport"));
            }
        }
    }

    /** True when the engine makes the cases CSV's lines itself ({@link #forEachCsvLineForExport}). */
    public boolean makesCsvLines() {
        return db.dialect().makesCsvLines();
    }

    /**
     * Hands every case to {@code sink} as one line of the cases CSV, without its line break, in
     * reference order ({@link #exportCsvLines}); only where {@link #makesCsvLines}. A case whose line the
     * engine did not make is made here from its stored columns, as a casebook's COPY makes every line: a
     * year outside 0001-9999 written as LocalDate writes it, a date that is no day stopping the export.
     */
    public void forEachCsvLineForExport(LineSink sink) throws java.io.IOException {
        boolean[] handedOn = {false};
        try {
            db.read(connection -> db.dialect().readInChunks(connection, conn -> {
                try (PreparedStatement ps = conn.prepareStatement(exportCsvLines(db.dialect()))) {
                    ps.setFetchSize(EXPORT_CHUNK);
                    try (ResultSet rs = Rows.bind(ps, EXPORT_CSV_LABELS.toArray()).executeQuery()) {
                        while (rs.next()) {
                            // The line's UTF-8 bytes as SQLite holds them, written as they are: read as a
                            // String it cost the reader ~0.3 s more CPU at 100k (decoding) and the writer
                            // as much again (encoding it back), for the same bytes.
                            byte[] line = rs.getBytes(1);
                            if (line == null) {
                                line = storedLine(conn, rs.getString(2));
                            }
                            handedOn[0] = true;
                            sink.accept(line);
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            }), () -> handedOn[0]);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // the writer failed, not the file
        }
    }

    /** A data file's damage is mended from a backup; a casebook's by its owner, who finds the case by its id. */
    private StoreException unreadableForExport(String caseId, Throwable cause) {
        return new StoreException(StoreException.Kind.DAMAGED, Messages.text(db.dialect().inTheAppsProcess()
                ? "store.caseUnreadableForExport" : "store.caseUnreadableInCasebookForExport",
                Map.of("id", String.valueOf(caseId))), cause);
    }

    /** How many cases the file holds (quick: the status line shows it before the list is read). */
    public int count() {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(COUNT); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Every case as the cases list shows it, newest first. */
    public List<CaseListRow> listRows() {
        return listRows(null);
    }

    /** As {@link #listRows()}, the rows' members holding the ids and names of the members {@code known} gives by id. */
    public List<CaseListRow> listRows(java.util.function.Function<UUID, org.repdesk.model.Member> known) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().caseList(LIST_ROWS) + ORDER_ROWS)) {
                return readRows(ps, 1024, known);
            }
        });
    }

    /**
     * The newest {@code n} cases as the cases list shows them, in its order: the first screenful,
     * shown while {@link #listRows} reads the rest (on a casebook a rep's whole list is seconds' work
     * for the server under load, its first screenful a few milliseconds).
     */
    public List<CaseListRow> firstRows(int n) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().firstCases(LIST_ROWS, ORDER_ROWS))) {
                ps.setInt(1, n);
                return readRows(ps, n);
            }
        });
    }

    public Optional<CaseListRow> listRow(UUID caseId) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(LIST_ROWS + " WHERE c.id = ?")) {
                return readRows(Rows.bind(ps, caseId), 1).stream().findFirst();
            }
        });
    }

    /**
     * Ids of cases whose reference, member name or number, manager, account, outcome or timeline
     * notes contain every word of {@code text} (as a word prefix, accents ignored).
     */
    public Set<UUID> search(String text) {
        String match = searchTerms(db.dialect(), text);
        if (match == null) {
            return Set.of();
        }
        return db.read(conn -> {
            Set<UUID> ids = new HashSet<>();
            for (String rows : List.of(db.dialect().caseRowsMatching(), db.dialect().noteCaseRowsMatching())) {
                try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM case_file WHERE rowid IN (" + rows + ")")) {
                    try (ResultSet rs = Rows.bind(ps, match).executeQuery()) {
                        while (rs.next()) {
                            ids.add(UUID.fromString(rs.getString(1)));
                        }
                    }
                }
            }
            return ids;
        });
    }

    /**
     * The same search as {@link #search} for the cases list, by row numbers, on a connection of its
     * own so that a newer keystroke can stop it ({@link #cancelMatching}).
     *
     * @throws java.util.concurrent.CancellationException when a newer search stopped this one
     */
    public CaseMatches match(String text) {
        String match = searchTerms(db.dialect(), text);
        if (match == null) {
            return CaseMatches.none();
        }
        return db.search(conn -> {
            java.util.stream.LongStream.Builder rows = java.util.stream.LongStream.builder();
            for (String sql : List.of(db.dialect().caseRowsMatching(), db.dialect().noteCaseRowsMatching())) {
                try (PreparedStatement ps = conn.prepareStatement(sql)) {
                    try (ResultSet rs = Rows.bind(ps, match).executeQuery()) {
                        while (rs.next()) {
                            rows.add(rs.getLong(1));
                        }
                    }
                }
            }
            return CaseMatches.ofRows(rows.build().toArray());
        });
    }

    /**
     * The newest {@code n} cases {@link #match} would find (more when the two searches' newest differ),
     * on the same stoppable connection: what the cases list shows first. {@link CaseMatches#complete}
     * says whether they are all the matches.
     *
     * @throws java.util.concurrent.CancellationException when a newer search stopped this one
     */
    public CaseMatches matchFirst(String text, int n) {
        String match = searchTerms(db.dialect(), text);
        if (match == null) {
            return CaseMatches.none();
        }
        return db.search(conn -> {
            record Found(long row, String opened, String reference) {
            }
            List<Found> found = new java.util.ArrayList<>();
            boolean complete = true;
            for (Dialect.Searched searched : Dialect.Searched.values()) {
                try (PreparedStatement ps = conn.prepareStatement(db.dialect().firstCaseRowsMatching(searched))) {
                    Rows.bind(ps, match);
                    ps.setInt(2, n);
                    int read = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            found.add(new Found(rs.getLong(1), rs.getString(2), rs.getString(3)));
                            read++;
                        }
                    }
                    complete &= read < n; // a search that stopped at n may have more
                }
            }
            if (complete) {
                return CaseMatches.ofRows(found.stream().mapToLong(Found::row).toArray());
            }
            // Each search's newest n: together, the newest n distinct cases of both.
            long[] newest = found.stream()
                    .sorted(java.util.Comparator.comparing(Found::opened, java.util.Comparator.nullsLast(java.util.Comparator.<String>reverseOrder()))
                            .thenComparing(Found::reference, java.util.Comparator.nullsLast(java.util.Comparator.<String>reverseOrder())))
                    .mapToLong(Found::row).distinct().limit(n).toArray();
            return CaseMatches.firstOf(newest);
        });
    }

    /** Opens the connection {@link #match} uses, if it is not open yet. */
    public void prepareMatching() {
        db.search(conn -> {
            // A first search loads what folds the words (on a casebook the server's unaccent rules,
            // tens of milliseconds): done here, ahead of the first keystroke.
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().foldWords())) {
                Rows.bind(ps, "a").executeQuery().close();
            }
            return null;
        });
    }

    /** Stops a {@link #match} running on another thread (it then throws CancellationException); no-op when none runs. */
    public void cancelMatching() {
        db.cancelSearch();
    }

    /** The rep's words as the engine's full-text query (every word, as a prefix); null when there are none. */
    static String searchTerms(Dialect dialect, String text) {
        if (text == null) {
            return null;
        }
        List<String> words = new java.util.ArrayList<>();
        // Pasted text may carry decomposed accents (NFD); compose them so a word is not split in two.
        for (String word : NOT_A_WORD.split(Normalizer.normalize(text, Normalizer.Form.NFC).strip())) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words.isEmpty() ? null : dialect.searchTerms(words);
    }

    public void delete(UUID id) {
        db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(DELETE)) {
                Rows.bind(ps, id).executeUpdate();
            }
            return null;
        });
    }

    static CaseFile map(ResultSet rs) throws SQLException {
        return new CaseFile(
                Rows.uuid(rs, "id"),
                rs.getString("reference"),
                Rows.uuid(rs, "member_id"),
                Rows.enumValue(CaseType.class, rs, "case_type"),
                Rows.enumValue(CaseStatus.class, rs, "status"),
                rs.getString("stage"),
                Rows.date(rs, "opened_on"),
                Rows.date(rs, "closed_on"),
                rs.getString("manager"),
                rs.getString("outcome"),
                Rows.enumValue(WorkloadFactor.class, rs, "workload_factor"),
                rs.getString("workload_account"));
    }

    /**
     * The list's rows of {@code ps} (about {@code expected} of them), read into shared columns
     * ({@link CaseListRow.Builder}): one small object a row, each member, stage and date once.
     */
    static List<CaseListRow> readRows(PreparedStatement ps, int expected) throws SQLException {
        return readRows(ps, expected, null);
    }

    /** As {@link #readRows(PreparedStatement, int)}, with the members already read ({@link CaseListRow.Builder}). */
    static List<CaseListRow> readRows(PreparedStatement ps, int expected,
            java.util.function.Function<UUID, org.repdesk.model.Member> known) throws SQLException {
        CaseListRow.Builder rows = new CaseListRow.Builder(expected, known);
        try (ResultSet rs = ps.executeQuery()) {
            int id = rs.findColumn("id");
            int reference = rs.findColumn("reference");
            int memberId = rs.findColumn("member_id");
            int name = rs.findColumn("name");
            int region = rs.findColumn("region");
            int grade = rs.findColumn("grade");
            int type = rs.findColumn("case_type");
            int status = rs.findColumn("status");
            int stage = rs.findColumn("stage");
            int opened = rs.findColumn("opened_on");
            int factor = rs.findColumn("workload_factor");
            int due = rs.findColumn("next_due");
            int fileRow = rs.findColumn("file_row");
            while (rs.next()) {
                rows.add(Rows.uuid(rs, id), rs.getString(reference), Rows.uuid(rs, memberId), rs.getString(name),
                        Rows.enumValue(Region.class, rs, region), Rows.enumValue(Grade.class, rs, grade),
                        Rows.enumValue(CaseType.class, rs, type), Rows.enumValue(CaseStatus.class, rs, status),
                        rs.getString(stage), Rows.date(rs, opened), Rows.enumValue(WorkloadFactor.class, rs, factor),
                        Rows.date(rs, due), rs.getLong(fileRow));
            }
        }
        return rows.build();
    }
}
