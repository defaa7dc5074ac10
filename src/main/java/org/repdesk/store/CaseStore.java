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
    /**
     * The cases export's join as plain SQL, for the benchmark's floor (sqlite3 or psql writing the same
     * rows as CSV): here beside the export's own query, so the two cannot drift apart unnoticed.
     */
    public static final String EXPORT_FLOOR = "SELECT c.reference, m.membership_number, m.name, c.case_type, c.status,"
            + " c.stage, c.opened_on, c.closed_on, c.manager, c.outcome, c.workload_factor, c.workload_account,"
            + " CASE WHEN c.status = 'CLOSED' THEN NULL ELSE (SELECT min(d.due_on) FROM deadline d"
            + " WHERE d.case_id = c.id AND d.done = 0) END"
            + " FROM case_file c LEFT JOIN member m ON m.id = c.member_id ORDER BY c.reference;";
    // Searching is two queries (Dialect.caseRowsMatching, noteCaseRowsMatching), merged in Java: a
    // SQL UNION sorted every matching row into a temp b-tree (about a third of the time when
    // thousands of notes match). Both give case_file rowids.
    /** A cast that fails when a case reaches it, ending the COPY and naming the case ({@link CsvCopy#stop}). */
    private static final String STOP_THE_COPY = CsvCopy.stop("c.id");

    /**
     * The cases CSV's cells for the server's own CSV writer ({@link Dialect#copyCsv}): the columns of
     * {@link #exportCsvLines}, guarded and labelled in SQL, quoted and joined by COPY. A cell RepDesk
     * could not have written stops the COPY ({@link #STOP_THE_COPY}).
     */
    static String exportCsvRows(Dialect d) {
        return "SELECT " + String.join(", ",
            CsvCells.guarded(d, "c.reference"), CsvCells.guarded(d, "m.membership_number"), CsvCells.guarded(d, "m.name"),
            CsvCells.labelled("c.case_type", CaseType.class, STOP_THE_COPY),
            CsvCells.labelled("c.status", CaseStatus.class, STOP_THE_COPY),
            CsvCells.guarded(d, "c.stage"), CsvCells.realDate("c.opened_on", STOP_THE_COPY),
            CsvCells.realDate("c.closed_on", STOP_THE_COPY), CsvCells.guarded(d, "c.manager"),
            CsvCells.guarded(d, "c.outcome"), CsvCells.labelled("c.workload_factor", WorkloadFactor.class, STOP_THE_COPY),
            CsvCells.guarded(d, "c.workload_account"),
            "CASE WHEN c.status = 'CLOSED' THEN NULL ELSE (SELECT " + CsvCells.realDate("min(d.due_on)", STOP_THE_COPY)
                    + " FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END")
            + " FROM case_file c LEFT JOIN member m ON m.id = c.member_id ORDER BY c.reference";
    }

    /**
     * The cases CSV's lines themselves, made by the engine ({@link CsvCells}; the columns of
     * {@link #exportCells}, labels bound as parameters): one column read per case, where reading
     * the cases as objects and writing them through Jackson took twice the CPU of sqlite3 writing the
     * same join (on a casebook 4.8 s of the client's CPU against psql's 0.1 s). NULL for a case the
     * Java writer could not have written; its id is the second column.
     */
    static String exportCsvLines(Dialect d) {
        return "SELECT " + String.join(" || ',' || ",
            CsvCells.text(d, "c.reference"), CsvCells.text(d, "m.membership_number"), CsvCells.text(d, "m.name"),
            CsvCells.label("c.case_type", CaseType.class), CsvCells.label("c.status", CaseStatus.class),
            CsvCells.text(d, "c.stage"), CsvCells.date(d, "c.opened_on"), CsvCells.date(d, "c.closed_on"),
            CsvCells.text(d, "c.manager"), CsvCells.text(d, "c.outcome"),
            CsvCells.label("c.workload_factor", WorkloadFactor.class), CsvCells.text(d, "c.workload_account"),
            // min() inside its own aggregate, so the one index search serves the check and the cell
            "CASE WHEN c.status = 'CLOSED' THEN '' ELSE (SELECT " + CsvCells.date(d, "min(d.due_on)")
                    + " FROM deadline d WHERE d.case_id = c.id AND d.done = 0) END")
            + ", c.id FROM case_file c LEFT JOIN member m ON m.id = c.member_id ORDER BY c.reference";
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
                + " c.id FROM case_file c LEFT JOIN member m ON m.id = c.member_id ORDER BY c.reference";
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
     * Writes every case to {@code out} as the cases CSV's rows, each ended by CRLF, in reference order,
     * as the server's COPY writes them (the bytes {@link #forEachCsvLineForExport} gives, joined by CRLF);
     * returns how many. Only where {@link #copiesCsvRows}. A case with a cell RepDesk could not have
     * written stops it, named as the line query names it.
     */
    public int copyCsvRowsForExport(java.io.OutputStream out) throws java.io.IOException {
        return CsvCopy.rows(db, exportCsvRows(db.dialect()), "*", out, this::firstUnreadableCase,
                "store.caseUnreadableInCasebookForExport");
    }

    /**
     * The first case, in reference order, whose line the engine cannot make (a date's own cast in the COPY
     * names none), or null: the line query read to that case.
     */
    private String firstUnreadableCase() {
        return db.read(connection -> db.dialect().readInChunks(connection, c -> {
            try (PreparedStatement ps = c.prepareStatement(exportCsvLines(db.dialect()))) {
                ps.setFetchSize(EXPORT_CHUNK);
                try (ResultSet rs = Rows.bind(ps, EXPORT_CSV_LABELS.toArray()).executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBytes(1) == null) {
                            return rs.getString(2);
                        }
                    }
                    return null;
                }
            }
        }));
    }

    /** True when the engine makes the cases CSV's lines itself ({@link #forEachCsvLineForExport}). */
    public boolean makesCsvLines() {
        return db.dialect().makesCsvLines();
    }

    /**
     * Hands every case to {@code sink} as one line of the cases CSV, without its line break, in
     * reference order ({@link #exportCsvLines}); only where {@link #makesCsvLines}.
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
                                throw unreadableForExport(rs.getString(2), null);
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
