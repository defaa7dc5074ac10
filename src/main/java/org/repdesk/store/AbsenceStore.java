package org.repdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.repdesk.model.Absence;
import org.repdesk.model.AbsenceReason;
import org.repdesk.model.WorkingPattern;

/** Members' sickness absences and working patterns. */
public final class AbsenceStore {

    private static final String COLUMNS = "id, member_id, first_day, last_day, hours, reason, disability_related,"
            + " pregnancy_related, work_related, fit_note";
    private static final String INSERT = "INSERT INTO absence (" + COLUMNS + ", created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE absence SET first_day = ?, last_day = ?, hours = ?, reason = ?,"
            + " disability_related = ?, pregnancy_related = ?, work_related = ?, fit_note = ? WHERE id = ?";
    static final String SELECT_BY_MEMBER = "SELECT " + COLUMNS + " FROM absence WHERE member_id = ?"
            + " ORDER BY first_day, last_day";
    private static final String SELECT_BY_ID = "SELECT " + COLUMNS + " FROM absence WHERE id = ?";
    private static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM absence ORDER BY member_id, first_day";
    private static final String DELETE = "DELETE FROM absence WHERE id = ?";
    private static final String SELECT_PATTERN = "SELECT member_id, weekdays, hours_per_week, warning_on"
            + " FROM working_pattern WHERE member_id = ?";
    private static final String UPSERT_PATTERN = "INSERT INTO working_pattern (member_id, weekdays, hours_per_week,"
            + " warning_on, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id) DO UPDATE SET"
            + " weekdays = excluded.weekdays, hours_per_week = excluded.hours_per_week,"
            + " warning_on = excluded.warning_on, updated_at = excluded.updated_at";

    private final Database db;

    public AbsenceStore(Database db) {
        this.db = db;
    }

    public void insertAll(Collection<Absence> absences) {
        db.write(c -> {
            String now = Rows.now();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Absence a : absences) {
                    Rows.bind(ps, a.id(), a.memberId(), a.firstDay(), a.lastDay(), a.hours(), a.reason(),
                            a.disabilityRelated(), a.pregnancyRelated(), a.workRelated(), a.fitNote(), now).addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public void update(Absence a) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                Rows.bind(ps, a.firstDay(), a.lastDay(), a.hours(), a.reason(), a.disabilityRelated(),
                        a.pregnancyRelated(), a.workRelated(), a.fitNote(), a.id()).executeUpdate();
            }
            return null;
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

    /** A member's absences, earliest first. */
    public List<Absence> ofMember(UUID memberId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_MEMBER)) {
                return Rows.list(Rows.bind(ps, memberId), AbsenceStore::map);
            }
        });
    }

    public Optional<Absence> byId(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_BY_ID)) {
                return Rows.list(Rows.bind(ps, id), AbsenceStore::map).stream().findFirst();
            }
        });
    }

    public List<Absence> all() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_ALL)) {
                return Rows.list(ps, AbsenceStore::map);
            }
        });
    }

    public Optional<WorkingPattern> pattern(UUID memberId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_PATTERN)) {
                return Rows.list(Rows.bind(ps, memberId), AbsenceStore::mapPattern).stream().findFirst();
            }
        });
    }

    public void savePattern(WorkingPattern p) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPSERT_PATTERN)) {
                String days = p.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
                Rows.bind(ps, p.memberId(), days, p.hoursPerWeek(), p.warningOn(), Rows.now()).executeUpdate();
            }
            return null;
        });
    }

    private static Absence map(ResultSet rs) throws SQLException {
        return new Absence(Rows.uuid(rs, "id"), Rows.uuid(rs, "member_id"), Rows.date(rs, "first_day"),
                Rows.date(rs, "last_day"), Rows.decimal(rs, "hours"), AbsenceReason.valueOf(rs.getString("reason")),
                rs.getInt("disability_related") == 1, rs.getInt("pregnancy_related") == 1,
                rs.getInt("work_related") == 1, rs.getInt("fit_note") == 1);
    }

    private static WorkingPattern mapPattern(ResultSet rs) throws SQLException {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String d : rs.getString("weekdays").split(",")) {
            if (!d.isBlank()) {
                days.add(DayOfWeek.valueOf(d.strip()));
            }
        }
        return new WorkingPattern(Rows.uuid(rs, "member_id"), days, rs.getDouble("hours_per_week"),
                Rows.date(rs, "warning_on"));
    }
}
