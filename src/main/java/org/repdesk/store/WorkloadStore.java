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
            + " FROM workload_record WHERE member_id = ? ORDER BY recorded_on";
    private static final String SELECT_ALL = "SELECT " + COLUMNS + " FROM workload_record ORDER BY member_id, recorded_on";
    /** As {@link #SELECT_ALL}, each with its member's number and name (the export's columns: no member held). */
    private static final String EXPORT_ALL = "SELECT w.id, w.member_id, w.recorded_on, w.capacity_percent,"
            + " w.workload_points, w.contracted_hours, w.reduction_hours, w.cases_held, w.hours_worked, w.uncounted_work,"
            + " m.membership_number, m.name FROM workload_record w LEFT JOIN member m ON m.id = w.member_id"
            + " ORDER BY w.member_id, w.recorded_on";
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
            String now = Rows.now();
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                int n = 0;
                for (WorkloadRecord r : records) {
                    Rows.bind(ps, r.id(), r.memberId(), r.recordedOn(), r.capacityPercent(), r.workloadPoints(),
                            r.contractedHours(), r.reductionHours(), r.casesHeld(), r.hoursWorked(),
                            r.uncountedWork(), now).addBatch();
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

    /** A record with its member's membership number and name (null when the member is not there). */
    public record WithMember(WorkloadRecord record, String membershipNumber, String memberName) {
    }

    /** Every record with its member's number and name, by member then date, handed over as read (an export: never all held). */
    public void forEachForExport(EachRow<WithMember> each) throws java.io.IOException {
        Rows.forEach(db, EXPORT_ALL, rs -> new WithMember(map(rs), rs.getString("membership_number"), rs.getString("name")),
                each);
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
