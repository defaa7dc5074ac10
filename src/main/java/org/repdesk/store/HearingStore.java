package org.repdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.repdesk.model.Deadline;
import org.repdesk.model.Hearing;
import org.repdesk.model.Reckoning;

/** A hearing's time, place and people, and how a deadline's date was worked out: each beside its deadline. */
public final class HearingStore {

    static final String DELETE_HEARING = "DELETE FROM hearing WHERE deadline_id = ?";
    static final String INSERT_HEARING = "INSERT INTO hearing (deadline_id, starts_at, place, chair, management_attendee,"
            + " note_taker, companion_allowed, expected_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String HEARING_COLUMNS = "h.deadline_id, h.starts_at, h.place, h.chair, h.management_attendee,"
            + " h.note_taker, h.companion_allowed, h.expected_minutes";
    static final String HEARING_BY_DEADLINE = "SELECT " + HEARING_COLUMNS + " FROM hearing h WHERE h.deadline_id = ?";
    static final String HEARINGS_OF_CASE = "SELECT " + HEARING_COLUMNS
            + " FROM hearing h JOIN deadline d ON d.id = h.deadline_id WHERE d.case_id = ?";
    static final String DELETE_RECKONING = "DELETE FROM deadline_reckoning WHERE deadline_id = ?";
    static final String INSERT_RECKONING = "INSERT INTO deadline_reckoning (deadline_id, counted_from, working_days)"
            + " VALUES (?, ?, ?)";
    static final String RECKONINGS_OF_CASE = "SELECT r.deadline_id, r.counted_from, r.working_days"
            + " FROM deadline_reckoning r JOIN deadline d ON d.id = r.deadline_id WHERE d.case_id = ?";
    /** Anonymising a case: who chaired and where are names and places; the day and the deadline stay. */
    public static final String DELETE_HEARINGS_OF_CASE = "DELETE FROM hearing"
            + " WHERE deadline_id IN (SELECT id FROM deadline WHERE case_id = ?)";

    /**
     * Open deadlines of live cases due between two days, with the case's reference and any hearing
     * details: one range of V6's index (done, case_closed, due_on), so a large file answers at once.
     */
    static final String DUE_BETWEEN = "SELECT d.id, d.case_id, d.due_on, d.description, d.is_hearing, d.done,"
            + " c.reference, " + HEARING_COLUMNS
            + " FROM deadline d JOIN case_file c ON c.id = d.case_id LEFT JOIN hearing h ON h.deadline_id = d.id"
            + " WHERE d.done = 0 AND d.case_closed = 0 AND d.due_on >= ? AND d.due_on <= ? ORDER BY d.due_on";

    /**
     * The calendar's events: deadlines not done, due from one day to another, with their case's
     * reference, its member's name, and any hearing details and reckoning, in one pass; soonest first,
     * same-day ties in the order the deadlines were added (as reading every deadline by day gave
     * them, so a calendar is written as before). Bound: from, to; then the case, in
     * {@link #FOR_CALENDAR_OF_CASE}; the tie's order comes from {@link Dialect#addedOrder}.
     */
    static final String FOR_CALENDAR = "SELECT d.id, d.case_id, d.due_on, d.description, d.is_hearing, d.done,"
            + " c.reference, m.name AS member_name, " + HEARING_COLUMNS + ", r.counted_from, r.working_days"
            + " FROM deadline d JOIN case_file c ON c.id = d.case_id LEFT JOIN member m ON m.id = c.member_id"
            + " LEFT JOIN hearing h ON h.deadline_id = d.id LEFT JOIN deadline_reckoning r ON r.deadline_id = d.id"
            + " WHERE d.done = 0 AND d.due_on >= ? AND d.due_on <= ?";
    static final String FOR_CALENDAR_OF_CASE = FOR_CALENDAR + " AND d.case_id = ?";
    /** The days with open deadlines from one day to another (bound: from, to), soonest first, from V6's index. */
    static final String CALENDAR_DAYS = "SELECT DISTINCT due_on FROM deadline WHERE done = 0 AND due_on >= ? AND due_on <= ?"
            + " ORDER BY due_on";
    /** {@link #FOR_CALENDAR}'s columns for one day (bound), in the order the deadlines were added (SQLite's row number). */
    static final String FOR_CALENDAR_ON_DAY = FOR_CALENDAR.substring(0, FOR_CALENDAR.indexOf(" WHERE "))
            + " WHERE d.done = 0 AND d.due_on = ? ORDER BY d.rowid";
    /** Stored dates are ISO text: every one sorts between these, so a range left open reads them all. */
    private static final String FIRST_DAY = "0000-01-01";
    private static final String LAST_DAY = "9999-12-31";

    /** A deadline for the calendar, with its case's reference and member's name, and what goes with it. */
    public record ForCalendar(Deadline deadline, String caseReference, String memberName, Optional<Hearing> hearing,
            Optional<Reckoning> reckoning) {
    }

    /** A deadline due soon, with its case's reference and its hearing's details when it has them. */
    public record Due(Deadline deadline, String caseReference, Optional<Hearing> hearing) {
    }

    private final Database db;

    public HearingStore(Database db) {
        this.db = db;
    }

    /** Keeps the hearing's details, replacing any before; none kept when it says nothing. */
    public void saveHearing(UUID deadlineId, Optional<Hearing> hearing) {
        db.write(c -> {
            execute(c, DELETE_HEARING, deadlineId);
            if (hearing.isPresent() && !hearing.get().isEmpty()) {
                Hearing h = hearing.get();
                execute(c, INSERT_HEARING, deadlineId, h.startsAt() == null ? null : h.startsAt().toString(),
                        h.place(), h.chair(), h.managementAttendee(), h.noteTaker(), h.companionAllowed(),
                        h.expectedMinutes());
            }
            return null;
        });
    }

    /** Keeps how the date was worked out, replacing any before; none when the date was given as a date. */
    public void saveReckoning(UUID deadlineId, Optional<Reckoning> reckoning) {
        db.write(c -> {
            execute(c, DELETE_RECKONING, deadlineId);
            if (reckoning.isPresent()) {
                execute(c, INSERT_RECKONING, deadlineId, reckoning.get().from(), reckoning.get().workingDays());
            }
            return null;
        });
    }

    public Optional<Hearing> hearing(UUID deadlineId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(HEARING_BY_DEADLINE)) {
                return Rows.list(Rows.bind(ps, deadlineId), HearingStore::hearing).stream().findFirst();
            }
        });
    }

    /** The hearings of a case, by deadline. */
    public Map<UUID, Hearing> hearingsOfCase(UUID caseId) {
        return byDeadline(HEARINGS_OF_CASE, HearingStore::hearing, Hearing::deadlineId, caseId);
    }

    public Map<UUID, Reckoning> reckoningsOfCase(UUID caseId) {
        return byDeadline(RECKONINGS_OF_CASE, HearingStore::reckoning, Reckoning::deadlineId, caseId);
    }

    private <T> Map<UUID, T> byDeadline(String sql, Rows.Mapper<T> mapper, java.util.function.Function<T, UUID> key,
            Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Map<UUID, T> out = new HashMap<>();
                for (T t : Rows.list(Rows.bind(ps, params), mapper)) {
                    out.put(key.apply(t), t);
                }
                return out;
            }
        });
    }

    /** Open deadlines of cases not closed, due from {@code from} to {@code to}, soonest first. */
    public java.util.List<Due> dueBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(DUE_BETWEEN)) {
                return Rows.list(Rows.bind(ps, from, to), rs -> new Due(new Deadline(Rows.uuid(rs, "id"),
                        Rows.uuid(rs, "case_id"), Rows.date(rs, "due_on"), rs.getString("description"),
                        rs.getInt("is_hearing") == 1, rs.getInt("done") == 1), rs.getString("reference"),
                        rs.getString("deadline_id") == null ? Optional.empty() : Optional.of(hearing(rs))));
            }
        });
    }

    /**
     * Every deadline not done, due from {@code from} to {@code to} (either null: no bound), of one
     * case or (null) of every case, handed over as read: a calendar of any size is never held whole.
     */
    public void forEachForCalendar(java.time.LocalDate from, java.time.LocalDate to, UUID caseId,
            EachRow<ForCalendar> each) throws java.io.IOException {
        Object low = from == null ? FIRST_DAY : from;
        Object high = to == null ? LAST_DAY : to;
        if (caseId == null && db.dialect().inTheAppsProcess()) {
            dayByDay(low, high, each);
            return;
        }
        String order = " ORDER BY d.due_on, " + db.dialect().addedOrder("d");
        Rows.Mapper<ForCalendar> mapper = rs -> new ForCalendar(new Deadline(Rows.uuid(rs, "id"),
                Rows.uuid(rs, "case_id"), Rows.date(rs, "due_on"), rs.getString("description"),
                rs.getInt("is_hearing") == 1, rs.getInt("done") == 1), rs.getString("reference"),
                rs.getString("member_name"),
                rs.getString("deadline_id") == null ? Optional.empty() : Optional.of(hearing(rs)),
                rs.getString("counted_from") == null ? Optional.empty() : Optional.of(new Reckoning(
                        Rows.uuid(rs, "id"), Rows.date(rs, "counted_from"), rs.getInt("working_days"))));
        if (caseId == null) {
            Rows.forEach(db, FOR_CALENDAR + order, mapper, each, low, high);
        } else {
            Rows.forEach(db, FOR_CALENDAR_OF_CASE + order, mapper, each, low, high, caseId);
        }
    }

    /**
     * The whole calendar on SQLite, one day's open deadlines at a time, each day's in the order they were
     * added: the same rows in the same order as {@code ORDER BY d.due_on, d.rowid}, but SQLite sorts a day's
     * rows, not the whole range's (at 300,000 cases that sort held ~60 MB of rows in the in-memory temp store
     * before the first event was written). Each text cell is read as the engine's bytes (one array, where
     * {@code getString} made a buffer, two arrays, a lambda and the String); the day is read once.
     */
    private void dayByDay(Object low, Object high, EachRow<ForCalendar> each) throws java.io.IOException {
        try {
            db.read(c -> {
                java.util.List<String> days = new java.util.ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(CALENDAR_DAYS)) {
                    try (ResultSet rs = Rows.bind(ps, low, high).executeQuery()) {
                        while (rs.next()) {
                            days.add(rs.getString(1));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(FOR_CALENDAR_ON_DAY)) {
                    for (String day : days) {
                        java.time.LocalDate due = Rows.isoDate(day);
                        ps.setString(1, day);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                each.accept(onDay(rs, due));
                            }
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A row of {@link #FOR_CALENDAR_ON_DAY}, its columns by number (the same as {@link #FOR_CALENDAR}'s). */
    private static ForCalendar onDay(ResultSet rs, java.time.LocalDate due) throws SQLException {
        UUID id = UUID.fromString(text(rs, 1));
        Optional<Hearing> hearing = Optional.empty();
        if (rs.getBytes(9) != null) {
            String time = text(rs, 10);
            int m = rs.getInt(16);
            Integer minutes = rs.wasNull() ? null : m;
            hearing = Optional.of(new Hearing(id, time == null ? null : LocalTime.parse(time), text(rs, 11),
                    text(rs, 12), text(rs, 13), text(rs, 14), rs.getInt(15) == 1, minutes));
        }
        String countedFrom = text(rs, 17);
        return new ForCalendar(new Deadline(id, UUID.fromString(text(rs, 2)), due, text(rs, 4), rs.getInt(5) == 1,
                rs.getInt(6) == 1), text(rs, 7), text(rs, 8), hearing, countedFrom == null ? Optional.empty()
                : Optional.of(new Reckoning(id, Rows.isoDate(countedFrom), rs.getInt(18))));
    }

    /** A text cell from SQLite's UTF-8 bytes, as {@code getString} gives it. */
    private static String text(ResultSet rs, int column) throws SQLException {
        byte[] b = rs.getBytes(column);
        return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Hearing hearing(ResultSet rs) throws SQLException {
        String time = rs.getString("starts_at");
        return new Hearing(Rows.uuid(rs, "deadline_id"), time == null ? null : LocalTime.parse(time),
                rs.getString("place"), rs.getString("chair"), rs.getString("management_attendee"),
                rs.getString("note_taker"), rs.getInt("companion_allowed") == 1,
                Rows.integer(rs, "expected_minutes"));
    }

    private static Reckoning reckoning(ResultSet rs) throws SQLException {
        return new Reckoning(Rows.uuid(rs, "deadline_id"), Rows.date(rs, "counted_from"), rs.getInt("working_days"));
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Rows.bind(ps, params).executeUpdate();
        }
    }
}
