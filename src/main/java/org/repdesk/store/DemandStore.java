package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.CaseListRow;
import org.repdesk.model.CaseType;
import org.repdesk.model.Demand;
import org.repdesk.model.DemandKind;
import org.repdesk.model.DemandStatus;
import org.repdesk.model.DemandStatusChange;
import org.repdesk.model.EmployerResponse;
import org.repdesk.model.EvidenceCounts;
import org.repdesk.model.NegotiationMeeting;
import org.repdesk.model.Priority;
import org.repdesk.model.Region;
import org.repdesk.model.ResponseChannel;

/** The demands log: demands, their status history, employer responses, meetings and evidence links. */
public final class DemandStore {

    private static final String COLUMNS = "id, title, body, kind, raised_by, raised_on, priority, status,"
            + " evidence_case_type, evidence_needs_factor, source_key";
    private static final String INSERT = "INSERT INTO demand (" + COLUMNS + ", created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE demand SET title = ?, body = ?, kind = ?, raised_by = ?,"
            + " raised_on = ?, priority = ?, status = ?, evidence_case_type = ?, evidence_needs_factor = ?,"
            + " updated_at = ? WHERE id = ?";
    private static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM demand ORDER BY kind, raised_on, title";
    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM demand WHERE id = ?";
    private static final String SELECT_BY_SOURCE = "SELECT " + COLUMNS + " FROM demand WHERE source_key = ?";
    private static final String DELETE = "DELETE FROM demand WHERE id = ?";

    private static final String INSERT_CHANGE = "INSERT INTO demand_status_change (id, demand_id, changed_on,"
            + " from_status, to_status, note, response_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_CHANGES = "SELECT id, demand_id, changed_on, from_status, to_status, note,"
            + " response_id FROM demand_status_change WHERE demand_id = ? ORDER BY changed_on, created_at";
    private static final String DELETE_CHANGE = "DELETE FROM demand_status_change WHERE id = ?";

    private static final String RESPONSE_COLUMNS = "id, demand_id, responded_on, said, said_by, channel, new_status,"
            + " promised_by, promise_kept, meeting_id";
    private static final String INSERT_RESPONSE = "INSERT INTO employer_response (" + RESPONSE_COLUMNS
            + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_RESPONSES = "SELECT " + RESPONSE_COLUMNS
            + " FROM employer_response WHERE demand_id = ? ORDER BY responded_on, created_at";
    private static final String SELECT_ALL_RESPONSES = "SELECT " + RESPONSE_COLUMNS
            + " FROM employer_response ORDER BY responded_on, created_at";
    private static final String SELECT_MEETING_RESPONSES = "SELECT " + RESPONSE_COLUMNS
            + " FROM employer_response WHERE meeting_id = ? ORDER BY responded_on, created_at";
    private static final String SET_PROMISE_KEPT = "UPDATE employer_response SET promise_kept = ? WHERE id = ?";
    private static final String DELETE_RESPONSE = "DELETE FROM employer_response WHERE id = ?";

    private static final String INSERT_MEETING = "INSERT INTO negotiation_meeting (id, held_on, title, attendees,"
            + " notes, created_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_MEETINGS = "SELECT id, held_on, title, attendees, notes"
            + " FROM negotiation_meeting ORDER BY held_on DESC";
    private static final String SELECT_MEETINGS_OF_DEMAND = "SELECT m.id, m.held_on, m.title, m.attendees, m.notes"
            + " FROM negotiation_meeting m JOIN meeting_demand md ON md.meeting_id = m.id WHERE md.demand_id = ?"
            + " ORDER BY m.held_on";
    private static final String LINK_MEETING = "INSERT INTO meeting_demand (meeting_id, demand_id)"
            + " VALUES (?, ?) ON CONFLICT DO NOTHING";
    private static final String DEMANDS_OF_MEETING = "SELECT demand_id FROM meeting_demand WHERE meeting_id = ?";

    private static final String LINK_CASE = "INSERT INTO demand_case (demand_id, case_id, linked_on)"
            + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String UNLINK_CASE = "DELETE FROM demand_case WHERE demand_id = ? AND case_id = ?";
    private static final String CASE_ROWS = CaseStore.LIST_ROWS;
    private static final String LINKED_CASES = CASE_ROWS
            + " JOIN demand_case dc ON dc.case_id = c.id WHERE dc.demand_id = ? ORDER BY c.opened_on DESC";
    private static final String SUGGESTED_CASES = CASE_ROWS
            + " WHERE c.case_type = ? AND (? = 0 OR c.workload_factor IN ('YES', 'DISPUTED'))"
            + " AND NOT EXISTS (SELECT 1 FROM demand_case dc WHERE dc.demand_id = ? AND dc.case_id = c.id)"
            + " ORDER BY c.opened_on DESC";
    // The evidence counts are figures: read from the name-free brief_* views (V12), as a brief's
    // are, so a casebook's reader sees them on the board too (and a rep their own cases' links).
    // closed as a number on either engine: PostgreSQL's comparison is a boolean, which getInt refuses.
    // Type, status and region in one grouping, so each link is read once, not once for each count: at
    // 300,000 cases (564,001 links) two statements a demand took 7 s for the `demands` command.
    // Each demand's id first, so one tally reads this and the ALL_ statement below alike.
    private static final String COUNTS = "SELECT dc.demand_id, c.case_type,"
            + " CASE WHEN c.status = 'CLOSED' THEN 1 ELSE 0 END AS closed, c.region, count(*)"
            + " FROM brief_demand_case dc JOIN brief_case c ON c.case_id = dc.case_id WHERE dc.demand_id = ?"
            + " GROUP BY dc.demand_id, c.case_type, closed, c.region";
    // The same counts for every demand at once: a casebook's way (its server reads the cases once, not once a demand).
    private static final String ALL_COUNTS = "SELECT dc.demand_id, c.case_type,"
            + " CASE WHEN c.status = 'CLOSED' THEN 1 ELSE 0 END AS closed, c.region, count(*)"
            + " FROM brief_demand_case dc JOIN brief_case c ON c.case_id = dc.case_id"
            + " GROUP BY dc.demand_id, c.case_type, closed, c.region";
    private static final String LINK_COUNTS = "SELECT demand_id, count(*) FROM brief_demand_case GROUP BY demand_id";
    private static final String DEMANDS_OF_CASE = "SELECT demand_id FROM demand_case WHERE case_id = ?";

    private final Database db;
    private final java.util.function.BooleanSupplier figuresOnly;

    public DemandStore(Database db) {
        this(db, () -> false);
    }

    /**
     * @param figuresOnly asked when the counts are read: true for a casebook's reader, who counts the links
     *     from brief_demand_case; everyone else from demand_case, whose rule is the view's (a rep's own cases'
     *     links, all for an officer). The view asks brief_case which cases the login sees, and PostgreSQL,
     *     guessing 200 of them, probed the links for every case of the branch: at 100,000 cases ~5 s for the
     *     board's link counts and ~6 s per demand's evidence counts as an officer (load 15-20).
     */
    public DemandStore(Database db, java.util.function.BooleanSupplier figuresOnly) {
        this.db = db;
        this.figuresOnly = figuresOnly;
    }

    /** {@code sql} reading the links the login may count from ({@link #DemandStore(Database, java.util.function.BooleanSupplier)}). */
    private String links(String sql) {
        return sql.replace("brief_demand_case", BriefQueries.links(figuresOnly.getAsBoolean()));
    }

    // --- demands ---

    public void insert(Demand d) {
        db.write(c -> {
            String now = Rows.now();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                Rows.bind(ps, d.id(), d.title(), d.text(), d.kind(), d.raisedBy(), d.raisedOn(), d.priority(),
                        d.status(), d.evidenceCaseType(), d.evidenceNeedsWorkloadFactor(), d.sourceKey(), now, now)
                        .executeUpdate();
            }
            return null;
        });
    }

    public void update(Demand d) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                int n = Rows.bind(ps, d.title(), d.text(), d.kind(), d.raisedBy(), d.raisedOn(), d.priority(),
                        d.status(), d.evidenceCaseType(), d.evidenceNeedsWorkloadFactor(), Rows.now(), d.id())
                        .executeUpdate();
                if (n == 0) {
                    throw new StoreException(StoreException.Kind.OTHER, org.repdesk.i18n.Messages.text("store.gone.demand"));
                }
            }
            return null;
        });
    }

    public List<Demand> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_ALL)) {
                return Rows.list(ps, DemandStore::map);
            }
        });
    }

    public Optional<Demand> byId(UUID id) {
        return one(SELECT_BY_ID, id);
    }

    public Optional<Demand> bySourceKey(String key) {
        return one(SELECT_BY_SOURCE, key);
    }

    private Optional<Demand> one(String sql, Object key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return Rows.list(Rows.bind(ps, key), DemandStore::map).stream().findFirst();
            }
        });
    }

    public void delete(UUID id) {
        execute(DELETE, id);
    }

    // --- status history ---

    public void insertChange(DemandStatusChange ch) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_CHANGE)) {
                Rows.bind(ps, ch.id(), ch.demandId(), ch.changedOn(), ch.from(), ch.to(), ch.note(), ch.responseId(),
                        Rows.now()).executeUpdate();
            }
            return null;
        });
    }

    public List<DemandStatusChange> changes(UUID demandId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_CHANGES)) {
                return Rows.list(Rows.bind(ps, demandId), rs -> new DemandStatusChange(Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "demand_id"), Rows.date(rs, "changed_on"),
                        Rows.enumValue(DemandStatus.class, rs, "from_status"),
                        Rows.enumValue(DemandStatus.class, rs, "to_status"), rs.getString("note"),
                        Rows.uuid(rs, "response_id")));
            }
        });
    }

    public void deleteChange(UUID id) {
        execute(DELETE_CHANGE, id);
    }

    // --- employer responses ---

    public void insertResponse(EmployerResponse r) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_RESPONSE)) {
                Rows.bind(ps, r.id(), r.demandId(), r.respondedOn(), r.said(), r.by(), r.channel(), r.newStatus(),
                        r.promisedBy(), r.promiseKept(), r.meetingId(), Rows.now()).executeUpdate();
            }
            return null;
        });
    }

    public List<EmployerResponse> responses(UUID demandId) {
        return responses(SELECT_RESPONSES, demandId);
    }

    public List<EmployerResponse> allResponses() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_ALL_RESPONSES)) {
                return Rows.list(ps, DemandStore::mapResponse);
            }
        });
    }

    public List<EmployerResponse> responsesAtMeeting(UUID meetingId) {
        return responses(SELECT_MEETING_RESPONSES, meetingId);
    }

    private List<EmployerResponse> responses(String sql, UUID key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return Rows.list(Rows.bind(ps, key), DemandStore::mapResponse);
            }
        });
    }

    public void setPromiseKept(UUID responseId, boolean kept) {
        execute(SET_PROMISE_KEPT, kept, responseId);
    }

    public void deleteResponse(UUID id) {
        execute(DELETE_RESPONSE, id);
    }

    // --- meetings ---

    public void insertMeeting(NegotiationMeeting m, List<UUID> demandIds) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_MEETING)) {
                Rows.bind(ps, m.id(), m.heldOn(), m.title(), m.attendees(), m.notes(), Rows.now()).executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(LINK_MEETING)) {
                for (UUID d : demandIds) {
                    Rows.bind(ps, m.id(), d).addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public List<NegotiationMeeting> meetings() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_MEETINGS)) {
                return Rows.list(ps, DemandStore::mapMeeting);
            }
        });
    }

    public List<NegotiationMeeting> meetingsOf(UUID demandId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_MEETINGS_OF_DEMAND)) {
                return Rows.list(Rows.bind(ps, demandId), DemandStore::mapMeeting);
            }
        });
    }

    public List<UUID> demandsDiscussedAt(UUID meetingId) {
        return ids(DEMANDS_OF_MEETING, meetingId);
    }

    // --- evidence ---

    public void linkCase(UUID demandId, UUID caseId, LocalDate on) {
        execute(LINK_CASE, demandId, caseId, on);
    }

    public void unlinkCase(UUID demandId, UUID caseId) {
        execute(UNLINK_CASE, demandId, caseId);
    }

    public List<CaseListRow> linkedCases(UUID demandId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(LINKED_CASES)) {
                return CaseStore.readRows(Rows.bind(ps, demandId), 16);
            }
        });
    }

    /** Cases matching the demand's evidence rule that are not yet linked to it. */
    public List<CaseListRow> suggestedCases(Demand d) {
        if (d.evidenceCaseType() == null) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUGGESTED_CASES)) {
                return CaseStore.readRows(Rows.bind(ps, d.evidenceCaseType(), d.evidenceNeedsWorkloadFactor() ? 1 : 0,
                        d.id()), 16);
            }
        });
    }

    public List<UUID> demandsEvidencedBy(UUID caseId) {
        return ids(DEMANDS_OF_CASE, caseId);
    }

    /** Counts of a demand's linked cases: open and closed, by type, by region. */
    public EvidenceCounts evidenceCounts(UUID demandId) {
        String counts = links(COUNTS); // the login's role asked before the read, not inside it
        Map<UUID, Tally> tallies = new HashMap<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(counts); ResultSet rs = Rows.bind(ps, demandId).executeQuery()) {
                Tally.read(rs, tallies);
            }
            return null;
        });
        return tallies.getOrDefault(demandId, new Tally()).counts();
    }

    /**
     * {@link #evidenceCounts(UUID)} of each of {@code demandIds}. A data file counts a demand at a time (SQLite
     * reads only that demand's links); a casebook counts them all in one statement: at 100,000 cases as an
     * officer, two statements of 0.2-3 s for each of 21 demands (load 21-25) became two in all, and then one.
     */
    public Map<UUID, EvidenceCounts> evidenceCounts(List<UUID> demandIds) {
        Map<UUID, EvidenceCounts> all = new java.util.LinkedHashMap<>();
        if (db.dialect().inTheAppsProcess()) {
            demandIds.forEach(id -> all.put(id, evidenceCounts(id)));
            return all;
        }
        String allCounts = links(ALL_COUNTS);
        Map<UUID, Tally> tallies = new HashMap<>();
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(allCounts); ResultSet rs = ps.executeQuery()) {
                Tally.read(rs, tallies);
            }
            return null;
        });
        demandIds.forEach(id -> all.put(id, tallies.getOrDefault(id, new Tally()).counts()));
        return all;
    }

    /** A demand's evidence counts as they are read: rows of (demand, type, closed, region, n). */
    private static final class Tally {
        private int open;
        private int closed;
        private final Map<CaseType, Integer> byType = new EnumMap<>(CaseType.class);
        private final Map<Region, Integer> byRegion = new EnumMap<>(Region.class);

        static void read(ResultSet rs, Map<UUID, Tally> tallies) throws SQLException {
            while (rs.next()) {
                Tally t = tallies.computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new Tally());
                int n = rs.getInt(5);
                t.byType.merge(CaseType.valueOf(rs.getString(2)), n, Integer::sum);
                if (rs.getInt(3) == 1) {
                    t.closed += n;
                } else {
                    t.open += n;
                }
                String region = rs.getString(4);
                if (region != null) { // a member with no region is counted, but in no region's row
                    t.byRegion.merge(Region.valueOf(region), n, Integer::sum);
                }
            }
        }

        EvidenceCounts counts() {
            return new EvidenceCounts(open + closed, open, closed, byType, byRegion);
        }
    }

    /** How many cases are linked to each demand (for boards and tables). */
    public Map<UUID, Integer> linkCounts() {
        String linkCounts = links(LINK_COUNTS);
        return db.read(c -> {
            Map<UUID, Integer> map = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(linkCounts); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(UUID.fromString(rs.getString(1)), rs.getInt(2));
                }
            }
            return map;
        });
    }

    private List<UUID> ids(String sql, UUID key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return Rows.list(Rows.bind(ps, key), rs -> UUID.fromString(rs.getString(1)));
            }
        });
    }

    private void execute(String sql, Object... params) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Rows.bind(ps, params).executeUpdate();
            }
            return null;
        });
    }

    private static Demand map(ResultSet rs) throws SQLException {
        return new Demand(Rows.uuid(rs, "id"), rs.getString("title"), rs.getString("body"),
                Rows.enumValue(DemandKind.class, rs, "kind"), rs.getString("raised_by"), Rows.date(rs, "raised_on"),
                Rows.enumValue(Priority.class, rs, "priority"), Rows.enumValue(DemandStatus.class, rs, "status"),
                Rows.enumValue(CaseType.class, rs, "evidence_case_type"), rs.getInt("evidence_needs_factor") == 1,
                rs.getString("source_key"));
    }

    private static EmployerResponse mapResponse(ResultSet rs) throws SQLException {
        return new EmployerResponse(Rows.uuid(rs, "id"), Rows.uuid(rs, "demand_id"), Rows.date(rs, "responded_on"),
                rs.getString("said"), rs.getString("said_by"), Rows.enumValue(ResponseChannel.class, rs, "channel"),
                Rows.enumValue(DemandStatus.class, rs, "new_status"), Rows.date(rs, "promised_by"),
                rs.getInt("promise_kept") == 1, Rows.uuid(rs, "meeting_id"));
    }

    private static NegotiationMeeting mapMeeting(ResultSet rs) throws SQLException {
        return new NegotiationMeeting(Rows.uuid(rs, "id"), Rows.date(rs, "held_on"), rs.getString("title"),
                rs.getString("attendees"), rs.getString("notes"));
    }
}
