package org.repdesk.store;

import org.repdesk.i18n.Messages;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.Grade;
import org.repdesk.model.Member;
import org.repdesk.model.Region;
import org.repdesk.model.Union;

/** Members in the data file. */
public final class MemberStore {

    private static final String COLUMNS =
            "id, membership_number, name, union_name, grade, team, office, region, email, phone, contracted_hours";
    private static final String INSERT = "INSERT INTO member (" + COLUMNS + ", created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE member SET membership_number = ?, name = ?, union_name = ?,"
            + " grade = ?, team = ?, office = ?, region = ?, email = ?, phone = ?, contracted_hours = ?,"
            + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ?";
    private static final String LAST_SAVED = "SELECT version, updated_by, updated_at FROM member WHERE id = ?";
    private static final String COUNT = "SELECT count(*) FROM member";
    private static final String LAST_ROWID = "SELECT coalesce(max(rowid), 0) FROM member";
    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM member WHERE id = ?";
    static final String SELECT_BY_NUMBER = "SELECT " + COLUMNS + " FROM member WHERE membership_number = ?";
    private static final String DELETE = "DELETE FROM member WHERE id = ?";
    private static final String COUNT_CASES = "SELECT count(*) FROM case_file WHERE member_id = ?";
    /**
     * The members export's query as plain SQL, for the benchmark's floor (sqlite3 or psql writing the same
     * rows as CSV), beside the export's own ({@link #allByName}); {@code %s} is what the login's members are
     * read from ({@link Dialect#memberList}: a casebook's own function, as the export reads them).
     */
    private static final String EXPORT_FLOOR = "SELECT membership_number, name, union_name, grade, team, office, region,"
            + " email, phone, contracted_hours FROM %s ORDER BY name COLLATE NOCASE, membership_number;";

    private final Database db;

    public MemberStore(Database db) {
        this.db = db;
    }

    public void insert(Member m) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                bindInsert(ps, m, Rows.now()).executeUpdate();
            }
            return null;
        });
    }

    /** Inserts many members in one transaction, batched (the importer's path). */
    public void insertAll(Collection<Member> members) {
        db.write(c -> {
            String now = Rows.now();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                if (!db.isCasebook()) {
                    // SQLite runs each row in-process: a batch only copies the values into sqlite-jdbc's growing
                    // array first (~25 MB of a 200,000-member import, issue 21), so one statement reused per row.
                    for (Member m : members) {
                        bindInsert(ps, m, now).executeUpdate();
                    }
                    return null;
                }
                int n = 0; // PostgreSQL: batched, a round trip per 1,000 rows rather than per row
                for (Member m : members) {
                    bindInsert(ps, m, now).addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static PreparedStatement bindInsert(PreparedStatement ps, Member m, String now) throws SQLException {
        // Value by value, not Rows.bind's array: an import binds 200,000 members (issue 21).
        Rows.put(ps, 1, m.id());
        Rows.put(ps, 2, m.membershipNumber());
        Rows.put(ps, 3, m.name());
        Rows.put(ps, 4, m.union());
        Rows.put(ps, 5, m.grade());
        Rows.put(ps, 6, m.team());
        Rows.put(ps, 7, m.office());
        Rows.put(ps, 8, m.region());
        Rows.put(ps, 9, m.email());
        Rows.put(ps, 10, m.phone());
        Rows.put(ps, 11, m.contractedHours());
        Rows.put(ps, 12, now);
        Rows.put(ps, 13, now);
        return ps;
    }

    /** Saves the member if still at {@code version} (see {@link CaseStore#update}); false when another save came first. */
    public boolean update(Member m, int version) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                return Rows.bind(ps, m.membershipNumber(), m.name(), m.union(), m.grade(), m.team(), m.office(),
                        m.region(), m.email(), m.phone(), m.contractedHours(), Rows.now(), m.id(), version)
                        .executeUpdate() == 1;
            }
        });
    }

    /** Saves the member over whatever version is stored (no check: for callers with no opened copy to compare). */
    public void update(Member m) {
        db.write(c -> {
            if (!update(m, lastSaved(m.id()).orElseThrow(() -> new StoreException(StoreException.Kind.OTHER,
                    Messages.text("store.memberGone"))).version())) {
                throw new StoreException(StoreException.Kind.BUSY, Messages.text("store.memberBusy"));
            }
            return null;
        });
    }

    /** The member's version and its last save's login and time; empty when there is no such member. */
    public Optional<org.repdesk.model.LastSaved> lastSaved(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(LAST_SAVED)) {
                return Rows.list(Rows.bind(ps, id), rs -> new org.repdesk.model.LastSaved(rs.getInt(1), rs.getString(2),
                        rs.getString(3))).stream().findFirst();
            }
        });
    }

    /** True when any member in the store has {@code number}, whether or not the login may see them. */
    public boolean membershipNumberTaken(String number) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(db.dialect().membershipNumberTaken())) {
                try (java.sql.ResultSet rs = Rows.bind(ps, number).executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /**
     * Inserts many members (an import's batch) and a CREATED audit entry for each, under {@code who}, in
     * one transaction. On a data file SQLite makes the entries from the rows just added (issue 21: building
     * 200,000 of them in Java allocated ~130 MB); a casebook's rows have no rowid, so there they are made
     * here from the members. Either way they are the entries AuditTrail.createdAll writes for a member.
     */
    public void insertAllWithCreatedEntries(Collection<Member> batch, String who) {
        db.write(c -> {
            AuditStore audit = new AuditStore(db);
            if (db.isCasebook()) {
                insertAll(batch);
                audit.appendCreatedMembers(batch, who);
            } else {
                long before = lastRowid();
                insertAll(batch);
                audit.appendCreatedMembersAfter(before, who);
            }
            return null;
        });
    }

    /**
     * SQLite only: the highest rowid among members, 0 when there are none. Members inserted after it in
     * the same write get higher ones, in the order inserted (SQLite gives a new row the largest rowid plus one).
     */
    long lastRowid() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(LAST_ROWID); java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** How many members the file holds. */
    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(COUNT); java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    public List<Member> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(allByName()); ResultSet rs = ps.executeQuery()) {
                return listed(rs);
            }
        });
    }

    /**
     * Every listed member, ordered by name as {@link #all}, handed over as read, a chunk at a time (an
     * export: never all held; 60,000 members held as a list were ~60 MB of live heap at 300,000 cases).
     */
    public void forEachForExport(EachRow<Member> each) throws java.io.IOException {
        Rows.forEach(db, allByName(), MemberStore::map, each);
    }

    /**
     * The members CSV's text and label cells as one piece made by the engine ({@link CsvCells}; labels bound
     * as parameters, {@link #EXPORT_CSV_LABELS}), the hours as a number for Java to write, then the member's
     * own columns for a piece the engine could not make (a code it does not know). The rows and order of
     * {@link #allByName}.
     */
    static String exportCsvPieces(Dialect d) {
        return "SELECT " + String.join(" || ',' || ", CsvCells.text(d, "membership_number"), CsvCells.text(d, "name"),
                CsvCells.label("union_name", Union.class), CsvCells.label("grade", Grade.class), CsvCells.text(d, "team"),
                CsvCells.text(d, "office"), "CASE WHEN region IS NULL THEN '' ELSE " + CsvCells.label("region", Region.class)
                        + " END", CsvCells.text(d, "email"), CsvCells.text(d, "phone"))
                + " AS cells, contracted_hours AS hours, " + COLUMNS + " FROM " + d.memberList() + " ORDER BY name COLLATE NOCASE, membership_number";
    }

    private static final List<String> EXPORT_CSV_LABELS = java.util.stream.Stream.of(CsvCells.labels(Union.class),
            CsvCells.labels(Grade.class), CsvCells.labels(Region.class)).flatMap(List::stream).toList();

    /** True when the engine makes the members CSV's lines itself ({@link #forEachCsvLineForExport}). */
    public boolean makesCsvLines() {
        return db.dialect().makesCsvLines();
    }

    /**
     * Every listed member as a finished line of the members CSV (UTF-8, no line break), ordered by name,
     * handed over as read: the bytes the exporter's writer gives from each {@link #map}ped member. On the
     * 100k data file a member read as a Member and written through Jackson cost ~0.3 s for 20,000 members
     * and Jackson's classes ~0.14 s more; sqlite3 writes the same rows in 0.09 s. A piece the engine could
     * not make is made from the member read the plain way (which stops on a code RepDesk does not know,
     * as before).
     */
    public void forEachCsvLineForExport(EachRow<byte[]> each) throws java.io.IOException {
        Dialect dialect = db.dialect();
        java.util.Map<Long, byte[]> hoursText = new java.util.HashMap<>();
        Rows.forEach(db, exportCsvPieces(dialect), rs -> {
            byte[] cells = dialect.utf8(rs, 1);
            if (cells == null) {
                Member m = map(rs);
                cells = String.join(",", CsvCells.cellOrEmpty(m.membershipNumber()), CsvCells.cellOrEmpty(m.name()),
                        CsvCells.cellOrEmpty(label(m.union())), CsvCells.cellOrEmpty(label(m.grade())),
                        CsvCells.cellOrEmpty(m.team()), CsvCells.cellOrEmpty(m.office()),
                        CsvCells.cellOrEmpty(label(m.region())), CsvCells.cellOrEmpty(m.email()),
                        CsvCells.cellOrEmpty(m.phone())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            double hours = rs.getDouble(2);
            byte[] hoursCell = rs.wasNull() ? new byte[0]
                    : hoursText.computeIfAbsent(Double.doubleToRawLongBits(hours), bits -> plain(hours));
            byte[] line = java.util.Arrays.copyOf(cells, cells.length + 1 + hoursCell.length);
            line[cells.length] = ',';
            System.arraycopy(hoursCell, 0, line, cells.length + 1, hoursCell.length);
            return line;
        }, each, EXPORT_CSV_LABELS.toArray());
    }

    private static String label(org.repdesk.model.Labelled value) {
        return value == null ? null : value.label();
    }

    /** Hours as the exporter writes them (Exporter.MemberRow): 37.0 as 37, 22.5 as 22.5, never with an exponent. */
    private static byte[] plain(double d) {
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(d).stripTrailingZeros();
        return (b.scale() < 0 ? b.setScale(0) : b).toPlainString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** {@link #EXPORT_FLOOR} on {@code d}'s store. */
    public static String exportFloor(Dialect d) {
        return String.format(java.util.Locale.ROOT, EXPORT_FLOOR, d.memberList());
    }

    /**
     * The members CSV's cells for the server's own CSV writer ({@link CsvCopy}): the columns of the export's
     * rows ({@link #allByName}), guarded and labelled in SQL, the text quoted by COPY, the hours bare as the
     * exporter writes them ({@link CsvCells#plainDecimal}; hours only Java writes send the whole file the Java
     * way). A code RepDesk does not know stops the COPY, naming the member.
     */
    static String exportCsvRows(Dialect d) {
        String stop = CsvCopy.stop("member.id");
        return "SELECT " + String.join(", ", CsvCells.guarded(d, "member.membership_number") + " AS number_cell",
                CsvCells.guarded(d, "member.name") + " AS name_cell",
                CsvCells.labelledOrNull("member.union_name", Union.class, stop) + " AS union_cell",
                CsvCells.labelledOrNull("member.grade", Grade.class, stop) + " AS grade_cell",
                CsvCells.guarded(d, "member.team") + " AS team_cell", CsvCells.guarded(d, "member.office") + " AS office_cell",
                CsvCells.labelledOrNull("member.region", Region.class, stop) + " AS region_cell",
                CsvCells.guarded(d, "member.email") + " AS email_cell", CsvCells.guarded(d, "member.phone") + " AS phone_cell",
                CsvCells.plainDecimal("member.contracted_hours", CsvCopy.forJava("member.id")))
                + " FROM (" + allByName(d) + ") member"; // sorted as they are, the cells made after (CsvCopy.rows)
    }

    /** The text columns of {@link #exportCsvRows}, quoted as Jackson quotes a string. */
    private static final String EXPORT_QUOTED = "(number_cell, name_cell, union_cell, grade_cell, team_cell, office_cell,"
            + " region_cell, email_cell, phone_cell)";

    /** True when the engine writes the members CSV's rows itself ({@link #copyCsvRowsForExport}: a casebook's COPY). */
    public boolean copiesCsvRows() {
        return db.dialect().copiesCsv();
    }

    /**
     * Writes every listed member to {@code out} as the members CSV's rows, each ended by CRLF, ordered by name,
     * as the server's COPY writes them (the bytes the rows {@link #forEachForExport} reads give through the
     * exporter's writer); returns how many. Only where {@link #copiesCsvRows}. A code RepDesk does not know
     * stops it, naming the member; hours only Java writes as before throw {@link FiguresNotCopied}.
     */
    public int copyCsvRowsForExport(java.io.OutputStream out) throws java.io.IOException {
        return CsvCopy.rows(db, exportCsvRows(db.dialect()), EXPORT_QUOTED, out, "store.memberUnreadableForExport");
    }

    private String allByName() {
        return allByName(db.dialect());
    }

    private static String allByName(Dialect d) {
        return "SELECT " + COLUMNS + " FROM " + d.memberList() + " ORDER BY name COLLATE NOCASE, membership_number";
    }

    /**
     * The members of a list read, each as {@link #map} reads one, but a team, office or contracted hours
     * read before is held once (the value already read, not an equal copy): a branch's members share a
     * few dozen of each. The list is read while the window's first screen is in use, and every young
     * collection until it is old copies it (issue 21: a 60-80 ms pause inside the cases list's first load);
     * in the 100k bench file 40,000 strings (two objects each) and 20,000 numbers fewer: ~100,000 objects of ~330,000.
     */
    static List<Member> listed(ResultSet rs) throws SQLException {
        List<Member> out = new java.util.ArrayList<>();
        java.util.Map<Object, Object> read = new java.util.HashMap<>();
        while (rs.next()) {
            out.add(map(rs, read));
        }
        return out;
    }

    /** {@code value}, or the equal one {@code read} already holds ({@code value} itself when there is no {@code read}). */
    @SuppressWarnings("unchecked")
    private static <T> T once(java.util.Map<Object, Object> read, T value) {
        return value == null || read == null ? value : (T) read.computeIfAbsent(value, v -> v);
    }

    /**
     * Each listed member's membership number and name, in no order, read as the cursor goes (the member
     * import's check for numbers already here: a data file of 200,000 members is not held as records).
     */
    public void forEachNumberAndName(java.util.function.BiConsumer<String, String> each) {
        db.read(c -> {
            String numbers = "SELECT membership_number, name FROM " + db.dialect().memberList();
            try (PreparedStatement ps = c.prepareStatement(numbers); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs.getString(1), rs.getString(2));
                }
            }
            return null;
        });
    }

    public Optional<Member> byId(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_ID)) {
                return Rows.list(Rows.bind(ps, id), MemberStore::map).stream().findFirst();
            }
        });
    }

    /** Case-insensitive, as the unique constraint is. */
    public Optional<Member> byMembershipNumber(String number) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_NUMBER)) {
                return Rows.list(Rows.bind(ps, number), MemberStore::map).stream().findFirst();
            }
        });
    }

    public int caseCount(UUID memberId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(COUNT_CASES)) {
                try (ResultSet rs = Rows.bind(ps, memberId).executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    public void delete(UUID id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(DELETE)) {
                Rows.bind(ps, id).executeUpdate();
            }
            return null;
        });
    }

    static Member map(ResultSet rs) throws SQLException {
        return map(rs, null);
    }

    /** One member, its team, office and contracted hours those {@code read} holds where equal (see {@link #listed}). */
    private static Member map(ResultSet rs, java.util.Map<Object, Object> read) throws SQLException {
        return new Member(
                Rows.uuid(rs, "id"),
                rs.getString("membership_number"),
                rs.getString("name"),
                Rows.enumValue(Union.class, rs, "union_name"),
                Rows.enumValue(Grade.class, rs, "grade"),
                once(read, rs.getString("team")),
                once(read, rs.getString("office")),
                Rows.enumValue(Region.class, rs, "region"),
                rs.getString("email"),
                rs.getString("phone"),
                once(read, Rows.decimal(rs, "contracted_hours")));
    }
}
